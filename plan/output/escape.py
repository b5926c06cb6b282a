"""Escaping for each output context, in one place per context.

Data from the YAML is text. It reaches HTML through Jinja's autoescaping
(templates) and the helpers below; Markdown headings through `md_text`; CSV
cells through `csv_text`; iCalendar through the icalendar library's TEXT
escaping (see plan/exports/calendar.py). Link targets from the data are
checked at load time (plan/load/checks.py: only http and https).
"""

from __future__ import annotations

import itertools
import re

from markupsafe import Markup, escape

# Python-Markdown's escapable characters (ESCAPED_CHARS, plus "|" from tables).
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")


def md_text(value) -> Markup:
    """Text safe inside a Markdown heading: `&`, `<`, `>` as named entities, Markdown punctuation escaped.

    Quotes stay as they are: a numeric entity (&#39;) would carry a "#", whose
    Markdown escape turns the entity into visible text in the table of contents.
    """
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Markup(MARKDOWN_SPECIAL.sub(r"\\\1", text))


LIST_ITEM = "- "  # how the source starts each line of a list in a cell


def lines(value: str) -> Markup:
    """A multi-line cell as a block: its line breaks kept, its "- " lines as a list."""
    return line_blocks(escape(value))


def line_blocks(html: Markup) -> Markup:
    """HTML text that keeps the source's line breaks: a run of lines starting "- " becomes a list
    (the dash becomes its bullet), other lines are separated by <br>. One line stays as it is."""
    rows = str(html).split("\n")
    if len(rows) == 1:
        return Markup(html)
    blocks: list[str] = []
    for is_item, run in itertools.groupby(rows, key=lambda row: row.startswith(LIST_ITEM)):
        run = list(run)
        if is_item:
            items = "".join(f"<li>{row[len(LIST_ITEM):]}</li>" for row in run)
            blocks.append(f'<ul class="cell-list">{items}</ul>')
        else:
            blocks.append("<br>".join(run))
    return Markup("".join(blocks))


def inline_lines(html: Markup) -> Markup:
    """The same text on one line, inside a sentence: the list's dashes dropped, its lines joined by spaces."""
    rows = [row[len(LIST_ITEM):] if row.startswith(LIST_ITEM) else row for row in str(html).split("\n")]
    return Markup(" ".join(row.strip() for row in rows if row.strip()))


def compact(html: str) -> Markup:
    """A template's HTML written over indented lines, joined into one line (`{% filter compact %}`).

    A line break between two tags is dropped with its indentation; any other
    line break (beside text) becomes one space. So templates can be laid out
    for reading while the page keeps the spaces its words need. Markdown needs
    some blocks on one line: a list item's HTML must not look like an indented
    code block, and a paragraph of Markdown ends at a line that starts a tag.
    """
    joined = re.sub(r">\n[ \t]*<", "><", str(html).strip())
    return Markup(re.sub(r"[ \t]*\n[ \t]*", " ", joined))


# Where a file name or path may wrap: after a slash, a hyphen or an underscore, before a dot.
PATH_BREAKS = re.compile(r"(?<=[/_-])|(?=\.)")


def path_breaks(value: str) -> Markup:
    """A file name, path or column name as HTML that wraps only between its parts ("du-lieu/" "hoat-" "dong" ".csv").

    `<wbr>` marks each place; it is no character, so the name copies and pastes
    unchanged. Pair it with CSS that forbids breaks elsewhere (site.css, `code.path`).
    """
    return Markup("<wbr>").join(escape(part) for part in PATH_BREAKS.split(value) if part)


def one_line(value: str) -> str:
    """A cell's text on one line, as a list or a calendar shows it ("Giai đoạn\\n2022 -\\n2025")."""
    return " ".join(value.split())


def md_heading(level: int, *parts: str, anchor: str | None = None) -> Markup:
    """A Markdown heading line whose text comes from the data: the one way templates write one.

    `parts` are joined into the heading's text, escaped here; `anchor` is a slug
    from plan.model.paths. tests/test_templates.py checks that no template
    writes a heading with data any other way. There is no attribute from the
    data: attr_list reads `{:` and `#` inside quoted values as new attributes.
    """
    if any(isinstance(part, Markup) for part in parts):
        raise TypeError("md_heading() takes plain text; escaping happens here")
    attribute_list = f" {{: #{anchor} }}" if anchor else ""
    return Markup("#" * level + " " + md_text(one_line("".join(map(str, parts)))) + attribute_list)


# Spreadsheet programs read a cell starting with one of these as a formula (OWASP,
# "CSV Injection"); full-width forms too, which some programs normalise.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def csv_text(value: str) -> str:
    """A text cell that no spreadsheet runs: one starting like a formula gets a leading apostrophe.

    The source's own list cells ("- Văn phòng UBND tỉnh;\\n- Sở …") start with a
    dash, so they are written "'- Văn phòng …": shown with the apostrophe, never
    evaluated. The JSON export keeps every text exactly as written.
    """
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def with_quote_marked(text: str, quote: str) -> Markup:
    """`text` escaped, its first occurrence of `quote` in <strong> (the words that name the unit)."""
    start = text.find(quote) if quote else -1
    if start < 0:
        return lines(text)
    end = start + len(quote)
    return Markup("{}<strong>{}</strong>{}").format(lines(text[:start]), lines(quote), lines(text[end:]))
