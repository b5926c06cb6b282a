"""A reader who does not know "TTHC" finds out by tapping it (phone) or tabbing to it (keyboard)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 375, "height": 800}, has_touch=True, is_mobile=True)
    try:
        yield context.new_page()
    finally:
        context.close()


AFTER = "el => getComputedStyle(el, '::after').content"


def _expansion_shown(page, abbr, expansion: str) -> bool:
    """After the abbreviation (site.css), or in Material's tooltip, which takes the title while it shows."""
    page.wait_for_timeout(400)  # Material's tooltip appears after a short delay
    if abbr.evaluate(AFTER) == f'" ({expansion})"':
        return True
    return page.locator(".md-tooltip2", has_text=expansion).first.is_visible()


@pytest.mark.parametrize("started", [False, True], ids=["before-material-starts", "once-material-started"])
def test_tapping_the_first_abbreviation_shows_its_expansion(phone, site_url, started):
    phone.goto(site_url + "phu-luc/")
    if started:
        phone.mouse.wheel(0, 10)
        phone.wait_for_function("!document.documentElement.classList.contains('md-pending')")
    first = phone.locator('article abbr[tabindex="0"]', has_text="TTHC").first
    assert first.evaluate(AFTER) == "none", "the expansion shows only when asked for"
    first.scroll_into_view_if_needed()
    first.tap()
    assert _expansion_shown(phone, first, "thủ tục hành chính")


def test_every_later_occurrence_has_the_expansion_as_its_tooltip(page, site_url):
    page.goto(site_url + "ke-hoach/")
    titles = page.locator("article abbr", has_text="CBCCVC").evaluate_all("els => els.map(e => e.title)")
    assert len(titles) > 5 and set(titles) == {"cán bộ, công chức, viên chức"}


def test_keyboard_reaches_the_expansion(page, site_url):
    page.goto(site_url + "kinh-phi/")
    abbr = page.locator('article abbr[tabindex="0"]').first
    expansion = abbr.get_attribute("title")
    abbr.focus()
    assert page.evaluate("document.activeElement.tagName") == "ABBR"
    assert _expansion_shown(page, abbr, expansion)
