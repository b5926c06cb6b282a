"""Search entries of their own for the plan's items and the decision's articles.

Material's search makes one entry per heading. A plan item ("II.5.d") or an
article of the decision is a block with an anchor but no heading, so its text
sits in the entry of the heading above it — at times one it does not belong
to: items I.7 and I.8 follow the heading of I.6 on the page. Each such block
becomes an entry at its own anchor, cut out of the entry that held it (the
index does not grow), so a result opens at the item that holds the match. Its
title is its number ("II.5.d"); the heading it stands under ("5. Cải cách
công vụ") is kept beside it in `context`, shown with the title but not
searched as one (else every item of II.5 would hold "công vụ" in its title).

A block is found by the start of its text in the index, searched forward from
the previous block, in page order: only the plan and the index are read, never
the HTML. A block whose text is not found stays where it was.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from plan.model.paths import record_url

CONTEXT = "context"  # not a lunr field: the title of the heading a block stands under, shown beside its own
PREFIX_CHARS = 60  # of a block's text: enough to tell apart two items that start alike
LABEL_CHARS = 12   # what may stand between the block's opening tag and its text: "đ) ", "Điều 12. "
_BLOCK_START = re.compile(r"<(?:p|li)>")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Block:
    location: str  # "ke-hoach/#kh-ii-5-d"
    label: str     # "II.5.d"
    text: str      # the block's own text, as the data holds it
    parents: tuple[str, ...] = ()  # locations of the blocks it is part of, nearest first


def plan_blocks(plan) -> list[Block]:
    """Every item of the plan body, parts included, in page order (depth first, without recursion)."""
    blocks = []
    stack = [(Block(record_url("plan_item", part.id), part.id, part.title), part.items) for part in reversed(plan.plan.parts)]
    while stack:
        block, children = stack.pop()
        blocks.append(block)
        parents = (block.location, *block.parents)
        stack.extend((Block(record_url("plan_item", child.id), child.id, child.text, parents), child.children)
                     for child in reversed(children))
    return blocks


def article_blocks(plan) -> list[Block]:
    page = record_url("document", None)
    return [Block(record_url("article", str(article.number)), f"Điều {article.number}", article.text, (page,))
            for article in plan.document.articles]


def split_blocks(docs: list[dict], blocks: list[Block]) -> list[dict]:
    """`docs` (Material's index entries) with each block that has no entry cut out into one of its own."""
    page = blocks[0].location.split("#")[0] if blocks else None
    positions = [index for index, doc in enumerate(docs) if doc["location"].split("#")[0] == page]
    if not positions:
        return docs
    cuts = _find_cuts([docs[index] for index in positions], blocks)
    result = docs[:positions[0]]
    for index in positions:
        result += _cut(docs[index], cuts.get(index - positions[0], []))
    return result + docs[positions[-1] + 1:]


def _find_cuts(entries: list[dict], blocks: list[Block]) -> dict[int, list[tuple[int, Block, str]]]:
    """Entry number → (offset, block, context title) where each block without an entry starts."""
    own = {entry["location"]: number for number, entry in enumerate(entries)}
    cuts: dict[int, list[tuple[int, Block, str]]] = {}
    entry, offset = 0, 0
    for block in blocks:
        if block.location in own:  # a heading: its own entry already, and what follows is under it
            entry, offset = own[block.location], 0
            continue
        found = _search(entries, entry, offset, _marker(block.text))
        if found is None:
            continue
        entry, start, end = found
        cuts.setdefault(entry, []).append((start, block, _context(block, entries, own)))
        offset = end
    return cuts


def _context(block: Block, entries: list[dict], own: dict[str, int]) -> str:
    """Title of the nearest enclosing block that has an entry (a heading, or the page)."""
    for parent in block.parents:
        if parent in own:
            return entries[own[parent]]["title"]
    return entries[0]["title"]


def _marker(text: str) -> str:
    """How the start of a block's text reads in the index (Material escapes &, < and >)."""
    return html.escape(_SPACES.sub(" ", text).strip(), quote=False)[:PREFIX_CHARS]


def _search(entries: list[dict], entry: int, offset: int, marker: str) -> tuple[int, int, int] | None:
    """(entry, block start, marker end) of the marker's next occurrence after (entry, offset)."""
    for number in range(entry, len(entries)):
        text = entries[number]["text"]
        found = text.find(marker, offset if number == entry else 0)
        if found != -1:
            return number, _block_start(text, found), found + len(marker)
    return None


def _block_start(text: str, found: int) -> int:
    """Back from the text's start to the tag that opens its block, over a label such as "d) "."""
    window = text[max(0, found - LABEL_CHARS - 4):found]
    tags = list(_BLOCK_START.finditer(window))
    return found - len(window) + tags[-1].start() if tags else found


def _cut(entry: dict, cuts: list[tuple[int, Block, str]]) -> list[dict]:
    if not cuts:
        return [entry]
    text = entry["text"]
    starts = [start for start, _, _ in cuts] + [len(text)]
    pieces = [{**entry, "text": text[:starts[0]].strip()}]
    for (start, block, context), end in zip(cuts, starts[1:]):
        pieces.append({**entry, "location": block.location, "title": block.label, CONTEXT: context,
                       "text": text[start:end].strip()})
    return pieces


def split_plan_blocks(docs: list[dict], plan) -> list[dict]:
    """The index entries with the plan's items and the decision's articles as entries of their own."""
    return split_blocks(split_blocks(docs, plan_blocks(plan)), article_blocks(plan))

