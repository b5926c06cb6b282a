"""The "Dữ liệu mở" page: every download with its size, fields and examples of use."""

from __future__ import annotations

from plan.exports import calendar
from plan.exports.files import Export
from plan.exports.owners import owners
from plan.exports.catalogue import TABLES_BY_NAME
from plan.exports.tables import OBLIGATION_COLUMNS
from plan.model import paths
from plan.output.locale import number
from plan.queries import PlanIndex
from plan.queries.obligations import Obligations

TYPE_LABELS = {
    "string": "chữ",
    "integer": "số nguyên",
    "number": "số",
    "boolean": "true/false",
    "date": "ngày (YYYY-MM-DD)",
}


def size_text(size: int) -> str:
    """Vietnamese-formatted size: "812 byte", "23,8 KB"."""
    if size < 1024:
        return f"{number(size)} byte"
    return f"{number(size / 1024, 1)} KB"


def _owner_rows(index: PlanIndex, obligations: Obligations, exports: dict[str, Export]) -> list[dict]:
    rows = []
    for owner in owners(index, obligations):
        spec = owner.calendar_spec(index.plan.document.number)
        rows.append({"owner": owner, "calendar": exports[owner.calendar], "table": exports[owner.table],
                     "events": calendar.event_count(spec), "activities": len(owner.obligations)})
    return rows


def data_page_context(index: PlanIndex, obligations: Obligations, exports: list[Export], site_url: str | None) -> dict:
    by_path = {export.path: export for export in exports}
    return {
        "exports": by_path,
        "json_file": by_path[paths.JSON_FILE],
        "export_schema": by_path[paths.EXPORT_SCHEMA_FILE],
        "dataset_schema": by_path[paths.DATASET_SCHEMA_FILE],
        "package": by_path[paths.DATAPACKAGE_FILE],
        "progress_json": by_path[paths.PROGRESS_JSON_FILE],
        "plan_calendar": by_path[paths.PLAN_CALENDAR_FILE],
        "plan_events": len(index.plan.appendix.activities),
        "tables": [(export, export.table.rows(index, site_url)) for export in exports
                   if export.table and not export.table.family],
        "owner_rows": _owner_rows(index, obligations, by_path),
        "obligation_columns": OBLIGATION_COLUMNS,
        "type_labels": TYPE_LABELS,
        "size": lambda export: size_text(len(export.content)),
        "header": lambda table, name: TABLES_BY_NAME[table].header_of(name),
    }
