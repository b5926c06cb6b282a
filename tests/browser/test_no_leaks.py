"""Opening any kind of page asks no other host for anything and raises no JavaScript error.

Every request the page makes (documents, styles, scripts, the search worker and
its index, images) is recorded; any request to another host is aborted and
reported, so a stray CDN font or analytics script fails here.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.support.page_kinds import PAGE_KINDS

pytestmark = pytest.mark.browser



class Watcher:
    """Requests to other hosts, page errors, console errors and failed requests of one page."""

    def __init__(self, page, site_url: str):
        self.own_origin = "{0.scheme}://{0.netloc}".format(urlsplit(site_url))
        self.foreign_requests: list[str] = []
        self.errors: list[str] = []
        page.route("**/*", self._route)
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        page.on("console", self._console)
        page.on("response", self._response)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("data:", "blob:")) or url.startswith(self.own_origin + "/"):
            route.continue_()
        else:
            self.foreign_requests.append(url)
            route.abort()

    def _console(self, message):
        if message.type == "error":
            self.errors.append(f"console error: {message.text}")

    def _response(self, response):
        if response.status >= 400:
            self.errors.append(f"HTTP {response.status}: {response.url}")


def _open(page, url: str) -> None:
    page.goto(url, wait_until="networkidle")


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_stays_on_the_site_and_raises_no_error(page, site_url, kind):
    watcher = Watcher(page, site_url)
    _open(page, site_url + PAGE_KINDS[kind])
    assert not watcher.foreign_requests, f"requests to other hosts: {watcher.foreign_requests}"
    assert not watcher.errors, "\n".join(watcher.errors)


def test_search_and_instant_navigation_stay_on_the_site(page, site_url):
    """Searching and following a result (Material's instant loading) load nothing from elsewhere."""
    watcher = Watcher(page, site_url)
    _open(page, site_url)
    page.keyboard.press("/")
    page.keyboard.type("Sở Nội vụ")
    page.locator(".md-search-result__item").first.wait_for()
    page.locator(".md-search-result__link").first.click()
    page.wait_for_load_state("networkidle")
    page.locator("nav.md-tabs a[href$='phu-luc/']").first.click()
    page.wait_for_url("**/phu-luc/")
    page.wait_for_load_state("networkidle")
    assert not watcher.foreign_requests, f"requests to other hosts: {watcher.foreign_requests}"
    assert not watcher.errors, "\n".join(watcher.errors)


def test_the_watcher_catches_a_request_to_another_host(page, site_url):
    watcher = Watcher(page, site_url)
    _open(page, site_url)
    # The fetch settles (rejected) once the route has aborted the request.
    page.evaluate("() => fetch('https://example.com/x.js').then(() => 'loaded', () => 'refused')")
    assert watcher.foreign_requests == ["https://example.com/x.js"]
