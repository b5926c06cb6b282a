"""What the progress reports say, as of one day: latest states, timelines, roll-ups, overdue work, compliance."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from plan.model.paths import PAGES, record_url, unit_kind_anchor
from plan.model.periods import REGULAR_PERIODS, Span, effective_date, period_span, plan_span
from plan.model.records import Activity, Indicator, IndicatorActual, ProgressEntry, Report, Unit
from plan.model.roles import has_role
from plan.model.vocabulary import UNIT_KINDS
from plan.queries.index import PlanIndex
from plan.queries.progress_rules import UNKNOWN, Rollup, State, is_overdue, rollup


@dataclass(frozen=True)
class Update:
    """One report's entry on one activity."""

    report: Report
    entry: ProgressEntry
    day: dt.date  # the day it stands for (periods.effective_date)
    unit: Unit  # whose work it reports: the entry's `unit`, else the report's issuer
    unit_has_role: bool
    order: tuple  # earliest first: the day, the report's date, the report's and the entry's place in the file


@dataclass(frozen=True)
class Actual:
    """One report's value for one indicator (at one level)."""

    report: Report
    actual: IndicatorActual
    day: dt.date
    order: tuple


@dataclass(frozen=True)
class Group:
    """A row of a roll-up table: what it groups, where that is shown, and its figures."""

    label: str
    url: str  # site-relative
    rollup: Rollup
    code: str = ""  # "1.4", "V": shown before the label


@dataclass(frozen=True)
class ComplianceCell:
    period: str
    span: Span
    reports: list[Report]
    due: bool  # the period has ended by the day of the build

    @property
    def state(self) -> str:
        """"reported", "missing" (the period is over, no report recorded) or "open" (the period has not ended)."""
        if self.reports:
            return "reported"
        return "missing" if self.due else "open"


class Progress:
    def __init__(self, index: PlanIndex, as_of: dt.date):
        self.index = index
        self.as_of = as_of  # the build's "today": what is late, whether the plan's period is over
        self.plan = index.plan

    # The reports and their entries

    @cached_property
    def updates(self) -> list[Update]:
        """Every entry that stands for a day up to `as_of`, latest first."""
        units = self.index.units
        found = []
        for i, report in enumerate(self.plan.reports):
            day = effective_date(report)
            if day > self.as_of:
                continue
            for j, entry in enumerate(report.activities):
                activity = self.index.activities[entry.activity]
                unit_id = entry.unit or report.issuer
                found.append(Update(report, entry, day, units[unit_id], has_role(activity, unit_id, units),
                                    (day, report.date, i, j)))
        return sorted(found, key=lambda update: update.order, reverse=True)

    @cached_property
    def _timelines(self) -> dict[str, list[Update]]:
        timelines: dict[str, list[Update]] = defaultdict(list)
        for update in self.updates:
            timelines[update.entry.activity].append(update)
        return timelines

    def timeline(self, activity_id: str) -> list[Update]:
        """The activity's updates, latest first."""
        return list(self._timelines.get(activity_id, []))

    def latest(self, activity_id: str) -> Update | None:
        """The latest update that states a status; else the latest one (it says "no information"); else None."""
        timeline = self._timelines.get(activity_id)
        if not timeline:
            return None
        return next((u for u in timeline if u.entry.status != UNKNOWN), timeline[0])

    @cached_property
    def reports(self) -> list[Report]:
        """The reports recorded, latest first."""
        order = {id(r): (effective_date(r), r.date, i) for i, r in enumerate(self.plan.reports)}
        return sorted((r for r in self.plan.reports if effective_date(r) <= self.as_of),
                      key=lambda r: order[id(r)], reverse=True)

    # One activity

    def state(self, activity: Activity) -> State:
        latest = self.latest(activity.id)
        return State(latest.entry.status, latest.entry.percent) if latest else State()

    def is_overdue(self, activity: Activity) -> bool:
        return is_overdue(self.index.deadline(activity), self.state(activity).status, self.as_of)

    def overdue(self) -> list[Activity]:
        """Overdue activities, the longest overdue first (then in the appendix's order)."""
        late = [a for a in self.plan.appendix.activities if self.is_overdue(a)]
        return sorted(late, key=lambda a: (self.index.deadline(a).end, self.index.appendix_position(a.id)))

    # Roll-ups

    def rollup_of(self, activities: list[Activity]) -> Rollup:
        return rollup(self.state(a) for a in activities)

    def report_rollup(self, report: Report) -> Rollup:
        """What one report says, counted by status."""
        return rollup(State(e.status, e.percent) for e in report.activities)

    @cached_property
    def whole_plan(self) -> Rollup:
        return self.rollup_of(self.plan.appendix.activities)

    def plan_group(self) -> Group:
        return Group("Cả kế hoạch", record_url("section", None), self.whole_plan)

    def task_rollup(self, task_id: str) -> Rollup:
        return self.rollup_of(self.index.activities_of_task(task_id))

    def objective_activities(self, objective_id: str) -> list[Activity]:
        index = self.index
        return index.direct_activities(objective_id) + [
            a for task in index.tasks_of(objective_id) for a in index.activities_of_task(task.id)]

    def by_section(self) -> list[Group]:
        index = self.index
        groups = []
        for section in self.plan.appendix.sections:
            activities = [a for o in index.objectives_in(section.id) for a in self.objective_activities(o.id)]
            groups.append(Group(section.title or "", record_url("section", section.id), self.rollup_of(activities),
                                section.id))
        orphans = index.direct_activities(None)
        if orphans:
            groups.append(Group("Chưa rõ phần, mục tiêu", "phu-luc/#phan-chua-ro", self.rollup_of(orphans)))
        return groups

    def by_objective(self) -> list[tuple[Group, list[Group]]]:
        """Each objective's roll-up with its tasks' roll-ups."""
        index = self.index
        rows = []
        for objective in self.plan.appendix.objectives:
            tasks = [Group(task.text, record_url("task", task.id), self.task_rollup(task.id), task.id)
                     for task in index.tasks_of(objective.id)]
            rows.append((Group(objective.text, record_url("objective", objective.id),
                               self.rollup_of(self.objective_activities(objective.id)), objective.id), tasks))
        return rows

    def by_lead_unit(self) -> list[Group]:
        """Every unit that leads an activity (a collective too, as the appendix names it), most activities first."""
        index = self.index
        units = [u for u in self.plan.units if index.led_by(u.id)]
        units.sort(key=lambda u: -len(index.led_by(u.id)))
        return [Group(u.name, record_url("unit", u.id), self.rollup_of(index.led_by(u.id))) for u in units]

    def by_unit_kind(self) -> list[Group]:
        """Activities led by at least one unit of each kind (an activity led by two kinds counts in both)."""
        index = self.index
        led: dict[str, list[Activity]] = defaultdict(list)
        for activity in self.plan.appendix.activities:
            for kind in dict.fromkeys(index.units[u].kind for u in index.lead_ids(activity)):
                led[kind].append(activity)
        return [Group(label, f"{PAGES['units']}#{unit_kind_anchor(kind)}", self.rollup_of(led[kind])) for kind, label in UNIT_KINDS.items()
                if led[kind]]

    # Reporting compliance (III.3: quarterly, 6-monthly, yearly reports to Sở Nội vụ)

    periods = REGULAR_PERIODS  # the columns of the compliance table

    @cached_property
    def _reporting_units(self) -> list[Unit]:
        index = self.index
        return [u for u in self.plan.units if u.kind != "collective" and (
            index.led_by(u.id) or any(index.led_by(g.id) for g in index.collectives_covering(u.id)))]

    def reporting_units(self) -> list[Unit]:
        """Single units given lead work, themselves or through a collective that leads, in the units' order."""
        return list(self._reporting_units)

    @cached_property
    def _reporting_ids(self) -> frozenset[str]:
        return frozenset(u.id for u in self._reporting_units)

    def must_report(self, unit_id: str) -> bool:
        """III.3 asks the unit for periodic reports: it is given lead work (itself or through a collective)."""
        return unit_id in self._reporting_ids

    @cached_property
    def _reports_by_issuer(self) -> dict[tuple[str, str], list[Report]]:
        found: dict[tuple[str, str], list[Report]] = defaultdict(list)
        for report in reversed(self.reports):  # earliest first within a cell
            if report.year == self.plan.plan.year:
                found[(report.issuer, report.period)].append(report)
        return found

    def compliance_of(self, unit_id: str) -> list[ComplianceCell]:
        """One cell per regular reporting period of the plan's year: the reports the unit issued for it."""
        year = self.plan.plan.year
        cells = []
        for period in REGULAR_PERIODS:
            span = period_span(period, year)
            cells.append(ComplianceCell(period, span, list(self._reports_by_issuer.get((unit_id, period), [])),
                                        span.end < self.as_of))
        return cells

    def ad_hoc_reports_of(self, unit_id: str) -> list[Report]:
        return [r for r in reversed(self.reports) if r.issuer == unit_id and r.period == "ad_hoc"]

    # Targets

    @cached_property
    def _actuals(self) -> dict[tuple[str, str | None], list[Actual]]:
        found: dict[tuple[str, str | None], list[Actual]] = defaultdict(list)
        for i, report in enumerate(self.plan.reports):
            day = effective_date(report)
            if day > self.as_of:
                continue
            for j, actual in enumerate(report.indicators):
                found[(actual.indicator, actual.level)].append(Actual(report, actual, day, (day, report.date, i, j)))
        for values in found.values():
            values.sort(key=lambda value: value.order, reverse=True)
        return found

    def target_rows(self, indicator: Indicator) -> list[tuple[str | None, Actual | None]]:
        """(level, latest actual) for each level of the target, and for "all levels" when a report gives that."""
        levels: list[str | None] = list(indicator.levels) or [None]
        if indicator.levels and (indicator.id, None) in self._actuals:
            levels.insert(0, None)
        return [(level, (self._actuals.get((indicator.id, level)) or [None])[0]) for level in levels]

    def actuals_of(self, indicator_id: str) -> list[Actual]:
        return sorted((a for (ind, _), values in self._actuals.items() if ind == indicator_id for a in values),
                      key=lambda value: value.order, reverse=True)

    # The plan's own period

    @cached_property
    def plan_period(self) -> Span:
        return plan_span(self.plan.plan.year)

    @property
    def plan_period_state(self) -> str:
        """"ended", "running" or "not_started", as of the build's day."""
        span = self.plan_period
        if self.as_of > span.end:
            return "ended"
        return "running" if self.as_of >= span.start else "not_started"
