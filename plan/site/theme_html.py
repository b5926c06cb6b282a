"""An attribute Material writes that makes a page invalid HTML, dropped from the theme's output.

- `tabindex=""` on the labels of navigation sections (partials/nav-item.html sets
  it to "" for a section): an empty tabindex is not an integer, and a label is not
  focusable without one, so dropping it changes nothing for the reader.

It is checked by tests/test_html_valid.py (W3C Nu checker); if Material stops
writing them, this is a no-op. What stays invalid, and why, is listed there.
"""

from __future__ import annotations

import re

EMPTY_TABINDEX = re.compile(r'(<label\b[^>]*?) tabindex=""')


def valid_theme_html(html: str) -> str:
    return EMPTY_TABINDEX.sub(r"\1", html)
