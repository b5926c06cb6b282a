"""Read-only lookups over a validated plan, shared by pages, exports and search."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from plan.model.deadlines import Deadline, parse_deadline
from plan.model.glossary import Terms
from plan.model.records import Activity, Indicator, Objective, Plan, PlanItem, Task, Unit, UnitRef
from plan.model.tree import plan_items
from plan.model.unit_names import Spellings, unit_spellings


@dataclass(frozen=True)
class BodyRef:
    """A unit named with a role in the decision or the plan body."""

    ref: UnitRef
    where: str  # "article:3" or "plan_item:III.2"
    label: str  # "Điều 3" or "III.2"
    text: str


class PlanIndex:
    def __init__(self, plan: Plan):
        self.plan = plan

    @cached_property
    def units(self) -> dict[str, Unit]:
        return {u.id: u for u in self.plan.units}

    @cached_property
    def objectives(self) -> dict[str, Objective]:
        return {o.id: o for o in self.plan.appendix.objectives}

    @cached_property
    def tasks(self) -> dict[str, Task]:
        return {t.id: t for t in self.plan.appendix.tasks}

    @cached_property
    def activities(self) -> dict[str, Activity]:
        return {a.id: a for a in self.plan.appendix.activities}

    @cached_property
    def indicators(self) -> dict[str, Indicator]:
        return {i.id: i for i in self.plan.indicators}

    @cached_property
    def plan_items(self) -> dict[str, PlanItem]:
        return {item.id: item for item, _ in plan_items(self.plan)}

    @cached_property
    def spellings(self) -> Spellings:
        """Every unit's spellings, compiled once for reading unit cells."""
        return unit_spellings(self.plan.units)

    @cached_property
    def terms(self) -> Terms:
        """The glossary's abbreviations, compiled once for finding them in text."""
        return Terms(self.plan.glossary)

    @cached_property
    def funding_notes(self) -> dict[str, str]:
        return {n.id: n.text for n in self.plan.budget.funding_notes}

    @cached_property
    def _deadlines(self) -> dict[str, Deadline | None]:
        return {a.id: parse_deadline(a.deadline) if a.deadline else None for a in self.plan.appendix.activities}

    def deadline(self, activity: Activity) -> Deadline | None:
        """The activity's parsed deadline (parsed once per build); None when the cell is missing or empty."""
        return self._deadlines[activity.id]

    @cached_property
    def _children(self) -> dict[str, dict]:
        """Appendix records grouped under their parent in one pass (section → objectives, …)."""
        appendix = self.plan.appendix
        groups: dict[str, dict] = {"objectives": defaultdict(list), "tasks": defaultdict(list),
                                   "task_activities": defaultdict(list), "direct_activities": defaultdict(list)}
        for objective in appendix.objectives:
            groups["objectives"][objective.section].append(objective)
        for task in appendix.tasks:
            groups["tasks"][task.objective].append(task)
        for activity in appendix.activities:
            if activity.task is None:
                groups["direct_activities"][activity.objective].append(activity)
            else:
                groups["task_activities"][activity.task].append(activity)
        return groups

    def objectives_in(self, section_id: str | None) -> list[Objective]:
        return list(self._children["objectives"].get(section_id, []))

    def tasks_of(self, objective_id: str) -> list[Task]:
        return list(self._children["tasks"].get(objective_id, []))

    def activities_of_task(self, task_id: str) -> list[Activity]:
        return list(self._children["task_activities"].get(task_id, []))

    def direct_activities(self, objective_id: str | None) -> list[Activity]:
        """Activities with no task: directly under the objective, or with no known parent."""
        return list(self._children["direct_activities"].get(objective_id, []))

    @cached_property
    def _activities_by_role(self) -> dict[str, dict[str, list[Activity]]]:
        """unit id → {"lead": [...], "coordinate": [...]}, built in one pass so large plans stay linear."""
        by_unit: dict[str, dict[str, list[Activity]]] = defaultdict(lambda: {"lead": [], "coordinate": []})
        for activity in self.plan.appendix.activities:
            for unit in dict.fromkeys(self.lead_ids(activity)):
                by_unit[unit]["lead"].append(activity)
            for unit in dict.fromkeys(self.coordinating_ids(activity)):
                by_unit[unit]["coordinate"].append(activity)
        return by_unit

    def led_by(self, unit_id: str) -> list[Activity]:
        return list(self._activities_by_role[unit_id]["lead"])

    def coordinated_by(self, unit_id: str) -> list[Activity]:
        return list(self._activities_by_role[unit_id]["coordinate"])

    @cached_property
    def _positions(self) -> dict[str, int]:
        return {a.id: position for position, a in enumerate(self.plan.appendix.activities)}

    def appendix_position(self, activity_id: str) -> int:
        return self._positions[activity_id]

    @staticmethod
    def lead_ids(activity: Activity) -> list[str]:
        return list(activity.lead.units) if activity.lead else []

    @staticmethod
    def coordinating_ids(activity: Activity) -> list[str]:
        return list(activity.coordinating.units) if activity.coordinating else []

    @cached_property
    def _collectives_by_kind(self) -> dict[str, list[Unit]]:
        by_kind: dict[str, list[Unit]] = defaultdict(list)
        for unit in self.plan.units:
            if unit.kind == "collective":
                for kind in unit.covers:
                    by_kind[kind].append(unit)
        return by_kind

    def collectives_covering(self, unit_id: str) -> list[Unit]:
        """The collectives ("các sở, ban, ngành", ...) a unit belongs to by its kind."""
        unit = self.units[unit_id]
        if unit.kind == "collective":
            return []
        return list(self._collectives_by_kind.get(unit.kind, []))

    @cached_property
    def body_refs(self) -> list[BodyRef]:
        refs = []
        for article in self.plan.document.articles:
            for ref in article.unit_refs:
                refs.append(BodyRef(ref, f"article:{article.number}", f"Điều {article.number}", article.text))
        for item, _ in plan_items(self.plan):
            text = "\n".join([item.text, *item.paragraphs])
            for ref in item.unit_refs:
                refs.append(BodyRef(ref, f"plan_item:{item.id}", item.id, text))
        return refs

    @cached_property
    def _body_refs_by_unit(self) -> dict[str, list[BodyRef]]:
        by_unit: dict[str, list[BodyRef]] = defaultdict(list)
        for ref in self.body_refs:
            by_unit[ref.ref.unit].append(ref)
        return by_unit

    def body_refs_of(self, unit_id: str) -> list[BodyRef]:
        return list(self._body_refs_by_unit.get(unit_id, []))

    @cached_property
    def role_counts(self) -> dict[str, dict[str, int]]:
        return defaultdict(lambda: {"lead": 0, "coordinate": 0}, {
            unit: {role: len(activities) for role, activities in roles.items()}
            for unit, roles in self._activities_by_role.items()
        })

    def indicators_of_item(self, item_id: str):
        return [i for i in self.plan.indicators if i.item == item_id]

    def indicators_of_objective(self, objective_id: str):
        return [i for i in self.plan.indicators if objective_id in i.appendix_objectives]

    def notes_about(self, ref: str):
        return [n for n in self.plan.notes if ref in n.applies_to]

    def gaps_about(self, ref: str):
        return [g for g in self.plan.source_gaps if ref in g.affects]
