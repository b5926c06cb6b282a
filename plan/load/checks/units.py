"""Units: cells name known spellings, each spelling belongs to one unit, collectives are well formed."""

from __future__ import annotations

from collections.abc import Iterator

from plan.load.checks.base import Facts, Finding, check, suggest
from plan.model.unit_names import unit_spellings


@check
def unit_cells_match_text(facts: Facts) -> Iterator[Finding]:
    names = facts.spellings
    for cell, path in facts.unit_cells():
        reading = names.read(cell.text)
        if reading.unmatched:
            close = suggest(reading.unmatched, [text for text, _ in names.pairs])
            yield (path + ("text",), "unknown-unit-name",
                   f"the cell names '{_short(reading.unmatched)}', which is not a known spelling of any unit",
                   (close + " " if close else "") + "if the spelling is right, add it to `aliases` of the unit it means")
            continue
        named = list(dict.fromkeys(m.unit for m in reading.mentions))
        if sorted(named) != sorted(set(cell.units)):
            yield (path + ("units",), "units-disagree",
                   f"the cell text names {named or 'no unit'} but `units` lists {list(cell.units) or 'none'}",
                   f"set `units: [{', '.join(named)}]` or correct the text")


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


@check
def spellings_belong_to_one_unit(facts: Facts) -> Iterator[Finding]:
    owner: dict[str, str] = {}
    for i, unit in enumerate(facts.plan.units):
        for j, spelling in enumerate((unit.name, *unit.aliases)):
            key = " ".join(spelling.casefold().split())
            if key in owner and owner[key] != unit.id:
                path = ("units", i, "aliases", j - 1) if j else ("units", i, "name")
                yield (path, "ambiguous-spelling", f"'{_short(spelling)}' is also a spelling of unit {owner[key]}",
                       "a spelling may belong to one unit only")
            owner.setdefault(key, unit.id)


@check
def collectives_cover_kinds(facts: Facts) -> Iterator[Finding]:
    for i, unit in enumerate(facts.plan.units):
        if unit.covers and unit.kind != "collective":
            yield (("units", i, "covers"), "covers-not-collective",
                   f"unit {unit.id} is not a collective but lists `covers`", "remove `covers` or set `kind: collective`")
        if "collective" in unit.covers:
            position = unit.covers.index("collective")
            yield (("units", i, "covers", position), "collective-covers-collective",
                   f"collective {unit.id} lists `collective` among the kinds it covers",
                   "a collective covers kinds of single units (provincial_department, district, commune, …), "
                   "never other collectives; list those kinds instead")


@check
def collectives_are_defined_once(facts: Facts) -> Iterator[Finding]:
    """A collective covers kinds of units, or follows a members rule; never both, never neither."""
    for i, unit in enumerate(facts.plan.units):
        if unit.members_rule and unit.kind != "collective":
            yield (("units", i, "members_rule"), "covers-not-collective",
                   f"unit {unit.id} is not a collective but has `members_rule`", "remove it or set `kind: collective`")
        elif unit.kind == "collective" and bool(unit.covers) == bool(unit.members_rule):
            yield (("units", i, "covers"), "collective-without-members",
                   f"collective {unit.id} must list the kinds it covers (`covers`) or have a `members_rule`, not "
                   f"{'both' if unit.covers else 'neither'}",
                   "write `covers: [provincial_department, ...]` for a group named by kind of unit; "
                   "`members_rule: appendix_lead` only for the units given lead work in the appendix")


@check
def collectives_are_not_compounds(facts: Facts) -> Iterator[Finding]:
    """'X và Y' in a cell is two groups: a collective whose name is other spellings joined is not allowed."""
    others = {unit.id: unit for unit in facts.plan.units}
    for i, unit in enumerate(facts.plan.units):
        if unit.kind != "collective":
            continue
        rest = unit_spellings([u for u in others.values() if u.id != unit.id])
        for j, spelling in enumerate((unit.name, *unit.aliases)):
            reading = rest.read(spelling)
            if not reading.unmatched and len(reading.mentions) > 1:
                parts = " + ".join(dict.fromkeys(m.unit for m in reading.mentions))
                path = ("units", i, "aliases", j - 1) if j else ("units", i, "name")
                yield (path, "compound-collective",
                       f"'{_short(spelling)}' is read as several units ({parts}), so it is not a group of its own",
                       "remove this collective (or this alias) and write the units it joins in each cell; if the id "
                       "was published, list it under `retired_units` with `read_as` so its page points to them")
