"""The open-data files of a built site, as the Markdown table README shows (measured, not typed).

    .venv/bin/python bench/export_sizes.py [SITE_DIR]      # default: site/

Single files get a row each with their size, CSV rows and calendar events;
the per-unit and per-kind folders get one row each with their count, the range
of rows or events per file and the total size.
"""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

from devtools.project import ROOT
from plan.model.paths import CALENDAR_DIR, DATA_DIR, OBLIGATIONS_DIR, PLAN_CALENDAR_NAME

PLAN_CALENDAR = PLAN_CALENDAR_NAME + ".ics"  # the whole plan's calendar, beside the units' ones
FOLDERS = {  # folder → how README names one file in it
    CALENDAR_DIR: "<unit-id>.ics",
    CALENDAR_DIR + "loai/": "<kind>.ics",
    OBLIGATIONS_DIR: "<unit-id>.csv",
    OBLIGATIONS_DIR + "loai/": "<kind>.csv",
}


def _items(path: Path) -> tuple[int, str] | None:
    """(count, noun) of what the file holds: CSV rows or calendar events."""
    if path.suffix == ".csv":
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        return len(rows) - 1, "rows"
    if path.suffix == ".ics":
        return path.read_text(encoding="utf-8").count("BEGIN:VEVENT"), "events"
    return None


def _single_row(site: Path, path: Path) -> str:
    items = _items(path)
    what = f" ({items[0]} {items[1]})" if items else ""
    return f"| `/{path.relative_to(site).as_posix()}`{what} | {path.stat().st_size:,} B |"


def _folder_row(site: Path, folder: str, name: str) -> str | None:
    files = sorted(path for path in (site / folder).glob("*.*") if path.name != PLAN_CALENDAR)
    if not files:
        return None
    counts = [_items(path) for path in files]
    low, high, noun = min(c[0] for c in counts), max(c[0] for c in counts), counts[0][1]
    total = sum(path.stat().st_size for path in files)
    return f"| `/{folder}{name}` ({len(files)} files, {low}–{high} {noun}) | {total:,} B together |"


def table(site: Path) -> str:
    rows = ["| URL | Size |", "|---|---|"]
    singles = sorted(p for p in (site / DATA_DIR).iterdir() if p.is_file() and p.suffix != ".html")
    singles += sorted((site / CALENDAR_DIR).glob(PLAN_CALENDAR))
    rows += [_single_row(site, path) for path in singles]
    rows += [row for folder, name in FOLDERS.items() if (row := _folder_row(site, folder, name))]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?", default=ROOT / "site")
    print(table(parser.parse_args().site))


if __name__ == "__main__":
    main()
