"""Reporting periods: the days a report covers, and the day its figures stand for."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from plan.model.records import Report
from plan.model.vocabulary import PERIODS

# The periods III.3 of the plan asks for ("hàng quý, 6 tháng, 01 năm"), in calendar order; ad hoc reports are extra.
REGULAR_PERIODS = tuple(sorted((k for k, words in PERIODS.items() if words.months), key=lambda k: PERIODS[k].order))


@dataclass(frozen=True)
class Span:
    start: dt.date
    end: dt.date

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


def period_span(kind: str, year: int) -> Span:
    """The days of a regular period; an ad hoc report covers its whole year (its day is `as_of`)."""
    first, last = PERIODS[kind].months or (1, 12)
    return Span(dt.date(year, first, 1), _month_end(year, last))


def report_span(report: Report) -> Span:
    return period_span(report.period, report.year)


def effective_date(report: Report) -> dt.date:
    """The day a report's statuses stand for: `as_of`, else the period's end or the report's date if earlier."""
    if report.as_of is not None:
        return report.as_of
    return min(report_span(report).end, report.date)


def plan_span(year: int) -> Span:
    return Span(dt.date(year, 1, 1), dt.date(year, 12, 31))
