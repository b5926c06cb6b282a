"""The progress reports as tables: one row per activity in a report, per evidence document, per indicator value.

Declared like the plan's own tables (tables.py): one list of columns serves the
CSV files, the Data Package, the data page and tien-do.json. Rows hold what the
reports say, nothing computed from the build's date (no "latest", no "overdue"),
so two builds of the same data give the same files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from plan.exports.links import record_link
from plan.exports.tables import Column, Table
from plan.model.periods import effective_date, report_span
from plan.model.records import Evidence, IndicatorActual, ProgressEntry, Report
from plan.model.roles import has_role
from plan.model.vocabulary import PERIODS, STATUSES
from plan.queries import PlanIndex


@dataclass(frozen=True)
class Row:
    report: Report
    item: ProgressEntry | IndicatorActual | Evidence
    position: int = 0  # 1-based place in its list
    entry: ProgressEntry | None = None  # for an evidence document: the entry citing it


def _entries(index: PlanIndex) -> list[Row]:
    return [Row(r, e, j + 1) for r in index.plan.reports for j, e in enumerate(r.activities)]


def _evidence(index: PlanIndex) -> list[Row]:
    return [Row(r, doc, k + 1, e) for r in index.plan.reports for e in r.activities for k, doc in enumerate(e.evidence)]


def _actuals(index: PlanIndex) -> list[Row]:
    return [Row(r, a, j + 1) for r in index.plan.reports for j, a in enumerate(r.indicators)]


def _report(name: str) -> Callable:
    return lambda row, index, site_url: getattr(row.report, name)


def _item(name: str) -> Callable:
    return lambda row, index, site_url: getattr(row.item, name)


def _unit_id(row: Row, index, site_url) -> str:
    return row.item.unit or row.report.issuer


REPORT_COLUMNS = [
    Column("report_id", "Mã báo cáo", "string", "Mã báo cáo trong bộ dữ liệu.", _report("id")),
    Column("report_number", "Số báo cáo", "string", "Số, ký hiệu văn bản báo cáo.", _report("number")),
    Column("report_date", "Ngày báo cáo", "date", "Ngày ban hành báo cáo.", _report("date")),
    Column("issuer_id", "Mã đơn vị báo cáo", "string", "Mã đơn vị ban hành báo cáo (xem don-vi.csv).", _report("issuer")),
    Column("issuer_name", "Tên đơn vị báo cáo", "string", "Tên đơn vị ban hành báo cáo.",
           lambda row, index, site_url: index.units[row.report.issuer].name),
    Column("period", "Kỳ báo cáo", "string", "Kỳ báo cáo: " + ", ".join(f"{k} ({w.label.lower()})" for k, w in PERIODS.items()) + ".",
           _report("period")),
    Column("period_year", "Năm của kỳ", "integer", "Năm của kỳ báo cáo.", _report("year")),
    Column("period_start", "Kỳ từ ngày", "date", "Ngày đầu kỳ (báo cáo đột xuất: ngày đầu năm).",
           lambda row, index, site_url: report_span(row.report).start),
    Column("period_end", "Kỳ đến ngày", "date", "Ngày cuối kỳ (báo cáo đột xuất: ngày cuối năm).",
           lambda row, index, site_url: report_span(row.report).end),
    Column("as_of", "Số liệu tính đến ngày", "date", "Ngày số liệu được tính đến: `as_of` của báo cáo; nếu báo cáo không ghi, ngày cuối kỳ "
           "hoặc ngày báo cáo nếu sớm hơn.", lambda row, index, site_url: effective_date(row.report)),
]

PROGRESS = Table(
    name="tien-do",
    title="Tiến độ hoạt động theo báo cáo (mỗi dòng một hoạt động trong một báo cáo)",
    records=_entries,
    primary_key=["report_id", "activity_id"],
    foreign_keys=[
        {"fields": "activity_id", "reference": {"resource": "hoat-dong", "fields": "id"}},
        {"fields": "unit_id", "reference": {"resource": "don-vi", "fields": "id"}},
        {"fields": "issuer_id", "reference": {"resource": "don-vi", "fields": "id"}},
    ],
    columns=[
        *REPORT_COLUMNS,
        Column("report_title", "Trích yếu báo cáo", "string", "Trích yếu báo cáo, nguyên văn.", _report("title")),
        Column("report_url", "Địa chỉ báo cáo", "string", "Địa chỉ web của báo cáo, nếu có.", _report("url")),
        Column("activity_id", "Mã hoạt động", "string", "Mã hoạt động (xem hoat-dong.csv).", _item("activity")),
        Column("unit_id", "Mã đơn vị", "string", "Mã đơn vị có phần việc được báo cáo (mặc định: đơn vị ban hành).", _unit_id),
        Column("unit_name", "Tên đơn vị", "string", "Tên đơn vị đó.", lambda row, index, site_url: index.units[_unit_id(row, index, site_url)].name),
        Column("unit_has_role", "Đơn vị có vai trò", "boolean", "true nếu đơn vị đó chủ trì hoặc phối hợp hoạt động (trực tiếp hoặc qua nhóm).",
               lambda row, index, site_url: has_role(index.activities[row.item.activity], _unit_id(row, index, site_url),
                                                     index.units)),
        Column("status", "Mã tình trạng", "string", "Tình trạng (mã): " + ", ".join(STATUSES) + ".", _item("status")),
        Column("status_label", "Tình trạng", "string", "Tình trạng bằng tiếng Việt.",
               lambda row, index, site_url: STATUSES[row.item.status].label),
        Column("percent", "Tỷ lệ hoàn thành (%)", "number", "Tỷ lệ hoàn thành (0–100) nếu báo cáo ghi.", _item("percent")),
        Column("quote", "Lời báo cáo (nguyên văn)", "string", "Lời của báo cáo về hoạt động, nguyên văn.", _item("quote")),
        Column("note", "Ghi chú của người biên tập", "string", "Ghi chú của người biên tập.", _item("note")),
        Column("evidence_count", "Số minh chứng", "integer", "Số văn bản minh chứng (xem minh-chung.csv).",
               lambda row, index, site_url: len(row.item.evidence)),
        Column("activity_url", "Địa chỉ hoạt động trên trang web", "string", "Địa chỉ hoạt động trên trang web.",
               lambda row, index, site_url: record_link(site_url, "activity", row.item.activity)),
    ],
)

EVIDENCE = Table(
    name="minh-chung",
    title="Văn bản minh chứng các báo cáo tiến độ nêu",
    records=_evidence,
    primary_key=["report_id", "activity_id", "position"],
    foreign_keys=[{"fields": ["report_id", "activity_id"],
                   "reference": {"resource": "tien-do", "fields": ["report_id", "activity_id"]}}],
    columns=[
        Column("report_id", "Mã báo cáo", "string", "Mã báo cáo (xem tien-do.csv).", _report("id")),
        Column("activity_id", "Mã hoạt động", "string", "Mã hoạt động mà báo cáo nêu minh chứng.",
               lambda row, index, site_url: row.entry.activity),
        Column("position", "Thứ tự", "integer", "Thứ tự của văn bản trong danh sách minh chứng của hoạt động.",
               lambda row, index, site_url: row.position),
        Column("number", "Số văn bản", "string", "Số, ký hiệu văn bản minh chứng.", _item("number")),
        Column("date", "Ngày văn bản", "date", "Ngày của văn bản.", _item("date")),
        Column("title", "Trích yếu văn bản", "string", "Trích yếu văn bản, nguyên văn.", _item("title")),
        Column("url", "Địa chỉ văn bản", "string", "Địa chỉ web của văn bản, nếu có.", _item("url")),
    ],
)

ACTUALS = Table(
    name="chi-tieu-thuc-hien",
    title="Giá trị đạt được của các chỉ tiêu theo báo cáo",
    records=_actuals,
    primary_key=["report_id", "position"],
    foreign_keys=[{"fields": "indicator_id", "reference": {"resource": "chi-tieu", "fields": "id"}},
                  {"fields": "issuer_id", "reference": {"resource": "don-vi", "fields": "id"}}],
    columns=[
        *REPORT_COLUMNS,
        Column("position", "Thứ tự", "integer", "Thứ tự của số liệu trong báo cáo.", lambda row, index, site_url: row.position),
        Column("indicator_id", "Mã chỉ tiêu", "string", "Mã chỉ tiêu (xem chi-tieu.csv).", _item("indicator")),
        Column("level", "Cấp", "string", "Cấp của số liệu (tinh, huyen, xa); trống nếu là số chung.", _item("level")),
        Column("value", "Giá trị đạt được", "number", "Giá trị đạt được theo báo cáo.", _item("value")),
        Column("unit", "Đơn vị tính", "string", "Đơn vị của giá trị (như chỉ tiêu).",
               lambda row, index, site_url: _indicator(index, row.item.indicator).unit),
        Column("target_comparator", "So sánh của chỉ tiêu", "string", "So sánh của chỉ tiêu (như chi-tieu.csv).",
               lambda row, index, site_url: _indicator(index, row.item.indicator).comparator),
        Column("target_value", "Giá trị chỉ tiêu", "number", "Giá trị chỉ tiêu theo kế hoạch.",
               lambda row, index, site_url: _indicator(index, row.item.indicator).value),
        Column("quote", "Lời báo cáo (nguyên văn)", "string", "Câu của báo cáo nêu con số, nguyên văn.", _item("quote")),
    ],
)


def _indicator(index: PlanIndex, indicator_id: str):
    return index.indicators[indicator_id]


PROGRESS_TABLES = [PROGRESS, EVIDENCE, ACTUALS]
