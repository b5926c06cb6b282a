"""The small valid plan in tests/fixtures/minimal.yaml, and edits of it that tests make."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MINIMAL = FIXTURES / "minimal.yaml"
REPORTS = FIXTURES / "reports.yaml"  # a `reports:` block that makes the minimal plan one with progress reports
TODAY = dt.date(2026, 12, 1)  # the day every fixture test checks dates against


def minimal_text() -> str:
    return MINIMAL.read_text(encoding="utf-8")


def progress_text() -> str:
    """The minimal plan with the progress reports of tests/fixtures/reports.yaml."""
    return minimal_text() + "\n" + REPORTS.read_text(encoding="utf-8")


def edited(old: str, new: str, text: str | None = None) -> str:
    """The fixture with `old` (which must occur exactly once) replaced by `new`."""
    text = minimal_text() if text is None else text
    count = text.count(old)
    assert count == 1, f"{old!r} occurs {count} times in the fixture; make the edit unique"
    return text.replace(old, new)


def line_of(text: str, fragment: str) -> int:
    """1-based line where `fragment` starts in `text` (a leading newline in it is skipped)."""
    position = text.find(fragment)
    assert position >= 0, f"{fragment!r} is not in the edited text"
    skipped = len(fragment) - len(fragment.lstrip("\n"))
    return text.count("\n", 0, position + skipped) + 1
