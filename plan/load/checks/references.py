"""References between records: every id named somewhere exists."""

from __future__ import annotations

import re
from collections.abc import Iterator

from plan.load.checks.base import COLLECTION_PATHS, COLLECTIONS, Facts, Finding, check, suggest, unknown
from plan.model.records import Plan


@check
def appendix_references(facts: Facts) -> Iterator[Finding]:
    appendix = facts.plan.appendix
    sections = {s.id for s in appendix.sections}
    objectives = {o.id for o in appendix.objectives}
    tasks = {t.id: t for t in appendix.tasks}
    activities = {a.id for a in appendix.activities}
    for i, objective in enumerate(appendix.objectives):
        if objective.section is not None and objective.section not in sections:
            yield unknown(("appendix", "objectives", i, "section"), "section", objective.section, sections)
    for i, task in enumerate(appendix.tasks):
        if task.objective not in objectives:
            yield unknown(("appendix", "tasks", i, "objective"), "objective", task.objective, objectives)
        if task.merged_with_activity and task.merged_with_activity not in activities:
            yield unknown(("appendix", "tasks", i, "merged_with_activity"), "activity", task.merged_with_activity,
                          activities)
    for i, activity in enumerate(appendix.activities):
        base = ("appendix", "activities", i)
        if activity.objective is not None and activity.objective not in objectives:
            yield unknown(base + ("objective",), "objective", activity.objective, objectives)
        if activity.task is None:
            continue
        task = tasks.get(activity.task)
        if task is None:
            yield unknown(base + ("task",), "task", activity.task, set(tasks))
        elif task.objective != activity.objective:
            yield (base + ("objective",), "wrong-parent",
                   f"activity {activity.id} is under task {task.id}, which belongs to objective {task.objective}, "
                   f"but the activity names objective {activity.objective}",
                   f"set `objective: \"{task.objective}\"` or move the activity to a task of {activity.objective}")


@check
def unit_references(facts: Facts) -> Iterator[Finding]:
    known = {u.id for u in facts.plan.units}
    retired = {r.id: r for r in facts.plan.retired_units}
    places = [(path + ("units", j), unit) for cell, path in facts.unit_cells() for j, unit in enumerate(cell.units)]
    places += [(path + ("unit",), ref.unit) for ref, path, _ in facts.unit_refs()]
    for path, unit in places:
        if unit in retired:
            yield (path, "retired-unit", f"unit id '{unit}' is no longer used",
                   f"write {', '.join(retired[unit].read_as)} instead (see `retired_units`)")
        elif unit not in known:
            yield unknown(path, "unit", unit, known)


@check
def retired_units_point_to_units(facts: Facts) -> Iterator[Finding]:
    known = {u.id for u in facts.plan.units}
    for i, retired in enumerate(facts.plan.retired_units):
        if retired.id in known:
            yield (("retired_units", i, "id"), "duplicate-id", f"'{retired.id}' is both a unit and a retired unit",
                   "a retired id may not be given to a unit again: choose another id for the unit")
        for j, unit in enumerate(retired.read_as):
            if unit not in known:
                yield unknown(("retired_units", i, "read_as", j), "unit", unit, known)


@check
def gaps_are_declared(facts: Facts) -> Iterator[Finding]:
    """Text left out (~) only where `source_gaps` says the source lacks it."""
    covered = {ref for gap in facts.plan.source_gaps for ref in gap.affects}
    for i, section in enumerate(facts.plan.appendix.sections):
        if section.title is None and f"section:{section.id}" not in covered:
            yield (("appendix", "sections", i, "title"), "missing-title",
                   f"section {section.id} of the appendix has no title",
                   f"write the title; leave it empty (~) only for a source gap listed in `source_gaps` with "
                   f"`section:{section.id}`")
    for i, activity in enumerate(facts.plan.appendix.activities):
        if activity.text is None and f"activity:{activity.id}" not in covered:
            yield (("appendix", "activities", i, "text"), "missing-text",
                   f"activity {activity.id} has no text",
                   f"write the text; leave it empty (~) only for a source gap listed in `source_gaps` with "
                   f"`activity:{activity.id}`")


@check
def inferred_fields_exist(facts: Facts) -> Iterator[Finding]:
    for kind in ("objective", "task", "activity", "unit"):
        for i, record in enumerate(COLLECTIONS[kind](facts.plan)):
            names = set(type(record).model_fields)
            for j, inferred in enumerate(record.inferred):
                for k, name in enumerate(inferred.fields):
                    if name not in names:
                        yield (COLLECTION_PATHS[kind] + (i, "inferred", j, "fields", k), "unknown-field",
                               f"`{name}` is not a field of a {kind}", suggest(name, names) or "name a field of this record")


REF_PATTERN = re.compile(r"^(?P<kind>[a-z_]+)(?::(?P<id>.+))?$")


def _ref_resolves(plan: Plan, ref: str, plan_item_ids: set[str]) -> bool:
    match = REF_PATTERN.match(ref)
    kind, value = match["kind"], match["id"]
    if kind == "document":
        return value is None
    if kind == "article":
        return value is not None and any(str(a.number) == value for a in plan.document.articles)
    if kind == "plan_item":
        return value is not None and value in plan_item_ids
    records = COLLECTIONS.get(kind)
    if records is None:
        return False
    return value is None or value in {r.id for r in records(plan)}


@check
def record_refs_resolve(facts: Facts) -> Iterator[Finding]:
    plan = facts.plan
    plan_item_ids = {p.id for p in plan.plan.parts} | {item.id for item, _ in facts.items}
    groups = [("changes", plan.changes, "refs"), ("source_gaps", plan.source_gaps, "affects"),
              ("notes", plan.notes, "applies_to")]
    for name, records, field in groups:
        for i, record in enumerate(records):
            for j, ref in enumerate(getattr(record, field)):
                if not _ref_resolves(plan, ref, plan_item_ids):
                    yield ((name, i, field, j), "unknown-ref", f"'{ref}' does not point at an existing record",
                           "write kind:id, for example activity:3.45, objective:1.10, unit:so-noi-vu, budget_line:kp-1")
