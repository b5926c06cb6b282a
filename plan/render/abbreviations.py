"""Every abbreviation of the glossary on a page becomes an `<abbr>` carrying its expansion.

Runs on a page's finished HTML, so it reaches text from every template and
Markdown alike. Each occurrence gets the expansion as its `title`: a tooltip on
hover (Material's, once its script has started) and a description for screen
readers. The first one on the page outside a link or button can also be
focused, by a tap on a phone or Tab on a keyboard, and then shows the
expansion after it (site.css). No text is added to the page: what a reader
copies, and what search indexes, is the source's wording.
"""

from __future__ import annotations

import re

from markupsafe import escape

from plan.model.glossary import Occurrence, Terms

TAG = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>", re.S)  # a comment, or a tag: (/)(name)
UNTOUCHED = frozenset({"abbr", "code", "kbd", "math", "option", "pre", "samp", "script", "style", "svg", "template",
                       "textarea", "title"})  # text that is code, or may not hold an element
INTERACTIVE = frozenset({"a", "button", "label", "option", "select", "summary"})  # no focusable element inside
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


def mark_abbreviations(html: str, terms: Terms) -> str:
    """`html` with every term of `terms` in its text (not in tags, comments or UNTOUCHED elements) marked.

    The terms are found in the whole page at once; a term is letters, digits
    and spaces (records.TERM), so a match never straddles a tag and the
    whole-page matches in text are the matches each text would give. Only the
    texts holding one are rewritten, and the tags after the last one are not
    read.
    """
    found = list(terms.find(html))
    if not found:
        return html
    marker = _Marker()
    parts, copied, position, next_found = [], 0, 0, 0
    for tag in TAG.finditer(html):
        start = tag.start()
        if found[next_found].start < start:  # the text before this tag holds a term
            following = next_found
            while following < len(found) and found[following].start < start:
                following += 1
            parts += [html[copied:position], marker.text(html, position, start, found[next_found:following])]
            copied, next_found = start, following
        marker.tag(tag)
        position = tag.end()
        while next_found < len(found) and found[next_found].start < position:  # in the tag itself
            next_found += 1
        if next_found == len(found):
            break
    else:
        if next_found < len(found):  # the text after the last tag
            parts += [html[copied:position], marker.text(html, position, len(html), found[next_found:])]
            copied = len(html)
    parts.append(html[copied:])
    return "".join(parts)


class _Marker:
    def __init__(self) -> None:
        self.open: list[str] = []
        self.explained: set[str] = set()

    def tag(self, tag: re.Match) -> None:
        closing, name = tag.groups()
        if not name or tag.group().endswith("/>"):
            return
        name = name.lower()
        if name in VOID:
            return
        if not closing:
            self.open.append(name)
        elif name in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(name):]

    def text(self, html: str, start: int, end: int, occurrences: list[Occurrence]) -> str:
        """html[start:end], a text between tags, with `occurrences` (all inside it) marked."""
        if any(name in UNTOUCHED for name in self.open):
            return html[start:end]
        focusable = not any(name in INTERACTIVE for name in self.open)
        parts, position = [], start
        for occurrence in occurrences:
            parts += [html[position:occurrence.start], self._abbr(occurrence.abbreviation, focusable)]
            position = occurrence.end
        return "".join(parts) + html[position:end]
    def _abbr(self, entry, focusable: bool) -> str:
        expansion = escape(entry.expansion)

        focus = ""
        if focusable and entry.term not in self.explained:
            self.explained.add(entry.term)
            focus = ' tabindex="0"'
        return f'<abbr title="{expansion}"{focus}>{escape(entry.term)}</abbr>'
