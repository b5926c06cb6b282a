"""Activities grouped for the deadline and budget pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from plan.model.records import Activity
from plan.model.vocabulary import DEADLINE_KINDS, PHRASES
from plan.output.escape import one_line
from plan.queries import PlanIndex


@dataclass
class Group:
    title: str
    anchor: str
    note: str = ""
    order: tuple = ()
    activities: list = field(default_factory=list)  # activities, or whatever `group_by_deadline` was given


def deadline_groups(index: PlanIndex) -> list[Group]:
    return group_by_deadline(index, index.plan.appendix.activities, lambda activity: activity)


def group_by_deadline(index: PlanIndex, items: list, activity_of: Callable[[object], Activity]) -> list[Group]:
    """`items` grouped by their activity's deadline: dated groups by last day, then the undated kinds."""
    groups: dict[str, Group] = {}
    for item in items:
        activity = activity_of(item)
        deadline = index.deadline(activity)
        if deadline is None:
            key, title = "none", "Không ghi thời hạn"
        elif deadline.kind in {"year", "quarter", "period", "date"}:
            key, title = f"{deadline.kind}-{deadline.end.isoformat()}", one_line(deadline.text)
            if deadline.kind == "year":
                title = f"Trong năm {deadline.end.year}"
        else:
            key, title = deadline.kind, DEADLINE_KINDS[deadline.kind].label
        kind = deadline.kind if deadline else "none"
        order = _order(kind, deadline.end.isoformat() if deadline and deadline.end else "")
        note = DEADLINE_KINDS[kind].note if kind in DEADLINE_KINDS else ""
        group = groups.setdefault(key, Group(title, "han-" + key.replace("_", "-"), note, order))
        group.activities.append(item)
    return sorted(groups.values(), key=lambda group: group.order)


def _order(kind: str, end: str) -> tuple:
    """Dated groups first, by their last day; then the undated kinds in a fixed order."""
    position = DEADLINE_KINDS[kind].order if kind in DEADLINE_KINDS else len(DEADLINE_KINDS)
    return (0, end, position) if end else (1, "", position)


def funding_groups(index: PlanIndex) -> list[tuple[str, list[Activity], str]]:
    activities = index.plan.appendix.activities
    groups = [
        (note.text, [a for a in activities if a.funding == note.id], "kp-" + note.id)
        for note in index.plan.budget.funding_notes
    ]
    for phrase, value, anchor in (("empty_cell", "", "kp-de-trong"), ("no_cell", None, "kp-khong-co-o")):
        title = f"Kinh phí: {PHRASES[phrase][:1].lower()}{PHRASES[phrase][1:]}"
        groups.append((title, [a for a in activities if a.funding == value], anchor))
    return [group for group in groups if group[1]]
