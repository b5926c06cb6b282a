"""Every downloadable file, generated in memory (the site layer hands them to MkDocs)."""

from __future__ import annotations

from dataclasses import dataclass

from plan.exports import calendar, csv_export, json_export
from plan.exports.datapackage import datapackage_text, resource
from plan.exports.progress_tables import PROGRESS_TABLES
from plan.exports.tables import TABLES, Table
from plan.model import paths
from plan.queries import PlanIndex


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
        return self.path.removeprefix(paths.DATA_DIR).replace("/", "-").replace(".", "-")


def data_files(index: PlanIndex, site_url: str | None) -> list[Export]:
    """The data files, without datapackage.json."""
    files = [
        Export(paths.JSON_FILE, json_export.plan_json_text(index).encode(), "application/json",
               "Toàn bộ bộ dữ liệu (JSON), tên đơn vị đặt cạnh mã đơn vị"),
        Export(paths.EXPORT_SCHEMA_FILE, json_export.schema_text(json_export.export_schema()).encode(),
               "application/schema+json", "Lược đồ JSON Schema của ke-hoach.json"),
        Export(paths.DATASET_SCHEMA_FILE, json_export.schema_text(json_export.dataset_schema()).encode(),
               "application/schema+json", "Lược đồ JSON Schema của tệp nguồn data/plan.yaml"),
    ]
    files += [
        Export(table.path, csv_export.table_csv(table, index, site_url), "text/csv", table.title, table=table)
        for table in TABLES + PROGRESS_TABLES
    ]
    files.append(Export(paths.PROGRESS_JSON_FILE,
                        json_export.tables_json_text(PROGRESS_TABLES, index, site_url).encode(), "application/json",
                        "Tiến độ, minh chứng và số liệu chỉ tiêu theo báo cáo (JSON; cùng các cột với ba bảng CSV)"))
    files.append(Export(paths.PLAN_CALENDAR_FILE, calendar.plan_calendar(index, site_url), "text/calendar",
                        "Lịch thời hạn của toàn bộ kế hoạch"))
    files += [
        Export(paths.unit_calendar(unit.id), calendar.unit_calendar(index, unit.id, site_url), "text/calendar",
               f"Lịch thời hạn: {unit.name}", unit_id=unit.id)
        for unit in index.plan.units
    ]
    return files


def all_exports(index: PlanIndex, site_url: str | None) -> list[Export]:
    """Every export, datapackage.json first (it describes the others, with their sizes and hashes)."""
    files = data_files(index, site_url or None)
    resources = [
        resource(f.name, f.path.removeprefix(paths.DATA_DIR), f.content, f.media_type, f.title, f.table) for f in files
    ]
    package = Export(paths.DATAPACKAGE_FILE, datapackage_text(index, resources).encode(), "application/json",
                     "Mô tả gói dữ liệu (Frictionless Data Package)")
    return [package, *files]
