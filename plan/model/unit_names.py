"""Find which units a cell names, from the spellings recorded for each unit.

A cell such as "- Sở Nội vụ;\n- Các Sở, ban, ngành và UBND các huyện, thành phố"
is split into known spellings joined by separators (line breaks, ";", ",",
"-", "và"). Several readings may exist ("Các sở, ban, ngành và địa phương" is
one collective, not two units); the reading with the fewest names wins.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

SEPARATOR = re.compile(r"(?:\s|[;,.\-]|\bvà\b)*", re.IGNORECASE)
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Mention:
    unit: str
    start: int
    end: int


@dataclass(frozen=True)
class Reading:
    mentions: tuple[Mention, ...]
    unmatched: str = ""  # first stretch of text no spelling explains


def spelling_pattern(spelling: str) -> str:
    words = [re.escape(word) for word in spelling.split()]
    return r"\s+".join(words) + r"(?!\w)"


class Spellings:
    """The spellings of a plan's units, compiled once and looked up by their first word.

    Trying only the spellings that start with the word at hand keeps reading a
    cell independent of how many units the plan has.
    """

    def __init__(self, pairs):
        self.pairs: tuple[tuple[str, str], ...] = tuple(pairs)  # (spelling, unit id)
        by_first_word: dict[str, list[tuple[str, re.Pattern]]] = defaultdict(list)
        self._always: list[tuple[str, re.Pattern]] = []  # spellings not starting with a plain word
        for text, unit in self.pairs:
            entry = (unit, re.compile(spelling_pattern(text), re.IGNORECASE))
            words = text.split()
            if words and WORD.fullmatch(words[0]):
                by_first_word[words[0].lower()].append(entry)
            else:
                self._always.append(entry)
        # Each word's list already ends with the spellings tried everywhere: no list built per lookup.
        self._by_first_word = {word: entries + self._always for word, entries in by_first_word.items()}
        self._readings: dict[str, Reading] = {}

    def candidates(self, text: str, position: int) -> list[tuple[str, re.Pattern]]:
        word = WORD.match(text, position)
        return self._by_first_word.get(word[0].lower(), self._always) if word else self._always


    def read(self, text: str) -> Reading:
        """Segment `text` into unit mentions; each cell text is read once per set of spellings."""
        reading = self._readings.get(text)
        if reading is None:
            reading = self._readings[text] = _read(text, self)
        return reading


def read_cell(text: str, spellings: Spellings) -> Reading:
    return spellings.read(text)


def _read(text: str, spellings: Spellings) -> Reading:
    """Fewest mentions that explain the whole text, found without recursion.

    Each position after a mention is a node; its best reading is one mention
    plus the best reading of the position that mention ends at. Positions are
    solved from the end of the text backwards, so a cell naming one unit a
    thousand times costs a loop, not a thousand nested calls.
    """
    edges: dict[int, tuple[int, list[tuple[str, int, int]]]] = {}
    pending = [0]
    while pending:
        position = pending.pop()
        if position in edges:
            continue
        start = SEPARATOR.match(text, position).end()
        matches = []
        if start < len(text):
            for unit, pattern in spellings.candidates(text, start):
                match = pattern.match(text, start)
                if match is not None:
                    matches.append((unit, start, match.end()))
                    pending.append(match.end())
        edges[position] = (start, matches)
    best: dict[int, tuple[Mention, ...] | None] = {}
    for position in sorted(edges, reverse=True):
        start, matches = edges[position]
        if start >= len(text):
            best[position] = ()
            continue
        found: tuple[Mention, ...] | None = None
        for unit, begin, end in matches:
            rest = best[end]
            if rest is not None and (found is None or len(rest) + 1 < len(found)):
                found = (Mention(unit, begin, end),) + rest
        best[position] = found
    if best[0] is not None:
        return Reading(best[0])
    return Reading((), _first_unexplained(text, spellings))


def _first_unexplained(text: str, spellings: Spellings) -> str:
    position = SEPARATOR.match(text, 0).end()
    while position < len(text):
        matches = [m for _, p in spellings.candidates(text, position) if (m := p.match(text, position))]
        match = max(matches, key=lambda m: m.end(), default=None)
        if match is None:
            tail = text[position:]
            return re.split(r"[;\n]", tail)[0].strip()
        position = SEPARATOR.match(text, match.end()).end()
    return text.strip()


def unit_spellings(units) -> Spellings:
    """Every unit's name and aliases, compiled once for reading unit cells."""
    return Spellings((text, unit.id) for unit in units for text in (unit.name, *unit.aliases))
