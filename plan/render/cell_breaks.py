"""A line break between adjacent table cells and definition-list parts that touch.

Templates written compactly put `</dt><dd>` and `</td><td>` side by side. A
browser shows them apart, but whatever reads the page's text runs the two
together: Material's search index ("Chủ trìSở Nội vụ", so "chu tri so noi vu"
finds no phrase there), a copy and paste, a reader view. White space between
cells, between a list's terms and descriptions and between a select's
options renders as nothing: table layout drops it, and so does a
`<dt>`/`<dd>` that is a block or flex item.
"""

from __future__ import annotations

import re

# A cell, row or row group closing right before the next one opens ("</td><td", "</th></tr><tr"), a
# term or description before the next ("</dt><dd", "</dd></div><div><dt": pairs wrapped in a div), and
# a select's options (the appendix filter's).
_TOUCHING = re.compile(
    r"(</(?:t[dhr]|thead|tbody|option)>|</d[dt]>(?:</div>)?)(?=(?:<div>)?<(?:t[dhr]|thead|tbody|d[dt]|option)\b)")


def with_cell_breaks(html: str) -> str:
    return _TOUCHING.sub(r"\1\n", html)
