"""Where the glossary's abbreviations occur in a text: whole words only, never inside a document number.

"TTHC" is found in "giải quyết TTHC" but not in "KSTTHC", and "UBND" not in
"3090/QĐ-UBND": a term joined to a letter, digit, "/" or "-" is part of
another word or code. Longer terms win ("VB QPPL" before "QPPL").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from plan.model.records import Abbreviation

JOINED = re.compile(r"[\w/-]")  # a character that makes a term next to it part of another word or code


@dataclass(frozen=True)
class Occurrence:
    start: int
    end: int
    abbreviation: Abbreviation


class Terms:
    def __init__(self, glossary: Iterable[Abbreviation]):
        self.by_term = {entry.term: entry for entry in glossary}
        longest_first = sorted(self.by_term, key=len, reverse=True)
        alternatives = "|".join(re.escape(term) for term in longest_first)
        # The check of the character before a match is done in `find`: a leading look-behind would keep the
        # regex engine from skipping ahead to the terms' first letters, and made the search five times slower.
        self._pattern = re.compile(rf"(?:{alternatives})(?![\w/-])") if longest_first else None

    def __bool__(self) -> bool:
        return self._pattern is not None

    def find(self, text: str) -> Iterator[Occurrence]:
        if self._pattern is None:
            return
        position = 0
        while match := self._pattern.search(text, position):
            start = match.start()
            if start and JOINED.match(text, start - 1):  # not a match here; one may start at the next character
                position = start + 1
                continue
            yield Occurrence(start, match.end(), self.by_term[match.group()])
            position = match.end()
