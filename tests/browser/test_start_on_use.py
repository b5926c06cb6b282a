"""Material's script starts on the reader's first use of a page (overrides/partials/start-on-use.html).

Before that the page is plain HTML and must already be right: the reader's
colour scheme, a working search button and search keys. After it, Material
behaves as if it had started at load.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.support.material import MATERIAL_RAN, wait_for_material
from tests.support.page_kinds import UNIT_PAGE

pytestmark = pytest.mark.browser

BUNDLE = re.compile(r"/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$")
SCHEME = "() => document.body.getAttribute('data-md-color-scheme')"


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True, has_touch=True,
                                  locale="vi-VN")
    yield context.new_page()
    context.close()


def test_material_is_fetched_after_load_but_runs_only_when_the_page_is_used(page, site_url):
    fetched = []
    page.on("requestfinished", lambda request: fetched.append(request.url) if BUNDLE.search(request.url) else None)
    page.goto(site_url + "phu-luc/", wait_until="networkidle")
    assert fetched, "the bundle should be prefetched once the page has loaded"
    assert not page.evaluate(MATERIAL_RAN)
    expect(page.locator("html")).not_to_have_class(re.compile(r"\bjs\b"))

    page.mouse.move(200, 300)
    page.wait_for_function(MATERIAL_RAN)
    expect(page.locator("html")).to_have_class(re.compile(r"\bjs\b"))


def test_search_typed_on_first_tap_is_answered(phone, site_url):
    """The tap that starts Material opens search; what is typed while it loads is searched."""
    phone.goto(site_url + UNIT_PAGE)
    phone.tap(".md-header [for=__search]")
    box = phone.locator("[data-md-component=search-query]")
    expect(box).to_be_focused()
    box.type("so noi vu")
    box.press("End")
    first = phone.locator(".md-search-result__item a.md-search-result__link").first
    expect(first).to_have_attribute("href", re.compile(r"/don-vi/so-noi-vu/(\?h=.*)?$"))


def test_search_key_pressed_before_material_starts_opens_search(page, site_url):
    page.goto(site_url)
    page.keyboard.press("s")
    box = page.locator("[data-md-component=search-query]")
    expect(box).to_be_focused()
    expect(box).to_have_value("")  # the shortcut is not typed into the field


def test_dark_system_scheme_is_shown_before_material_starts(browser, site_url):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(site_url + "kinh-phi/", wait_until="networkidle")
    assert not page.evaluate(MATERIAL_RAN)
    assert page.evaluate(SCHEME) == "slate"
    expect(page.locator("label[for=__palette_0]")).to_be_visible()  # the way back to the light scheme
    context.close()


def test_scheme_chosen_before_material_starts_is_kept(browser, site_url):
    context = browser.new_context(color_scheme="light", has_touch=True)
    page = context.new_page()
    page.goto(site_url)
    page.locator("label[for=__palette_1]").click()
    assert page.evaluate(SCHEME) == "slate"
    wait_for_material(page)
    assert page.evaluate(SCHEME) == "slate", "Material's start should keep the reader's choice"
    page.reload()
    assert page.evaluate(SCHEME) == "slate", "the choice is stored, as Material stores it"
    context.close()


def test_a_search_result_link_highlights_at_once(page, site_url):
    """?h= (a search result followed) needs Material at load to mark the words."""
    page.goto(site_url + "phu-luc/?h=tiep+nhan")
    page.wait_for_function(MATERIAL_RAN)
    expect(page.locator(".md-content mark").first).to_be_visible()
