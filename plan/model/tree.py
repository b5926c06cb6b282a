"""Walking the plan body's nested items (I.2.c-1 under I.2.c under I.2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from plan.model.records import Plan, PlanItem

Path = tuple[Any, ...]  # a data path: keys and list positions from the top of the file


def walk_items(items: list[PlanItem], path: Path) -> Iterator[tuple[PlanItem, Path]]:
    """Every item and its data path, depth first, without recursion (nesting depth is not bounded by the model)."""
    stack = [(item, path + (position,)) for position, item in reversed(list(enumerate(items)))]
    while stack:
        item, here = stack.pop()
        yield item, here
        children = here + ("children",)
        stack.extend((child, children + (position,)) for position, child in reversed(list(enumerate(item.children))))


def plan_items(plan: Plan) -> Iterator[tuple[PlanItem, Path]]:
    for index, part in enumerate(plan.plan.parts):
        yield from walk_items(part.items, ("plan", "parts", index, "items"))
