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

from plan.model.glossary import Terms

TAG = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>", re.S)
UNTOUCHED = frozenset({"abbr", "code", "kbd", "math", "pre", "samp", "script", "style", "svg", "template",
                       "textarea", "title"})  # text that is code, or may not hold an element
INTERACTIVE = frozenset({"a", "button", "label", "option", "select", "summary"})  # no focusable element inside
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


def mark_abbreviations(html: str, terms: Terms) -> str:
    if not terms:
        return html
    marker = _Marker(terms)
    parts, position = [], 0
    for tag in TAG.finditer(html):
        parts.append(marker.text(html[position:tag.start()]))
        parts.append(tag.group())
        marker.tag(tag)
        position = tag.end()
    parts.append(marker.text(html[position:]))
    return "".join(parts)


class _Marker:
    def __init__(self, terms: Terms):
        self.terms = terms
        self.open: list[str] = []
        self.explained: set[str] = set()

    def tag(self, tag: re.Match) -> None:
        closing, name, self_closing = tag.group(1), (tag.group(2) or "").lower(), tag.group(3)
        if not name or self_closing or name in VOID:
            return
        if not closing:
            self.open.append(name)
        elif name in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(name):]

    def text(self, text: str) -> str:
        if not text or any(name in UNTOUCHED for name in self.open):
            return text
        focusable = not any(name in INTERACTIVE for name in self.open)
        parts, position = [], 0
        for occurrence in self.terms.find(text):
            parts += [text[position:occurrence.start], self._abbr(occurrence.abbreviation, focusable)]
            position = occurrence.end
        return "".join(parts) + text[position:] if parts else text

    def _abbr(self, entry, focusable: bool) -> str:
        expansion = escape(entry.expansion)

        focus = ""
        if focusable and entry.term not in self.explained:
            self.explained.add(entry.term)
            focus = ' tabindex="0"'
        return f'<abbr title="{expansion}"{focus}>{escape(entry.term)}</abbr>'
