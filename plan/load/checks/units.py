"""Units: cells name known spellings, each spelling belongs to one unit, collectives are well formed."""

from __future__ import annotations

from collections.abc import Iterator

from plan.load.checks.base import Facts, Finding, check, suggest


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
