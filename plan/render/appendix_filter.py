"""What the appendix's filter needs: each activity's facets as data attributes, and the choices to offer.

A unit "has" an activity when the unit page lists it: named in its cell, or
through a group that covers it (docs: plan/queries/obligations.py). A kind of
unit has what its kind page lists. An activity's levels (tỉnh, huyện, xã) are
those of every unit and kind that has it. docs/assets/appendix-filter.js reads
the attributes; without JavaScript the page is the whole appendix.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from markupsafe import Markup, escape

from plan.exports.owners import Owner
from plan.model import paths
from plan.model.records import Activity
from plan.model.vocabulary import AUDIENCES, DEADLINE_KINDS, KIND_LEVELS, LEVELS, ROLE_SLUGS, ROLES, UNIT_KINDS
from plan.queries import PlanIndex

Choice = tuple[str, str]  # (value in the page address, label)


@dataclass(frozen=True)
class Facets:
    owners: dict[str, frozenset[str]]  # role slug → keys of the units and kinds that have the activity so
    deadline: str  # the deadline kind's slug, "" when the source gives none
    section: str  # the appendix section's id, "" for rows the source lost the section of
    levels: frozenset[str]


class AppendixFilter:
    def __init__(self, index: PlanIndex, owners: list[Owner]):
        retired = {r.id for r in index.plan.retired_units}
        self.index = index
        self.owners = [owner for owner in owners if owner.key not in retired]

    @cached_property
    def _facets(self) -> dict[str, Facets]:
        having: dict[str, dict[str, set[str]]] = defaultdict(lambda: {slug: set() for slug in ROLE_SLUGS.values()})
        levels: dict[str, set[str]] = defaultdict(set)
        for owner in self.owners:
            level = self._level(owner.key)
            for obligation in owner.obligations:
                for route in obligation.routes:
                    having[obligation.activity.id][ROLE_SLUGS[route.role]].add(owner.key)
                if level:
                    levels[obligation.activity.id].add(level)
        return {a.id: Facets({role: frozenset(keys) for role, keys in having[a.id].items()}, self._deadline(a),
                             self._section(a), frozenset(levels[a.id]))
                for a in self.index.plan.appendix.activities}

    def _level(self, owner_key: str) -> str | None:
        unit = self.index.units.get(owner_key)
        if unit is not None:
            return KIND_LEVELS.get(unit.kind)
        kind = next(kind for kind, audience in AUDIENCES.items() if owner_key == paths.kind_key(audience.slug))
        return KIND_LEVELS.get(kind)

    def _deadline(self, activity: Activity) -> str:
        deadline = self.index.deadline(activity)
        return DEADLINE_KINDS[deadline.kind].slug if deadline else ""

    def _section(self, activity: Activity) -> str:
        objective = self.index.objectives.get(activity.objective) if activity.objective else None
        return objective.section or "" if objective else ""

    def attributes(self, activity: Activity) -> Markup:
        """The card's data attributes: data-chu-tri, data-phoi-hop, data-thoi-han, data-phan, data-cap."""
        facets = self._facets[activity.id]
        values = {**{role: " ".join(sorted(keys)) for role, keys in facets.owners.items()},
                  "thoi-han": facets.deadline, "phan": facets.section, "cap": " ".join(sorted(facets.levels))}
        return Markup("".join(f' data-{name}="{escape(value)}"' for name, value in values.items()))

    def unit_choices(self) -> list[tuple[str, list[Choice]]]:
        """Units by kind as the units page groups them, then the kinds of unit ("một sở, ban, ngành…")."""
        by_kind: dict[str, list[Choice]] = defaultdict(list)
        kinds: list[Choice] = []
        for owner in self.owners:
            unit = self.index.units.get(owner.key)
            if unit is None:
                kinds.append((owner.key, owner.name[:1].upper() + owner.name[1:]))
            elif owner.obligations:
                by_kind[unit.kind].append((owner.key, unit.name))
        groups = [(UNIT_KINDS[kind], sorted(by_kind[kind], key=lambda c: c[1])) for kind in UNIT_KINDS if by_kind[kind]]
        return groups + ([("Bất kỳ đơn vị nào thuộc loại", kinds)] if kinds else [])

    def deadline_choices(self) -> list[Choice]:
        present = {facets.deadline for facets in self._facets.values()}
        ordered = sorted(DEADLINE_KINDS.values(), key=lambda kind: kind.order)
        return [(kind.slug, kind.label) for kind in ordered if kind.slug in present]

    def section_choices(self) -> list[Choice]:
        return [(section.id, f"Phần {section.id}" + (f". {section.title}" if section.title else ""))
                for section in self.index.plan.appendix.sections]

    @staticmethod
    def level_choices() -> list[Choice]:
        return [(level, label[:1].upper() + label[1:]) for level, label in LEVELS.items()]

    @staticmethod
    def role_choices() -> list[Choice]:
        return [(slug, ROLES[role]) for role, slug in ROLE_SLUGS.items()]
