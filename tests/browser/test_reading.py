"""Reading the site in a real browser: phone layout, reaching a unit, printing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PAGES = ["", "phu-luc/", "don-vi/so-noi-vu/", "kinh-phi/", "ke-hoach/", "thoi-han/", "du-lieu/"]


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("path", PAGES)
def test_no_horizontal_overflow(browser, site_url, path, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        page.goto(site_url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
    finally:
        context.close()


# Each part of a name between two break opportunities (plan/output/escape.py path_breaks puts a
# <wbr> after "/", "-", "_" and before ".") is one text node: a part on more than one line broke mid-word.
PARTS_ON_TWO_LINES = """() => [...document.querySelectorAll("article code.path")].flatMap(code =>
  [...code.childNodes].filter(node => node.nodeType === Node.TEXT_NODE).filter(node => {
    const range = document.createRange()
    range.selectNodeContents(node)
    return new Set([...range.getClientRects()].map(rect => Math.round(rect.top))).size > 1
  }).map(node => `${code.textContent}: ${node.textContent}`))"""
COPIED = """code => {
  const range = document.createRange()
  range.selectNodeContents(code)
  getSelection().removeAllRanges()
  getSelection().addRange(range)
  return getSelection().toString()
}"""


def test_file_names_wrap_between_their_parts_on_a_phone(browser, site_url):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    try:
        page = context.new_page()
        page.goto(site_url + "du-lieu/")
        names = page.locator("article code.path")
        assert names.count() > 100
        assert page.evaluate(PARTS_ON_TWO_LINES) == []
        wrapped = page.locator("#tab-cac-tep code.path", has_text="hoat-dong-don-vi.csv").first
        assert wrapped.bounding_box()["height"] > 30, "the long name should wrap at 375 px"
        assert wrapped.evaluate(COPIED) == "du-lieu/hoat-dong-don-vi.csv", "copying gives the name unchanged"
    finally:
        context.close()


def test_reach_so_noi_vu_from_home_by_clicking(page, site_url):
    page.goto(site_url)
    page.get_by_role("link", name="Sở Nội vụ").first.click()
    page.wait_for_url("**/don-vi/so-noi-vu/")
    assert page.locator("h1").inner_text().rstrip("¶") == "Sở Nội vụ"
    assert page.locator("h2#chu-tri").is_visible()


def test_reach_unit_from_home_through_the_unit_index(page, site_url):
    page.goto(site_url)
    page.get_by_role("link", name="danh sách đơn vị").first.click()
    page.wait_for_url("**/don-vi/")
    page.locator(".md-content").get_by_role("link", name="Sở Tài chính", exact=True).click()
    page.wait_for_url("**/don-vi/so-tai-chinh/")
    assert page.locator("h1").inner_text().rstrip("¶") == "Sở Tài chính"


def test_unit_page_prints_without_navigation(page, site_url):
    page.goto(site_url + "don-vi/so-noi-vu/")
    assert page.locator(".md-header").is_visible()
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"):
        assert not page.locator(selector).first.is_visible(), selector
    assert page.locator("h1").is_visible()
    assert page.locator(".duty").first.is_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_phone_appendix_cards_stack_fields(browser, site_url):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    try:
        page = context.new_page()
        page.goto(site_url + "phu-luc/#hd-3-45")
        card = page.locator("#hd-3-45").locator("xpath=..")
        box = card.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
    finally:
        context.close()


TARGETS = "article a, article button, article select, article abbr[tabindex]"


@pytest.mark.parametrize("path", PAGES + ["viet-tat/", "nguon/", "du-lieu/"])
def test_every_link_and_control_is_a_24px_touch_target_on_a_phone(browser, site_url, path):
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(site_url + path)
        small = page.evaluate(f"""[...document.querySelectorAll({TARGETS!r})].filter(e => e.offsetParent)
            .map(e => [e.textContent.trim().slice(0, 30), e.getBoundingClientRect()])
            .filter(([_, box]) => box.height < 24 || box.width < 24).map(([text]) => text)""")
        assert small == [], f"{path}: smaller than 24 × 24 px: {small[:10]}"
    finally:
        context.close()


def test_a_linked_target_is_the_one_highlighted_and_the_legend_comes_first(page, site_url):
    page.goto(site_url + "ke-hoach/#ct-08")
    backgrounds = page.locator("article mark.indicator").evaluate_all(
        "marks => marks.filter(m => !m.closest('.target-legend')).map(m => getComputedStyle(m).backgroundColor)")
    strong = [b for b in backgrounds if b not in ("rgba(0, 0, 0, 0)", "transparent")]
    assert len(strong) == 1 and len(backgrounds) > 20
    assert page.locator("mark.indicator:has(#ct-08)").evaluate("m => getComputedStyle(m).backgroundColor") == strong[0]
    legend = page.locator(".target-legend")
    first_mark = page.locator("article .plan-item mark.indicator").first
    assert legend.bounding_box()["y"] < first_mark.bounding_box()["y"]


def test_a_phone_s_first_screen_shows_the_plan_s_first_target(browser, site_url):
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(site_url)
        first_target = page.locator(".indicator-card").first
        assert first_target.bounding_box()["y"] + 60 < 800, "the first target's figure is below the first screen"
        decision = page.get_by_role("heading", name="Văn bản ban hành")
        assert decision.bounding_box()["y"] > first_target.bounding_box()["y"], "the decision's details come first"
    finally:
        context.close()
