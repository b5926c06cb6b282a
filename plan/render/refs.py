"""Links to records named by `kind:id` references (notes, gaps, change log)."""

from __future__ import annotations

from markupsafe import Markup

from plan import anchors
from plan.queries import PlanIndex

KIND_WORDS = {
    "activity": "hoạt động",
    "task": "nhiệm vụ",
    "objective": "mục tiêu",
    "section": "phần",
    "plan_item": "mục",
    "indicator": "chỉ tiêu",
    "article": "Điều",
}


def ref_label(ref: str, index: PlanIndex) -> str:
    kind, _, record_id = ref.partition(":")
    if kind == "document":
        return "quyết định"
    if kind == "unit":
        return index.units[record_id].name if record_id else "đơn vị"
    if kind == "budget_line":
        if not record_id:
            return "kinh phí"
        position = [line.id for line in index.plan.budget.lines].index(record_id) + 1
        return f"khoản kinh phí thứ {position}"
    if kind == "funding_note":
        return "ghi chú kinh phí"
    if kind == "section" and record_id:
        return f"phần {record_id} của phụ lục"
    if kind == "indicator":
        return f"chỉ tiêu {record_id.upper()}"
    return f"{KIND_WORDS.get(kind, kind)} {record_id}".strip()


def ref_link(ref: str, index: PlanIndex, url) -> Markup:
    kind, _, record_id = ref.partition(":")
    href = url(anchors.record_url(kind, record_id or None))
    return Markup('<a href="{}">{}</a>').format(href, ref_label(ref, index))
