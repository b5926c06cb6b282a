"""Activities grouped for the deadline and budget pages."""

from __future__ import annotations

from dataclasses import dataclass, field

from plan.deadlines import KIND_LABELS
from plan.model import Activity
from plan.queries import PlanIndex

KIND_ORDER = ["quarter", "date", "year", "period", "yearly", "recurring", "per_regulation"]
KIND_NOTES = {
    "year": "Hạn cuối là ngày 31/12 của năm ghi trong văn bản.",
    "quarter": "Hạn cuối là ngày cuối quý.",
    "period": "Hạn cuối là ngày 31/12 của năm cuối giai đoạn.",
    "yearly": "Việc lặp lại hằng năm; văn bản không ghi ngày cụ thể.",
    "recurring": "Việc làm thường xuyên; văn bản không ghi ngày cụ thể.",
    "per_regulation": "Thời hạn theo quy định của Trung ương; văn bản không ghi ngày cụ thể.",
}


@dataclass
class Group:
    title: str
    anchor: str
    note: str = ""
    order: tuple = ()
    activities: list[Activity] = field(default_factory=list)


def deadline_groups(index: PlanIndex) -> list[Group]:
    groups: dict[str, Group] = {}
    for activity in index.plan.appendix.activities:
        deadline = index.deadline(activity)
        if deadline is None:
            key, title = "none", "Không ghi thời hạn"
        elif deadline.kind in {"year", "quarter", "period", "date"}:
            key, title = f"{deadline.kind}-{deadline.end.isoformat()}", " ".join(deadline.text.split())
            if deadline.kind == "year":
                title = f"Trong năm {deadline.end.year}"
        else:
            key, title = deadline.kind, KIND_LABELS[deadline.kind]
        kind = deadline.kind if deadline else "none"
        order = _order(kind, deadline.end.isoformat() if deadline and deadline.end else "")
        group = groups.setdefault(key, Group(title, "han-" + key.replace("_", "-"), KIND_NOTES.get(kind, ""), order))
        group.activities.append(activity)
    return sorted(groups.values(), key=lambda group: group.order)


def _order(kind: str, end: str) -> tuple:
    """Dated groups first, by their last day; then the undated kinds in a fixed order."""
    position = KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
    return (0, end, position) if end else (1, "", position)


def funding_groups(index: PlanIndex) -> list[tuple[str, list[Activity], str]]:
    activities = index.plan.appendix.activities
    groups = [
        (note.text, [a for a in activities if a.funding == note.id], "kp-" + note.id)
        for note in index.plan.budget.funding_notes
    ]
    groups.append(("Ô kinh phí để trống", [a for a in activities if a.funding == ""], "kp-de-trong"))
    groups.append(("Không có ô kinh phí riêng trong văn bản nguồn", [a for a in activities if a.funding is None], "kp-khong-co-o"))
    return [group for group in groups if group[1]]
