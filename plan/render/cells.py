"""A unit cell as written in the source, with each unit name linked to its page."""

from __future__ import annotations

from markupsafe import Markup, escape

from plan.model import paths
from plan.model.records import UnitCell
from plan.model.vocabulary import PHRASES
from plan.output.escape import inline_lines, line_blocks
from plan.queries import PlanIndex


def unit_cell_html(cell: UnitCell | None, index: PlanIndex, url, inline: bool = False) -> Markup:
    """The cell as a block (its "- " lines as a list), or `inline` for a sentence ("Chủ trì: …")."""
    if cell is None:
        return Markup('<span class="muted">{}</span>').format(PHRASES["no_cell"])
    if not cell.text:
        return Markup('<span class="muted">{}</span>').format(PHRASES["empty_cell"])
    linked = _linked_names(cell.text, index, url)
    return inline_lines(linked) if inline else line_blocks(linked)


def _linked_names(text: str, index: PlanIndex, url) -> Markup:
    """The escaped text, line breaks kept, each unit's name a link (a name is one line, even if the source
    broke it)."""
    parts: list[Markup] = []
    position = 0
    for mention in index.spellings.read(text).mentions:
        parts.append(escape(text[position:mention.start]))
        name = " ".join(text[mention.start:mention.end].split())
        href = url(paths.unit_page(mention.unit))
        parts.append(Markup('<a class="unit-link" href="{}">{}</a>').format(href, name))
        position = mention.end
    parts.append(escape(text[position:]))
    return Markup("").join(parts)


def unit_link(unit_id: str, index: PlanIndex, url) -> Markup:
    unit = index.units[unit_id]
    return Markup('<a class="unit-link" href="{}">{}</a>').format(url(paths.unit_page(unit_id)), escape(unit.name))
