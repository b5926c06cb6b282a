"""What the built pages show, checked from their HTML against the dataset and the source."""

from __future__ import annotations

from urllib.parse import urljoin, urlparse

import pytest

from plan.model import paths as anchors
from tests.support.html import html_of

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
            assert " ".join(activity.text.split()) in " ".join(heading.get_text().split())
        if activity.product:
            first_line = activity.product.split("\n")[0]
            assert first_line.removeprefix("- ") in card.get_text()  # a "- " line is shown as a list item


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


def test_budget_page_shows_lines_total_and_chart(built_site, plan):
    soup = html_of(built_site, "kinh-phi/")
    text = soup.get_text(" ")
    for amount in ("300 triệu đồng", "450 triệu đồng", "800 triệu đồng"):
        assert amount in text
    assert "1.850 triệu đồng" in soup.select_one(".budget-total").get_text()
    shares = [dd.get_text(strip=True) for dd in soup.select(".budget-line__share")]
    assert shares == ["16,2%", "24,3%", "43,3%", "16,2%"]  # largest remainder: 43.24 % takes the missing tenth
    assert "phương pháp phần dư lớn nhất" in soup.find(id="lam-tron").get_text()
    chart = soup.select_one("figure.budget-figure")
    bars = chart.select(".budget-bar")
    assert [bar.select_one(".budget-bar__value").get_text() for bar in bars] == [
        "300 triệu đồng · 16,2%", "450 triệu đồng · 24,3%", "800 triệu đồng · 43,3%", "300 triệu đồng · 16,2%"]
    labels = [bar.select_one(".budget-bar__label") for bar in bars]
    assert [label.a["href"] for label in labels] == ["#kp-1", "#kp-2", "#kp-3", "#kp-4"]
    assert labels[0].get_text(" ", strip=True) == "Sở Nội vụ Kinh phí chi thường xuyên cho hoạt động chỉ đạo…"
    assert labels[1].get_text(" ", strip=True) == "Văn bản không nêu đơn vị nhận Kinh phí thực hiện công tác KSTTHC năm 2021"
    for bar, line in zip(bars, plan.budget.lines):
        assert line.text.startswith(bar.a.get_text().removesuffix("…"))  # the line's own words
        assert bar.select_one(".budget-bar__fill")["aria-hidden"] == "true"
    assert "Khoản 1" not in text
    assert soup.find(id="kp-kinh-phi-cchc-hang-nam").find_next("ul").get_text(" ").split()[0] == "3.40"


def test_budget_page_totals_per_recipient_keep_each_line_verbatim(built_site, plan):
    soup = html_of(built_site, "kinh-phi/")
    groups = soup.find(id="theo-don-vi-nhan").find_next("ul", class_="budget-recipients").find_all("li", recursive=False)
    names = [group.select_one(".budget-recipient__name") for group in groups]
    assert [name.get_text(" ", strip=True) for name in names] == [
        "Sở Nội vụ (2 khoản)", "Văn bản không nêu đơn vị nhận (2 khoản)"]
    assert names[0].a["href"] == "../don-vi/so-noi-vu/"
    assert [group.select_one(".budget-bar__value").get_text() for group in groups] == [
        "1.100 triệu đồng · 59,5%", "750 triệu đồng · 40,5%"]
    lines = {line.id: line.text for line in plan.budget.lines}
    assert [[li.get_text() for li in group.select(".budget-recipient__lines > li")] for group in groups] == [
        [lines["kp-1"], lines["kp-3"]], [lines["kp-2"], lines["kp-4"]]]


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
        assert anchor.find_parent("mark").get_text() == indicator.quote
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
    assert entries["Phụ lục"] == "phu-luc/" and entries["Chữ viết tắt"] == "viet-tat/"
    assert soup.find("a", string="danh sách đơn vị")["href"] == "don-vi/"


def test_home_answers_first_the_decision_s_details_come_last(built_site):
    soup = html_of(built_site, "")
    headings = [h.get_text().rstrip("¶").strip() for h in soup.select("article h2")]
    assert headings.index("Kế hoạch đặt ra những chỉ tiêu nào?") < headings.index("Đơn vị của tôi phải làm gì?")
    assert headings.index("Đơn vị của tôi phải làm gì?") < headings.index("Văn bản ban hành")
    lead = soup.select_one(".home-lead")
    assert lead.find_next("h2").get_text().startswith("Kế hoạch đặt ra") and "năm 2022" in lead.get_text()


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
