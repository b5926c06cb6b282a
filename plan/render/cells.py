"""A unit cell as written in the source, with each unit name linked to its page."""

from __future__ import annotations

from markupsafe import Markup, escape

from plan.model import paths
from plan.model.records import UnitCell
from plan.output.escape import lines
from plan.queries import PlanIndex


def unit_cell_html(cell: UnitCell | None, index: PlanIndex, url) -> Markup:
    if cell is None:
        return Markup('<span class="muted">Không có ô này trong văn bản nguồn</span>')
    if not cell.text:
        return Markup('<span class="muted">(để trống)</span>')
    reading = index.spellings.read(cell.text)
    parts: list[Markup] = []
    position = 0
    for mention in reading.mentions:
        parts.append(lines(cell.text[position:mention.start]))
        name = " ".join(cell.text[mention.start:mention.end].split())
        href = url(paths.unit_page(mention.unit))
        parts.append(Markup('<a class="unit-link" href="{}">{}</a>').format(href, name))
        position = mention.end
    parts.append(lines(cell.text[position:]))
    return Markup("").join(parts)


def unit_link(unit_id: str, index: PlanIndex, url) -> Markup:
    unit = index.units[unit_id]
    return Markup('<a class="unit-link" href="{}">{}</a>').format(url(paths.unit_page(unit_id)), escape(unit.name))
