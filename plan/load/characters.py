"""Characters that look like nothing or change how text is shown: reported where they are.

Word processors paste non-breaking and zero-width spaces; copied web text can
carry bidirectional controls (U+202E makes "abc" display as "cba") and joiners.
None of them belongs in the plan's text, and all look alike in an editor, so
each is reported with the same message: its name, its code point, the words
before it, and its line and column.
"""

from __future__ import annotations

import bisect
import math
import unicodedata
from collections.abc import Iterator
from typing import Any

import yaml

from plan.load.shape_errors import describe
from plan.load.source_file import CONTROL, MAX_REPORTED, text_position
from plan.load.yaml_source import YamlSource
from plan.model.errors import Issue
from plan.model.tree import Path

# Format controls (zero-width, bidirectional, BOM, soft hyphen), line and paragraph
# separators, private use, unassigned, and every space that is not U+0020.
INVISIBLE_CATEGORIES = frozenset({"Cf", "Zl", "Zp", "Zs", "Co", "Cn"})
NAMES = {
    "\u00a0": "non-breaking space",
    "\u00ad": "soft hyphen",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u2028": "line separator",
    "\u2029": "paragraph separator",
    "\u2060": "word joiner",
    "\ufeff": "byte-order mark",
}
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def character_name(character: str) -> str:
    return NAMES.get(character) or unicodedata.name(character, "").lower() or "unassigned character"


def _fix(character: str) -> str:
    if unicodedata.category(character) == "Zs":
        return "replace it with an ordinary space; it is invisible in most editors, so retype the space between the words shown"
    if character in BIDI_CONTROLS:
        return ("delete it; it is invisible and makes the text display in another order than it is written, "
                "so retype the words around it")
    return "delete it; it is invisible in most editors, so retype the words around it"


def is_invisible(character: str) -> bool:
    return character != " " and not character.isascii() and unicodedata.category(character) in INVISIBLE_CATEGORIES


def invisible_character_issues(text: str, source: YamlSource) -> list[Issue]:
    """Every invisible or bidirectional character written as itself in `text`, located (at most MAX_REPORTED)."""
    suspects = [c for c in set(text) if is_invisible(c)]
    offsets = sorted(offset for c in suspects for offset in _find_all(text, c))
    locate = _ScalarLocator(source)
    issues = []
    for offset in offsets[:MAX_REPORTED]:
        character = text[offset]
        line, column = text_position(text, offset)
        path = locate(offset)
        where = f"{describe(path, source.data)}: " if path is not None and source.data is not None else ""
        before = text[max(0, text.rfind("\n", 0, offset) + 1, offset - 20):offset]
        issues.append(Issue(
            source.file, line, column, "invisible-character",
            f"{where}the text contains a {character_name(character)} (U+{ord(character):04X}) after '{before}'",
            _fix(character),
        ))
    if len(offsets) > MAX_REPORTED:
        issues.append(Issue(source.file, 1, 1, "invisible-character",
                            f"{len(offsets) - MAX_REPORTED} more invisible characters are not listed",
                            "fix the ones above and run plan-check again"))
    return issues


def _find_all(text: str, character: str) -> Iterator[int]:
    offset = text.find(character)
    while offset >= 0:
        yield offset
        offset = text.find(character, offset + 1)


class _ScalarLocator:
    """The data path of the scalar value that contains a character offset, if any."""

    def __init__(self, source: YamlSource):
        spans = sorted((node.start_mark.index, node.end_mark.index, path)
                       for path, node in source.nodes.items() if isinstance(node, yaml.ScalarNode))
        self._starts = [start for start, _, _ in spans]
        self._spans = spans

    def __call__(self, offset: int) -> Path | None:
        position = bisect.bisect_right(self._starts, offset) - 1
        if position >= 0:
            start, end, path = self._spans[position]
            if start <= offset < end:
                return path
        return None


def strings_with_paths(data: Any, path: Path = ()) -> Iterator[tuple[Any, Path]]:
    """Every scalar value of the data with its path, without recursion."""
    stack = [(data, path)]
    while stack:
        value, here = stack.pop()
        if isinstance(value, dict):
            stack.extend((item, here + (key,)) for key, item in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((item, here + (position,)) for position, item in reversed(list(enumerate(value))))
        else:
            yield value, here


Finding = tuple[Path, str, str, str]  # path, code, message, hint


def value_findings(data: Any, text: str, source: YamlSource) -> Iterator[Finding]:
    """What only the parsed values show: characters written as YAML escapes ("\\u200b", "\\b"),
    tabs inside values, and numbers that are not finite (.nan, .inf)."""
    for value, path in strings_with_paths(data):
        if isinstance(value, float) and not math.isfinite(value):
            yield (path, "not-finite", f"the number {value} is not a finite number",
                   "write the number in digits, for example 80 or 2.5")
        elif isinstance(value, str) and value and not value.isprintable():
            yield from _hidden_in_value(value, path, _raw(text, source, path))


def _raw(text: str, source: YamlSource, path: Path) -> str:
    node = source.nodes.get(path)
    return text[node.start_mark.index:node.end_mark.index] if node is not None else ""


def _hidden_in_value(value: str, path: Path, raw: str) -> Iterator[Finding]:
    for position, character in enumerate(value):
        control = CONTROL.match(character) is not None or character == "\r"
        if character == "\n" or not (control or character == "\t" or is_invisible(character)):
            continue
        if character in raw and character != "\t":
            continue  # written as itself: reported with its exact column by the scan of the text
        name = "tab" if character == "\t" else character_name(character)
        code = "control-character" if control else "invisible-character"
        yield (path, code, f"the text contains a {name} (U+{ord(character):04X}) after '{value[max(0, position - 20):position]}'",
               "replace it with a space; it is invisible in most editors, so retype the space between the words shown"
               if character == "\t" else _fix(character))
        return
