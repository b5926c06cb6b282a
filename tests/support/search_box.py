"""Material's search box as a reader uses it, for the browser tests.

Material reads the query on keyup, and Playwright's fill() or non-ASCII
type() may not fire it, so each query is typed and followed by End, and the
results are read only once search-vi.js reports that they answer the whole
query (the results element's data-search-query).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

SEARCH_BOX = "[data-md-component=search-query]"
RESULTS = "[data-md-component=search-result]"

READ_RESULTS = """() => [...document.querySelectorAll('.md-search-result__item')].map(item =>
  [...item.querySelectorAll('a.md-search-result__link')].map(link => ({
    href: link.href,
    score: parseFloat(link.querySelector('article').dataset.mdScore),
    title: link.querySelector('h1, h2').innerHTML,
    text: [...link.querySelector('article').childNodes]
      .filter(node => !(node.matches && node.matches('h1, h2, .md-search-result__icon, .md-search-result__terms')))
      .map(node => node.outerHTML || node.textContent).join(''),
    missing: [...link.querySelectorAll('.md-search-result__terms del')].map(word => word.textContent),
  })))"""


@dataclass(frozen=True)
class Hit:
    href: str
    score: float
    title: str  # HTML, with <mark>
    text: str   # the teaser under the title (HTML), empty when Material shows none
    missing: list[str]  # the words listed under the result as missing ("Không: …")

    @property
    def location(self) -> str:
        """Site-relative location, as in search_index.json ("phu-luc/#hd-3-28")."""
        parts = urlsplit(self.href)
        path = unquote(parts.path).lstrip("/")
        return path + ("#" + unquote(parts.fragment) if parts.fragment else "")

    @property
    def plain_title(self) -> str:
        return re.sub(r"<[^>]+>", "", self.title)

    @property
    def marks(self) -> list[str]:
        return re.findall(r"<mark>(.*?)</mark>", self.title + self.text)


def shown_results(page) -> list[list[Hit]]:
    """The result groups the search panel shows now."""
    return [[Hit(**hit) for hit in group] for group in page.evaluate(READ_RESULTS)]


def search(page, query: str) -> list[list[Hit]]:
    """Type `query` in Material's search box; the result groups once they answer the whole query."""
    box = page.locator(SEARCH_BOX)
    box.click()
    box.press("Control+A")
    box.press("Delete")
    box.type(query)
    box.press("End")
    expected = unicodedata.normalize("NFC", query)
    page.wait_for_function(
        "([selector, query]) => document.querySelector(selector).getAttribute('data-search-query') === query",
        arg=[RESULTS, expected],
        timeout=10_000,
    )
    return shown_results(page)


def search_every_result(page, query: str) -> list[list[Hit]]:
    """Like `search`, with every result group. Material shows ten, then four more each time the list
    comes to its end (a change from "not at the end" to "at the end"), so the list is scrolled back a
    little and to its end until three such scrolls in a row render no more."""
    search(page, query)
    items = ".md-search-result__item"
    wrap = page.locator(".md-search__scrollwrap")
    idle = 0
    while idle < 3:
        shown = page.locator(items).count()
        wrap.evaluate("wrap => wrap.scrollTo(0, Math.max(0, wrap.scrollHeight - wrap.clientHeight - 200))")
        wrap.evaluate("wrap => new Promise(done => requestAnimationFrame(() => done(wrap.scrollTo(0, wrap.scrollHeight))))")
        try:
            page.wait_for_function("([selector, shown]) => document.querySelectorAll(selector).length > shown",
                                   arg=[items, shown], timeout=1_000)
            idle = 0
        except PlaywrightTimeoutError:
            idle += 1
    return shown_results(page)


def top(groups: list[list[Hit]]) -> Hit:
    """The link Enter opens: the best-scored link of the first group."""
    assert groups, "no results"
    return max(groups[0], key=lambda hit: hit.score)


def ranked(groups: list[list[Hit]]) -> list[Hit]:
    """Results in the order a reader meets them: group by group, best score first, without the
    page titles Material shows above a group's sections (score 0)."""
    return [hit for group in groups for hit in sorted(group, key=lambda hit: -hit.score) if hit.score > 0]
