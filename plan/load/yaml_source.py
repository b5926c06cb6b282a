"""Read YAML into plain data while remembering where every value was written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from plan.model.errors import Issue
from plan.model.tree import Path


@dataclass
class YamlSource:
    """Parsed YAML plus the line/column of every node, keyed by data path."""

    file: str
    data: Any = None
    nodes: dict[Path, yaml.Node] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    def node_at(self, path: Path) -> yaml.Node | None:
        """The node at `path`, or the nearest enclosing one that exists."""
        for end in range(len(path), -1, -1):
            node = self.nodes.get(tuple(path[:end]))
            if node is not None:
                return node
        return None

    def issue(self, path: Path, code: str, message: str, hint: str = "") -> Issue:
        node = self.node_at(path)
        line, column = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (1, 1)
        return Issue(self.file, line, column, code, message, hint)


# libyaml's parser keeps line/column marks like the pure-Python one and is about
# ten times faster; the plan is parsed on every build (bench/run.py).
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 64  # the plan nests about 14 levels deep; deeper means a mistake, and it would exhaust the stack
MAX_SCALAR = 100_000  # characters in one value; model texts allow far fewer, but the echo stays short
PLAIN_TAGS = frozenset("tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "timestamp",
                                                                  "seq", "map"))


class _PlanLoader(_BaseLoader):
    """YAML's safe loader, except that an impossible date (2022-02-30) stays text for the model to report."""

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return node.value


_PlanLoader.add_constructor("tag:yaml.org,2002:timestamp", _PlanLoader.construct_yaml_timestamp)


def read_yaml(text: str, file: str) -> YamlSource:
    source = YamlSource(file=file)
    if not text.strip():
        source.issues.append(Issue(file, 1, 1, "empty-file", "the file is empty", "restore the dataset from git"))
        return source
    source.issues.extend(_structure_issues(text, file))
    if source.issues:
        return source
    loader = _PlanLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            source.issues.append(Issue(file, 1, 1, "empty-file", "the file holds no data", "restore the dataset from git"))
            return source
        _index(root, source)
        if not source.issues:
            source.data = loader.construct_document(root)
    except yaml.MarkedYAMLError as error:
        source.issues.append(_syntax_issue(error, text, file))
    except (ValueError, OverflowError, RecursionError, TypeError) as error:  # a value YAML's constructors reject
        source.issues.append(Issue(file, 1, 1, "yaml-syntax", f"the YAML cannot be read: {shorten(str(error))}",
                                   "compare the value with similar entries in the file"))
    finally:
        loader.dispose()
    return source


def _structure_issues(text: str, file: str) -> list[Issue]:
    """What the parser's events show before anything is built: aliases, nesting depth, huge values, tags.

    Aliases (`*name`) are refused outright: the dataset never needs them, and a
    few nested ones expand into billions of values (a "billion laughs" file).
    """
    issues: list[Issue] = []
    depth = 0
    events = yaml.parse(text, Loader=_BaseLoader)
    try:
        for event in events:
            mark = event.start_mark
            where = (file, mark.line + 1, mark.column + 1)
            if isinstance(event, yaml.AliasEvent):
                issues.append(Issue(*where, "yaml-alias", f"a YAML alias (*{shorten(event.anchor)}) is used here",
                                    "write the value out in full; the dataset does not use anchors (&) or aliases (*)"))
            elif isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    issues.append(Issue(*where, "too-deep", f"the data is nested more than {MAX_DEPTH} levels deep here",
                                        "check the indentation: an entry is probably indented under the wrong parent"))
                    break
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.ScalarEvent) and len(event.value) > MAX_SCALAR:
                issues.append(Issue(*where, "value-too-large",
                                    f"this value has {len(event.value):,} characters; the limit is {MAX_SCALAR:,}",
                                    "check for an accidental paste; the longest text in the plan has a few thousand characters"))
            if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)) and event.tag \
                    and event.tag != "!" and event.tag not in PLAIN_TAGS:
                issues.append(Issue(*where, "yaml-tag", f"the YAML tag {shorten(event.tag)} is not allowed here",
                                    "remove the tag (the word starting with ! before the value); write the value as plain text"))
            if len(issues) >= 20:
                break
    except yaml.MarkedYAMLError as error:
        issues.append(_syntax_issue(error, text, file))
    return issues


def _index(root: yaml.Node, source: YamlSource) -> None:
    """Remember every node by its data path; report repeated and non-text keys."""
    stack: list[tuple[yaml.Node, Path]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        source.nodes[path] = node
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, yaml.Node] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    source.issues.append(_key_issue(source.file, key_node, "complex-key",
                                                    "a key here is a list or a block, not a name",
                                                    "write `name: value`, with a plain word before the colon"))
                    continue
                key = key_node.value
                if key == "<<":
                    source.issues.append(_key_issue(source.file, key_node, "yaml-alias", "a YAML merge key (<<) is used here",
                                                    "write the fields out in full; the dataset does not use merge keys"))
                if key in seen:
                    first = seen[key].start_mark.line + 1
                    source.issues.append(_key_issue(
                        source.file, key_node, "duplicate-key",
                        f"the key `{shorten(key)}` appears twice in the same block (first at line {first})",
                        "keep one of the two lines; YAML would silently drop the first"))
                seen[key] = key_node
                stack.append((value_node, path + (key,)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, path + (position,)) for position, item in enumerate(node.value))


def _key_issue(file: str, key_node: yaml.Node, code: str, message: str, hint: str) -> Issue:
    return Issue(file, key_node.start_mark.line + 1, key_node.start_mark.column + 1, code, message, hint)


def shorten(value, limit: int = 60) -> str:
    """A value as it may be echoed in a message: never more than `limit` characters."""
    text = str(value)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text):,} characters)"


def _syntax_issue(error: yaml.MarkedYAMLError, text: str, file: str) -> Issue:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (error.problem or "").strip()
    source_line = text.splitlines()[line - 1] if 0 < line <= len(text.splitlines()) else ""
    if "another document" in problem:
        return Issue(file, line, column, "yaml-syntax", "a second YAML document starts here (a line `---`)",
                     "remove the `---` line: the dataset is one document")
    if "\t" in source_line[: max(column, 1)] or "'\\t'" in problem:
        return Issue(
            file, line, column, "yaml-tab",
            "a tab character is used here; YAML allows only spaces for indentation",
            "replace the tab with spaces (2 spaces per level) and align with the lines around it",
        )
    return Issue(
        file, line, column, "yaml-syntax",
        f"the YAML cannot be read here: {shorten(problem or error, 200)}",
        "check the indentation (2 spaces per level, siblings aligned), that every `key:` has a space after the colon, "
        "and that text containing `: ` or starting with a quote is wrapped in quotes",
    )
