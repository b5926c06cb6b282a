"""`plan-check [FILE]`: check the dataset without building the site.

It runs what the build runs on the data: reading, validation, and rendering
every page and data file in memory, so a dataset that passes here builds.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from plan.load.loader import DATA_ENV, DEFAULT_PATH, load, today
from plan.model.errors import PlanInvalid, warnings_report
from plan.site.build import Build
from plan.site.dry_run import render_everything
from plan.site.site_url import SiteUrlError, checked_site_url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="plan-check", description="Check the plan dataset.")
    parser.add_argument("file", nargs="?", default=None, help="YAML file (default: data/plan.yaml, or $PLAN_DATA)")
    parser.add_argument("--guide", default="CONTRIBUTING.md", help="the editing guide the site shows")
    args = parser.parse_args(argv)
    file = Path(args.file or os.environ.get(DATA_ENV) or DEFAULT_PATH)
    try:
        site_url = checked_site_url(os.environ.get("SITE_URL"))
        on = today()
        loaded = load(file, on=on)
    except SiteUrlError as error:
        print(error, file=sys.stderr)
        return 1
    except PlanInvalid as error:
        print(error.report(), file=sys.stderr)
        return 1
    for notice in loaded.notices:
        print(notice, file=sys.stderr)
    if loaded.warnings:
        print(warnings_report(loaded.warnings), file=sys.stderr)
    failures = render_everything(Build(loaded.plan, file, site_url, Path(args.guide), on))
    if failures:
        print("\n".join(failure.report() for failure in failures), file=sys.stderr)
        return 1
    appendix = loaded.plan.appendix
    print(
        f"{loaded.file}: valid ({len(appendix.objectives)} objectives, {len(appendix.tasks)} tasks, "
        f"{len(appendix.activities)} activities, {len(loaded.plan.units)} units, {len(loaded.plan.reports)} reports; "
        f"every page and data file renders){_warning_count(loaded.warnings)}"
    )
    return 0


def _warning_count(warnings: list) -> str:
    return f"; {len(warnings)} warning{'s' if len(warnings) != 1 else ''} above" if warnings else ""


if __name__ == "__main__":
    sys.exit(main())
