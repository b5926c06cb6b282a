"""Every controlled vocabulary of the dataset, with the Vietnamese words the site shows for it.

One place per fact: pages, exports and the data page read labels, orders and
notes from here. tests/test_vocabulary.py checks that each table covers exactly
the values the model's `Literal` types allow.
"""

from __future__ import annotations

from dataclasses import dataclass

ROLES = {
    "lead": "Chủ trì",
    "coordinate": "Phối hợp",
    "implement": "Thực hiện",
    "receive_reports": "Nhận báo cáo",
    "mentioned": "Được nêu tên",
}

UNIT_KINDS = {
    "provincial_leadership": "Cơ quan lãnh đạo cấp tỉnh",
    "provincial_department": "Sở, ban, ngành cấp tỉnh",
    "provincial_unit": "Đơn vị khác cấp tỉnh",
    "district": "Cấp huyện",
    "commune": "Cấp xã",
    "central_body": "Cơ quan Trung ương",
    "enterprise": "Doanh nghiệp",
    "collective": "Nhóm cơ quan (nêu chung)",
}

LEVELS = {"tinh": "cấp tỉnh", "huyen": "cấp huyện", "xa": "cấp xã"}


@dataclass(frozen=True)
class ComparatorWords:
    symbol: str  # before the number on a card: "≥ 80%"
    words: str  # read out and in lists: "Tối thiểu 80%"


COMPARATORS = {
    "đạt": ComparatorWords("", "Đạt"),
    "tối thiểu": ComparatorWords("≥ ", "Tối thiểu"),
    "trên": ComparatorWords("> ", "Trên"),
    "tăng trên": ComparatorWords("+ > ", "Tăng trên"),
    "tăng tối thiểu": ComparatorWords("+ ≥ ", "Tăng tối thiểu"),
}


@dataclass(frozen=True)
class DeadlineKind:
    label: str  # group heading for undated kinds on the deadline page
    note: str  # how the site reads a deadline of this kind
    order: int  # position among groups with the same last day (undated kinds: among themselves)


DEADLINE_KINDS = {
    "quarter": DeadlineKind("Theo quý", "Hạn cuối là ngày cuối quý.", 0),
    "date": DeadlineKind("Theo ngày cụ thể", "", 1),
    "year": DeadlineKind("Trong năm", "Hạn cuối là ngày 31/12 của năm ghi trong văn bản.", 2),
    "period": DeadlineKind("Theo giai đoạn", "Hạn cuối là ngày 31/12 của năm cuối giai đoạn.", 3),
    "yearly": DeadlineKind("Hàng năm", "Việc lặp lại hằng năm; văn bản không ghi ngày cụ thể.", 4),
    "recurring": DeadlineKind("Thường xuyên", "Việc làm thường xuyên; văn bản không ghi ngày cụ thể.", 5),
    "per_regulation": DeadlineKind(
        "Theo quy định của Trung ương", "Thời hạn theo quy định của Trung ương; văn bản không ghi ngày cụ thể.", 6
    ),
}

# Words for record kinds in `kind:id` references (notes, gaps, the change log).
RECORD_KINDS = {
    "document": "quyết định",
    "article": "Điều",
    "plan_item": "mục",
    "indicator": "chỉ tiêu",
    "section": "phần",
    "objective": "mục tiêu",
    "task": "nhiệm vụ",
    "activity": "hoạt động",
    "unit": "đơn vị",
    "budget_line": "kinh phí",
    "funding_note": "ghi chú kinh phí",
}


# What the site says where the source has nothing: one wording each, used by every page and export.
PHRASES = {
    "no_text": "(nội dung không có trong văn bản nguồn)",
    "no_activity_text": "(Nội dung hoạt động không có trong văn bản nguồn)",
    "no_cell": "Không có ô này trong văn bản nguồn",
    "empty_cell": "(để trống)",
    "no_funding_cell": "Không có ô kinh phí riêng trong văn bản nguồn",
    "no_section_title": "(Tên phần không có trong văn bản nguồn)",
    "no_deadline": "không ghi thời hạn",
}


@dataclass(frozen=True)
class StatusWords:
    label: str  # on badges, tables and the chart
    note: str  # what the status means, on the progress page
    stage: int | None  # the order work moves forward in; None: outside it (checks of going backwards skip it)


# In the order the progress page lists and stacks them: done first, no information last.
STATUSES = {
    "completed": StatusWords("Đã hoàn thành", "Báo cáo ghi hoạt động đã hoàn thành (100%).", 2),
    "partly_completed": StatusWords("Hoàn thành một phần", "Báo cáo ghi đã làm được một phần sản phẩm.", 1),
    "in_progress": StatusWords("Đang thực hiện", "Báo cáo ghi hoạt động đang được triển khai.", 1),
    "not_started": StatusWords("Chưa triển khai", "Báo cáo ghi hoạt động chưa bắt đầu.", 0),
    "not_carried_out": StatusWords("Không thực hiện", "Báo cáo ghi hoạt động không được thực hiện (dừng, bỏ).", None),
    "no_information": StatusWords(
        "Chưa có thông tin",
        "Chưa có báo cáo nào về hoạt động, hoặc báo cáo có nhắc đến nhưng không nêu tình trạng. "
        "Trang không tự suy ra tình trạng.",
        None,
    ),
}
NO_REPORT = "chưa có báo cáo"  # what the site says wherever a record has no report at all


@dataclass(frozen=True)
class PeriodWords:
    label: str  # column heading of the compliance table: "Quý I"
    named: str  # with its year, as a report's period is written: "Quý I/{year}"
    months: tuple[int, int] | None  # first and last month; None: an ad hoc report, dated by `as_of`
    order: int  # position in the reporting calendar of a year (columns of the compliance table)


PERIODS = {
    "q1": PeriodWords("Quý I", "Quý I/{year}", (1, 3), 0),
    "q2": PeriodWords("Quý II", "Quý II/{year}", (4, 6), 1),
    "h1": PeriodWords("6 tháng", "6 tháng đầu năm {year}", (1, 6), 2),
    "q3": PeriodWords("Quý III", "Quý III/{year}", (7, 9), 3),
    "q4": PeriodWords("Quý IV", "Quý IV/{year}", (10, 12), 4),
    "year": PeriodWords("Cả năm", "Năm {year}", (1, 12), 5),
    "ad_hoc": PeriodWords("Đột xuất", "Đột xuất năm {year}", None, 6),
}

# The plan's own period as of the build's day (Progress.plan_period_state in plan.queries.progress).
PLAN_PERIOD_STATES = {"ended": "đã kết thúc", "running": "đang thực hiện", "not_started": "chưa bắt đầu"}

# Compliance with III.3, per reporting period of a unit (ComplianceCell.state in plan.queries.progress).
COMPLIANCE = {"reported": "đã có báo cáo", "missing": "chưa có báo cáo", "open": "chưa hết kỳ"}
