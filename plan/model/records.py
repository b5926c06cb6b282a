"""Typed records of the plan dataset.

These classes are the one definition of what `data/plan.yaml` may contain:
the loader validates the YAML against them, and `schema/plan.schema.json`
(used by editors' editors for completion) is generated from them. Every
field carries a Vietnamese description because editors read it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

MAX_TEXT = 6000
MAX_LINE = 300
ONE_LINE = r"^[^\n]*$"
# An address readers' browsers may follow: http or https only, nothing that could leave an attribute.
TERM = r"^\w+( \w+)*$"  # an abbreviation: words of letters and digits, single spaces
WEB_ADDRESS = r"^https?://[^\s\"'<>`\\{}|^]+$"
# An e-mail address as a mailto: link may carry it: plain ASCII, nothing to encode.
EMAIL = r"^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$"
# Where readers report an error: mailto: and an address, or a web address in which {url}
# (once) stands for the page's address, e.g. an issue tracker's "new issue" form.
REPORT_TARGET = (r"^(mailto:[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+"
                 r"|https?://[^\s\"'<>`\\{}|^]*\{url\}[^\s\"'<>`\\{}|^]*)$")

Text = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]
Cell = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Line = Annotated[str, StringConstraints(min_length=1, max_length=MAX_LINE, pattern=ONE_LINE)]
WebAddress = Annotated[str, StringConstraints(max_length=2000, pattern=WEB_ADDRESS)]
Email = Annotated[str, StringConstraints(max_length=254, pattern=EMAIL)]
ReportTarget = Annotated[str, StringConstraints(max_length=2000, pattern=REPORT_TARGET)]
ObjectiveId = Annotated[str, StringConstraints(pattern=r"^1\.[1-9][0-9]*$")]
TaskId = Annotated[str, StringConstraints(pattern=r"^2\.[1-9][0-9]*$")]
ActivityId = Annotated[str, StringConstraints(pattern=r"^3\.[1-9][0-9]*$")]
SectionId = Annotated[str, StringConstraints(pattern=r"^[IVX]+$")]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
PlanItemId = Annotated[str, StringConstraints(pattern=r"^[IVX]+(\.[0-9a-z]+)*(-[0-9]+)?$")]
RecordRef = Annotated[
    str,
    StringConstraints(
        pattern=r"^(document|article|plan_item|indicator|section|objective|task|activity|unit|budget_line|funding_note)(:.+)?$"
    ),
]

UnitKind = Literal[
    "provincial_leadership",
    "provincial_department",
    "provincial_unit",
    "district",
    "commune",
    "central_body",
    "central_in_province",
    "enterprise",
    "collective",
]
MembersRule = Literal["appendix_lead"]
Role = Literal["lead", "coordinate", "implement", "receive_reports", "mentioned"]
Level = Literal["tinh", "huyen", "xa"]
Comparator = Literal["đạt", "tối thiểu", "trên", "tăng trên", "tăng tối thiểu"]
Status = Literal["no_information", "not_started", "in_progress", "partly_completed", "completed", "not_carried_out"]
PeriodKind = Literal["q1", "q2", "q3", "q4", "h1", "year", "ad_hoc"]
Percent = Annotated[int, Field(ge=0, le=100)] | Annotated[float, Field(ge=0, le=100)]


class Record(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Inferred(Record):
    fields: list[str] = Field(
        min_length=1,
        description="Các trường có giá trị được suy ra (không ghi trực tiếp ở hàng này trong văn bản nguồn).",
    )
    reason: Text = Field(description="Lý do suy ra, viết bằng tiếng Việt để người đọc hiểu.")


class UnitRef(Record):
    unit: Slug = Field(description="Mã đơn vị (id trong danh sách `units`).")
    role: Role = Field(
        description="Vai trò: lead = chủ trì, coordinate = phối hợp, implement = thực hiện, "
        "receive_reports = nhận báo cáo, mentioned = được nêu tên."
    )
    quote: Text = Field(description="Đoạn văn nguyên văn trong mục này nêu tên đơn vị và vai trò.")
    reason: Cell | None = Field(
        default=None,
        description="Khi cách gọi trong văn bản không phải tên của đơn vị (ví dụ \"các cơ quan, địa phương\"): "
        "vì sao được hiểu là đơn vị hoặc nhóm này.",
    )


class UnitCell(Record):
    text: Cell = Field(
        description="Nội dung ô như trong văn bản nguồn (giữ nguyên chữ hoa, dấu câu, xuống dòng). Để trống \"\" nếu ô trống."
    )
    units: list[Slug] = Field(
        default_factory=list,
        description="Mã các đơn vị được nêu trong ô, theo thứ tự xuất hiện.",
    )


class Contact(Record):
    unit: Line = Field(description="Đơn vị chịu trách nhiệm về trang web và dữ liệu, tên đầy đủ.")
    email: Email | None = Field(default=None, description="Thư điện tử để hỏi về trang và dữ liệu, ví dụ ten@donvi.gov.vn.")
    url: WebAddress | None = Field(default=None, description="Trang liên hệ của đơn vị (http:// hoặc https://).")


class Meta(Record):
    site_title: Line = Field(description="Tên trang web.")
    source_file: Line = Field(description="Tên tệp văn bản nguồn đã dùng để chép dữ liệu.")
    licence: Line = Field(description="Giấy phép dữ liệu mở (mã SPDX, ví dụ CC-BY-4.0).")
    licence_title: Line = Field(description="Tên đầy đủ của giấy phép.")
    licence_url: WebAddress = Field(description="Địa chỉ văn bản giấy phép (http:// hoặc https://).")
    last_updated: dt.date = Field(description="Ngày dữ liệu được sửa lần gần nhất (YYYY-MM-DD).")
    publisher: Line = Field(description="Đơn vị công bố dữ liệu.")
    official_url: WebAddress | None = Field(
        default=None,
        description="Địa chỉ bản quyết định đã ký trên cổng thông tin điện tử của tỉnh hoặc cơ sở dữ liệu văn bản "
        "pháp luật (http:// hoặc https://). Không ghi nếu chưa có địa chỉ chính thức.",
    )
    contact: Contact | None = Field(
        default=None, description="Đơn vị người đọc hỏi về trang, với thư điện tử và/hoặc trang liên hệ. Không ghi nếu chưa có."
    )
    error_report: ReportTarget | None = Field(
        default=None,
        description="Nơi nhận báo lỗi trên từng trang: `mailto:` và thư điện tử, hoặc địa chỉ web (ví dụ trang tạo "
        "issue) có `{url}` ở chỗ điền địa chỉ trang. Không ghi nếu chưa có.",
    )


class Change(Record):
    date: dt.date = Field(description="Ngày thay đổi (YYYY-MM-DD).")
    summary: Text = Field(description="Tóm tắt thay đổi.")
    refs: list[RecordRef] = Field(
        default_factory=list,
        description="Các bản ghi bị thay đổi, dạng `loai:ma`, ví dụ `activity:3.45`.",
    )
    basis: Cell | None = Field(
        default=None, description="Văn bản làm căn cứ thay đổi (nếu có), ví dụ số quyết định điều chỉnh."
    )


class Article(Record):
    number: int = Field(ge=1, description="Số điều.")
    text: Text = Field(description="Nội dung điều, không gồm chữ \"Điều N.\" ở đầu.")
    unit_refs: list[UnitRef] = Field(default_factory=list, description="Các đơn vị được giao việc trong điều này.")


class Signer(Record):
    title: Line = Field(description="Chức danh người ký.")
    name: Line = Field(description="Họ tên người ký.")


class Document(Record):
    issuer_lines: list[Text] = Field(description="Tên cơ quan ban hành, mỗi dòng như trong văn bản.")
    motto_lines: list[Text] = Field(description="Quốc hiệu, tiêu ngữ, mỗi dòng như trong văn bản.")
    number: Line = Field(description="Số, ký hiệu văn bản, ví dụ 3090/QĐ-UBND.")
    number_as_written: Text = Field(description="Dòng số hiệu nguyên văn.")
    place: Text = Field(description="Địa danh ban hành.")
    date: dt.date = Field(description="Ngày ban hành (YYYY-MM-DD).")
    date_as_written: Text = Field(description="Dòng địa danh, ngày tháng nguyên văn.")
    kind: Text = Field(description="Loại văn bản (QUYẾT ĐỊNH).")
    title: Text = Field(description="Trích yếu văn bản.")
    authority: Text = Field(description="Thẩm quyền ban hành.")
    legal_bases: list[Text] = Field(description="Các căn cứ (\"Căn cứ ...\"), nguyên văn.")
    proposal: Text = Field(description="Câu \"Xét đề nghị ...\", nguyên văn.")
    enacting_formula: Text = Field(description="Dòng \"QUYẾT ĐỊNH:\".")
    articles: list[Article] = Field(min_length=1, description="Các điều của quyết định.")
    signer: Signer = Field(description="Người ký.")


class PlanItem(Record):
    id: PlanItemId = Field(description="Mã mục, ví dụ II.3.dd hoặc I.6-2 (gạch đầu dòng thứ 2).")
    label: Line = Field(description="Số thứ tự như trong văn bản: \"1.\", \"a)\", \"đ)\", \"-\".")
    text: Text = Field(description="Nội dung đoạn đầu của mục, nguyên văn.")
    paragraphs: list[Text] = Field(default_factory=list, description="Các đoạn tiếp theo không đánh số, nguyên văn.")
    children: list[PlanItem] = Field(default_factory=list, description="Các mục con.")
    unit_refs: list[UnitRef] = Field(default_factory=list, description="Đơn vị được giao việc trong mục này.")


class PlanPart(Record):
    id: SectionId = Field(description="Số La Mã của phần (I, II, III).")
    title: Text = Field(description="Tên phần như trong văn bản.")
    intro: Cell | None = Field(default=None, description="Đoạn mở đầu của phần (nếu có).")
    items: list[PlanItem] = Field(description="Các mục của phần.")


class PlanBody(Record):
    year: int = Field(ge=2000, le=2100, description="Năm của kế hoạch (Kế hoạch CCHC năm 2022: 2022).")
    heading_lines: list[Text] = Field(description="Tiêu đề kế hoạch, mỗi dòng như trong văn bản.")
    subtitle: Text = Field(description="Dòng \"(Ban hành kèm theo ...)\".")
    parts: list[PlanPart] = Field(description="Các phần I. Mục tiêu, II. Nhiệm vụ, III. Tổ chức thực hiện.")


class Indicator(Record):
    id: Slug = Field(description="Mã chỉ tiêu, ví dụ ct-01.")
    item: PlanItemId = Field(description="Mã mục trong phần I. Mục tiêu chứa chỉ tiêu.")
    quote: Text = Field(description="Câu hoặc vế câu nguyên văn nêu chỉ tiêu (phải nằm trong nội dung mục).")
    measure: Text = Field(description="Điều được đo, trích nguyên văn từ câu (phải nằm trong `quote`).")
    comparator: Comparator = Field(
        description="So sánh: đạt (bằng), tối thiểu (từ ... trở lên), trên (lớn hơn), tăng trên (tăng hơn), "
        "tăng tối thiểu (tăng ít nhất)."
    )
    value: int | float = Field(description="Giá trị chỉ tiêu (số).")
    unit: Text = Field(description="Đơn vị của giá trị, ví dụ %.")
    levels: list[Level] = Field(
        default_factory=list, description="Cấp áp dụng khi văn bản nêu: tinh, huyen, xa."
    )
    appendix_objectives: list[ObjectiveId] = Field(
        default_factory=list, description="Mục tiêu trong phụ lục nhắc lại chỉ tiêu này."
    )
    headline: bool = Field(default=False, description="true: hiện chỉ tiêu này thành thẻ ở trang chủ.")


class Section(Record):
    id: SectionId = Field(description="Số La Mã của phần phụ lục.")
    title: Cell | None = Field(
        default=None, description="Tên phần như trong văn bản; để null nếu văn bản nguồn không có."
    )
    header_in_source: bool = Field(description="Dòng tiêu đề phần (số La Mã) có trong văn bản nguồn hay không.")


class Objective(Record):
    id: ObjectiveId = Field(description="Mã mục tiêu, trong dấu ngoặc kép, ví dụ \"1.10\".")
    section: SectionId | None = Field(description="Phần phụ lục chứa mục tiêu.")
    text: Text = Field(description="Nội dung mục tiêu, nguyên văn, không gồm mã ở đầu.")
    inferred: list[Inferred] = Field(default_factory=list, description="Các giá trị được suy ra và lý do.")


class Task(Record):
    id: TaskId = Field(description="Mã nhiệm vụ, trong dấu ngoặc kép, ví dụ \"2.26\".")
    objective: ObjectiveId = Field(description="Mã mục tiêu chứa nhiệm vụ.")
    text: Text = Field(description="Nội dung nhiệm vụ, nguyên văn, không gồm mã ở đầu.")
    label_as_written: Cell | None = Field(
        default=None, description="Mã như in trong văn bản khi khác dạng chuẩn (ví dụ \"2.28\" thiếu dấu chấm)."
    )
    merged_with_activity: ActivityId | None = Field(
        default=None, description="Hoạt động có ô gộp với hàng của nhiệm vụ này (khi nhiệm vụ không có hoạt động riêng)."
    )
    inferred: list[Inferred] = Field(default_factory=list, description="Các giá trị được suy ra và lý do.")


class Activity(Record):
    id: ActivityId = Field(description="Mã hoạt động, trong dấu ngoặc kép, ví dụ \"3.45\".")
    objective: ObjectiveId | None = Field(description="Mã mục tiêu; null nếu văn bản nguồn không cho biết.")
    task: TaskId | None = Field(
        description="Mã nhiệm vụ; null nếu ô nhiệm vụ trống (hoạt động thuộc trực tiếp mục tiêu) hoặc không rõ."
    )
    row_label: Cell | None = Field(
        default=None, description="Số thứ tự (STT) in ở đầu hàng trong văn bản nguồn, nếu có (bằng số hoạt động)."
    )
    text: Text | None = Field(description="Nội dung hoạt động, nguyên văn; null chỉ khi văn bản nguồn bị thiếu.")
    product: Cell | None = Field(description="Sản phẩm, nguyên văn; \"\" nếu ô trống; null nếu hàng không có ô này.")
    lead: UnitCell | None = Field(description="Cơ quan chủ trì: nội dung ô và mã đơn vị.")
    coordinating: UnitCell | None = Field(description="Cơ quan phối hợp: nội dung ô và mã đơn vị.")
    deadline: Cell | None = Field(
        description="Thời gian hoàn thành, nguyên văn, ví dụ \"Trong năm 2022\", \"Quý IV năm 2021\", \"Thường xuyên\"."
    )
    funding: Slug | Literal[""] | None = Field(
        description="Mã ghi chú kinh phí (trong `budget.funding_notes`); \"\" nếu ô trống; null nếu hàng không có ô này."
    )
    inferred: list[Inferred] = Field(default_factory=list, description="Các giá trị được suy ra và lý do.")


class Appendix(Record):
    title: Text = Field(description="Tên phụ lục hiển thị trên trang.")
    title_in_source: bool = Field(
        description="Văn bản nguồn có ghi tên này hay không (false: tên do người biên tập đặt, trang ghi rõ điều đó)."
    )
    sections: list[Section] = Field(description="Các phần của phụ lục (I–VI).")
    objectives: list[Objective] = Field(description="Các mục tiêu (1.x).")
    tasks: list[Task] = Field(description="Các nhiệm vụ (2.x).")
    activities: list[Activity] = Field(description="Các hoạt động (3.x).")


class Unit(Record):
    id: Slug = Field(description="Mã đơn vị không dấu, chữ thường, nối bằng gạch ngang, ví dụ so-noi-vu. Không đổi sau khi công bố.")
    name: Line = Field(description="Tên hiển thị.")
    kind: UnitKind = Field(description="Loại đơn vị.")
    aliases: list[Line] = Field(
        default_factory=list, description="Các cách viết khác trong văn bản nguồn, ví dụ \"VP UBND tỉnh\"."
    )
    covers: list[UnitKind] = Field(
        default_factory=list, description="Chỉ cho nhóm (kind: collective): các loại đơn vị thuộc nhóm."
    )
    members_rule: MembersRule | None = Field(
        default=None,
        description="Chỉ cho nhóm không định nghĩa theo loại: appendix_lead = các đơn vị được giao chủ trì "
        "một hoạt động của phụ lục (nêu tên hoặc qua nhóm).",
    )
    inferred: list[Inferred] = Field(
        default_factory=list, description="Các nhận định (ví dụ nhóm gồm những loại đơn vị nào) và lý do."
    )


class RetiredUnit(Record):
    id: Slug = Field(description="Mã đơn vị đã công bố nay không dùng nữa (trang và lịch cũ vẫn còn, dẫn sang chỗ mới).")
    name: Line = Field(description="Tên đơn vị khi còn dùng.")
    read_as: list[Slug] = Field(min_length=1, description="Các đơn vị hoặc nhóm mà ô trong văn bản nay được hiểu là.")
    reason: Text = Field(description="Vì sao mã này không còn dùng.")


class BudgetLine(Record):
    id: Slug = Field(description="Mã khoản kinh phí, ví dụ kp-1.")
    text: Text = Field(description="Dòng kinh phí nguyên văn, không gồm dấu \"- \" ở đầu.")
    amount_million_vnd: int = Field(ge=1, description="Số tiền, đơn vị triệu đồng (số nguyên dương, không kèm chữ).")
    recipient: UnitCell | None = Field(default=None, description="Đơn vị nhận kinh phí khi văn bản nêu tên.")


class FundingNote(Record):
    id: Slug = Field(description="Mã ghi chú kinh phí.")
    text: Text = Field(description="Nội dung ô Kinh phí trong phụ lục, nguyên văn.")


class Budget(Record):
    year: int = Field(ge=2000, le=2100, description="Năm kế hoạch.")
    heading: Text = Field(description="Dòng tiêu đề kinh phí nguyên văn.")
    lines: list[BudgetLine] = Field(min_length=1, description="Các khoản kinh phí.")
    total_million_vnd: int = Field(ge=1, description="Tổng kinh phí (triệu đồng); phải bằng tổng các khoản.")
    total_in_source: bool = Field(description="Văn bản nguồn có ghi tổng hay không (false: tổng do cộng các khoản).")
    funding_notes: list[FundingNote] = Field(description="Các ghi chú kinh phí của từng hoạt động.")


class SourceGap(Record):
    id: Slug = Field(description="Mã chỗ thiếu.")
    title: Line = Field(description="Tên ngắn của chỗ thiếu.")
    description: Text = Field(description="Mô tả phần văn bản nguồn bị thiếu.")
    missing: list[Text] = Field(description="Các mã không có trong văn bản nguồn, ví dụ \"3.1–3.22\".")
    affects: list[RecordRef] = Field(default_factory=list, description="Các bản ghi bị ảnh hưởng, dạng `loai:ma`.")


class SourceNote(Record):
    id: Slug = Field(description="Mã ghi chú.")
    kind: Literal["oddity", "layout"] = Field(
        description="oddity = giá trị lạ nhưng giữ nguyên như văn bản; layout = dòng trình bày không phải nội dung."
    )
    quote: Text = Field(description="Đoạn nguyên văn được ghi chú.")
    text: Text = Field(description="Giải thích cho người đọc.")
    applies_to: list[RecordRef] = Field(default_factory=list, description="Các bản ghi liên quan, dạng `loai:ma`.")


class Abbreviation(Record):
    term: Annotated[str, StringConstraints(pattern=TERM, max_length=40)] = Field(
        description="Chữ viết tắt đúng như trong văn bản, phân biệt hoa thường, ví dụ TTHC hoặc VB QPPL."
    )
    expansion: Line = Field(description="Nghĩa đầy đủ, ví dụ \"thủ tục hành chính\".")
    defined_in: RecordRef | None = Field(
        default=None,
        description="Nơi văn bản tự định nghĩa chữ viết tắt (\"sau đây viết tắt là …\"), dạng `plan_item:I.2`.",
    )
    quote: Text | None = Field(
        default=None, description="Câu định nghĩa nguyên văn ở nơi đó, gồm cả nghĩa đầy đủ và chữ viết tắt."
    )
    note: Text | None = Field(
        default=None,
        description="Khi văn bản không định nghĩa: biên tập viên ghi căn cứ của nghĩa đầy đủ (hiển thị cho người đọc).",
    )


class Evidence(Record):
    number: Line = Field(description="Số, ký hiệu văn bản làm minh chứng, ví dụ 45/QĐ-UBND.")
    date: dt.date = Field(description="Ngày của văn bản minh chứng (YYYY-MM-DD).")
    title: Text = Field(description="Trích yếu (tên) văn bản minh chứng, nguyên văn.")
    url: WebAddress | None = Field(
        default=None, description="Địa chỉ web công khai của văn bản (chỉ http:// hoặc https://), nếu có."
    )


class ProgressEntry(Record):
    activity: ActivityId = Field(description="Mã hoạt động được báo cáo, trong dấu nháy, ví dụ \"3.45\".")
    unit: Slug | None = Field(
        default=None,
        description="Mã đơn vị có kết quả được báo cáo (đơn vị thực hiện); bỏ trống thì là đơn vị ban hành báo cáo.",
    )
    status: Status = Field(
        default="no_information",
        description="Tình trạng theo lời báo cáo: not_started = chưa triển khai, in_progress = đang thực hiện, "
        "partly_completed = hoàn thành một phần, completed = đã hoàn thành, not_carried_out = không thực hiện, "
        "no_information = báo cáo không nêu tình trạng (mặc định; không tự suy ra).",
    )
    percent: Percent | None = Field(
        default=None, description="Tỷ lệ hoàn thành (0–100) nếu báo cáo ghi; bỏ trống nếu báo cáo không ghi."
    )
    quote: Text = Field(description="Lời của báo cáo về hoạt động này, chép nguyên văn.")
    evidence: list[Evidence] = Field(default_factory=list, description="Các văn bản minh chứng báo cáo nêu.")
    note: Cell | None = Field(
        default=None,
        description="Ghi chú của người biên tập (hiện trên trang), bắt buộc khi tình trạng hoặc tỷ lệ lùi so với "
        "báo cáo trước, hoặc khi đơn vị báo cáo không chủ trì, phối hợp hoạt động.",
    )


class IndicatorActual(Record):
    indicator: Slug = Field(description="Mã chỉ tiêu, ví dụ ct-08.")
    level: Level | None = Field(
        default=None, description="Cấp của số liệu (tinh, huyen, xa), nếu chỉ tiêu có cấp; bỏ trống nếu là số chung."
    )
    value: int | float = Field(description="Giá trị đạt được theo báo cáo (số, cùng đơn vị với chỉ tiêu).")
    quote: Text = Field(description="Câu của báo cáo nêu con số này, chép nguyên văn.")


class Report(Record):
    id: Slug = Field(description="Mã báo cáo không dấu, ví dụ bc-so-noi-vu-quy-1-2022. Không đổi sau khi công bố.")
    number: Line = Field(description="Số, ký hiệu văn bản báo cáo, ví dụ 123/BC-SNV.")
    date: dt.date = Field(description="Ngày ban hành báo cáo (YYYY-MM-DD).")
    title: Text = Field(description="Trích yếu báo cáo, nguyên văn.")
    issuer: Slug = Field(description="Mã đơn vị ban hành báo cáo (id trong `units`).")
    url: WebAddress | None = Field(
        default=None, description="Địa chỉ web công khai của báo cáo (chỉ http:// hoặc https://), nếu có."
    )
    period: PeriodKind = Field(
        description="Kỳ báo cáo: q1, q2, q3, q4 = quý I–IV, h1 = 6 tháng đầu năm, year = cả năm, "
        "ad_hoc = đột xuất (khi có yêu cầu; ghi thêm `as_of`)."
    )
    year: int = Field(ge=2000, le=2100, description="Năm của kỳ báo cáo (bằng năm kế hoạch).")
    as_of: dt.date | None = Field(
        default=None,
        description="Ngày số liệu được tính đến (YYYY-MM-DD): bắt buộc với báo cáo đột xuất; với kỳ khác, bỏ trống "
        "thì là ngày cuối kỳ (hoặc ngày báo cáo, nếu sớm hơn).",
    )
    activities: list[ProgressEntry] = Field(default_factory=list, description="Tiến độ từng hoạt động theo báo cáo.")
    indicators: list[IndicatorActual] = Field(
        default_factory=list, description="Giá trị đạt được của các chỉ tiêu theo báo cáo."
    )


class Plan(Record):
    meta: Meta = Field(description="Thông tin về bộ dữ liệu.")
    changes: list[Change] = Field(default_factory=list, description="Lịch sử thay đổi của kế hoạch và dữ liệu.")
    document: Document = Field(description="Quyết định ban hành kế hoạch.")
    plan: PlanBody = Field(description="Nội dung kế hoạch: I. Mục tiêu, II. Nhiệm vụ, III. Tổ chức thực hiện.")
    indicators: list[Indicator] = Field(description="Các chỉ tiêu đo được trong phần I. Mục tiêu.")
    appendix: Appendix = Field(description="Phụ lục: mục tiêu, nhiệm vụ, hoạt động.")
    units: list[Unit] = Field(description="Các cơ quan, đơn vị được nêu trong văn bản.")
    retired_units: list[RetiredUnit] = Field(
        default_factory=list, description="Mã đơn vị đã công bố nhưng không dùng nữa, và cách đọc mới."
    )
    budget: Budget = Field(description="Kinh phí cải cách hành chính.")
    source_gaps: list[SourceGap] = Field(default_factory=list, description="Các phần văn bản nguồn bị thiếu.")
    notes: list[SourceNote] = Field(default_factory=list, description="Ghi chú về các chỗ lạ trong văn bản nguồn.")
    glossary: list[Abbreviation] = Field(
        default_factory=list,
        description="Chữ viết tắt dùng trong văn bản và nghĩa đầy đủ; trang web giải thích chúng ở mọi nơi xuất hiện.",
    )
    reports: list[Report] = Field(
        default_factory=list,
        description="Báo cáo tiến độ thực hiện (quý, 6 tháng, năm, đột xuất) gửi Sở Nội vụ, theo mục III.3 của kế hoạch.",
    )
