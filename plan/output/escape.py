"""Escaping for each output context, in one place per context.

Data from the YAML is text. It reaches HTML through Jinja's autoescaping
(templates) and the helpers below; Markdown headings through `md_text`; CSV
cells through `csv_text`; iCalendar through the icalendar library's TEXT
escaping (see plan/exports/calendar.py). Link targets from the data are
checked at load time (plan/load/checks.py: only http and https).
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# Python-Markdown's escapable characters (ESCAPED_CHARS, plus "|" from tables).
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")


def md_text(value) -> Markup:
    """Text safe inside a Markdown heading: HTML-escaped, Markdown punctuation escaped."""
    return Markup(MARKDOWN_SPECIAL.sub(r"\\\1", str(escape(value))))


def lines(value: str) -> Markup:
    """Keep the line breaks of a multi-line cell."""
    return Markup("<br>").join(escape(line) for line in value.split("\n"))


def one_line(value: str) -> str:
    """A cell's text on one line, as a list or a calendar shows it ("Giai đoạn\\n2022 -\\n2025")."""
    return " ".join(value.split())
