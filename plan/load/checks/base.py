"""What every check shares: the facts it reads, how it reports, and the registry."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from plan.model.records import Plan, PlanItem, UnitCell, UnitRef
from plan.model.tree import Path, plan_items
from plan.model.unit_names import Spellings, unit_spellings

Finding = tuple[Path, str, str, str]  # data path, code, message, fix


@dataclass
class Facts:
    """The validated records and the day the check runs on ("today": dates may not be later)."""

    plan: Plan
    today: dt.date

    @cached_property
    def items(self) -> list[tuple[PlanItem, Path]]:
        return list(plan_items(self.plan))

    @cached_property
    def spellings(self) -> Spellings:
        return unit_spellings(self.plan.units)

    def unit_cells(self) -> Iterator[tuple[UnitCell, Path]]:
        for i, activity in enumerate(self.plan.appendix.activities):
            for role in ("lead", "coordinating"):
                cell = getattr(activity, role)
                if cell is not None:
                    yield cell, ("appendix", "activities", i, role)
        for i, line in enumerate(self.plan.budget.lines):
            if line.recipient is not None:
                yield line.recipient, ("budget", "lines", i, "recipient")

    def unit_refs(self) -> Iterator[tuple[UnitRef, Path, str]]:
        """Units named in the decision and the plan body, with the text they are quoted from."""
        for i, article in enumerate(self.plan.document.articles):
            for j, ref in enumerate(article.unit_refs):
                yield ref, ("document", "articles", i, "unit_refs", j), article.text
        for item, path in self.items:
            for j, ref in enumerate(item.unit_refs):
                yield ref, path + ("unit_refs", j), " ".join([item.text, *item.paragraphs])


Check = Callable[[Facts], Iterator[Finding]]
CHECKS: list[Check] = []  # filled once, as the check modules are imported
WARNINGS: list[Check] = []  # checks whose findings are warnings: told to the editor, the site still builds


def check(function: Check) -> Check:
    CHECKS.append(function)
    return function


def warning(function: Check) -> Check:
    """A rule that finds what is probably, not certainly, a mistake: plan-check and the build print it."""
    WARNINGS.append(function)
    return function


def suggest(value: str, known) -> str:
    close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def unknown(path: Path, kind: str, value: str, known) -> Finding:
    hint = suggest(value, known) or f"use the id of an existing {kind}, or add that {kind} first"
    return path, f"unknown-{kind.replace('_', '-')}", f"unknown {kind} '{value}'", hint


COLLECTIONS: dict[str, Callable[[Plan], list]] = {
    "objective": lambda p: p.appendix.objectives,
    "task": lambda p: p.appendix.tasks,
    "activity": lambda p: p.appendix.activities,
    "section": lambda p: p.appendix.sections,
    "unit": lambda p: p.units,
    "indicator": lambda p: p.indicators,
    "budget_line": lambda p: p.budget.lines,
    "funding_note": lambda p: p.budget.funding_notes,
    "report": lambda p: p.reports,
}
COLLECTION_PATHS = {
    "objective": ("appendix", "objectives"), "task": ("appendix", "tasks"),
    "activity": ("appendix", "activities"), "section": ("appendix", "sections"),
    "unit": ("units",), "indicator": ("indicators",), "budget_line": ("budget", "lines"),
    "funding_note": ("budget", "funding_notes"), "report": ("reports",),
}
