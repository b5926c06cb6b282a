"""Every downloadable file, generated in memory and handed to MkDocs as generated files."""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.structure.files import File

from plan import anchors
from plan.exports import calendar, csv_export, json_export
from plan.exports.datapackage import datapackage_text, resource
from plan.exports.tables import TABLES, Table
from plan.model import Plan
from plan.queries import PlanIndex

DATA_DIR = "du-lieu/"
JSON_PATH = "du-lieu/ke-hoach.json"
EXPORT_SCHEMA_PATH = "du-lieu/ke-hoach.schema.json"
DATASET_SCHEMA_PATH = "du-lieu/plan.schema.json"
PLAN_CALENDAR_PATH = "du-lieu/lich/ke-hoach.ics"
DATAPACKAGE_PATH = "du-lieu/datapackage.json"


@dataclass(frozen=True)
class Export:
    path: str  # site-relative
    content: bytes
    media_type: str
    title: str
    table: Table | None = None
    unit_id: str | None = None  # for a unit's calendar

    @property
    def name(self) -> str:
        """Data Package resource name: the table's name, else the path in lower-case words."""
        if self.table is not None:
            return self.table.name
        return self.path.removeprefix(DATA_DIR).replace("/", "-").replace(".", "-")


def data_files(index: PlanIndex, site_url: str | None) -> list[Export]:
    """The data files, without datapackage.json."""
    files = [
        Export(JSON_PATH, json_export.plan_json_text(index).encode(), "application/json",
               "Toàn bộ bộ dữ liệu (JSON), tên đơn vị đặt cạnh mã đơn vị"),
        Export(EXPORT_SCHEMA_PATH, json_export.schema_text(json_export.export_schema()).encode(),
               "application/schema+json", "Lược đồ JSON Schema của ke-hoach.json"),
        Export(DATASET_SCHEMA_PATH, json_export.schema_text(json_export.dataset_schema()).encode(),
               "application/schema+json", "Lược đồ JSON Schema của tệp nguồn data/plan.yaml"),
    ]
    files += [
        Export(table.path, csv_export.table_csv(table, index, site_url), "text/csv", table.title, table=table)
        for table in TABLES
    ]
    files.append(Export(PLAN_CALENDAR_PATH, calendar.plan_calendar(index, site_url), "text/calendar",
                        "Lịch thời hạn của toàn bộ kế hoạch"))
    files += [
        Export(anchors.unit_calendar(unit.id), calendar.unit_calendar(index, unit.id, site_url), "text/calendar",
               f"Lịch thời hạn: {unit.name}", unit_id=unit.id)
        for unit in index.plan.units
    ]
    return files


_last: list[tuple[Plan, str | None, list[Export]]] = []


def all_exports(index: PlanIndex, site_url: str | None) -> list[Export]:
    """Every export; a build asks twice (the files, then the open-data page's sizes), so keep the last."""
    site_url = site_url or None
    if not _last or _last[0][0] is not index.plan or _last[0][1] != site_url:
        _last[:] = [(index.plan, site_url, _build_exports(index, site_url))]
    return _last[0][2]


def _build_exports(index: PlanIndex, site_url: str | None) -> list[Export]:
    files = data_files(index, site_url)
    resources = [
        resource(f.name, f.path.removeprefix(DATA_DIR), f.content, f.media_type, f.title, f.table) for f in files
    ]
    package = Export(DATAPACKAGE_PATH, datapackage_text(index, resources).encode(), "application/json",
                     "Mô tả gói dữ liệu (Frictionless Data Package)")
    return [package, *files]


def export_files(plan: Plan, config) -> list[File]:
    return [
        File.generated(config, export.path, content=export.content)
        for export in all_exports(PlanIndex(plan), config.get("site_url"))
    ]
