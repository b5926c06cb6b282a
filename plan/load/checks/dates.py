"""Dates: deadlines in a form the site reads and within the plan's years; record dates not in the future."""

from __future__ import annotations

from collections.abc import Iterator

from plan.load.checks.base import Facts, Finding, check
from plan.model.deadlines import ACCEPTED_FORMS, DeadlineError, parse_deadline
from plan.model.records import Activity, Plan

# Deadlines reach at most this many years past the plan year: the province's
# 2021–2025 reform plan, which this yearly plan implements, ends in 2025.
YEARS_AFTER_PLAN = 3


def _kept_as_written(plan: Plan, activity: Activity) -> bool:
    """An oddity note quoting the deadline: the source really says it, and the site says so."""
    written = " ".join((activity.deadline or "").split())
    return any(note.kind == "oddity" and f"activity:{activity.id}" in note.applies_to and note.quote in written
               for note in plan.notes)


@check
def deadlines_parse_within_the_plan(facts: Facts) -> Iterator[Finding]:
    plan = facts.plan
    first, last = plan.plan.year, plan.plan.year + YEARS_AFTER_PLAN
    for i, activity in enumerate(plan.appendix.activities):
        if not activity.deadline:
            continue
        path = ("appendix", "activities", i, "deadline")
        try:
            deadline = parse_deadline(activity.deadline)
        except DeadlineError as error:
            yield path, "bad-deadline", str(error), f"write it in one of the forms {ACCEPTED_FORMS}"
            continue
        years = {day.year for day in (deadline.start, deadline.end) if day is not None}
        if years and not all(first <= year <= last for year in years) and not _kept_as_written(plan, activity):
            yield (path, "year-outside-plan",
                   f"the deadline's year ({', '.join(map(str, sorted(years)))}) is outside the plan's years {first}–{last}",
                   "check the year; if the source really says it, keep it and add a note of kind `oddity` with "
                   f"`quote:` the deadline and `applies_to: ['activity:{activity.id}']` (see notes in the file)")


@check
def dates_not_in_the_future(facts: Facts) -> Iterator[Finding]:
    plan = facts.plan
    decided = plan.document.date
    dated = [(("meta", "last_updated"), "the data's last update", plan.meta.last_updated)]
    dated += [(("changes", i, "date"), "the change", change.date) for i, change in enumerate(plan.changes)]
    for path, what, day in dated:
        if day > facts.today:
            yield (path, "date-in-future", f"{what} is dated {day.isoformat()}, after today ({facts.today.isoformat()})",
                   "write the day it happened (YYYY-MM-DD); a date cannot be in the future")
        elif day < decided:
            yield (path, "date-before-decision",
                   f"{what} is dated {day.isoformat()}, before the decision was issued ({decided.isoformat()})",
                   "check the year: the dataset starts with the decision of "
                   f"{decided.day:02d}/{decided.month:02d}/{decided.year}")
