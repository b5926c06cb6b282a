"""Nothing an editor types into the data runs in a reader's browser (the hostile site of tests/support/hostile.py)."""

from __future__ import annotations

import pytest

from devtools import static_server
from tests.support.material import wait_for_material


def _pages(site) -> list[str]:
    return sorted(str(path.parent.relative_to(site)).replace(".", "") + "/" for path in site.rglob("index.html"))


@pytest.mark.browser
def test_nothing_from_the_data_runs_on_any_page(hostile_site, browser):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    dialogs: list[str] = []
    try:
        with static_server.serve(hostile_site) as base:
            page = context.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            for path in _pages(hostile_site):
                url = base + path.lstrip("/")
                page.goto(url)
                page.mouse.move(10, 10)  # the first use starts Material's script
                wait_for_material(page)
                assert page.evaluate("typeof window.__xss") == "undefined", path
                assert page.locator("a[href^='javascript:' i], [href^='data:' i]").count() == 0, path
                for link in page.locator("article a").all()[:40]:
                    href = link.get_attribute("href") or ""
                    assert not href.lower().lstrip().startswith(("javascript:", "vbscript:", "data:")), (path, href)
            assert not dialogs
    finally:
        context.close()


@pytest.mark.browser
def test_searching_for_a_payload_shows_it_as_text(hostile_site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    try:
        with static_server.serve(hostile_site) as base:
            page = context.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.goto(base + "?q=P06")
            wait_for_material(page)
            results = page.locator(".md-search-result__item")
            results.first.wait_for()
            assert "</title><script>alert(6)</script>" in page.locator(".md-search-result").inner_text()
            results.first.locator("a").first.click()
            page.wait_for_load_state("load")
            assert page.evaluate("typeof window.__xss") == "undefined" and not dialogs
    finally:
        context.close()


@pytest.mark.browser
def test_a_very_long_word_wraps_on_a_phone(hostile_site, browser):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    try:
        with static_server.serve(hostile_site) as base:
            page = context.new_page()
            page.goto(base + "phu-luc/")
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, "a very long word must wrap, not widen the page"
    finally:
        context.close()
