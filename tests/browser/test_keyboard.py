"""The main tasks work from the keyboard alone, with a visible focus at every step.

Tasks: open search and go to a result; reach a unit page from the home page;
go from a unit page to one of its activities in the appendix.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.support.page_kinds import UNIT_PAGE

pytestmark = pytest.mark.browser

MAX_TABS = 400

# What the focused element looks like: a focus ring is an outline (or a box shadow)
# that is drawn, i.e. has a style, a width and a colour that is not transparent.
FOCUS_STATE = """() => {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return null;
  // Material's hidden radio inputs (colour scheme toggle) show their focus on the label after them.
  const hidden = focused.matches("input.md-option") && focused.nextElementSibling;
  const element = hidden ? focused.nextElementSibling : focused;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0
    && !/rgba\\(.*,\\s*0\\)$/.test(style.outlineColor);
  return {
    tag: element.tagName, className: String(element.className), href: element.getAttribute("href") || "", text: element.textContent.trim().slice(0, 60),
    ring: outline || style.boxShadow !== "none", width: box.width, height: box.height,
  };
}"""


def tab_until(page, wanted) -> dict:
    """Press Tab until `wanted(focus)` holds; every element passed on the way must show its focus."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_STATE)
        if focus is None:
            continue
        assert focus["ring"], f"no visible focus on {focus}"
        assert focus["width"] > 0 and focus["height"] > 0, f"focus went to an invisible element: {focus}"
        if wanted(focus):
            return focus
    pytest.fail(f"not reached with {MAX_TABS} presses of Tab")


def test_skip_link_is_the_first_stop_and_is_visible(page, site_url):
    page.goto(site_url + "phu-luc/")
    focus = tab_until(page, lambda focus: True)
    assert "md-skip" in focus["className"], f"the first Tab should reach the skip link, got {focus}"
    assert page.locator(":focus").is_visible()


def test_search_opens_and_leads_to_a_result(page, site_url):
    page.goto(site_url)
    page.keyboard.press("/")
    search = page.locator("input.md-search__input")
    expect(search, "'/' should focus the search field").to_be_focused()
    page.keyboard.type("tư pháp")
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("ArrowDown")
    focus = page.evaluate(FOCUS_STATE)
    assert focus["tag"] == "A" and focus["ring"], f"the first result should be focused and show it: {focus}"
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url.rstrip("/") != site_url.rstrip("/"))
    assert page.locator("h1").first.is_visible()


def test_unit_page_is_reached_from_the_home_page(page, site_url):
    page.goto(site_url)
    tab_until(page, lambda focus: re.search(r"(^|/)don-vi/$", focus["href"]) is not None)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/don-vi/$"))
    tab_until(page, lambda focus: focus["href"].endswith(UNIT_PAGE.removeprefix("don-vi/")))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(UNIT_PAGE) + "$"))
    assert "Sở Nội vụ" in page.locator("h1").inner_text()


def test_activity_is_reached_from_a_unit_page(page, site_url):
    page.goto(site_url + UNIT_PAGE)
    focus = tab_until(page, lambda focus: re.search(r"phu-luc/#hd-", focus["href"]) is not None)
    anchor = focus["href"].split("#")[1]
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/phu-luc/#" + anchor + "$"))
    target = page.locator(f"[id='{anchor}']")
    target.wait_for()
    page.wait_for_function(
        "id => { const box = document.getElementById(id).getBoundingClientRect();"
        " return box.top >= 0 && box.top < window.innerHeight; }", arg=anchor)
