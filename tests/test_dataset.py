"""The real dataset: complete, consistent with the source, hand-checked in places."""

from __future__ import annotations

import re

import pytest

VP, SNV, STC, STT = "van-phong-ubnd-tinh", "so-noi-vu", "so-tai-chinh", "so-thong-tin-va-truyen-thong"
SBN, HUYEN = "cac-so-ban-nganh", "ubnd-cac-huyen-thanh-pho"
DVNS, DP = "cac-don-vi-su-dung-ngan-sach", "cac-dia-phuong"


def test_ids_present_match_the_source(plan):
    appendix = plan.appendix
    assert [o.id for o in appendix.objectives] == [f"1.{n}" for n in range(4, 22)]
    assert [t.id for t in appendix.tasks] == [f"2.{n}" for n in range(9, 35)]
    assert [a.id for a in appendix.activities] == [f"3.{n}" for n in range(23, 62)]
    assert [s.id for s in appendix.sections] == ["I", "II", "III", "IV", "V", "VI"]


def test_activity_3_23_is_a_recorded_gap_not_filled(plan, index):
    activity = index.activities["3.23"]
    assert activity.text is None and activity.objective is None and activity.task is None
    assert activity.product == "Các TTHC được công khai đầy đủ, thống nhất trên các hình thức công khai"
    gap = plan.source_gaps[0]
    assert "activity:3.23" in gap.affects and "3.1–3.22" in gap.missing and "1.1–1.3" in gap.missing


def test_budget_lines_add_up_to_1850(plan):
    budget = plan.budget
    assert [line.amount_million_vnd for line in budget.lines] == [300, 450, 800, 300]
    assert budget.total_million_vnd == 1850 == sum(line.amount_million_vnd for line in budget.lines)
    assert budget.total_in_source is False
    assert [line.recipient.units if line.recipient else [] for line in budget.lines] == [[SNV], [], [SNV], []]
    assert budget.lines[1].text == "Kinh phí thực hiện công tác KSTTHC năm 2021: 450 triệu đồng."


def test_decision_facts(plan):
    document = plan.document
    assert document.number == "3090/QĐ-UBND"
    assert document.date.isoformat() == "2021-12-30"
    assert (document.signer.title, document.signer.name) == ("CHỦ TỊCH", "Trần Văn Hiệp")
    assert len(document.legal_bases) == 4 and document.proposal.startswith("Xét đề nghị của Giám đốc Sở Nội vụ")
    assert [a.number for a in document.articles] == [1, 2, 3]


def test_plan_body_structure(plan):
    parts = {part.id: part for part in plan.plan.parts}
    assert [part.title for part in plan.plan.parts] == ["MỤC TIÊU", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", "TỔ CHỨC THỰC HIỆN"]
    assert len(parts["I"].items) == 8 and len(parts["II"].items) == 7 and len(parts["III"].items) == 3
    objective_2 = parts["I"].items[1]
    assert [child.label for child in objective_2.children] == ["a)", "b)", "c)", "d)", "đ)", "e)"]
    assert len(parts["I"].items[5].children) == 10  # bullets of objective 6
    finance = parts["II"].items[5]
    assert [child.label for child in finance.children] == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)"]
    iii_2 = parts["III"].items[1]
    assert {(r.unit, r.role) for r in iii_2.unit_refs} >= {(STC, "lead"), (SNV, "coordinate")}
    assert (SNV, "receive_reports") in {(r.unit, r.role) for r in parts["III"].items[2].unit_refs}


def test_indicators_are_structured_and_quoted(plan, index):
    assert len(plan.indicators) == 36
    values = {(i.item, i.value, tuple(i.levels)) for i in plan.indicators}
    assert {("I.6-6", 95, ("tinh",)), ("I.6-6", 85, ("huyen",)), ("I.6-6", 75, ("xa",))} <= values
    assert {("I.6-7", 60, ("tinh",)), ("I.6-7", 40, ("huyen",)), ("I.6-7", 30, ("xa",))} <= values
    increase = next(i for i in plan.indicators if i.item == "I.8")
    assert (increase.comparator, increase.value, increase.unit) == ("tăng trên", 2, "%")
    for indicator in plan.indicators:
        assert indicator.quote in index.plan_items[indicator.item].text


# (id, text start, product, lead cell, lead ids, coordinating ids, deadline), checked against the source text.
HAND_CHECKED = [
    ("3.24", "Kiểm tra, nhắc nhở, khắc phục tình trạng thiếu công khai", "Công văn",
     "Văn phòng UBND tỉnh; Các sở, ban, ngành và địa phương", [VP, SBN, DP], [], "Trong năm 2022"),
    ("3.28", "Nâng cấp một số tính năng, chức năng của Cổng dịch vụ công", "",
     "- Văn phòng UBND tỉnh\n- Sở Thông tin và Truyền thông", [VP, STT], [SBN, DP, "vnpt-lam-dong"], "Trong năm 2022"),
    ("3.34", "Tiếp tục thực hiện tốt Quy chế phối hợp tiếp nhận", "Công văn tiếp nhận, xử lý PAKN.",
     "Các sở, ban, ngành và địa phương", [SBN, DP], [VP], "Trong năm 2022"),
    ("3.37", "Tổ chức tập huấn, kiểm tra và hướng dẫn",
     "- Kế hoạch tổ chức tập huấn, bồi dưỡng.\n- Quyết định kiện toàn (nếu có thay đổi)",
     "Văn phòng UBND tỉnh", [VP], [SBN, DP], "Trong năm 2022"),
    ("3.38", "Rà soát, dự thảo, lấy ý kiến và tham mưu trình UBND tỉnh quyết định", "Quyết định",
     "Sở Nội vụ,\nUBND các huyện, thành phố", [SNV, HUYEN], [SBN], "Theo quy định của Trung ương"),
    ("3.41", "Rà soát, tổng hợp báo cáo Bộ Nội vụ xem xét", "Nghị quyết, Quyết định",
     "Sở Nội vụ", [SNV], [SBN, HUYEN], "Quý IV năm 2021"),
    ("3.43", "Phối hợp tổ chức các lớp tập huấn, bồi dưỡng nghiệp vụ chuyên môn", "Kế hoạch, Báo cáo hàng năm",
     "Sở Nội vụ\nTrường Chính trị tỉnh", [SNV, "truong-chinh-tri-tinh"], [SBN, HUYEN], "Trong năm 2022"),
    ("3.46", "Tiếp tục thực hiện việc áp dụng các phần mềm", "Báo cáo kết quả sau mỗi kỳ thi",
     "- Sở Nội vụ;\n- Sở Thông tin và Truyền thông", [SNV, STT], [SBN, HUYEN], "Thường xuyên"),
    ("3.48", "Thông qua kiểm tra, thẩm định dự toán thu, chi ngân sách",
     "Thông báo xét duyệt/thẩm định quyết toán; Văn bản hướng dẫn", "Sở Tài chính", [STC], [SBN, DP, DVNS],
     "Thường xuyên"),
    ("3.51", "Hướng dẫn, chấn chỉnh quản lý tài chính",
     "1. Văn bản hướng dẫn\n2.Thông báo xét duyệt/ thẩm định quyết toán năm\n3. Báo cáo", "Sở Tài chính", [STC],
     [DVNS, DP], "Hàng năm"),
    ("3.55", "Số hóa kết quả giải quyết thủ tục hành chính từ giấy sang điện tử",
     "Kết quả giải quyết TTHC dưới dạng điện tử", "VP UBND tỉnh; Sở Thông tin và Truyền thông", [VP, STT], [SBN, DP],
     "Giai đoạn\n2022 -\n2025"),
    ("3.59", "Duy trì hoạt động ổn định các ứng dụng công nghệ thông tin",
     "Các ứng dụng công nghệ thông tin của cơ quan, đơn vị hoạt động ổn định",
     "- Sở Thông tin và Truyền thông; Các Sở, ban, ngành và địa phương", [STT, SBN, DP], [], "Thường xuyên"),
    ("3.61", "Xây dựng hệ thống quản lý cơ sở dữ liệu tài liệu lưu trữ điện tử Lưu trữ lịch sử",
     "Quản lý CSDL tài liệu lưu trữ điện tử; bảo đảm quản lý tập trung, thống nhất.", "Sở Thông tin và Truyền thông",
     [STT], [SBN, DP], "Trong năm 2022"),
]


@pytest.mark.parametrize("code, text, product, lead_text, lead, coordinating, deadline", HAND_CHECKED)
def test_hand_checked_activity(index, code, text, product, lead_text, lead, coordinating, deadline):
    activity = index.activities[code]
    assert activity.text.startswith(text)
    assert activity.product == product
    assert activity.lead.text == lead_text and activity.lead.units == lead
    assert activity.coordinating.units == coordinating
    assert activity.deadline == deadline


def test_merged_and_empty_cells_are_marked_inferred(index):
    for code in ("3.53", "3.54"):
        activity = index.activities[code]
        inferred = {field for entry in activity.inferred for field in entry.fields}
        assert inferred == {"product", "lead", "coordinating", "deadline", "funding"}
        assert activity.lead.units == index.activities["3.52"].lead.units
    task = index.tasks["2.26"]
    assert task.merged_with_activity == "3.51" and index.activities_of_task("2.26") == []
    assert "merged_with_activity" in task.inferred[0].fields
    for code in ("3.34", "3.35", "3.36", "3.37"):
        assert index.activities[code].task is None
    assert index.activities["3.30"].inferred and index.activities["3.25"].inferred == []


def test_source_oddities_are_kept_with_a_note(index):
    assert index.activities["3.41"].deadline == "Quý IV năm 2021"
    assert index.notes_about("activity:3.41")
    assert index.notes_about("budget_line:kp-2")


def test_units_have_slug_ids_kinds_and_collectives_cover_kinds(plan):
    for unit in plan.units:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", unit.id)
        # a collective is defined by the kinds it covers, or (III.3's "units given lead work") by a rule
        assert bool(unit.covers) == (unit.kind == "collective" and not unit.members_rule)
    names = {unit.name for unit in plan.units}
    assert {"Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông",
            "Trường Chính trị tỉnh", "VNPT Lâm Đồng", "Bưu điện"} <= names
    vp = next(unit for unit in plan.units if unit.id == VP)
    assert "VP UBND tỉnh" in vp.aliases
