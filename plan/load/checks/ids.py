"""Ids: unique in their list, not taken by the site's own paths, and giving unique anchors."""

from __future__ import annotations

from collections.abc import Iterator

from plan.load.checks.base import COLLECTION_PATHS, COLLECTIONS, Facts, Finding, check
from plan.model import paths
from plan.model.tree import Path


@check
def unique_ids(facts: Facts) -> Iterator[Finding]:
    plan = facts.plan
    for kind, records in COLLECTIONS.items():
        yield from _duplicates([r.id for r in records(plan)], COLLECTION_PATHS[kind], kind, "id")
    yield from _duplicates([a.number for a in plan.document.articles], ("document", "articles"), "article", "number")
    seen: set[str] = set()
    for item, path in facts.items:
        if item.id in seen:
            yield path + ("id",), "duplicate-id", f"plan item id '{item.id}' is used more than once", "give each item its own id"
        seen.add(item.id)


def _duplicates(ids: list, base: Path, kind: str, field: str) -> Iterator[Finding]:
    seen: dict = {}
    for position, value in enumerate(ids):
        if value in seen:
            yield (base + (position, field), "duplicate-id",
                   f"{kind} {field} '{value}' is used twice (also entry {seen[value] + 1} of this list)",
                   "ids never change once published: give the new entry the next free id")
        seen.setdefault(value, position)


@check
def unit_ids_not_reserved(facts: Facts) -> Iterator[Finding]:
    for i, unit in enumerate(facts.plan.units):
        if unit.id in paths.RESERVED_UNIT_IDS:
            yield (("units", i, "id"), "reserved-id",
                   f"the unit id '{unit.id}' is taken by the site itself "
                   f"(don-vi/{unit.id}/ or du-lieu/lich/{unit.id}.ics is another page or file)",
                   f"choose another id, for example '{unit.id}-1'; reserved: {', '.join(sorted(paths.RESERVED_UNIT_IDS))}")


@check
def anchors_unique_per_page(facts: Facts) -> Iterator[Finding]:
    """Two records (or a record and a heading) with the same anchor on one page break one of the two links."""
    for page, anchors in _data_anchors(facts).items():
        taken: dict[str, Path | None] = {anchor: None for anchor in paths.FIXED_ANCHORS.get(page, ())}
        for anchor, path in anchors:
            if anchor in taken:
                other = taken[anchor]
                owner = "a heading of the page itself" if other is None else "another record on the same page"
                yield (path, "duplicate-anchor",
                       f"this id gives the link target #{anchor} on {page or 'the home page'}, which is already {owner}",
                       "choose an id that differs from the other one (ids become the addresses people link to)")
            else:
                taken[anchor] = path


def _data_anchors(facts: Facts) -> dict[str, list[tuple[str, Path]]]:
    plan = facts.plan
    appendix = [(paths.activity_anchor(a.id), ("appendix", "activities", i, "id"))
                for i, a in enumerate(plan.appendix.activities)]
    appendix += [(paths.task_anchor(t.id), ("appendix", "tasks", i, "id")) for i, t in enumerate(plan.appendix.tasks)]
    appendix += [(paths.objective_anchor(o.id), ("appendix", "objectives", i, "id"))
                 for i, o in enumerate(plan.appendix.objectives)]
    appendix += [(paths.section_anchor(s.id), ("appendix", "sections", i, "id"))
                 for i, s in enumerate(plan.appendix.sections)]
    appendix += [(paths.gap_notice_anchor(g.id), ("source_gaps", i, "id")) for i, g in enumerate(plan.source_gaps)]
    plan_page = [(paths.plan_item_anchor(p.id), ("plan", "parts", i, "id")) for i, p in enumerate(plan.plan.parts)]
    plan_page += [(paths.plan_item_anchor(item.id), path + ("id",)) for item, path in facts.items]
    plan_page += [(paths.indicator_anchor(x.id), ("indicators", i, "id")) for i, x in enumerate(plan.indicators)]
    budget = [(paths.budget_line_anchor(line.id), ("budget", "lines", i, "id")) for i, line in enumerate(plan.budget.lines)]
    budget += [(paths.funding_note_anchor(n.id), ("budget", "funding_notes", i, "id"))
               for i, n in enumerate(plan.budget.funding_notes)]
    sources = [(g.id, ("source_gaps", i, "id")) for i, g in enumerate(plan.source_gaps)]
    sources += [(n.id, ("notes", i, "id")) for i, n in enumerate(plan.notes)]
    glossary = [(paths.glossary_anchor(e.term), ("glossary", i, "term")) for i, e in enumerate(plan.glossary)]
    return {paths.PAGES["appendix"]: appendix, paths.PAGES["plan"]: plan_page,
            paths.PAGES["budget"]: budget, paths.PAGES["sources"]: sources, paths.PAGES["glossary"]: glossary}
