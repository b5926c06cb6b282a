"""Vietnamese search in Material's search box, driven in Chromium.

Material reads the query on keyup, and Playwright's fill() or non-ASCII
type() may not fire it, so each query is typed and followed by End, and the
results are read only once search-vi.js reports that they answer the whole
query (the results element's data-search-query).

"Top result" is the link Enter opens: the best-scored link of the first group.

| query                     | expected top result                                  |
|---------------------------|------------------------------------------------------|
| so noi vu                 | don-vi/so-noi-vu/                                    |
| Sở Nội vụ                 | don-vi/so-noi-vu/                                    |
| noi vu                    | an entry titled "… Nội vụ"                           |
| mot cua lien thong        | an entry whose title has "một cửa liên thông"        |
| dich vu cong truc tuyen   | an entry whose title has "dịch vụ công trực tuyến"   |
| kinh phi                  | kinh-phi/                                            |
| 3.28 / 3.45               | phu-luc/#hd-3-28 / phu-luc/#hd-3-45                  |
| 1.10                      | phu-luc/#mt-1-10                                     |
| 2.9                       | phu-luc/#nv-2-9                                      |
| 45/2020/NĐ-CP             | an entry whose title cites 45/2020/NĐ-CP             |
| 61/2018/NĐ-CP, 61/2018    | an entry whose text cites 61/2018/NĐ-CP              |
| 76/NQ-CP, NĐ-CP           | an entry that cites it                               |
| 76/nq-cp, 61/2018/nđ-cp   | an entry that cites it (typed in lowercase)          |
| VP UBND, VP UBND tỉnh     | don-vi/van-phong-ubnd-tinh/                          |
| TTHC, CCHC                | an entry whose title has the abbreviation            |
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.browser

SEARCH_BOX = "[data-md-component=search-query]"
RESULTS = "[data-md-component=search-result]"

READ_RESULTS = """() => [...document.querySelectorAll('.md-search-result__item')].map(item =>
  [...item.querySelectorAll('a.md-search-result__link')].map(link => ({
    href: link.href,
    score: parseFloat(link.querySelector('article').dataset.mdScore),
    title: link.querySelector('h1, h2').innerHTML,
    text: [...link.querySelector('article').childNodes]
      .filter(node => !(node.matches && node.matches('h1, h2, .md-search-result__icon')))
      .map(node => node.outerHTML || node.textContent).join(''),
  })))"""


@dataclass(frozen=True)
class Hit:
    href: str
    score: float
    title: str  # HTML, with <mark>
    text: str

    @property
    def location(self) -> str:
        """Site-relative location, as in search_index.json ("phu-luc/#hd-3-28")."""
        parts = urlsplit(self.href)
        path = parts.path.lstrip("/")
        return path + ("#" + parts.fragment if parts.fragment else "")

    @property
    def plain_title(self) -> str:
        return re.sub(r"<[^>]+>", "", self.title)


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
    return [[Hit(**hit) for hit in group] for group in page.evaluate(READ_RESULTS)]


def top(groups: list[list[Hit]]) -> Hit:
    assert groups, "no results"
    return max(groups[0], key=lambda hit: hit.score)


@pytest.fixture
def site(page, site_url):
    page.goto(site_url)
    return page


@pytest.fixture(scope="module")
def index_entries(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {entry["location"]: entry for entry in index["docs"]}


TOP_LOCATION = [
    ("so noi vu", "don-vi/so-noi-vu/"),
    ("Sở Nội vụ", "don-vi/so-noi-vu/"),
    ("kinh phi", "kinh-phi/"),
    ("3.28", "phu-luc/#hd-3-28"),
    ("3.45", "phu-luc/#hd-3-45"),
    ("1.10", "phu-luc/#mt-1-10"),
    ("2.9", "phu-luc/#nv-2-9"),
    ("VP UBND", "don-vi/van-phong-ubnd-tinh/"),
    ("VP UBND tỉnh", "don-vi/van-phong-ubnd-tinh/"),
    ("vp ubnd tinh", "don-vi/van-phong-ubnd-tinh/"),
]

TOP_TITLE_HAS = [
    ("noi vu", "Nội vụ"),
    ("mot cua lien thong", "một cửa liên thông"),
    ("dich vu cong truc tuyen", "dịch vụ công trực tuyến"),
    ("45/2020/NĐ-CP", "45/2020/NĐ-CP"),
    ("TTHC", "TTHC"),
    ("CCHC", "CCHC"),
]

TOP_CITES = [
    ("61/2018/NĐ-CP", "61/2018/NĐ-CP"),
    ("61/2018", "61/2018/NĐ-CP"),
    ("76/NQ-CP", "76/NQ-CP"),
    ("76/nq-cp", "76/NQ-CP"),
    ("61/2018/nđ-cp", "61/2018/NĐ-CP"),
    ("NĐ-CP", "NĐ-CP"),
]


@pytest.mark.parametrize("query, location", TOP_LOCATION)
def test_top_result_is_the_item(site, query, location):
    assert top(search(site, query)).location == location


@pytest.mark.parametrize("query, words", TOP_TITLE_HAS)
def test_top_result_title_has_the_words(site, query, words):
    assert words.lower() in top(search(site, query)).plain_title.lower()


@pytest.mark.parametrize("query, number", TOP_CITES)
def test_document_numbers_find_the_places_that_cite_them(site, index_entries, query, number):
    entry = index_entries[top(search(site, query)).location]
    assert number in entry["title"] + entry["text"]


def test_exact_diacritics_rank_above_folded_matches(site):
    """"sở" finds pages with "số" or "sơ" too, but only after every page that has "sở"."""
    groups = search(site, "sở")
    has_exact = [bool(re.search(r"\bsở\b", best.plain_title + best.text, re.IGNORECASE))
                 for best in (max(group, key=lambda hit: hit.score) for group in groups)]
    assert has_exact[0]
    assert has_exact == sorted(has_exact, reverse=True), has_exact


def test_d_without_stroke_finds_d_with_stroke(site):
    hit = top(search(site, "dong"))
    assert "Đồng" in hit.plain_title or "đồng" in hit.plain_title.lower()


def test_decomposed_query_is_read_as_composed(site):
    decomposed = unicodedata.normalize("NFD", "Sở Nội vụ")
    assert decomposed != "Sở Nội vụ"
    hit = top(search(site, decomposed))
    assert site.locator(SEARCH_BOX).input_value() == "Sở Nội vụ"
    assert hit.location == "don-vi/so-noi-vu/"


def test_words_found_through_folding_are_highlighted(site):
    hit = top(search(site, "so noi vu"))
    assert hit.title == "<mark>Sở</mark> <mark>Nội</mark> <mark>vụ</mark>"
    assert "sở" in parse_qs(urlsplit(hit.href).query)["h"][0].split()


def test_target_page_highlights_folded_words(site):
    hit = top(search(site, "mot cua lien thong"))
    site.locator(f"a.md-search-result__link[href='{hit.href}']").first.click()
    site.wait_for_url(re.compile(re.escape(urlsplit(hit.href).path)))
    marks = site.locator("article mark[data-md-highlight]")
    marks.first.wait_for()
    marked = marks.all_inner_texts()
    # Material merges neighbouring marks: "<mark>một cửa</mark>".
    assert {"một", "cửa", "liên", "thông"} <= {word.lower() for text in marked for word in text.split()}


def test_search_makes_no_request_to_another_host(page, site_url):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname))
    page.goto(site_url)
    search(page, "so noi vu")
    assert hosts == {urlsplit(site_url).hostname}
