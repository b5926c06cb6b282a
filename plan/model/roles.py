"""Who has a role in an activity: the rule reports are checked against and pages state."""

from __future__ import annotations

from collections.abc import Mapping

from plan.model.records import Activity, Unit


def named_units(activity: Activity) -> list[str]:
    """Unit ids named in the activity's lead and coordinating cells, in order, once each."""
    cells = [cell for cell in (activity.lead, activity.coordinating) if cell is not None]
    return list(dict.fromkeys(unit for cell in cells for unit in cell.units))


def has_role(activity: Activity, unit_id: str, units: Mapping[str, Unit]) -> bool:
    """The unit leads or coordinates the activity, itself or as a member of a named collective.

    A collective ("Các sở, ban, ngành") covers kinds of unit, so every unit of
    such a kind has the collective's role.
    """
    named = named_units(activity)
    if unit_id in named:
        return True
    unit = units.get(unit_id)
    if unit is None or unit.kind == "collective":
        return False
    return any(unit.kind in units[other].covers for other in named if other in units)
