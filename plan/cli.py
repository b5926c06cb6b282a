"""`plan-check [FILE]`: validate the dataset without building the site."""

from __future__ import annotations

import argparse
import os
import sys

from plan.model.errors import PlanInvalid
from plan.load.loader import DATA_ENV, DEFAULT_PATH, display_name, load_plan


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="plan-check", description="Validate the plan dataset.")
    parser.add_argument("file", nargs="?", default=None, help="YAML file (default: data/plan.yaml, or $PLAN_DATA)")
    args = parser.parse_args(argv)
    args.file = args.file or os.environ.get(DATA_ENV) or display_name(DEFAULT_PATH)
    try:
        plan = load_plan(args.file)
    except PlanInvalid as error:
        print(error.report(), file=sys.stderr)
        return 1
    except (OSError, UnicodeDecodeError) as error:
        print(f"{args.file}: cannot be read: {error}", file=sys.stderr)
        return 2
    appendix = plan.appendix
    print(
        f"{args.file}: valid ({len(appendix.objectives)} objectives, {len(appendix.tasks)} tasks, "
        f"{len(appendix.activities)} activities, {len(plan.units)} units)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
