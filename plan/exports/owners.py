"""Who gets a calendar and a table of their own: every unit, every kind of unit groups cover, every retired id.

Each owner has the same two files (du-lieu/lich/…ics, du-lieu/viec/…csv) built
from the same list of obligations, so the page, the calendar and the table of
a unit always hold the same activities.
"""

from __future__ import annotations

from dataclasses import dataclass

from plan.exports.calendar import CalendarSpec
from plan.model import paths
from plan.model.vocabulary import AUDIENCES
from plan.queries import PlanIndex
from plan.queries.obligations import Obligation, Obligations


@dataclass(frozen=True)
class Owner:
    key: str  # the unit's id, "loai-<kind slug>", or a retired id
    name: str  # whose work: "Sở Tài chính", "một sở, ban, ngành cấp tỉnh"
    obligations: list[Obligation]
    reports: bool  # leads work, so reports under III.3
    page: str  # site path of its page
    calendar: str  # site path of the .ics
    table: str  # site path of the .csv

    def calendar_spec(self, document_number: str) -> CalendarSpec:
        intro = (f"Việc của {self.name} trong Kế hoạch CCHC năm 2022 tỉnh Lâm Đồng (Quyết định {document_number}): "
                 f"{len(self.obligations)} hoạt động của phụ lục mà đơn vị chủ trì hoặc phối hợp, được nêu tên hoặc "
                 "qua nhóm đơn vị (như “Các sở, ban, ngành”).")
        return CalendarSpec(self.key, f"CCHC 2022 · {self.name}", intro, self.obligations, self.reports)


def owners(index: PlanIndex, obligations: Obligations) -> list[Owner]:
    found = []
    for unit in index.plan.units:
        reports = bool(unit.members_rule) or obligations.leads(unit.id)
        found.append(Owner(unit.id, unit.name, obligations.of_unit(unit.id), reports, paths.unit_page(unit.id),
                           paths.unit_calendar(unit.id), paths.unit_obligations_file(unit.id)))
    for kind in obligations.covered_kinds():
        audience = AUDIENCES[kind]
        owed = obligations.of_kind(kind)
        found.append(Owner(paths.kind_key(audience.slug), audience.who, owed, any(o.role == "lead" for o in owed),
                           paths.kind_page(audience.slug), paths.kind_calendar(audience.slug),
                           paths.kind_obligations_file(audience.slug)))
    for retired in index.plan.retired_units:
        owed = obligations.of_units(list(retired.read_as))
        found.append(Owner(retired.id, retired.name, owed, any(o.role == "lead" for o in owed), paths.unit_page(retired.id),
                           paths.unit_calendar(retired.id), paths.unit_obligations_file(retired.id)))
    return found
