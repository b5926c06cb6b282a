"""The indentation of the theme's templates, dropped from every built page.

Material's templates are indented for reading, and every page carries about
10 KB of it. A run of white space at the start of a line renders exactly like
the line break before it, except inside <pre>, <textarea> and <script>, which
keep theirs.
"""

from __future__ import annotations

import re

KEPT = re.compile(r"<(pre|textarea|script)\b.*?</\1>", re.S | re.I)
INDENT = re.compile(r"\n[ \t]+")


def without_indentation(html: str) -> str:
    parts, position = [], 0
    for kept in KEPT.finditer(html):
        parts += [INDENT.sub("\n", html[position:kept.start()]), kept.group()]
        position = kept.end()
    parts.append(INDENT.sub("\n", html[position:]))
    return "".join(parts)
