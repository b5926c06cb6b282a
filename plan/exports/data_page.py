"""The "Dữ liệu mở" page: every download with its size, fields and examples of use."""

from __future__ import annotations

from plan.exports import calendar
from plan.exports.files import (
    DATAPACKAGE_PATH, DATASET_SCHEMA_PATH, EXPORT_SCHEMA_PATH, JSON_PATH, PLAN_CALENDAR_PATH, all_exports,
)
from plan.exports.links import absolute
from plan.queries import PlanIndex
from plan.render.environment import number, render

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


def _calendar_rows(index: PlanIndex, exports: dict) -> list[dict]:
    rows = []
    for unit in index.plan.units:
        entries = calendar.unit_entries(index, unit.id)
        dated = sum(calendar.is_dated(index, e.activity) for e in entries)
        export = exports[f"du-lieu/lich/{unit.id}.ics"]
        rows.append({"unit": unit, "export": export, "events": dated, "undated": len(entries) - dated})
    return rows


def data_page(index: PlanIndex, page_url: str, site_url: str | None = None) -> str:
    exports = {export.path: export for export in all_exports(index, site_url)}
    tables = [(export, export.table.rows(index, site_url)) for export in exports.values() if export.table]
    plan_events = sum(calendar.is_dated(index, a) for a in index.plan.appendix.activities)
    return render(
        "data.md", page_url,
        plan=index.plan,
        exports=exports,
        json_file=exports[JSON_PATH],
        export_schema=exports[EXPORT_SCHEMA_PATH],
        dataset_schema=exports[DATASET_SCHEMA_PATH],
        package=exports[DATAPACKAGE_PATH],
        plan_calendar=exports[PLAN_CALENDAR_PATH],
        plan_events=plan_events,
        tables=tables,
        calendars=_calendar_rows(index, exports),
        type_labels=TYPE_LABELS,
        size=lambda export: size_text(len(export.content)),
        absolute=lambda path: absolute(site_url, path),
    )
