"""The tables published as CSV: their columns (machine name, Vietnamese header, type, description) and rows.

One definition serves the CSV writer, the Data Package's table schemas and the data page.
A CSV's header row is the Vietnamese headers, for readers who open it in a
spreadsheet; the Data Package names each field by its header, as Frictionless
requires, and gives the stable machine name (`lead_ids`) in its description;
the data page lists both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from plan.exports.links import absolute, joined, record_link, unit_names
from plan.model import paths
from plan.model.records import Activity, UnitCell
from plan.model.vocabulary import COMPARATORS, ROLES, UNIT_KINDS
from plan.queries import PlanIndex


@dataclass(frozen=True)
class Column:
    name: str  # the stable machine name: tests, the data page's mapping and the Data Package's description
    header: str  # the CSV header a reader sees in a spreadsheet, and the Data Package field name
    type: str  # Table Schema type: string, integer, number, boolean, date
    description: str
    value: Callable  # (record, index, site_url) -> str | int | float | bool | None


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    columns: list[Column]
    records: Callable  # (index) -> list of records
    primary_key: list[str]
    foreign_keys: list[dict] = field(default_factory=list)
    file: str = ""  # site path when not du-lieu/<name>.csv
    family: str = ""  # "obligations": one of the per-unit tables, described once on the data page

    @property
    def path(self) -> str:
        return self.file or paths.table_file(self.name)

    def header_of(self, name: str | list[str]) -> str | list[str]:
        """The CSV header of the column whose machine name is `name` (a list for a composite key)."""
        if isinstance(name, list):
            return [self.header_of(part) for part in name]
        return next(column.header for column in self.columns if column.name == name)

    def rows(self, index: PlanIndex, site_url: str | None) -> list[dict]:
        return [
            {column.name: column.value(record, index, site_url) for column in self.columns}
            for record in self.records(index)
        ]


def _attr(name: str) -> Callable:
    return lambda record, index, site_url: getattr(record, name)


def _cell_text(name: str) -> Callable:
    def value(record, index, site_url):
        cell: UnitCell | None = getattr(record, name)
        return cell.text if cell else None
    return value


def _cell_ids(name: str) -> Callable:
    def value(record, index, site_url):
        cell = getattr(record, name)
        return joined(cell.units) if cell else None
    return value


def _cell_names(name: str) -> Callable:
    def value(record, index, site_url):
        cell = getattr(record, name)
        return joined(unit_names(index, cell.units)) if cell else None
    return value


def _section(activity: Activity, index: PlanIndex, site_url) -> str | None:
    objective = index.objectives.get(activity.objective) if activity.objective else None
    return objective.section if objective else None


def _deadline_part(part: str) -> Callable:
    def value(activity: Activity, index: PlanIndex, site_url):
        deadline = index.deadline(activity)
        return getattr(deadline, part) if deadline else None
    return value


def _funding_text(activity: Activity, index: PlanIndex, site_url) -> str | None:
    return index.funding_notes.get(activity.funding) if activity.funding else None


def _joined_attr(name: str) -> Callable:
    return lambda record, index, site_url: joined(getattr(record, name))


def _link(kind: str) -> Callable:
    return lambda record, index, site_url: record_link(site_url, kind, record.id)


LIST_NOTE = " Nhiều giá trị cách nhau bằng \"; \"."

ACTIVITIES = Table(
    name="hoat-dong",
    title="Hoạt động trong phụ lục",
    records=lambda index: index.plan.appendix.activities,
    primary_key=["id"],
    columns=[
        Column("id", "Mã hoạt động", "string", "Mã hoạt động, ví dụ 3.45.", _attr("id")),
        Column("section", "Phần", "string", "Phần phụ lục (số La Mã); trống nếu văn bản nguồn không cho biết.", _section),
        Column("objective", "Mã mục tiêu", "string", "Mã mục tiêu (1.x); trống nếu không rõ.", _attr("objective")),
        Column("task", "Mã nhiệm vụ", "string", "Mã nhiệm vụ (2.x); trống nếu hoạt động thuộc trực tiếp mục tiêu hoặc không rõ.", _attr("task")),
        Column("text", "Nội dung hoạt động", "string", "Nội dung hoạt động, nguyên văn; trống khi văn bản nguồn bị thiếu.", _attr("text")),
        Column("product", "Sản phẩm", "string", "Sản phẩm, nguyên văn.", _attr("product")),
        Column("lead_text", "Cơ quan chủ trì (nguyên văn)", "string", "Ô Cơ quan chủ trì, nguyên văn.", _cell_text("lead")),
        Column("lead_ids", "Mã cơ quan chủ trì", "string", "Mã các cơ quan chủ trì (xem don-vi.csv)." + LIST_NOTE, _cell_ids("lead")),
        Column("lead_names", "Tên cơ quan chủ trì", "string", "Tên các cơ quan chủ trì, cùng thứ tự với cột Mã cơ quan chủ trì." + LIST_NOTE, _cell_names("lead")),
        Column("coordinating_text", "Cơ quan phối hợp (nguyên văn)", "string", "Ô Cơ quan phối hợp, nguyên văn.", _cell_text("coordinating")),
        Column("coordinating_ids", "Mã cơ quan phối hợp", "string", "Mã các cơ quan phối hợp." + LIST_NOTE, _cell_ids("coordinating")),
        Column("coordinating_names", "Tên cơ quan phối hợp", "string", "Tên các cơ quan phối hợp, cùng thứ tự với cột Mã cơ quan phối hợp." + LIST_NOTE, _cell_names("coordinating")),
        Column("deadline", "Thời gian hoàn thành", "string", "Thời gian hoàn thành, nguyên văn.", _attr("deadline")),
        Column("deadline_kind", "Loại thời hạn", "string", "Loại thời hạn: year, quarter, date, period, recurring (thường xuyên), yearly (hàng năm), per_regulation (theo quy định).", _deadline_part("kind")),
        Column("deadline_start", "Hạn từ ngày", "date", "Ngày đầu của khoảng thời gian ghi trong thời hạn (YYYY-MM-DD); trống nếu không có ngày.", _deadline_part("start")),
        Column("deadline_end", "Hạn đến ngày", "date", "Ngày cuối phải hoàn thành (YYYY-MM-DD); trống với việc thường xuyên, hàng năm, theo quy định.", _deadline_part("end")),
        Column("funding", "Mã ghi chú kinh phí", "string", "Mã ghi chú kinh phí.", _attr("funding")),
        Column("funding_text", "Kinh phí (nguyên văn)", "string", "Ô Kinh phí, nguyên văn.", _funding_text),
        Column("url", "Địa chỉ trên trang web", "string", "Địa chỉ hoạt động trên trang web.", _link("activity")),
    ],
)


def _activity_roles(index: PlanIndex) -> list[tuple[str, str, str]]:
    return [
        (activity.id, unit_id, role)
        for activity in index.plan.appendix.activities
        for role, unit_ids in (("lead", index.lead_ids(activity)), ("coordinate", index.coordinating_ids(activity)))
        for unit_id in dict.fromkeys(unit_ids)
    ]


ACTIVITY_UNITS = Table(
    name="hoat-dong-don-vi",
    title="Đơn vị chủ trì, phối hợp từng hoạt động (mỗi dòng một cặp)",
    records=_activity_roles,
    primary_key=["activity_id", "unit_id", "role"],
    foreign_keys=[
        {"fields": "activity_id", "reference": {"resource": "hoat-dong", "fields": "id"}},
        {"fields": "unit_id", "reference": {"resource": "don-vi", "fields": "id"}},
    ],
    columns=[
        Column("activity_id", "Mã hoạt động", "string", "Mã hoạt động (xem hoat-dong.csv).", lambda row, index, site_url: row[0]),
        Column("unit_id", "Mã đơn vị", "string", "Mã đơn vị (xem don-vi.csv).", lambda row, index, site_url: row[1]),
        Column("unit_name", "Tên đơn vị", "string", "Tên đơn vị.", lambda row, index, site_url: index.units[row[1]].name),
        Column("role", "Vai trò", "string", "Vai trò: lead = chủ trì, coordinate = phối hợp.", lambda row, index, site_url: row[2]),
    ],
)


def _unit_count(role: str) -> Callable:
    return lambda unit, index, site_url: index.role_counts[unit.id][role]


UNITS = Table(
    name="don-vi",
    title="Cơ quan, đơn vị được nêu trong văn bản",
    records=lambda index: index.plan.units,
    primary_key=["id"],
    columns=[
        Column("id", "Mã đơn vị", "string", "Mã đơn vị, không đổi sau khi công bố.", _attr("id")),
        Column("name", "Tên đơn vị", "string", "Tên hiển thị.", _attr("name")),
        Column("kind", "Mã loại đơn vị", "string", "Loại đơn vị (mã), ví dụ provincial_department, collective.", _attr("kind")),
        Column("kind_label", "Loại đơn vị", "string", "Loại đơn vị bằng tiếng Việt.", lambda unit, index, site_url: UNIT_KINDS[unit.kind]),
        Column("aliases", "Cách viết khác", "string", "Các cách viết khác trong văn bản nguồn." + LIST_NOTE, _joined_attr("aliases")),
        Column("covers", "Các loại đơn vị trong nhóm", "string", "Chỉ với nhóm: các loại đơn vị thuộc nhóm." + LIST_NOTE, _joined_attr("covers")),
        Column("lead_count", "Số hoạt động chủ trì", "integer", "Số hoạt động đơn vị được nêu tên chủ trì.", _unit_count("lead")),
        Column("coordinate_count", "Số hoạt động phối hợp", "integer", "Số hoạt động đơn vị được nêu tên phối hợp.", _unit_count("coordinate")),
        Column("url", "Trang của đơn vị", "string", "Trang của đơn vị.", _link("unit")),
        Column("calendar_url", "Lịch thời hạn", "string", "Lịch thời hạn (.ics) của đơn vị.",
               lambda unit, index, site_url: absolute(site_url, paths.unit_calendar(unit.id))),
    ],
)

INDICATORS = Table(
    name="chi-tieu",
    title="Chỉ tiêu đo được trong phần I. Mục tiêu",
    records=lambda index: index.plan.indicators,
    primary_key=["id"],
    columns=[
        Column("id", "Mã chỉ tiêu", "string", "Mã chỉ tiêu.", _attr("id")),
        Column("item", "Mã mục kế hoạch", "string", "Mã mục của kế hoạch chứa chỉ tiêu.", _attr("item")),
        Column("quote", "Câu nêu chỉ tiêu", "string", "Câu nguyên văn nêu chỉ tiêu.", _attr("quote")),
        Column("measure", "Điều được đo", "string", "Điều được đo, trích từ câu.", _attr("measure")),
        Column("comparator", "So sánh", "string", "So sánh: " + ", ".join(COMPARATORS) + ".", _attr("comparator")),
        Column("value", "Giá trị", "number", "Giá trị chỉ tiêu.", _attr("value")),
        Column("unit", "Đơn vị tính", "string", "Đơn vị của giá trị.", _attr("unit")),
        Column("levels", "Cấp áp dụng", "string", "Cấp áp dụng: tinh, huyen, xa." + LIST_NOTE, _joined_attr("levels")),
        Column("appendix_objectives", "Mục tiêu trong phụ lục", "string", "Mục tiêu trong phụ lục nhắc lại chỉ tiêu." + LIST_NOTE, _joined_attr("appendix_objectives")),
        Column("headline", "Nêu ở trang chủ", "boolean", "true nếu chỉ tiêu được nêu ở trang chủ.", _attr("headline")),
        Column("url", "Địa chỉ trên trang web", "string", "Địa chỉ chỉ tiêu trên trang web.", _link("indicator")),
    ],
)

BUDGET_LINES = Table(
    name="kinh-phi",
    title="Các khoản kinh phí cải cách hành chính",
    records=lambda index: index.plan.budget.lines,
    primary_key=["id"],
    columns=[
        Column("id", "Mã khoản kinh phí", "string", "Mã khoản kinh phí.", _attr("id")),
        Column("text", "Nội dung (nguyên văn)", "string", "Dòng kinh phí, nguyên văn.", _attr("text")),
        Column("amount_million_vnd", "Số tiền (triệu đồng)", "integer", "Số tiền, triệu đồng.", _attr("amount_million_vnd")),
        Column("recipient_text", "Đơn vị nhận (nguyên văn)", "string", "Đơn vị nhận kinh phí như văn bản nêu; trống nếu không nêu.", _cell_text("recipient")),
        Column("recipient_ids", "Mã đơn vị nhận", "string", "Mã đơn vị nhận kinh phí." + LIST_NOTE, _cell_ids("recipient")),
        Column("recipient_names", "Tên đơn vị nhận", "string", "Tên đơn vị nhận kinh phí." + LIST_NOTE, _cell_names("recipient")),
        Column("url", "Địa chỉ trên trang web", "string", "Địa chỉ khoản kinh phí trên trang web.", _link("budget_line")),
    ],
)

TABLES = [ACTIVITIES, ACTIVITY_UNITS, UNITS, INDICATORS, BUDGET_LINES]



def _routes(obligation, index, site_url) -> str:
    return joined(f"{ROLES[r.role].lower()}, " + (f"qua nhóm {r.via.name}" if r.via else "nêu tên")
                  for r in obligation.routes)


def _activity_value(function: Callable) -> Callable:
    return lambda obligation, index, site_url: function(obligation.activity, index, site_url)


OBLIGATION_COLUMNS = [
    Column("activity_id", "Mã hoạt động", "string", "Mã hoạt động (xem hoat-dong.csv).", lambda o, index, site_url: o.activity.id),
    Column("role", "Vai trò", "string", "Vai trò cao nhất của đơn vị: lead = chủ trì, coordinate = phối hợp.",
           lambda o, index, site_url: o.role),
    Column("named", "Được nêu tên", "boolean", "true nếu ô chủ trì/phối hợp nêu tên chính đơn vị; false nếu chỉ qua nhóm.",
           lambda o, index, site_url: any(r.via is None for r in o.routes)),
    Column("routes", "Đường giao việc", "string", "Các đường giao việc: vai trò, và nêu tên hay qua nhóm nào." + LIST_NOTE, _routes),
    Column("via_ids", "Mã nhóm giao việc", "string", "Mã các nhóm qua đó việc được giao (xem don-vi.csv)." + LIST_NOTE,
           lambda o, index, site_url: joined(dict.fromkeys(r.via.id for r in o.routes if r.via))),
    Column("text", "Nội dung hoạt động", "string", "Nội dung hoạt động, nguyên văn.", _activity_value(_attr("text"))),
    Column("product", "Sản phẩm", "string", "Sản phẩm, nguyên văn.", _activity_value(_attr("product"))),
    Column("lead_text", "Cơ quan chủ trì (nguyên văn)", "string", "Ô Cơ quan chủ trì, nguyên văn.", _activity_value(_cell_text("lead"))),
    Column("coordinating_text", "Cơ quan phối hợp (nguyên văn)", "string", "Ô Cơ quan phối hợp, nguyên văn.", _activity_value(_cell_text("coordinating"))),
    Column("deadline", "Thời gian hoàn thành", "string", "Thời gian hoàn thành, nguyên văn.", _activity_value(_attr("deadline"))),
    Column("deadline_end", "Hạn đến ngày", "date", "Ngày cuối phải hoàn thành; trống nếu văn bản không ghi ngày.",
           _activity_value(_deadline_part("end"))),
    Column("url", "Địa chỉ trên trang web", "string", "Địa chỉ hoạt động trên trang web.",
           lambda o, index, site_url: record_link(site_url, "activity", o.activity.id)),
]


def obligations_table(name: str, file: str, title: str, obligations: list) -> Table:
    """What one unit (or any unit of one kind) owes, one row per activity: the same columns for every unit."""
    return Table(
        name=name, title=title, columns=OBLIGATION_COLUMNS, records=lambda index: obligations,
        primary_key=["activity_id"], file=file, family="obligations",
        foreign_keys=[{"fields": "activity_id", "reference": {"resource": "hoat-dong", "fields": "id"}}],
    )
