"""Parse the deadline column ("Trong năm 2022", "Quý IV năm 2021", ...)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["year", "quarter", "date", "period", "recurring", "yearly", "per_regulation"]

KIND_LABELS: dict[str, str] = {
    "quarter": "Theo quý",
    "year": "Trong năm",
    "date": "Theo ngày cụ thể",
    "period": "Theo giai đoạn",
    "yearly": "Hàng năm",
    "recurring": "Thường xuyên",
    "per_regulation": "Theo quy định của Trung ương",
}

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


RULES: list[tuple[re.Pattern, callable]] = [
    (re.compile(r"^Trong năm (\d{4})(.*)$", re.I),
     lambda m, t: Deadline(t, "year", dt.date(int(m[1]), 12, 31), dt.date(int(m[1]), 1, 1), m[2].strip())),
    (re.compile(r"^Quý (I|II|III|IV) năm (\d{4})$", re.I),
     lambda m, t: Deadline(t, "quarter", _quarter_end(int(m[2]), ROMAN_QUARTERS[m[1].upper()]),
                           dt.date(int(m[2]), ROMAN_QUARTERS[m[1].upper()] * 3 - 2, 1))),
    (re.compile(r"^Giai đoạn (\d{4}) ?- ?(\d{4})$", re.I),
     lambda m, t: Deadline(t, "period", dt.date(int(m[2]), 12, 31), dt.date(int(m[1]), 1, 1))),
    (re.compile(r"^(?:Trước ngày |Ngày )?(\d{1,2})/(\d{1,2})/(\d{4})$", re.I),
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
            except ValueError as error:  # e.g. 31/02/2022
                raise DeadlineError(f"{normal!r} is not a real date ({error})") from None
    raise DeadlineError(f"{normal!r} is not a deadline form the site understands")
