"""The published rules of progress: how activities roll up into a figure, and when one is overdue.

The progress page states these rules in words (template progress.md, section
"Cách tính"); tests/test_progress_rules.py holds their edge cases. Change one
and the other together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from plan.model.deadlines import Deadline
from plan.model.vocabulary import STATUSES

DONE = "completed"
UNKNOWN = "no_information"


@dataclass(frozen=True)
class State:
    """One activity's latest state: its status and percent as last reported (no report: no information)."""

    status: str = UNKNOWN
    percent: float | None = None
    weight: float = 1.0  # the site gives every activity the same weight: the plan gives none


@dataclass(frozen=True)
class Rollup:
    total: int  # activities in the group
    counts: dict[str, int]  # every status, in the order of vocabulary.STATUSES, zeros included
    measured: int  # activities whose completion is known (they make the figure)
    progress: float | None  # weighted mean completion of the measured ones, 0–100; None when none is measured

    @property
    def unmeasured(self) -> int:
        """Activities left out of the figure, and said so: no information, or in progress with no percent."""
        return self.total - self.measured

    @property
    def informed(self) -> int:
        """Activities with a reported status (anything but "no information")."""
        return self.total - self.counts[UNKNOWN]


def completion(status: str, percent: float | None) -> float | None:
    """How complete one activity is, 0–100, or None when the reports do not tell.

    Completed counts as 100 (with or without a percent); a reported percent
    counts as written; not started, and not carried out without a percent,
    count as 0; in progress or partly completed without a percent, and no
    information, are unknown: never read as 0%.
    """
    if status == DONE:
        return 100.0
    if status == UNKNOWN:
        return None
    if percent is not None:
        return float(percent)
    if status in ("not_started", "not_carried_out"):
        return 0.0
    return None


def rollup(states: Iterable[State]) -> Rollup:
    """Counts by status, and the weighted mean completion of the activities whose completion is known."""
    counts = dict.fromkeys(STATUSES, 0)
    measured, weights, weighted = 0, 0.0, 0.0
    total = 0
    for state in states:
        total += 1
        counts[state.status] += 1
        value = completion(state.status, state.percent)
        if value is not None:
            measured += 1
            weights += state.weight
            weighted += state.weight * value
    return Rollup(total, counts, measured, weighted / weights if weights else None)


def is_overdue(deadline: Deadline | None, status: str, as_of: dt.date) -> bool:
    """The deadline's last day has passed by `as_of` and the latest status is not "completed".

    Undated deadlines ("Thường xuyên", "Hàng năm", "Theo quy định …") and a
    missing deadline are never overdue; the last day itself is not late.
    """
    return deadline is not None and deadline.end is not None and deadline.end < as_of and status != DONE
