"""Everything the plan asks of one unit, or of any unit of one kind: named, or through a group.

A unit owes an activity of the appendix when a cell names it as lead or
coordinator (route: named), or names a collective that covers its kind
(route: through that group). It owes an item of the decision or the plan body
when the item names it or such a group; the group "units given lead work in the
appendix" (members_rule: appendix_lead, III.3) covers every unit that leads an
activity, by either route. One activity appears once per unit, with every
route by which it reaches that unit (CONTRIBUTING.md, "Nhóm đơn vị").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from plan.model.records import Activity, Unit
from plan.queries.index import BodyRef, PlanIndex

ROLES = ("lead", "coordinate")  # the order rows and routes are listed in


@dataclass(frozen=True)
class Route:
    role: str  # "lead" or "coordinate"
    via: Unit | None = None  # the collective the cell names; None when it names the unit itself


@dataclass(frozen=True)
class Obligation:
    activity: Activity
    routes: tuple[Route, ...]  # lead before coordinate, named before through a group

    @property
    def role(self) -> str:
        """The strongest role: an activity led by any route is listed as led."""
        return self.routes[0].role

    @property
    def named(self) -> bool:
        """Whether a cell names the unit itself in that strongest role (not only a group it belongs to)."""
        return self.routes[0].via is None


@dataclass(frozen=True)
class Duty:
    """An item of the decision or the plan body that gives work to the unit (or the kind)."""

    body: BodyRef
    via: Unit | None = None


class Obligations:
    def __init__(self, index: PlanIndex):
        self.index = index
        self._of_unit: dict[str, list[Obligation]] = {}

    @cached_property
    def _direct(self) -> dict[str, list[tuple[Activity, str]]]:
        """unit or collective id → (activity, role) for every cell that names it, in appendix order."""
        named: dict[str, list[tuple[Activity, str]]] = defaultdict(list)
        for activity in self.index.plan.appendix.activities:
            for role, ids in (("lead", self.index.lead_ids(activity)), ("coordinate", self.index.coordinating_ids(activity))):
                for unit_id in dict.fromkeys(ids):
                    named[unit_id].append((activity, role))
        return named

    def collectives_of_kind(self, kind: str) -> list[Unit]:
        return [u for u in self.index.plan.units if u.kind == "collective" and kind in u.covers]

    def groups_of(self, unit: Unit) -> list[Unit]:
        """The collectives a single unit belongs to, by its kind (not the members-rule group)."""
        return [] if unit.kind == "collective" else self.collectives_of_kind(unit.kind)

    def of_unit(self, unit_id: str) -> list[Obligation]:
        if unit_id not in self._of_unit:
            self._of_unit[unit_id] = self._unit_obligations(unit_id)
        return self._of_unit[unit_id]

    def _unit_obligations(self, unit_id: str) -> list[Obligation]:
        unit = self.index.units[unit_id]
        routes: list[tuple[Activity, Route]] = [(a, Route(role)) for a, role in self._direct.get(unit_id, [])]
        for group in self.groups_of(unit):
            routes += [(a, Route(role, group)) for a, role in self._direct.get(group.id, [])]
        return self._merge(routes)

    def of_kind(self, kind: str) -> list[Obligation]:
        """What any unit of `kind` owes through the groups that cover it (its own named work comes on top)."""
        routes = [(a, Route(role, group)) for group in self.collectives_of_kind(kind)
                  for a, role in self._direct.get(group.id, [])]
        return self._merge(routes)

    def of_units(self, unit_ids: list[str]) -> list[Obligation]:
        """The union for several units (a retired group's page and calendar: what it is now read as)."""
        routes = [(o.activity, r) for unit_id in unit_ids for o in self.of_unit(unit_id) for r in o.routes]
        return self._merge(routes)

    def _merge(self, routes: list[tuple[Activity, Route]]) -> list[Obligation]:
        by_activity: dict[str, list[Route]] = defaultdict(list)
        for activity, route in routes:
            if route not in by_activity[activity.id]:
                by_activity[activity.id].append(route)
        position = self.index.appendix_position
        return [
            Obligation(self.index.activities[a_id], tuple(sorted(found, key=_route_order)))
            for a_id, found in sorted(by_activity.items(), key=lambda item: position(item[0]))
        ]

    def leads(self, unit_id: str) -> bool:
        return any(o.role == "lead" for o in self.of_unit(unit_id))

    @cached_property
    def _lead_groups(self) -> list[Unit]:
        return [u for u in self.index.plan.units if u.members_rule == "appendix_lead"]

    def lead_units(self) -> list[Unit]:
        """Members of the members-rule group: named units and collectives that lead an activity."""
        return [u for u in self.index.plan.units if not u.members_rule and self.leads(u.id)]

    def duties_of_unit(self, unit_id: str) -> list[Duty]:
        unit = self.index.units[unit_id]
        duties = [Duty(ref) for ref in self.index.body_refs_of(unit_id)]
        for group in self.groups_of(unit):
            duties += [Duty(ref, group) for ref in self.index.body_refs_of(group.id)]
        if not unit.members_rule and self.leads(unit_id):
            duties += [Duty(ref, group) for group in self._lead_groups for ref in self.index.body_refs_of(group.id)]
        return duties

    def duties_of_kind(self, kind: str) -> list[Duty]:
        groups = self.collectives_of_kind(kind)
        duties = [Duty(ref, group) for group in groups for ref in self.index.body_refs_of(group.id)]
        if any(self.leads(group.id) for group in groups):
            duties += [Duty(ref, group) for group in self._lead_groups for ref in self.index.body_refs_of(group.id)]
        return duties

    def named_units_of_kind(self, kind: str) -> list[Unit]:
        return [u for u in self.index.plan.units if u.kind == kind]

    def covered_kinds(self) -> list[str]:
        """The kinds of unit some collective covers: each gets a page of its own."""
        return list(dict.fromkeys(kind for u in self.index.plan.units if u.kind == "collective" for kind in u.covers))


def _route_order(route: Route) -> tuple:
    return (ROLES.index(route.role), route.via is not None, route.via.id if route.via else "")


def counts(obligations: list[Obligation]) -> dict[str, dict[str, int]]:
    """Per strongest role: how many activities are named, how many come only through a group."""
    table = {role: {"named": 0, "via": 0} for role in ROLES}
    for obligation in obligations:
        table[obligation.role]["named" if obligation.named else "via"] += 1
    return table
