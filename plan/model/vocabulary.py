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
    "central_in_province": "Cơ quan Trung ương đóng trên địa bàn tỉnh",
    "enterprise": "Doanh nghiệp",
    "collective": "Nhóm cơ quan (nêu chung)",
}

LEVELS = {"tinh": "cấp tỉnh", "huyen": "cấp huyện", "xa": "cấp xã"}

# The level of government a single unit of each kind belongs to (collectives: their kinds'; others: none).
KIND_LEVELS = {
    "provincial_leadership": "tinh",
    "provincial_department": "tinh",
    "provincial_unit": "tinh",
    "district": "huyen",
    "commune": "xa",
}

# Roles a reader filters the appendix by, as the page address writes them (?vai-tro=chu-tri).
ROLE_SLUGS = {"lead": "chu-tri", "coordinate": "phoi-hop"}


@dataclass(frozen=True)
class Audience:
    """A kind of unit that groups cover, as a reader who belongs to it looks for it."""

    slug: str  # its page: don-vi/loai/<slug>/
    who: str  # "Tôi là …", "Việc của …": which unit the page is for


# Kinds that collectives cover (tests/test_vocabulary.py: every covered kind has one).
AUDIENCES = {
    "provincial_department": Audience("so-ban-nganh", "một sở, ban, ngành cấp tỉnh"),
    "provincial_unit": Audience("don-vi-cap-tinh", "một đơn vị khác cấp tỉnh (như Trường Chính trị tỉnh)"),
    "district": Audience("ubnd-cap-huyen", "UBND một huyện, thành phố"),
    "commune": Audience("ubnd-cap-xa", "UBND một xã, phường, thị trấn"),
    "central_in_province": Audience("co-quan-trung-uong", "một cơ quan, đơn vị Trung ương đóng trên địa bàn tỉnh"),
}

# How an activity reaches a unit, on its page, its calendar and its table.
ROUTES = {"named": "nêu tên", "via": "qua nhóm"}


# How a target's comparison reads before its number: "Tối thiểu 80%", "Tăng trên 2%".
COMPARATORS = {
    "đạt": "Đạt",
    "tối thiểu": "Tối thiểu",
    "trên": "Trên",
    "tăng trên": "Tăng trên",
    "tăng tối thiểu": "Tăng tối thiểu",
}


@dataclass(frozen=True)
class DeadlineKind:
    label: str  # group heading for undated kinds on the deadline page
    note: str  # how the site reads a deadline of this kind
    order: int  # position among groups with the same last day (undated kinds: among themselves)
    slug: str  # in the appendix filter's page address: ?thoi-han=trong-nam


DEADLINE_KINDS = {
    "quarter": DeadlineKind("Theo quý", "Hạn cuối là ngày cuối quý.", 0, "theo-quy"),
    "date": DeadlineKind("Theo ngày cụ thể", "", 1, "theo-ngay"),
    "year": DeadlineKind("Trong năm", "Hạn cuối là ngày 31/12 của năm ghi trong văn bản.", 2, "trong-nam"),
    "period": DeadlineKind("Theo giai đoạn", "Hạn cuối là ngày 31/12 của năm cuối giai đoạn.", 3, "giai-doan"),
    "yearly": DeadlineKind("Hàng năm", "Việc lặp lại hằng năm; văn bản không ghi ngày cụ thể.", 4, "hang-nam"),
    "recurring": DeadlineKind("Thường xuyên", "Việc làm thường xuyên; văn bản không ghi ngày cụ thể.", 5,
                              "thuong-xuyen"),
    "per_regulation": DeadlineKind(
        "Theo quy định của Trung ương", "Thời hạn theo quy định của Trung ương; văn bản không ghi ngày cụ thể.", 6,
        "theo-quy-dinh",
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
    "no_text": "(văn bản nguồn không còn nội dung này)",
    "no_activity_text": "(Văn bản nguồn không còn nội dung của hoạt động này)",
    "no_cell": "Không ghi trong văn bản",  # the source's row has no such cell
    "empty_cell": "Để trống trong văn bản",  # the cell is there and empty
    "no_section_title": "Văn bản nguồn không còn dòng tên của phần này.",
    "no_deadline": "không ghi thời hạn",
    "no_recipient": "Văn bản không nêu đơn vị nhận",
}


@dataclass(frozen=True)
class Badge:
    label: str  # on the card
    meaning: str  # in the legend beside the cards


# The marks a card may carry about where its values come from; each links to the sources page.
BADGES = {
    "inferred": Badge("Suy ra", "Giá trị không ghi ở hàng này trong văn bản; trang này điền theo hàng bên cạnh "
                      "hoặc tiêu đề bên trên. Lý do ghi ở trang Ghi chú về nguồn."),
    "gap": Badge("Văn bản thiếu", "Phần này của văn bản nguồn bị mất; trang này không đoán nội dung."),
    "note": Badge("Ghi chú", "Chỗ lạ trong văn bản (lỗi gõ, số hiệu khác thường…), được giữ nguyên như văn bản."),
}

# Record fields as a reader knows them, for "Suy ra: nhiệm vụ, mục tiêu" (the fields `inferred` may name).
FIELD_LABELS = {
    "aliases": "cách viết khác",
    "coordinating": "đơn vị phối hợp",
    "covers": "các loại đơn vị của nhóm",
    "deadline": "thời hạn",
    "funding": "kinh phí",
    "id": "mã",
    "inferred": "giá trị suy ra",
    "kind": "loại đơn vị",
    "label_as_written": "số thứ tự như văn bản",
    "lead": "đơn vị chủ trì",
    "members_rule": "quy tắc thành viên",
    "merged_with_activity": "hoạt động gộp chung",
    "name": "tên",
    "objective": "mục tiêu",
    "product": "sản phẩm",
    "row_label": "số thứ tự của hàng",
    "section": "phần",
    "task": "nhiệm vụ",
    "text": "nội dung",
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
