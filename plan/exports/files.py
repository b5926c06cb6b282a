"""Every downloadable file, generated in memory (the site layer hands them to MkDocs)."""

from __future__ import annotations

from dataclasses import dataclass

from plan.exports import calendar, csv_export, json_export
from plan.exports.datapackage import datapackage_text, resource
from plan.exports.owners import owners
from plan.exports.progress_tables import PROGRESS_TABLES
from plan.exports.tables import TABLES, Table, obligations_table
from plan.model import paths
from plan.queries import PlanIndex
from plan.queries.obligations import Obligations


@dataclass(frozen=True)
class Export:
    path: str  # site-relative
    content: bytes
    media_type: str
    title: str
    table: Table | None = None
    owner: str | None = None  # for a calendar or table of one unit or kind: its Owner.key

    @property
    def name(self) -> str:
        """Data Package resource name: the table's name, else the path in lower-case words."""
        if self.table is not None:
            return self.table.name
        return self.path.removeprefix(paths.DATA_DIR).replace("/", "-").replace(".", "-")


def data_files(index: PlanIndex, obligations: Obligations, site_url: str | None) -> list[Export]:
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
    plan_spec = calendar.CalendarSpec(
        "", "CCHC 2022 · Toàn bộ kế hoạch",
        f"Mọi hoạt động trong phụ lục Kế hoạch CCHC năm 2022 tỉnh Lâm Đồng (Quyết định {index.plan.document.number}).",
        calendar.plan_obligations(index))
    files.append(Export(paths.PLAN_CALENDAR_FILE, calendar.calendar_bytes(plan_spec, index, site_url), "text/calendar",
                        "Lịch thời hạn của toàn bộ kế hoạch"))
    for owner in owners(index, obligations):
        spec = owner.calendar_spec(index.plan.document.number)
        files.append(Export(owner.calendar, calendar.calendar_bytes(spec, index, site_url), "text/calendar",
                            f"Lịch thời hạn: {owner.name}", owner=owner.key))
        table = obligations_table(f"viec-{owner.key}", owner.table, f"Việc của {owner.name}", owner.obligations)
        files.append(Export(owner.table, csv_export.table_csv(table, index, site_url), "text/csv", table.title,
                            table=table, owner=owner.key))
    return files


def all_exports(index: PlanIndex, obligations: Obligations, site_url: str | None) -> list[Export]:
    """Every export, datapackage.json first (it describes the others, with their sizes and hashes)."""
    files = data_files(index, obligations, site_url or None)
    resources = [
        resource(f.name, f.path.removeprefix(paths.DATA_DIR), f.content, f.media_type, f.title, f.table) for f in files
    ]
    package = Export(paths.DATAPACKAGE_FILE, datapackage_text(index, resources).encode(), "application/json",
                     "Mô tả gói dữ liệu (Frictionless Data Package)")
    return [package, *files]
