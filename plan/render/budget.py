"""What the budget page shows: each line's share, the totals per recipient, and the bars of its chart.

The chart is HTML, not a scaled SVG: its words are page text at the page's
font size on any screen, and each bar is a decorative box whose width is the
amount against the largest amount of its list.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from plan.model.records import Budget, BudgetLine, UnitCell
from plan.output.shares import largest_remainder
from plan.output.wording import budget_line_label
from plan.queries.budget import RecipientTotal, recipient_totals

LABEL_LIMIT = 52  # characters of a bar's name: two lines at most on a 375 px phone


@dataclass(frozen=True)
class Bar:
    amount_million_vnd: int
    share: Decimal  # of the whole budget, rounded so that the list adds up to 1 (plan/output/shares.py)
    length: str  # the bar's width against the longest bar of its list, "37.5%" (CSS, not Vietnamese format)


@dataclass(frozen=True)
class LineBar(Bar):
    line: BudgetLine
    label: str  # the line's own words, shortened: "Kinh phí chi thường xuyên cho hoạt động chỉ đạo…"
    recipient: UnitCell | None  # the line's own cell; None when it names no recipient (queries/budget.py)


@dataclass(frozen=True)
class RecipientBar(Bar):
    total: RecipientTotal


def budget_context(budget: Budget) -> dict:
    """The budget template's variables: `line_bars` in the source's order, `recipient_bars`, `share_of` a line id."""
    lines = budget.lines
    totals = recipient_totals(budget)
    named = {line.id for total in totals if total.recipient for line in total.lines}
    line_bars = [LineBar(*parts, line=line, label=budget_line_label(line.text, LABEL_LIMIT),
                         recipient=line.recipient if line.id in named else None)
                 for line, parts in zip(lines, _bars([line.amount_million_vnd for line in lines]))]
    recipient_bars = [RecipientBar(*parts, total=total)
                      for total, parts in zip(totals, _bars([total.amount_million_vnd for total in totals]))]
    return {
        "line_bars": line_bars,
        "recipient_bars": recipient_bars,
        "share_of": {bar.line.id: bar.share for bar in line_bars},
    }


def _bars(amounts: list[int]) -> list[tuple[int, Decimal, str]]:
    longest = max(amounts)
    return [(amount, share, f"{100 * amount / longest:.1f}%")
            for amount, share in zip(amounts, largest_remainder(amounts))]
