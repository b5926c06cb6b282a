"""The budget: lines add up, amounts match their text, the year is the plan's, funding notes exist."""

from __future__ import annotations

import re
from collections.abc import Iterator

from plan.load.checks.base import Facts, Finding, check, unknown

WRITTEN_AMOUNT = re.compile(r"(\d[\d.]*)\s*triệu đồng")


@check
def budget_adds_up(facts: Facts) -> Iterator[Finding]:
    budget = facts.plan.budget
    total = sum(line.amount_million_vnd for line in budget.lines)
    if total != budget.total_million_vnd:
        yield (("budget", "total_million_vnd"), "budget-total",
               f"the budget lines add up to {total} million VND but the total says {budget.total_million_vnd}",
               "correct the amount of the changed line or the total, so that they agree")
    for i, line in enumerate(budget.lines):
        written = WRITTEN_AMOUNT.search(line.text)
        if written and int(written[1].replace(".", "")) != line.amount_million_vnd:
            yield (("budget", "lines", i, "amount_million_vnd"), "amount-disagrees",
                   f"the text says {written[1]} triệu đồng but `amount_million_vnd` is {line.amount_million_vnd}",
                   "make the number match the text")


@check
def budget_year_is_the_plan_year(facts: Facts) -> Iterator[Finding]:
    plan = facts.plan
    if plan.budget.year != plan.plan.year:
        yield (("budget", "year"), "wrong-year",
               f"the budget is for {plan.budget.year} but the plan is for {plan.plan.year}",
               f"write `year: {plan.plan.year}` (the budget in the plan is the plan year's budget)")


@check
def funding_notes_exist(facts: Facts) -> Iterator[Finding]:
    notes = {n.id for n in facts.plan.budget.funding_notes}
    for i, activity in enumerate(facts.plan.appendix.activities):
        if activity.funding and activity.funding not in notes:
            yield unknown(("appendix", "activities", i, "funding"), "funding_note", activity.funding, notes)
