"""What the built pages show, checked from their HTML against the dataset and the source."""

from __future__ import annotations

from urllib.parse import urljoin, urlparse

import pytest

from plan.model import paths as anchors
from tests.support.html import html_of

# Hand-checked against the source text's lead and coordinating cells.
HAND_CHECKED = {
    "so-noi-vu": {"lead": {"3.38", "3.40", "3.41", "3.43", "3.44", "3.45", "3.46"}, "coordinate": set()},
    "so-tai-chinh": {"lead": {f"3.{n}" for n in range(47, 55)}, "coordinate": set()},
    "so-thong-tin-va-truyen-thong": {
        "lead": {"3.28", "3.29", "3.31", "3.46", "3.55", "3.56", "3.57", "3.58", "3.59", "3.60", "3.61"},
        "coordinate": set(),
    },
    "van-phong-ubnd-tinh": {
        "lead": {"3.23", "3.24", "3.25", "3.26", "3.27", "3.28", "3.29", "3.30", "3.31", "3.33", "3.35", "3.36",
                 "3.37", "3.55"},
        "coordinate": {"3.32", "3.34"},
    },
}


def section_codes(soup, heading_id: str) -> set[str]:
    """Activity codes listed between the <h2 id=heading_id> and the next <h2>."""
    heading = soup.find("h2", id=heading_id)
    assert heading is not None, f"no section #{heading_id}"
    codes = set()
    for element in heading.find_next_siblings():
        if element.name == "h2":
            break
        for code in element.select(".activity__title .code"):
            codes.add(code.get_text(strip=True))
    return codes


def test_appendix_shows_every_activity_with_its_fields(built_site, plan):
    soup = html_of(built_site, "phu-luc/")
    for activity in plan.appendix.activities:
        heading = soup.find(id=anchors.activity_anchor(activity.id))
        assert heading is not None, activity.id
        assert heading.select_one(".code").get_text(strip=True) == activity.id
        card = heading.find_parent("article")
        labels = [dt.get_text(strip=True) for dt in card.select("dt")]
        assert labels == ["Sản phẩm", "Chủ trì", "Phối hợp", "Thời hạn", "Kinh phí"]
        if activity.text:
            assert " ".join(activity.text.split()) in " ".join(heading.get_text(" ").split())
        if activity.product:
            assert activity.product.split("\n")[0] in card.get_text()


def test_appendix_has_stable_anchors_for_objectives_and_tasks(built_site, plan):
    soup = html_of(built_site, "phu-luc/")
    for objective in plan.appendix.objectives:
        assert soup.find(id=anchors.objective_anchor(objective.id)), objective.id
    for task in plan.appendix.tasks:
        assert soup.find(id=anchors.task_anchor(task.id)), task.id
    assert soup.find(id="hd-3-45").name in {"h4", "h5"}


def test_appendix_names_link_to_unit_pages(built_site):
    soup = html_of(built_site, "phu-luc/")
    card = soup.find(id="hd-3-28").find_parent("article")
    links = {a.get_text(" ", strip=True): a["href"] for a in card.select("a.unit-link")}
    assert links["VNPT Lâm Đồng"] == "../don-vi/vnpt-lam-dong/"
    assert links["Sở Thông tin và Truyền thông"] == "../don-vi/so-thong-tin-va-truyen-thong/"


@pytest.mark.parametrize("unit_id", sorted(HAND_CHECKED))
def test_unit_page_lists_hand_checked_activities(built_site, unit_id):
    soup = html_of(built_site, f"don-vi/{unit_id}/")
    assert section_codes(soup, "chu-tri") == HAND_CHECKED[unit_id]["lead"]
    assert section_codes(soup, "phoi-hop") == HAND_CHECKED[unit_id]["coordinate"]


def test_every_unit_page_lists_exactly_its_activities(built_site, plan, index):
    for unit in plan.units:
        soup = html_of(built_site, f"don-vi/{unit.id}/")
        assert soup.find("h1").get_text(strip=True).rstrip("¶") == unit.name
        assert section_codes(soup, "chu-tri") == {a.id for a in index.led_by(unit.id)}, unit.id
        assert section_codes(soup, "phoi-hop") == {a.id for a in index.coordinated_by(unit.id)}, unit.id


def test_department_page_points_to_the_work_of_its_collectives(built_site, index):
    soup = html_of(built_site, "don-vi/so-tu-phap/")
    groups = {group.id for group in index.collectives_covering("so-tu-phap")}
    assert "cac-so-ban-nganh" in groups, "Sở Tư pháp is one of 'Các sở, ban, ngành'"
    assert {item["id"] for item in soup.select("ul.via-groups > li")} == {f"qua-{g}" for g in groups}
    entry = soup.find(id="qua-cac-so-ban-nganh")
    links = {a.get_text(" ", strip=True): a["href"] for a in entry.find_all("a")}
    counts = index.role_counts["cac-so-ban-nganh"]
    assert links["Các sở, ban, ngành"] == "../cac-so-ban-nganh/"
    assert links[f"phối hợp {counts['coordinate']} hoạt động"] == "../cac-so-ban-nganh/#phoi-hop"
    assert links["Lịch của nhóm (.ics)"].endswith("du-lieu/lich/cac-so-ban-nganh.ics")
    group_page = html_of(built_site, "don-vi/cac-so-ban-nganh/")
    assert "3.38" in section_codes(group_page, "phoi-hop")
    assert len(section_codes(group_page, "phoi-hop")) == counts["coordinate"]


def test_unit_page_lists_plan_body_items_naming_the_unit(built_site):
    soup = html_of(built_site, "don-vi/so-tai-chinh/")
    refs = soup.find("h2", id="trong-ke-hoach").find_next("ul").get_text(" ")
    assert "III.2" in refs and "Chủ trì" in refs and "Sở Tài chính chủ trì" in refs
    refs = html_of(built_site, "don-vi/so-noi-vu/").find("h2", id="trong-ke-hoach").find_next("ul").get_text(" ")
    assert "III.3" in refs and "Nhận báo cáo" in refs and "Điều 3" in refs


def test_units_index_groups_units_by_kind_with_counts(built_site, plan, index):
    soup = html_of(built_site, "don-vi/")
    for unit in plan.units:
        link = soup.find("a", href=f"{unit.id}/")
        assert link is not None, unit.id
        counts = link.find_next_sibling("span").get_text()
        assert f"{index.role_counts[unit.id]['lead']} chủ trì" in counts
        assert f"{index.role_counts[unit.id]['coordinate']} phối hợp" in counts
    assert soup.find("h2", id="collective")


def test_budget_page_shows_lines_total_and_chart(built_site):
    soup = html_of(built_site, "kinh-phi/")
    text = soup.get_text(" ")
    for amount in ("300 triệu đồng", "450 triệu đồng", "800 triệu đồng"):
        assert amount in text
    assert "1.850 triệu đồng" in soup.select_one(".budget-total").get_text()
    assert "16,2%" in text and "24,3%" in text and "43,2%" in text
    chart = soup.select_one("svg.budget-chart")
    assert chart["role"] == "img" and chart.find("title") and "800 triệu đồng" in chart.find("desc").get_text()
    assert len(chart.select("rect")) == 4
    assert soup.find(id="kp-kinh-phi-cchc-hang-nam").find_next("ul").get_text(" ").split()[0] == "3.40"


def test_deadlines_page_groups_activities(built_site, plan):
    soup = html_of(built_site, "thoi-han/")
    titles = [h.get_text(strip=True).rstrip("¶") for h in soup.select("h2")]
    assert titles == ["Quý IV năm 2021", "Trong năm 2022", "Giai đoạn 2022 - 2025", "Hàng năm", "Thường xuyên",
                      "Theo quy định của Trung ương"]
    listed = [a.get_text(strip=True) for a in soup.select(".deadline-list a.code")]
    assert sorted(listed) == sorted(a.id for a in plan.appendix.activities)
    assert soup.find("h2", id="han-quarter-2021-12-31").find_next("li").select_one("a.code").get_text() == "3.41"


def test_source_notes_page_lists_gaps_inferences_and_oddities(built_site, plan):
    soup = html_of(built_site, "nguon/")
    for gap in plan.source_gaps:
        assert soup.find(id=gap.id)
    for note in plan.notes:
        assert soup.find(id=note.id), note.id
    inferred = soup.select_one(".inference-list").get_text(" ")
    assert "hoạt động 3.53" in inferred and "nhiệm vụ 2.26" in inferred


def test_plan_page_highlights_every_indicator(built_site, plan):
    soup = html_of(built_site, "ke-hoach/")
    for indicator in plan.indicators:
        anchor = soup.find(id=anchors.indicator_anchor(indicator.id))
        assert anchor is not None, indicator.id
        assert anchor.find_next_sibling("mark").get_text() == indicator.quote
    assert soup.find(id="kh-ii-3-dd")


def test_home_shows_decision_counts_targets_and_entry_points(built_site, plan):
    soup = html_of(built_site, "")
    text = soup.get_text(" ")
    assert "3090/QĐ-UBND" in text and "30/12/2021" in text and "Trần Văn Hiệp" in text
    stats = {dt.get_text(strip=True): dd.get_text(" ", strip=True) for dt, dd in
             zip(soup.select(".stats dt"), soup.select(".stats dd"))}
    assert stats["Hoạt động"] == str(len(plan.appendix.activities))
    assert stats["Mục tiêu"] == str(len(plan.appendix.objectives))
    assert stats["Kinh phí năm 2022"].startswith("1.850")
    assert len(soup.select(".indicator-card")) == sum(i.headline for i in plan.indicators)
    entries = {a.select_one("strong").get_text(): a["href"] for a in soup.select(".entry")}
    assert entries["Tra cứu theo đơn vị"] == "don-vi/"


def test_internal_links_of_unit_pages_resolve(built_site, plan):
    for unit in plan.units:
        soup = html_of(built_site, f"don-vi/{unit.id}/")
        base = f"http://site/don-vi/{unit.id}/"
        for link in soup.select("article a[href]"):
            target = urlparse(urljoin(base, link["href"]))
            path = target.path.lstrip("/")
            page = built_site / path / "index.html" if path.endswith("/") or not path else built_site / path
            assert page.exists(), (unit.id, link["href"])
            if target.fragment:
                assert html_of(built_site, path).find(id=target.fragment), (unit.id, link["href"])


def test_no_page_shows_a_placeholder_instead_of_its_html(built_site):
    """Large HTML blocks bypass Markdown (plan/render/html_stash.py) and must all come back."""
    for page in built_site.rglob("*.html"):
        assert "plan-html:" not in page.read_text(encoding="utf-8"), page
