"""When the plan's data last changed: git history of the data file, else the dataset's own date."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LastChanged:
    date: dt.date
    source: str  # "git" or "meta"


def git_date(path: Path) -> dt.date | None:
    """Committer date of the last commit touching `path`; None without git or history."""
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", path.name],
            cwd=path.parent, capture_output=True, text=True, timeout=10, check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = result.stdout.strip()
    return dt.date.fromisoformat(text) if result.returncode == 0 and text else None


def data_last_changed(path: Path, meta_date: dt.date) -> LastChanged:
    """The later of the recorded date and the last commit: editors may forget to bump either."""
    committed = git_date(path)
    if committed is not None and committed > meta_date:
        return LastChanged(committed, "git")
    return LastChanged(meta_date, "meta")
