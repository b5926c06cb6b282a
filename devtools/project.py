"""The project's own paths."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_FILE = ROOT / "data" / "plan.yaml"
SOURCE_TEXT = ROOT / "data" / "source" / "3090-QD-UBND-2021.txt"
SCHEMA_FILE = ROOT / "schema" / "plan.schema.json"
