"""What the pages say about progress: the fixture with reports (as of tests' TODAY), and the real data's empty state."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plan.load.loader import parse_plan
from plan.site.build import Build
from tests.support.fixtures import TODAY, progress_text
from tests.support.html import html_of

pytestmark = pytest.mark.slow


def words(element) -> str:
    """The text as a reader sees it (no space added between elements)."""
    return " ".join(element.get_text().split())


def card(site: Path, activity_id: str):
    heading = html_of(site, "phu-luc/").find(id="hd-" + activity_id.replace(".", "-"))
    return heading.find_parent("article")


def test_a_card_shows_the_latest_status_percent_source_and_overdue_flag(progress_site):
    box = card(progress_site, "3.48").select_one(".progress-box")
    latest = box.select_one(".progress-box__latest")
    assert latest.select_one(".status").get_text() == "Đang thực hiện"
    assert latest.select_one(".progress-box__percent").get_text() == "30%"
    assert "Báo cáo số 40/BC-STC ngày 24/06/2022 của Sở Tài chính" in words(latest)
    assert latest.select_one("a.badge--overdue").get_text() == "Quá hạn"  # Giai đoạn 2022 - 2025, not completed


def test_a_card_s_timeline_lists_every_update_latest_first_with_evidence(progress_site):
    items = card(progress_site, "3.48").select("details.progress-box__timeline li.timeline__item")
    assert [i.select_one("time.timeline__day")["datetime"] for i in items] == ["2022-10-10", "2022-06-24", "2022-03-25"]
    assert [i.select_one(".status").get_text() for i in items] == ["Chưa có thông tin", "Đang thực hiện",
                                                                    "Chưa triển khai"]
    assert words(items[0].select_one(".timeline__unit")) == "Phần việc của Sở Tài chính"
    assert words(items[1].select_one("blockquote")) == "Đã dự thảo văn bản đôn đốc, đạt khoảng 30%."
    assert words(items[1].select_one(".evidence")) == ("Minh chứng: 88/STC-VP ngày 10/06/2022: "
                                                       "Dự thảo văn bản đôn đốc thực hiện kế hoạch")
    linked = card(progress_site, "3.41").select_one(".evidence a")
    assert linked["href"] == "https://example.org/van-ban/123-QD-UBND.pdf" and linked.get_text() == "123/QĐ-UBND"


def test_completed_and_recurring_work_is_never_overdue(progress_site):
    done = card(progress_site, "3.41")  # Quý IV năm 2021, completed in the first quarter of 2022
    assert done.select_one(".progress-box .status").get_text() == "Đã hoàn thành" and not done.select(".badge--overdue")
    recurring = card(progress_site, "3.47")  # Thường xuyên
    assert recurring.select_one(".progress-box .status").get_text() == "Đang thực hiện"
    assert not recurring.select(".badge--overdue") and not recurring.select(".progress-box__percent")


def test_a_unit_with_no_role_is_said_so_beside_its_update(progress_site):
    items = card(progress_site, "3.23").select("li.timeline__item")
    directed = next(i for i in items if "UBND tỉnh đã chỉ đạo" in words(i))
    assert "đơn vị không chủ trì, phối hợp hoạt động này trong kế hoạch" in words(directed)
    assert "Ghi chú biên tập UBND tỉnh không được giao" in words(directed)


def test_the_progress_page_summary_rule_and_chart(progress_site):
    soup = html_of(progress_site, "tien-do/")
    stats = {words(d.dt): words(d.dd) for d in soup.select("#tong-quan ~ dl.stats > div")}
    assert stats["Hoạt động"] == "4" and stats["Quá hạn"] == "2" and stats["Tiến độ chung"] == "70%"
    assert stats["Đã có báo cáo về tình trạng"] == "4 / 4" and stats["Báo cáo đã ghi nhận"] == "5"
    chart = soup.select_one("svg#plan-status, svg[aria-labelledby^='plan-status']")
    assert chart["role"] == "img"
    assert words(chart.find("desc")) == ("Cả kế hoạch: 4 hoạt động (Đã hoàn thành 1, Hoàn thành một phần 1, "
                                         "Đang thực hiện 2).")
    rule = words(soup.find(id="cach-tinh").find_next("div", class_="progress-rule"))
    assert "không tính là 0%" in rule and "trọng số như nhau" in rule and "không bao giờ quá hạn" in rule
    assert "đã kết thúc" in words(soup.select_one(".plan-period"))
    assert not soup.select(".progress-empty")


def test_the_overdue_list_and_the_latest_updates(progress_site):
    soup = html_of(progress_site, "tien-do/")
    overdue = soup.select("ul.overdue-list > li")
    assert [li.select_one("a.code").get_text() for li in overdue] == ["3.23", "3.48"]
    assert "hết ngày 31/12/2022" in words(overdue[0]) and "Hoàn thành một phần 80%" in words(overdue[0])
    updates = soup.select("ol.timeline--page > li")
    assert len(updates) == 8
    assert [u.select_one("time.timeline__day")["datetime"] for u in updates][:3] == ["2022-12-15", "2022-10-10",
                                                                                     "2022-10-10"]


def test_roll_up_tables_by_section_unit_and_kind(progress_site):
    soup = html_of(progress_site, "tien-do/")

    def table(anchor):
        return {words(tr.th): [words(td) for td in tr.find_all("td")]
                for tr in soup.find(id=anchor).find_next("table").select("tbody tr")}

    sections = table("theo-phan")
    assert sections["V CẢI CÁCH TÀI CHÍNH CÔNG"] == ["2 hoạt động Đang thực hiện 2",
                                                     "30% (trên 1/2 hoạt động có số liệu)"]
    assert sections["Cả kế hoạch"][1] == "70% (trên 3/4 hoạt động có số liệu)"
    units = table("theo-don-vi")
    assert list(units)[0] == "Sở Tài chính" and units["Sở Nội vụ"] == ["1 hoạt động Đã hoàn thành 1",
                                                                       "100% (trên 1/1 hoạt động có số liệu)"]
    objectives = table("theo-muc-tieu")
    assert "2.21 Tập trung hoàn thiện hệ thống văn bản quy phạm pháp luật." in objectives
    assert list(table("theo-loai-don-vi")) == ["Sở, ban, ngành cấp tỉnh", "Nhóm cơ quan (nêu chung)"]


def test_the_target_table_beside_the_latest_actual(progress_site):
    rows = html_of(progress_site, "tien-do/").find(id="chi-tieu").find_next("table").select("tbody tr")
    cells = {words(r.th): [words(td) for td in r.find_all("td")] for r in rows}
    ct08 = next(v for k, v in cells.items() if k.startswith("CT-08"))
    assert ct08[:3] == ["chung", "Tối thiểu 80%", "75,5%"] and "40/BC-STC" in ct08[3]


def test_the_compliance_table(progress_site):
    table = html_of(progress_site, "tien-do/").find(id="ky-bao-cao").find_next("table")
    heads = [words(th) for th in table.select("thead th")]
    assert heads == ["Đơn vị", "Quý I", "Quý II", "6 tháng", "Quý III", "Quý IV", "Cả năm", "Đột xuất"]
    rows = {words(tr.th): [" ".join(td.get_text(" ").split()) for td in tr.find_all("td")]  # <br> between lines
            for tr in table.select("tbody tr")}
    assert rows["Sở Tài chính"] == ["đã có báo cáo 12/BC-STC", "chưa có báo cáo", "đã có báo cáo 40/BC-STC",
                                    "chưa có báo cáo", "chưa có báo cáo", "chưa có báo cáo", "không có"]
    assert rows["Sở Nội vụ"][0] == "đã có báo cáo 45/BC-SNV" and rows["Sở Nội vụ"][-1] == "210/BC-SNV"
    assert list(rows) == ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tài chính"]


def test_home_and_history_tell_of_progress(progress_site):
    home = words(html_of(progress_site, "").select_one(".home-progress"))
    assert home.startswith("4/4 hoạt động (100,0%) đã có báo cáo về tình trạng, theo 5 báo cáo đã ghi nhận")
    assert "2 hoạt động đã qua thời hạn" in home
    assert "năm 2022 (01/01/2022 – 31/12/2022): đã kết thúc" in words(html_of(progress_site, "").select_one(".plan-period"))
    history = html_of(progress_site, "lich-su/").select("ol.change-log--progress > li")
    assert len(history) == 5 and "300/BC-VPUBND" in words(history[0])
    assert words(history[0].select_one(".status-counts")) == "Hoàn thành một phần 1"


def test_a_unit_page_s_cards_have_a_brief_timeline_pointing_to_the_appendix(progress_site):
    soup = html_of(progress_site, "don-vi/so-tai-chinh/")
    box = soup.find("h2", id="chu-tri").find_next("li", class_="duty").select_one(".progress-box")
    items = box.select("ol.timeline--brief > li")
    assert [words(li) for li in items] == ["24/06/2022 Đang thực hiện · 40/BC-STC",  # 3.47, latest first
                                           "25/03/2022 Đang thực hiện · 12/BC-STC"]
    row = box.find_parent("li", class_="duty")
    assert row.select_one(".duty__title a.code")["href"] == "../../phu-luc/#hd-3-47"  # the full timeline
    assert not soup.select(".progress-box blockquote")  # the report's words are on the appendix's card


def test_a_unit_page_ends_with_its_progress_and_reports(progress_site):
    soup = html_of(progress_site, "don-vi/so-tai-chinh/")
    heading = soup.find("h2", id="tien-do")
    assert heading is not None and heading.get_text().startswith("Tiến độ và báo cáo")
    section = "".join(str(sibling) for sibling in heading.find_next_siblings())
    assert "2 hoạt động chủ trì" in section and "đã có báo cáo<br/><a" in section.replace("<br>", "<br/>")
    assert "../../tien-do/#ky-bao-cao" in section
    collective = html_of(progress_site, "don-vi/cac-so-ban-nganh/").find("h2", id="tien-do")
    assert collective is not None
    assert not any(sibling.name == "div" and sibling.find("table") for sibling in collective.find_next_siblings()), \
        "a collective is not asked for reports: its members are"


def test_the_real_site_says_there_is_no_report(built_site, plan):
    soup = html_of(built_site, "tien-do/")
    assert "Chưa có báo cáo tiến độ nào được ghi nhận" in words(soup.select_one(".progress-empty"))
    cells = [words(td) for td in soup.find(id="ky-bao-cao").find_next("table").select("tbody td.compliance")]
    assert cells and set(cells) == {"chưa có báo cáo"}
    targets = soup.find(id="chi-tieu").find_next("table").select("tbody tr")
    assert len(targets) >= len(plan.indicators)
    assert all("chưa có báo cáo" in words(row) for row in targets)
    assert words(soup.find(id="cac-bao-cao").find_next("p")) == "Chưa có báo cáo: bộ dữ liệu chưa ghi báo cáo nào."
    statuses = {words(s) for s in html_of(built_site, "phu-luc/").select(".progress-box__none")}
    assert statuses == {"Chưa có báo cáo"}
    assert len(html_of(built_site, "phu-luc/").select(".progress-box")) == len(plan.appendix.activities)
    home = words(html_of(built_site, "").select_one(".home-progress"))
    assert re.match(r"Chưa có báo cáo tiến độ nào được ghi nhận: 0/39 hoạt động", home)
