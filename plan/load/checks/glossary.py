"""The glossary: one entry per abbreviation, each either defined by the source (quoted) or explained by an editor."""

from __future__ import annotations

from collections.abc import Iterator

from plan.load.checks.base import Facts, Finding, check
from plan.model.glossary import Terms
from plan.model.records import Abbreviation, Plan

DEFINING_KINDS = ("plan_item", "article")


@check
def terms_are_listed_once(facts: Facts) -> Iterator[Finding]:
    seen: set[str] = set()
    for i, entry in enumerate(facts.plan.glossary):
        if entry.term in seen:
            yield (("glossary", i, "term"), "duplicate-term", f"'{entry.term}' is already in the glossary",
                   "keep one entry per abbreviation: merge the two")
        seen.add(entry.term)


@check
def every_entry_has_a_basis(facts: Facts) -> Iterator[Finding]:
    texts = _defining_texts(facts)
    for i, entry in enumerate(facts.plan.glossary):
        yield from _basis_findings(("glossary", i), entry, texts)


def _basis_findings(base: tuple, entry: Abbreviation, texts: dict[str, str]) -> Iterator[Finding]:
    if entry.defined_in is None and entry.quote is None:
        if entry.note is None:
            yield (base + ("expansion",), "glossary-basis", f"'{entry.term}' says neither where the plan defines "
                   "it nor why the expansion is right",
                   "if the plan says \"(sau đây viết tắt là …)\", add `defined_in` and `quote`; otherwise add `note`")
        return
    if entry.defined_in is None or entry.quote is None:
        present, missing = ("defined_in", "quote") if entry.quote is None else ("quote", "defined_in")
        yield (base + (present,), "glossary-basis", f"'{entry.term}' has `{present}` but no `{missing}`",
               "give both: where the plan defines the abbreviation (plan_item:I.2) and its words there")
        return
    text = texts.get(entry.defined_in)
    if text is None:
        yield (base + ("defined_in",), "unknown-ref", f"'{entry.defined_in}' is not an item of the plan or an article",
               "write plan_item:<id> (as on the plan page, e.g. plan_item:I.2) or article:<number>")
    elif entry.quote not in text:
        yield (base + ("quote",), "quote-not-found", f"the quote does not occur word for word in {entry.defined_in}",
               "copy the words exactly from the text (same accents and punctuation)")
    elif entry.term not in entry.quote or entry.expansion.casefold() not in entry.quote.casefold():
        yield (base + ("quote",), "glossary-quote", "the quote must hold both the abbreviation and its expansion",
               f"quote the whole definition, e.g. \"{entry.expansion} (sau đây viết tắt là {entry.term})\"")


def _defining_texts(facts: Facts) -> dict[str, str]:
    plan = facts.plan
    texts = {f"plan_item:{part.id}": part.intro for part in plan.plan.parts if part.intro}
    texts.update((f"plan_item:{item.id}", " ".join([item.text, *item.paragraphs])) for item, _ in facts.items)
    texts.update((f"article:{article.number}", article.text) for article in plan.document.articles)
    return texts


@check
def every_term_is_used(facts: Facts) -> Iterator[Finding]:
    terms = Terms(facts.plan.glossary)
    if not terms:
        return
    found = {occurrence.abbreviation.term for text in _shown_texts(facts.plan) for occurrence in terms.find(text)}
    for i, entry in enumerate(facts.plan.glossary):
        if entry.term not in found:
            yield (("glossary", i, "term"), "unused-term", f"'{entry.term}' does not occur as a word in the plan",
                   "check the spelling (capitals count; a term inside a code such as QĐ-UBND does not count) "
                   "or remove the entry")


def _shown_texts(plan: Plan) -> Iterator[str]:
    """Every string of the dataset but the glossary's own."""
    stack: list = [value for key, value in plan.model_dump().items() if key != "glossary"]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
