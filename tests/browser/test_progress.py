"""/tien-do/ and the activity cards' timelines in Chromium, on the fixture with reports: phone and desktop widths,
no JavaScript needed, no accessibility violation. Screenshots go to the test's folder for a human to look at
(scripts/screenshots.py takes the same ones of any built site)."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_accessibility import TRANSITIONS_DONE, violations_report

pytestmark = pytest.mark.browser

WIDTHS = {"phone": 375, "desktop": 1280}


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_the_progress_page_fits_and_passes_axe(browser, progress_site_url, axe, width, tmp_path):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="vi-VN")
    try:
        page = context.new_page()
        page.goto(progress_site_url + "tien-do/")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {width}px"
        chart = page.locator("svg.status-chart").first.bounding_box()
        assert chart["x"] >= 0 and chart["x"] + chart["width"] <= width
        assert page.get_by_role("img", name="Hoạt động của kế hoạch theo tình trạng").is_visible()
        page.screenshot(path=str(tmp_path / f"tien-do-{width}.png"), full_page=True)
        page.wait_for_function(TRANSITIONS_DONE)
        results = axe.run(page)
        assert results.violations_count == 0, "axe-core violations:\n" + violations_report(results)
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_a_card_s_timeline_opens_without_javascript(browser, progress_site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(progress_site_url + "phu-luc/#hd-3-48")
        card = page.locator("article.activity", has=page.locator("#hd-3-48"))
        quote = card.get_by_text("Đã dự thảo văn bản đôn đốc, đạt khoảng 30%.")
        assert card.locator(".progress-box__latest").inner_text().startswith("Tiến độ: Đang thực hiện 30%")
        assert not quote.is_visible()
        card.get_by_text("Các lần cập nhật (3), mới nhất trước").click()
        assert quote.is_visible()
        box = card.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
    finally:
        context.close()


def test_the_appendix_with_timelines_open_passes_axe(page, progress_site_url, axe):
    page.goto(progress_site_url + "phu-luc/")
    for summary in page.locator("details.progress-box__timeline > summary").all():
        summary.click()
    page.wait_for_function(TRANSITIONS_DONE)
    results = axe.run(page)
    assert results.violations_count == 0, "axe-core violations:\n" + violations_report(results)


def test_the_progress_page_in_the_dark_scheme_passes_axe(page, progress_site_url, axe):
    page.emulate_media(color_scheme="dark")
    page.goto(progress_site_url + "tien-do/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.wait_for_function(TRANSITIONS_DONE)
    results = axe.run(page)
    assert results.violations_count == 0, "axe-core violations:\n" + violations_report(results)
