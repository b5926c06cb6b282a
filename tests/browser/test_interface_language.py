"""Material's interface speaks Vietnamese on every kind of page: no English default string shows.

The English strings are Material's own: every string of its English translation
(partials/languages/en.html, the fallback for anything a translation lacks) and
the few it writes in English outside any translation (the footer's "Made with",
the 404 page's heading, the logo's alt text, a code button's title). None may
appear in a page's text (scripts aside, hidden parts included: the search panel,
the back-to-top button), nor in a title, aria-label, placeholder or alt; nor in
the translations Material's script renders later (its `__config`). Checked as
the page is first shown and once Material's script has started, and in the
search panel's states. The strings are set in overrides/partials/languages/custom.html.
"""

from __future__ import annotations

import re

import pytest

from tests.support.material import ENGLISH, NOT_TEXT, wait_for_material
from tests.support.page_kinds import PAGE_KINDS

pytestmark = pytest.mark.browser

HARD_CODED = ["Made with", "404 - Not found", "Toggle line selection", "logo"]  # English outside any translation
ENGLISH_STRINGS = sorted({value for key, value in ENGLISH.items()
                          if key not in NOT_TEXT and len(value) > 2} | set(HARD_CODED))
KINDS = {**PAGE_KINDS, "not-found": "404.html"}
# 404.html links its assets by the deployed site's path (/ke-hoach-cchc-2022/…), which the
# test server does not serve: Material's script cannot start there, so it is read as shown.
AS_SHOWN_ONLY = {"not-found"}
TOP_LABEL = "Lên đầu trang"


def _pattern(english: str) -> re.Pattern:
    """The string as a whole phrase ("Search" not inside "Research"); `#` is Material's number placeholder."""
    return re.compile(r"(?<!\w)" + re.escape(english).replace(r"\#", r"\d+") + r"(?!\w)")


PATTERNS = {english: _pattern(english) for english in ENGLISH_STRINGS}

READ_INTERFACE = """() => {
  const texts = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement.closest("script, style, template"))
      texts.push(node.textContent)
  const names = ["title", "aria-label", "placeholder", "alt"]
  const attributes = [...document.querySelectorAll(names.map(name => `[${name}]`).join(","))]
    .flatMap(element => names.filter(name => element.hasAttribute(name))
      .map(name => `${element.tagName.toLowerCase()}[${name}]: ${element.getAttribute(name)}`))
  const config = document.getElementById("__config")
  return {
    text: [document.title, document.body.innerText, ...texts].join("\\n"),
    attributes: attributes,
    translations: config ? Object.values(JSON.parse(config.textContent).translations || {}) : [],
  }
}"""


def english_found(page) -> list[str]:
    shown = page.evaluate(READ_INTERFACE)
    places = [("text", shown["text"]), *(("attribute", a) for a in shown["attributes"]),
              *(("translation", t) for t in shown["translations"])]
    found = []
    for english, pattern in PATTERNS.items():
        for where, text in places:
            match = pattern.search(text)
            if match:
                found.append(f"{english!r} in {where}: …{text[max(0, match.start() - 40):match.end() + 40]!r}…")
    return found


def test_the_list_holds_materials_english_defaults():
    for english in ("Made with", "Copy to clipboard", "Back to top", "Search", "Type to start searching",
                    "Skip to content", "Share", "Clear", "Initializing search", "No matching documents",
                    "# matching documents", "Table of contents", "Navigation", "Tabs"):
        assert english in ENGLISH_STRINGS, english


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("kind", KINDS)
def test_no_english_interface_string_on_any_kind_of_page(page, site_url, kind, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + KINDS[kind])
    assert english_found(page) == [], "as first shown"
    if kind in AS_SHOWN_ONLY:
        return
    page.mouse.move(width // 2, 450)  # the reader's first use: Material's script starts
    wait_for_material(page)
    assert english_found(page) == [], "once Material has started"


META = ".md-search-result__meta"


def _type_in_search(page, query: str, expected: str) -> str:
    box = page.locator("[data-md-component=search-query]")
    box.fill("")
    box.type(query)
    box.press("End")
    page.wait_for_function("([selector, expected]) => new RegExp(expected).test(document.querySelector(selector).textContent)",
                           arg=[META, expected], timeout=10_000)
    return page.locator(META).inner_text()


def test_the_search_panel_speaks_vietnamese_in_every_state(page, site_url):
    page.goto(site_url)
    page.keyboard.press("/")
    wait_for_material(page)
    assert _type_in_search(page, "", "Nhập để bắt đầu tìm kiếm") == "Nhập để bắt đầu tìm kiếm"
    assert re.fullmatch(r"\d+ trang phù hợp", _type_in_search(page, "sở nội vụ", r"trang phù hợp"))
    more = page.locator(".md-search-result__more summary").first  # Sở Nội vụ's page has more than three sections that match
    assert re.fullmatch(r"Thêm \d+ kết quả trong trang này", more.inner_text().strip())
    assert english_found(page) == [], "with results"
    assert _type_in_search(page, "qqqzzz", "Không tìm thấy") == "Không tìm thấy trang nào phù hợp"
    assert english_found(page) == [], "with no result"


def test_the_back_to_top_button_says_it_goes_to_the_top_and_does(page, site_url):
    page.goto(site_url + PAGE_KINDS["appendix"])
    top = page.locator("button.md-top")
    assert top.inner_text().strip() == TOP_LABEL  # in the HTML before Material starts, hidden
    page.mouse.wheel(0, 4000)
    wait_for_material(page)
    page.mouse.wheel(0, -300)  # Material shows the button as the reader scrolls back up
    top.wait_for(state="visible")
    assert page.get_by_role("button", name=TOP_LABEL).is_visible()
    top.click()
    page.wait_for_function("() => window.scrollY === 0")
