"""Table-of-contents entries that say more than their heading, set after Markdown has built the TOC."""

from __future__ import annotations

from markupsafe import escape


def relabel(toc, labels: dict[str, str]) -> None:
    """Give the entries whose anchor is in `labels` that text (escaped: Material prints TOC titles as HTML)."""
    stack = list(toc)
    while stack:
        item = stack.pop()
        if item.id in labels:
            item.title = str(escape(labels[item.id]))
        stack.extend(item.children)
