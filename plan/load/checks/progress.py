"""Progress reports: they name existing records, cover the plan's period, and read consistently."""

from __future__ import annotations

from collections.abc import Iterator

from plan.load.checks.base import Facts, Finding, check, unknown, warning
from plan.model.periods import effective_date, period_span
from plan.model.records import ProgressEntry, Report
from plan.model.roles import has_role
from plan.model.tree import Path
from plan.model.vocabulary import PERIODS, STATUSES


def _entries(facts: Facts) -> Iterator[tuple[Report, ProgressEntry, Path]]:
    for i, report in enumerate(facts.plan.reports):
        for j, entry in enumerate(report.activities):
            yield report, entry, ("reports", i, "activities", j)


@check
def reports_name_existing_records(facts: Facts) -> Iterator[Finding]:
    plan = facts.plan
    units = {u.id for u in plan.units}
    activities = {a.id for a in plan.appendix.activities}
    indicators = {i.id for i in plan.indicators}
    for i, report in enumerate(plan.reports):
        if report.issuer not in units:
            yield unknown(("reports", i, "issuer"), "unit", report.issuer, units)
        for j, actual in enumerate(report.indicators):
            if actual.indicator not in indicators:
                yield unknown(("reports", i, "indicators", j, "indicator"), "indicator", actual.indicator, indicators)
    for _, entry, path in _entries(facts):
        if entry.activity not in activities:
            yield unknown(path + ("activity",), "activity", entry.activity, activities)
        if entry.unit is not None and entry.unit not in units:
            yield unknown(path + ("unit",), "unit", entry.unit, units)


@check
def reports_cover_the_plan_period(facts: Facts) -> Iterator[Finding]:
    year = facts.plan.plan.year
    for i, report in enumerate(facts.plan.reports):
        base = ("reports", i)
        if report.year != year:
            yield (base + ("year",), "period-outside-plan",
                   f"the report covers {report.year}, but the plan is the plan for {year}",
                   f"write `year: {year}`; a report on another year belongs to that year's plan")
            continue
        yield from _period_dates(report, base)


def _period_dates(report: Report, base: Path) -> Iterator[Finding]:
    span = period_span(report.period, report.year)
    label = f"{PERIODS[report.period].label} {report.year}"
    if report.period == "ad_hoc" and report.as_of is None:
        yield (base + ("period",), "missing-as-of", "an ad hoc report needs the day its figures stand for",
               "add `as_of: YYYY-MM-DD` (the day the report counts to, often the report's own date)")
    if span.start > report.date:
        yield (base + ("period",), "period-after-report",
               f"the period ({label}) starts on {span.start.isoformat()}, after the report's date "
               f"{report.date.isoformat()}: a report cannot tell what has not begun",
               "check `period` and `year` against the report, and its `date`")
    if report.as_of is None:
        return
    if report.as_of not in span:
        yield (base + ("as_of",), "as-of-outside-period",
               f"`as_of` {report.as_of.isoformat()} is outside the period ({label}: "
               f"{span.start.isoformat()} – {span.end.isoformat()})",
               "write the day inside the period that the report counts to, or correct `period`")
    elif report.as_of > report.date:
        yield (base + ("as_of",), "period-after-report",
               f"`as_of` {report.as_of.isoformat()} is after the report's date {report.date.isoformat()}",
               "a report counts to a day on or before its own date: check both dates")


@check
def report_dates_are_real(facts: Facts) -> Iterator[Finding]:
    decided = facts.plan.document.date
    for i, report in enumerate(facts.plan.reports):
        if report.date > facts.today:
            yield (("reports", i, "date"), "date-in-future",
                   f"the report is dated {report.date.isoformat()}, after today ({facts.today.isoformat()})",
                   "write the report's date as printed on it (YYYY-MM-DD)")
        elif report.date < decided:
            yield (("reports", i, "date"), "date-before-decision",
                   f"the report is dated {report.date.isoformat()}, before the plan was decided ({decided.isoformat()})",
                   "check the year: a report on this plan comes after the decision")
    for report, entry, path in _entries(facts):
        for k, evidence in enumerate(entry.evidence):
            if evidence.date > facts.today:
                yield (path + ("evidence", k, "date"), "date-in-future",
                       f"the document is dated {evidence.date.isoformat()}, after today ({facts.today.isoformat()})",
                       "write the document's date as printed on it (YYYY-MM-DD)")


@check
def reports_are_not_empty(facts: Facts) -> Iterator[Finding]:
    for i, report in enumerate(facts.plan.reports):
        if not report.activities and not report.indicators:
            yield (("reports", i), "empty-report", f"report {report.id} has no activity and no indicator value",
                   "add what the report says under `activities:` (and `indicators:`), or remove the report")


@check
def one_entry_per_record(facts: Facts) -> Iterator[Finding]:
    for i, report in enumerate(facts.plan.reports):
        seen: set = set()
        for j, entry in enumerate(report.activities):
            if entry.activity in seen:
                yield (("reports", i, "activities", j, "activity"), "duplicate-entry",
                       f"activity {entry.activity} appears twice in report {report.id}",
                       "merge the two entries into one (the quote may hold both passages)")
            seen.add(entry.activity)
        seen = set()
        for j, actual in enumerate(report.indicators):
            key = (actual.indicator, actual.level)
            if key in seen:
                yield (("reports", i, "indicators", j, "indicator"), "duplicate-entry",
                       f"indicator {actual.indicator}{' at level ' + actual.level if actual.level else ''} "
                       f"appears twice in report {report.id}", "keep one value per indicator and level in a report")
            seen.add(key)


@check
def levels_are_the_target_s(facts: Facts) -> Iterator[Finding]:
    indicators = {i.id: i for i in facts.plan.indicators}
    for i, report in enumerate(facts.plan.reports):
        for j, actual in enumerate(report.indicators):
            target = indicators.get(actual.indicator)
            if target is None or actual.level is None or actual.level in target.levels:
                continue
            allowed = ", ".join(target.levels) if target.levels else "none: it has one value for all"
            yield (("reports", i, "indicators", j, "level"), "level-not-in-target",
                   f"indicator {target.id} has no level '{actual.level}' (its levels: {allowed})",
                   "use one of the indicator's `levels`, or remove `level` for a figure covering every level")


def percent_conflict(status: str, percent: float | None) -> str:
    """Why a percent cannot go with a status, or "" when they agree."""
    if percent is None:
        return ""
    if status == "no_information":
        return "a report that gives a percent does give information"
    if status == "completed" and percent != 100:
        return "completed work is 100%"
    if percent == 100 and status != "completed":
        return "100% means the work is completed"
    if status == "not_started" and percent != 0:
        return "work not started is at 0%"
    return ""


@check
def percent_agrees_with_status(facts: Facts) -> Iterator[Finding]:
    for _, entry, path in _entries(facts):
        reason = percent_conflict(entry.status, entry.percent)
        if reason:
            yield (path + ("percent",), "percent-contradicts-status",
                   f"percent {entry.percent:g} contradicts status {entry.status} "
                   f"({STATUSES[entry.status].label}): {reason}",
                   "write what the report says: correct `status` or `percent`, or remove `percent` if the report gives none")


def _in_report_order(facts: Facts) -> dict[str, list[tuple[Report, ProgressEntry, Path]]]:
    """Each activity's entries from earliest to latest (the day they stand for, the report's date, file order)."""
    by_activity: dict[str, list] = {}
    for report, entry, path in _entries(facts):
        by_activity.setdefault(entry.activity, []).append((report, entry, path))
    for entries in by_activity.values():
        entries.sort(key=lambda found: (effective_date(found[0]), found[0].date))
    return by_activity


@check
def progress_does_not_go_backwards(facts: Facts) -> Iterator[Finding]:
    for entries in _in_report_order(facts).values():
        previous: tuple[Report, ProgressEntry] | None = None
        for report, entry, path in entries:
            if STATUSES[entry.status].stage is None:
                continue
            if previous is not None and not entry.note:
                yield from _backwards(previous, report, entry, path)
            previous = (report, entry)


def _backwards(previous: tuple[Report, ProgressEntry], report: Report, entry: ProgressEntry,
               path: Path) -> Iterator[Finding]:
    earlier_report, earlier = previous
    hint = ("if the report really says so, keep it and add `note:` explaining why (the note is shown with the entry); "
            f"otherwise check this entry and report {earlier_report.id}")
    if STATUSES[entry.status].stage < STATUSES[earlier.status].stage:
        yield (path + ("status",), "status-backwards",
               f"activity {entry.activity} goes back from {earlier.status} (report {earlier_report.id}) to {entry.status}",
               hint)
    elif entry.percent is not None and earlier.percent is not None and entry.percent < earlier.percent:
        yield (path + ("percent",), "status-backwards",
               f"activity {entry.activity} goes back from {earlier.percent:g}% (report {earlier_report.id}) "
               f"to {entry.percent:g}%", hint)


@warning
def reporting_unit_has_a_role(facts: Facts) -> Iterator[Finding]:
    plan = facts.plan
    activities = {a.id: a for a in plan.appendix.activities}
    units = {u.id: u for u in plan.units}
    for report, entry, path in _entries(facts):
        unit = entry.unit or report.issuer
        activity = activities.get(entry.activity)
        if activity is None or unit not in units or entry.note or has_role(activity, unit, units):
            continue
        yield (path + ("unit" if entry.unit else "activity",), "unit-without-role",
               f"unit {unit} neither leads nor coordinates activity {activity.id}, yet reports its progress",
               "set `unit:` on the entry to the unit whose work it reports (by default it is the report's issuer); "
               "if this unit really did the work, keep it and add `note:` saying why (shown with the entry)")

