"""Links to records named by `kind:id` references (notes, gaps, change log)."""

from __future__ import annotations

from markupsafe import Markup

from plan.model import paths
from plan.model.vocabulary import RECORD_KINDS
from plan.queries import PlanIndex


def ref_label(ref: str, index: PlanIndex) -> str:
    kind, _, record_id = ref.partition(":")
    if kind == "unit" and record_id:
        return index.units[record_id].name
    if kind == "budget_line" and record_id:
        position = [line.id for line in index.plan.budget.lines].index(record_id) + 1
        return f"khoản kinh phí thứ {position}"
    if kind in {"document", "unit", "budget_line", "funding_note"}:
        return RECORD_KINDS[kind]
    if kind == "section" and record_id:
        return f"phần {record_id} của phụ lục"
    if kind == "indicator" and record_id:
        return f"chỉ tiêu {record_id.upper()}"
    return f"{RECORD_KINDS[kind]} {record_id or ''}".strip()


def ref_link(ref: str, index: PlanIndex, url) -> Markup:
    kind, _, record_id = ref.partition(":")
    href = url(paths.record_url(kind, record_id or None))
    return Markup('<a href="{}">{}</a>').format(href, ref_label(ref, index))
