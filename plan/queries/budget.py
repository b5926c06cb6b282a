"""The budget lines added up per recipient, for the budget page."""

from __future__ import annotations

from dataclasses import dataclass

from plan.model.records import Budget, BudgetLine, UnitCell


@dataclass(frozen=True)
class RecipientTotal:
    """The budget lines given to one recipient; `recipient` None for the lines whose recipient the source does not name."""

    recipient: UnitCell | None  # the first line's cell: the units it names and its text as written
    lines: tuple[BudgetLine, ...]  # in the source's order

    @property
    def amount_million_vnd(self) -> int:
        return sum(line.amount_million_vnd for line in self.lines)


def recipient_totals(budget: Budget) -> list[RecipientTotal]:
    """One total per recipient, in the order recipients first appear, then the lines with no recipient named.

    Lines belong together when their cells name the same units in the same
    order (a cell naming two units is one joint recipient, since the source
    does not split its amount); a cell that names no known unit is grouped by
    its text. An absent or empty recipient cell means the source does not
    name one.
    """
    groups: dict[tuple, list[BudgetLine]] = {}
    cells: dict[tuple, UnitCell | None] = {}
    for line in budget.lines:
        key = _recipient_key(line.recipient)
        groups.setdefault(key, []).append(line)
        cells.setdefault(key, line.recipient if key else None)
    totals = [RecipientTotal(cells[key], tuple(lines)) for key, lines in groups.items() if key]
    if () in groups:
        totals.append(RecipientTotal(None, tuple(groups[()])))
    return totals


def _recipient_key(cell: UnitCell | None) -> tuple:
    """() when no recipient is named; the unit ids when the cell names units; else its text, spaces collapsed."""
    if cell is None or not cell.text.strip():
        return ()
    if cell.units:
        return ("units", *cell.units)
    return ("text", " ".join(cell.text.split()))
