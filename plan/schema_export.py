"""Write schema/plan.schema.json from the model (`python -m plan.schema_export [--check] [--output FILE]`).

The schema is never edited by hand: editors' editors read it for completion
and checking, and a test fails when it no longer matches the model.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from plan.model.schema import dataset_schema

DEFAULT_OUTPUT = Path("schema") / "plan.schema.json"  # relative to the project, where editors run it


def schema_text() -> str:
    return json.dumps(dataset_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed schema is stale")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="schema file (default: %(default)s)")
    args = parser.parse_args(argv)
    text = schema_text()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale: run `python -m plan.schema_export`", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
