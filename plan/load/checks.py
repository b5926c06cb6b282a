"""Rules about the dataset that a JSON Schema cannot express.

Each check is a small function that yields every offender with its data path;
`run_checks` turns them into located issues, so an editor sees all problems
in one run.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from plan.load.shape_errors import describe
from plan.load.yaml_source import YamlSource
from plan.model.deadlines import ACCEPTED_FORMS, DeadlineError, parse_deadline
from plan.model.errors import Issue
from plan.model.records import Plan, UnitCell
from plan.model.tree import Path, plan_items
from plan.model.unit_names import unit_spellings

Finding = tuple[Path, str, str, str]  # path, code, message, hint
Check = Callable[[Plan], Iterator[Finding]]
CHECKS: list[Check] = []


def check(function: Check) -> Check:
    CHECKS.append(function)
    return function


def run_checks(plan: Plan, source: YamlSource) -> list[Issue]:
    return [
        source.issue(path, code, f"{describe(path, source.data)}: {message}", hint)
        for rule in CHECKS
        for path, code, message, hint in rule(plan)
    ]


def _suggest(value: str, known: list[str]) -> str:
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


COLLECTIONS: dict[str, Callable[[Plan], list]] = {
    "objective": lambda p: p.appendix.objectives,
    "task": lambda p: p.appendix.tasks,
    "activity": lambda p: p.appendix.activities,
    "section": lambda p: p.appendix.sections,
    "unit": lambda p: p.units,
    "indicator": lambda p: p.indicators,
    "budget_line": lambda p: p.budget.lines,
    "funding_note": lambda p: p.budget.funding_notes,
}
COLLECTION_PATHS = {
    "objective": ("appendix", "objectives"), "task": ("appendix", "tasks"),
    "activity": ("appendix", "activities"), "section": ("appendix", "sections"),
    "unit": ("units",), "indicator": ("indicators",), "budget_line": ("budget", "lines"),
    "funding_note": ("budget", "funding_notes"),
}


@check
def unique_ids(plan: Plan) -> Iterator[Finding]:
    for kind, records in COLLECTIONS.items():
        yield from _duplicates([r.id for r in records(plan)], COLLECTION_PATHS[kind], kind)
    items = list(plan_items(plan))
    counts = Counter(item.id for item, _ in items)
    for item, path in items:
        if counts[item.id] > 1:
            yield path + ("id",), "duplicate-id", f"plan item id '{item.id}' is used more than once", "give each item its own id"
            counts[item.id] = 0


def _duplicates(ids: list[str], base: Path, kind: str) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for position, value in enumerate(ids):
        if value in seen:
            yield (base + (position, "id"), "duplicate-id",
                   f"{kind} id '{value}' is used twice (also entry {seen[value] + 1} of this list)",
                   "ids never change once published: give the new entry the next free id")
        seen.setdefault(value, position)


@check
def appendix_references(plan: Plan) -> Iterator[Finding]:
    sections = {s.id for s in plan.appendix.sections}
    objectives = {o.id for o in plan.appendix.objectives}
    tasks = {t.id: t for t in plan.appendix.tasks}
    activities = {a.id for a in plan.appendix.activities}
    for i, objective in enumerate(plan.appendix.objectives):
        if objective.section is not None and objective.section not in sections:
            yield _unknown(("appendix", "objectives", i, "section"), "section", objective.section, sections)
    for i, task in enumerate(plan.appendix.tasks):
        if task.objective not in objectives:
            yield _unknown(("appendix", "tasks", i, "objective"), "objective", task.objective, objectives)
        if task.merged_with_activity and task.merged_with_activity not in activities:
            yield _unknown(("appendix", "tasks", i, "merged_with_activity"), "activity", task.merged_with_activity, activities)
    for i, activity in enumerate(plan.appendix.activities):
        base = ("appendix", "activities", i)
        if activity.objective is not None and activity.objective not in objectives:
            yield _unknown(base + ("objective",), "objective", activity.objective, objectives)
        if activity.task is not None:
            task = tasks.get(activity.task)
            if task is None:
                yield _unknown(base + ("task",), "task", activity.task, set(tasks))
            elif task.objective != activity.objective:
                yield (base + ("objective",), "wrong-parent",
                       f"activity {activity.id} is under task {task.id}, which belongs to objective {task.objective}, "
                       f"but the activity names objective {activity.objective}",
                       f"set `objective: \"{task.objective}\"` or move the activity to a task of {activity.objective}")


def _unknown(path: Path, kind: str, value: str, known) -> Finding:
    hint = _suggest(value, sorted(known)) or f"use the id of an existing {kind}, or add that {kind} first"
    return path, f"unknown-{kind.replace('_', '-')}", f"unknown {kind} '{value}'", hint


def _unit_cells(plan: Plan) -> Iterator[tuple[UnitCell, Path]]:
    for i, activity in enumerate(plan.appendix.activities):
        for role in ("lead", "coordinating"):
            cell = getattr(activity, role)
            if cell is not None:
                yield cell, ("appendix", "activities", i, role)
    for i, line in enumerate(plan.budget.lines):
        if line.recipient is not None:
            yield line.recipient, ("budget", "lines", i, "recipient")


def _unit_refs(plan: Plan):
    for i, article in enumerate(plan.document.articles):
        for j, ref in enumerate(article.unit_refs):
            yield ref, ("document", "articles", i, "unit_refs", j), article.text
    for item, path in plan_items(plan):
        for j, ref in enumerate(item.unit_refs):
            yield ref, path + ("unit_refs", j), " ".join([item.text, *item.paragraphs])


@check
def unit_references(plan: Plan) -> Iterator[Finding]:
    known = {u.id for u in plan.units}
    for cell, path in _unit_cells(plan):
        for j, unit in enumerate(cell.units):
            if unit not in known:
                yield _unknown(path + ("units", j), "unit", unit, known)
    for ref, path, _ in _unit_refs(plan):
        if ref.unit not in known:
            yield _unknown(path + ("unit",), "unit", ref.unit, known)


@check
def unit_cells_match_text(plan: Plan) -> Iterator[Finding]:
    names = unit_spellings(plan.units)
    for cell, path in _unit_cells(plan):
        reading = names.read(cell.text)
        if reading.unmatched:
            close = _suggest(reading.unmatched, [text for text, _ in names.pairs])
            yield (path + ("text",), "unknown-unit-name",
                   f"the cell names '{reading.unmatched}', which is not a known spelling of any unit",
                   (close + " " if close else "") + "if the spelling is right, add it to `aliases` of the unit it means")
            continue
        named = [m.unit for m in reading.mentions]
        if sorted(set(named)) != sorted(set(cell.units)):
            yield (path + ("units",), "units-disagree",
                   f"the cell text names {named or 'no unit'} but `units` lists {list(cell.units) or 'none'}",
                   f"set `units: [{', '.join(dict.fromkeys(named))}]` or correct the text")


@check
def quotes_are_verbatim(plan: Plan) -> Iterator[Finding]:
    for ref, path, text in _unit_refs(plan):
        if ref.quote not in text:
            yield (path + ("quote",), "quote-not-found", "the quote does not occur word for word in the item's text",
                   "copy the words exactly from the text above (same accents and punctuation)")
    items = {item.id: item for item, _ in plan_items(plan)}
    objectives = {o.id for o in plan.appendix.objectives}
    for i, indicator in enumerate(plan.indicators):
        base = ("indicators", i)
        item = items.get(indicator.item)
        if item is None:
            yield _unknown(base + ("item",), "plan_item", indicator.item, set(items))
            continue
        if not indicator.item.startswith("I."):
            yield base + ("item",), "indicator-outside-objectives", "indicators come from part I. Mục tiêu", "point `item` at an item under I."
        if indicator.quote not in item.text:
            yield base + ("quote",), "quote-not-found", f"the quote does not occur word for word in item {item.id}", "copy it exactly from the item"
        if indicator.measure not in indicator.quote:
            yield base + ("measure",), "quote-not-found", "`measure` must be words taken from `quote`", "copy the measured thing from the quote"
        for j, objective in enumerate(indicator.appendix_objectives):
            if objective not in objectives:
                yield _unknown(base + ("appendix_objectives", j), "objective", objective, objectives)
    for i, line in enumerate(plan.budget.lines):
        if line.recipient is not None and line.recipient.text not in line.text:
            yield ("budget", "lines", i, "recipient", "text"), "quote-not-found", "the recipient is not named in the line's text", "copy the name from the text"


@check
def budget_adds_up(plan: Plan) -> Iterator[Finding]:
    budget = plan.budget
    total = sum(line.amount_million_vnd for line in budget.lines)
    if total != budget.total_million_vnd:
        yield (("budget", "total_million_vnd"), "budget-total",
               f"the budget lines add up to {total} million VND but the total says {budget.total_million_vnd}",
               "correct the amount of the changed line or the total, so that they agree")
    for i, line in enumerate(budget.lines):
        written = re.search(r"([\d.]+)\s*triệu đồng", line.text)
        if written and int(written[1].replace(".", "")) != line.amount_million_vnd:
            yield (("budget", "lines", i, "amount_million_vnd"), "amount-disagrees",
                   f"the text says {written[1]} triệu đồng but `amount_million_vnd` is {line.amount_million_vnd}",
                   "make the number match the text")
    notes = {n.id for n in budget.funding_notes}
    for i, activity in enumerate(plan.appendix.activities):
        if activity.funding and activity.funding not in notes:
            yield _unknown(("appendix", "activities", i, "funding"), "funding_note", activity.funding, notes)


@check
def deadlines_parse(plan: Plan) -> Iterator[Finding]:
    for i, activity in enumerate(plan.appendix.activities):
        if activity.deadline:
            try:
                parse_deadline(activity.deadline)
            except DeadlineError as error:
                yield ("appendix", "activities", i, "deadline"), "bad-deadline", str(error), f"write it in one of the forms {ACCEPTED_FORMS}"


@check
def gaps_are_declared(plan: Plan) -> Iterator[Finding]:
    covered = {ref for gap in plan.source_gaps for ref in gap.affects}
    for i, activity in enumerate(plan.appendix.activities):
        if activity.text is None and f"activity:{activity.id}" not in covered:
            yield (("appendix", "activities", i, "text"), "missing-text",
                   f"activity {activity.id} has no text",
                   f"write the text; leave it empty (~) only for a source gap listed in `source_gaps` with `activity:{activity.id}`")


@check
def inferred_fields_exist(plan: Plan) -> Iterator[Finding]:
    for kind in ("objective", "task", "activity"):
        for i, record in enumerate(COLLECTIONS[kind](plan)):
            names = set(type(record).model_fields)
            for j, inferred in enumerate(record.inferred):
                for k, name in enumerate(inferred.fields):
                    if name not in names:
                        yield (COLLECTION_PATHS[kind] + (i, "inferred", j, "fields", k), "unknown-field",
                               f"`{name}` is not a field of a {kind}", _suggest(name, sorted(names)) or "name a field of this record")


@check
def collectives_cover_kinds(plan: Plan) -> Iterator[Finding]:
    owner: dict[str, str] = {}
    for i, unit in enumerate(plan.units):
        if unit.covers and unit.kind != "collective":
            yield ("units", i, "covers"), "covers-not-collective", f"unit {unit.id} is not a collective but lists `covers`", "remove `covers` or set `kind: collective`"
        for j, spelling in enumerate((unit.name, *unit.aliases)):
            key = " ".join(spelling.casefold().split())
            if key in owner and owner[key] != unit.id:
                path = ("units", i, "aliases", j - 1) if j else ("units", i, "name")
                yield path, "ambiguous-spelling", f"'{spelling}' is also a spelling of unit {owner[key]}", "a spelling may belong to one unit only"
            owner.setdefault(key, unit.id)


REF_PATTERN = re.compile(r"^(?P<kind>[a-z_]+)(?::(?P<id>.+))?$")


def resolve_ref(plan: Plan, ref: str) -> bool:
    match = REF_PATTERN.match(ref)
    kind, value = match["kind"], match["id"]
    if kind == "document":
        return value is None
    if kind == "article":
        return value is not None and any(str(a.number) == value for a in plan.document.articles)
    if kind == "plan_item":
        return value is not None and (value in {p.id for p in plan.plan.parts} or value in {i.id for i, _ in plan_items(plan)})
    records = COLLECTIONS.get(kind)
    if records is None:
        return False
    return value is None or value in {r.id for r in records(plan)}


@check
def record_refs_resolve(plan: Plan) -> Iterator[Finding]:
    groups = [("changes", plan.changes, "refs"), ("source_gaps", plan.source_gaps, "affects"), ("notes", plan.notes, "applies_to")]
    for name, records, field in groups:
        for i, record in enumerate(records):
            for j, ref in enumerate(getattr(record, field)):
                if not resolve_ref(plan, ref):
                    yield ((name, i, field, j), "unknown-ref", f"'{ref}' does not point at an existing record",
                           "write kind:id, for example activity:3.45, objective:1.10, unit:so-noi-vu, budget_line:kp-1")


FORBIDDEN_CHARACTERS = {
    "\u00a0": ("non-breaking space", "replace it with an ordinary space"),
    "\u200b": ("zero-width space", "delete it"),
    "\ufeff": ("byte-order mark", "delete it"),
    "\t": ("tab", "replace it with a space"),
    "\r": ("carriage return", "save the file with Unix (LF) line endings"),
}


def strings_with_paths(data: Any, path: Path = ()) -> Iterator[tuple[str, Path]]:
    if isinstance(data, str):
        yield data, path
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from strings_with_paths(value, path + (key,))
    elif isinstance(data, list):
        for position, value in enumerate(data):
            yield from strings_with_paths(value, path + (position,))


def character_findings(data: Any) -> Iterator[Finding]:
    """Invisible characters pasted from word processors; checked on the raw data."""
    for text, path in strings_with_paths(data):
        for character, (name, fix) in FORBIDDEN_CHARACTERS.items():
            position = text.find(character)
            if position >= 0:
                before = text[max(0, position - 20):position]
                yield (path, "invisible-character",
                       f"the text contains a {name} (U+{ord(character):04X}) after '{before}'",
                       f"{fix}; it is invisible in most editors, so retype the space between the words shown")
