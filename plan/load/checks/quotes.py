"""Quotes are verbatim: every quoted phrase occurs word for word where it is said to come from."""

from __future__ import annotations

from collections.abc import Iterator

from plan.load.checks.base import Facts, Finding, check, unknown


@check
def unit_quotes_are_verbatim(facts: Facts) -> Iterator[Finding]:
    for ref, path, text in facts.unit_refs():
        if ref.quote not in text:
            yield (path + ("quote",), "quote-not-found", "the quote does not occur word for word in the item's text",
                   "copy the words exactly from the text above (same accents and punctuation)")


@check
def indicators_quote_their_item(facts: Facts) -> Iterator[Finding]:
    items = {item.id: item for item, _ in facts.items}
    objectives = {o.id for o in facts.plan.appendix.objectives}
    for i, indicator in enumerate(facts.plan.indicators):
        base = ("indicators", i)
        item = items.get(indicator.item)
        if item is None:
            yield unknown(base + ("item",), "plan_item", indicator.item, set(items))
            continue
        if not indicator.item.startswith("I."):
            yield (base + ("item",), "indicator-outside-objectives", "indicators come from part I. Mục tiêu",
                   "point `item` at an item under I.")
        if indicator.quote not in item.text:
            yield (base + ("quote",), "quote-not-found", f"the quote does not occur word for word in item {item.id}",
                   "copy it exactly from the item")
        if indicator.measure not in indicator.quote:
            yield (base + ("measure",), "quote-not-found", "`measure` must be words taken from `quote`",
                   "copy the measured thing from the quote")
        for j, objective in enumerate(indicator.appendix_objectives):
            if objective not in objectives:
                yield unknown(base + ("appendix_objectives", j), "objective", objective, objectives)


@check
def budget_recipients_are_named(facts: Facts) -> Iterator[Finding]:
    for i, line in enumerate(facts.plan.budget.lines):
        if line.recipient is not None and line.recipient.text not in line.text:
            yield (("budget", "lines", i, "recipient", "text"), "quote-not-found",
                   "the recipient is not named in the line's text", "copy the name from the text")
