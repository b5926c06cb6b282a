"""Write schema/plan.schema.json from the model (`python -m plan.schema_export [--check]`).

The schema is never edited by hand: editors' editors read it for completion
and checking, and a test fails when it no longer matches the model.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from plan.loader import ROOT
from plan.model import Plan

SCHEMA_PATH = ROOT / "schema" / "plan.schema.json"
SCHEMA_ID = "https://example.invalid/ke-hoach-cchc-2022/du-lieu/plan.schema.json"


def build_schema() -> dict:
    schema = Plan.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Kế hoạch cải cách hành chính năm 2022 tỉnh Lâm Đồng (data/plan.yaml)",
        "description": "Toàn bộ Quyết định 3090/QĐ-UBND và kế hoạch kèm theo: mục tiêu, nhiệm vụ, hoạt động, "
        "đơn vị, kinh phí, cùng ghi chú về nguồn. Mỗi trường có mô tả; xem thêm CONTRIBUTING.md.",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def schema_text() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed schema is stale")
    args = parser.parse_args(argv)
    text = schema_text()
    if args.check:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != text:
            print(f"{SCHEMA_PATH.relative_to(ROOT)} is stale: run `python -m plan.schema_export`", file=sys.stderr)
            return 1
        return 0
    SCHEMA_PATH.parent.mkdir(exist_ok=True)
    SCHEMA_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {SCHEMA_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
