"""axe-core finds no accessibility violation, at any impact level, on any kind of page.

Checked in Debian Chromium at a phone width (375 px) and a desktop width (1280 px),
in the light scheme, and in the dark scheme on the pages that show every kind of
element (links, tables, badges, search results) and on the budget page (its bars
have their own colour in each scheme); as the page is first shown and
once Material's script has started (it starts on first use, see
overrides/partials/start-on-use.html). Violations are fixed at the source
(docs/assets/palette.css, overrides/, templates), never disabled here.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.support.material import wait_for_material
from tests.support.page_kinds import PAGE_KINDS as CONTENT_PAGES
from tests.support.html import html_of

pytestmark = pytest.mark.browser

PAGE_KINDS = {**CONTENT_PAGES, "search": "search"}  # "search": the home page with search results open
WIDTHS = {"phone": 375, "desktop": 1280}
DARK_SCHEME_KINDS = ("home", "appendix", "unit", "deadlines", "budget", "search")
SEARCH_QUERY = "tư pháp"


@pytest.fixture(scope="module")
def axe():
    return Axe()  # bundles axe-core: nothing is downloaded


def open_page_kind(page, site_url: str, kind: str) -> None:
    if kind != "search":
        page.goto(site_url + PAGE_KINDS[kind])
        return
    page.goto(site_url)
    if page.viewport_size["width"] < 1220:
        page.click("label.md-header__button[for='__search']")  # the magnifier: no keyboard on phones
    else:
        page.keyboard.press("/")
    page.keyboard.type(SEARCH_QUERY)
    page.locator(".md-search-result__item").first.wait_for()


def violations_report(results) -> str:
    lines = []
    for violation in results.response["violations"]:
        targets = [node["target"] for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}, {len(violation['nodes'])}×): "
                     f"{violation['help']} {targets}")
    return "\n".join(lines)


# Colours are judged at rest: a tooltip fading in has, for a moment, too little contrast.
TRANSITIONS_DONE = "() => document.getAnimations().every(animation => animation.playState !== 'running')"


def assert_no_violations(page, axe) -> None:
    page.wait_for_function(TRANSITIONS_DONE)
    results = axe.run(page)
    assert results.violations_count == 0, "axe-core violations:\n" + violations_report(results)


def start_material(page) -> None:
    """What the reader's first use does: Material's script starts and mounts its components."""
    page.mouse.move(page.viewport_size["width"] // 2, 450)
    wait_for_material(page)


# Search results open only once Material has started: that kind is checked in that state alone.
LIGHT_CASES = [(kind, state) for kind in PAGE_KINDS for state in ("as-shown", "started")
               if not (kind == "search" and state == "as-shown")]


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize(("kind", "state"), LIGHT_CASES, ids=[f"{kind}-{state}" for kind, state in LIGHT_CASES])
def test_no_axe_violation_in_light_scheme(page, site_url, axe, kind, state, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme="light")
    open_page_kind(page, site_url, kind)
    if state == "started":
        start_material(page)
    assert_no_violations(page, axe)


@pytest.mark.parametrize("kind", DARK_SCHEME_KINDS)
def test_no_axe_violation_in_dark_scheme(page, site_url, axe, kind):
    page.emulate_media(color_scheme="dark")
    open_page_kind(page, site_url, kind)
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert_no_violations(page, axe)


def test_every_page_declares_vietnamese(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 20
    not_vietnamese = [str(path.relative_to(built_site)) for path in pages
                      if html_of(built_site, str(path.relative_to(built_site))).html.get("lang") != "vi"]
    assert not not_vietnamese, f"pages without lang=\"vi\": {not_vietnamese}"
