"""Shares of a whole, rounded so that the shares shown add up to exactly 100 %.

Rounding each share on its own can leave the list at 99.9 % or 100.1 %
(300, 450, 800 and 300 of 1,850 give 16.2 + 24.3 + 43.2 + 16.2 = 99.9). The
largest-remainder method (Hamilton's method) rounds every share down to the
shown precision, then hands the units still missing to the shares whose
dropped remainder is largest; equal remainders go to the earlier item, so the
result depends only on the amounts and their order. The budget page states
this rule in Vietnamese (templates/budget.md, `#lam-tron`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal


def largest_remainder(amounts: Sequence[int], digits: int = 1) -> list[Decimal]:
    """Each amount's share of their sum, as a fraction (Decimal("0.433") is 43.3 %), `digits` decimals in percent.

    The shares add up to exactly 1 and each is within one shown unit
    (0.1 % for `digits=1`) of the exact share. Amounts are non-negative
    integers with a positive sum.
    """
    if any(amount < 0 for amount in amounts):
        raise ValueError(f"amounts must not be negative: {list(amounts)}")
    total = sum(amounts)
    if total <= 0:
        raise ValueError(f"the amounts must add up to more than 0: {list(amounts)}")
    units = 100 * 10 ** digits  # shown units in the whole: 1,000 tenths of a percent
    floors = [amount * units // total for amount in amounts]
    remainders = [amount * units % total for amount in amounts]
    missing = units - sum(floors)
    for position in sorted(range(len(amounts)), key=lambda i: (-remainders[i], i))[:missing]:
        floors[position] += 1
    return [Decimal(share) / units for share in floors]
