"""Parse the deadline column ("Trong năm 2022", "Quý IV năm 2021", ...)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from collections.abc import Callable
from typing import Literal

Kind = Literal["year", "quarter", "date", "period", "recurring", "yearly", "per_regulation"]

ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class Deadline:
    text: str
    kind: Kind
    end: dt.date | None = None  # the last day by which the work is due
    start: dt.date | None = None
    qualifier: str = ""  # words after the parsed part, e.g. "theo kế hoạch"

    @property
    def is_dated(self) -> bool:
        return self.end is not None


class DeadlineError(ValueError):
    pass


def _quarter_end(year: int, quarter: int) -> dt.date:
    month = quarter * 3
    next_month = dt.date(year + (month == 12), month % 12 + 1, 1)
    return next_month - dt.timedelta(days=1)


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _period(match: re.Match, text: str) -> Deadline:
    first, last = int(match[1]), int(match[2])
    if last < first:
        raise DeadlineError(f"the period {first} - {last} ends before it starts")
    return Deadline(text, "period", dt.date(last, 12, 31), dt.date(first, 1, 1))


def _quarter(match: re.Match, text: str) -> Deadline:
    year, quarter = int(match[2]), ROMAN_QUARTERS[match[1].upper()]
    return Deadline(text, "quarter", _quarter_end(year, quarter), dt.date(year, quarter * 3 - 2, 1))


YEAR = "([0-9]{4})"  # four ASCII digits: not "20222", not other scripts' digits
RULES: list[tuple[re.Pattern, Callable[[re.Match, str], Deadline]]] = [
    (re.compile(rf"^Trong năm {YEAR}(?: (.+))?$", re.I),
     lambda m, t: Deadline(t, "year", dt.date(int(m[1]), 12, 31), dt.date(int(m[1]), 1, 1), (m[2] or "").strip())),
    (re.compile(rf"^Quý (I|II|III|IV) năm {YEAR}$", re.I), _quarter),
    (re.compile(rf"^Giai đoạn {YEAR} ?- ?{YEAR}$", re.I), _period),
    (re.compile(rf"^(?:Trước ngày |Ngày )?([0-9]{{1,2}})/([0-9]{{1,2}})/{YEAR}$", re.I),
     lambda m, t: Deadline(t, "date", dt.date(int(m[3]), int(m[2]), int(m[1])))),
    (re.compile(r"^Thường xuyên$", re.I), lambda m, t: Deadline(t, "recurring")),
    (re.compile(r"^(?:Nhiệm vụ )?hàng năm$", re.I), lambda m, t: Deadline(t, "yearly")),
    (re.compile(r"^Theo quy định của Trung ương$", re.I), lambda m, t: Deadline(t, "per_regulation")),
]

ACCEPTED_FORMS = (
    '"Trong năm 2022", "Quý IV năm 2022", "Giai đoạn 2022 - 2025", "30/6/2022", "Trước ngày 30/6/2022", '
    '"Thường xuyên", "Hàng năm", "Nhiệm vụ hàng năm", "Theo quy định của Trung ương"'
)


def parse_deadline(text: str) -> Deadline:
    normal = _normalise(text)
    for pattern, build in RULES:
        match = pattern.match(normal)
        if match:
            try:
                return build(match, text)
            except DeadlineError:
                raise
            except ValueError as error:  # e.g. 31/02/2022
                raise DeadlineError(f"{_shown(normal)} is not a real date ({error})") from None
    raise DeadlineError(f"{_shown(normal)} is not a deadline form the site understands")


def _shown(text: str) -> str:
    return repr(text if len(text) <= 80 else text[:80] + "…")
