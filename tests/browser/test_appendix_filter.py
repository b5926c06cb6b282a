"""Narrowing the appendix: combined filters, a shareable address, the back button, keyboard only, no JavaScript."""

from __future__ import annotations

import re

import pytest

from plan.queries.obligations import Obligations

pytestmark = pytest.mark.browser

UNIT = "so-thong-tin-va-truyen-thong"
VISIBLE_CARDS = "article.activity[data-thoi-han]:visible"


@pytest.fixture(scope="module")
def expected(index):
    """Activities the unit leads (named or through a group) whose deadline is "Trong năm", from the data."""
    owed = Obligations(index).of_unit(UNIT)
    leads = {o.activity.id for o in owed if any(r.role == "lead" for r in o.routes)}
    in_year = {a.id for a in index.plan.appendix.activities if (d := index.deadline(a)) and d.kind == "year"}
    return {"lead": leads, "lead in year": leads & in_year, "all": {o.activity.id for o in owed}}


def _shown(page) -> set[str]:
    return set(page.locator(VISIBLE_CARDS + " .activity__title").evaluate_all(
        "els => els.map(e => e.id.replace(/^hd-/, '').replace(/-/g, '.'))"))


def _status(page) -> str:
    return page.locator("#loc-ket-qua").inner_text()


def test_two_filters_combine_and_the_address_holds_them(page, site_url, expected):
    page.goto(site_url + "phu-luc/")
    page.select_option("#loc-don-vi", UNIT)
    page.select_option("#loc-vai-tro", "chu-tri")
    assert _shown(page) == expected["lead"]
    page.select_option("#loc-thoi-han", "trong-nam")
    assert _shown(page) == expected["lead in year"]
    assert _status(page) == f"Có {len(expected['lead in year'])} trong 39 hoạt động phù hợp."
    assert re.search(rf"\?don-vi={UNIT}&vai-tro=chu-tri&thoi-han=trong-nam$", page.url)


def test_a_shared_address_opens_with_the_same_filters(browser, site_url, expected):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    try:
        page = context.new_page()
        page.goto(f"{site_url}phu-luc/?don-vi={UNIT}&vai-tro=chu-tri&thoi-han=trong-nam")
        assert page.locator("#loc-don-vi").input_value() == UNIT
        assert page.locator("#loc-thoi-han").input_value() == "trong-nam"
        assert _shown(page) == expected["lead in year"]
    finally:
        context.close()


def test_the_back_button_undoes_one_filter_at_a_time(page, site_url, expected):
    page.goto(site_url + "phu-luc/")
    page.select_option("#loc-don-vi", UNIT)
    page.select_option("#loc-vai-tro", "chu-tri")
    page.go_back()
    assert page.locator("#loc-vai-tro").input_value() == ""
    assert _shown(page) == expected["all"]
    page.go_back()
    assert page.locator("#loc-don-vi").input_value() == ""
    assert len(_shown(page)) == 39


def test_an_empty_result_says_so_and_hides_every_heading_of_the_appendix(page, site_url):
    page.goto(site_url + "phu-luc/?phan=I")
    assert _shown(page) == set()
    assert _status(page).startswith("Không có hoạt động nào phù hợp")
    assert page.locator("article h2:visible, article h3:visible, article h4:visible").evaluate_all(
        "els => els.map(e => e.id)") == ["loc-tieu-de"]


def test_headings_stay_only_above_the_activities_shown(page, site_url, expected):
    page.goto(f"{site_url}phu-luc/?don-vi={UNIT}&vai-tro=chu-tri")
    for heading in page.locator("article h3:visible, article h4:visible").all():
        if heading.get_attribute("id") in ("loc-tieu-de",) or "activity__title" in (heading.get_attribute("class") or ""):
            continue
        group_cards = heading.evaluate("""h => {
            let n = h.closest('section.task') || h, count = 0
            if (n !== h) return n.querySelectorAll('article.activity:not(.is-filtered-out)').length
            for (n = h.nextElementSibling; n && !/^H[23]$/.test(n.tagName); n = n.nextElementSibling)
                count += n.matches('article.activity:not(.is-filtered-out)') ? 1
                       : n.querySelectorAll('article.activity:not(.is-filtered-out)').length
            return count }""")
        assert group_cards > 0, heading.inner_text()


def test_the_filter_works_with_the_keyboard_alone(page, site_url):
    page.goto(site_url + "phu-luc/")
    page.locator("#loc-thoi-han").focus()
    page.keyboard.press("ArrowDown")
    chosen = page.locator("#loc-thoi-han").input_value()
    assert chosen and f"thoi-han={chosen}" in page.url
    assert _status(page).startswith("Có ")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "reset"
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#loc-ket-qua').textContent.startsWith('Đang hiện cả')")
    assert page.locator("#loc-thoi-han").input_value() == ""


def test_the_result_is_announced(page, site_url):
    page.goto(site_url + "phu-luc/")
    assert page.locator("#loc-ket-qua").get_attribute("role") == "status"


def test_without_javascript_the_page_is_the_whole_appendix(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}phu-luc/?don-vi={UNIT}")
        assert not page.locator("#loc").is_visible()
        assert page.locator(VISIBLE_CARDS).count() == 39
    finally:
        context.close()


def test_a_filter_choice_is_24_px_tall_at_least_on_a_phone(browser, site_url):
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(site_url + "phu-luc/")
        for control in page.locator("#loc select, #loc button").all():
            box = control.bounding_box()
            assert box["height"] >= 24 and box["width"] >= 24
    finally:
        context.close()
