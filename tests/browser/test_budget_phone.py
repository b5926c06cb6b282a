"""The budget page read on a phone: legible chart words, shares that add up to 100 %, totals per recipient."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

PHONE, DESKTOP = 375, 1280
CHARTS = ".budget-figure, .budget-recipients"  # the chart of lines and the bars of the totals per recipient

# Every piece of text in the charts with the size it is drawn at on screen: the computed font size,
# times the scale of an SVG's viewBox when the text is SVG text (an SVG shrunk to a phone shrinks it).
RENDERED_TEXT_SIZES = """(selector) => {
  const sizes = [];
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent.trim() || !element.getClientRects().length) continue;
      const svgScale = element.ownerSVGElement ? element.getScreenCTM().a : 1;
      sizes.push([node.textContent.trim(), parseFloat(getComputedStyle(element).fontSize) * svgScale]);
    }
  }
  return sizes;
}"""

SHARE = re.compile(r"(\d+(?:,\d+)?)%")


def _open(browser, site_url, width, scheme="light"):
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="vi-VN", color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + "kinh-phi/")
    return context, page


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_every_chart_word_is_drawn_at_12px_or_more(browser, site_url, width):
    context, page = _open(browser, site_url, width)
    try:
        sizes = page.evaluate(RENDERED_TEXT_SIZES, CHARTS)
        assert len(sizes) >= 4 * 3 + 2 * 3, sizes  # per line: recipient, name, amount; per recipient: name, count, total
        small = [(text, round(size, 2)) for text, size in sizes if size < 12]
        assert not small, f"chart text under 12 px at {width} px: {small}"
    finally:
        context.close()


def _shares(page, selector) -> list[float]:
    texts = page.locator(selector).all_inner_texts()
    return [float(SHARE.search(text)[1].replace(",", ".")) for text in texts]


@pytest.mark.parametrize("selector", [
    ".budget-line__share",  # the list of lines
    ".budget-figure .budget-bar__value",  # the chart
    ".budget-recipients .budget-bar__value",  # the totals per recipient
])
def test_the_shares_shown_add_up_to_100(browser, site_url, selector):
    context, page = _open(browser, site_url, PHONE)
    try:
        shares = _shares(page, selector)
        assert len(shares) >= 2 and round(sum(shares), 1) == 100.0, shares
        assert page.locator("#lam-tron").is_visible()
    finally:
        context.close()


def test_the_totals_per_recipient_are_shown_on_a_phone(browser, site_url):
    context, page = _open(browser, site_url, PHONE)
    try:
        groups = page.locator(".budget-recipients > li")
        assert groups.count() == 2
        rows = []
        for i in range(groups.count()):
            group = groups.nth(i)
            name = group.locator(".budget-recipient__name")
            total = group.locator(".budget-bar__value")
            for element in (name, total):
                element.scroll_into_view_if_needed()
                box = element.bounding_box()
                assert element.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= PHONE
            rows.append((name.inner_text(), total.inner_text()))
        assert rows == [("Sở Nội vụ (2 khoản)", "1.100 triệu đồng · 59,5%"),
                        ("Văn bản không nêu đơn vị nhận (2 khoản)", "750 triệu đồng · 40,5%")]
    finally:
        context.close()


def _luminance(rgb: str) -> float:
    channels = [int(value) / 255 for value in re.findall(r"\d+", rgb)[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_bars_stand_out_from_the_page_by_4_5_to_1(browser, site_url, scheme):
    context, page = _open(browser, site_url, PHONE, scheme)
    try:
        assert page.locator("body").get_attribute("data-md-color-scheme") == {"light": "default", "dark": "slate"}[scheme]
        bar, background = page.evaluate("""() => [
          getComputedStyle(document.querySelector('.budget-bar__fill')).backgroundColor,
          getComputedStyle(document.body).backgroundColor]""")
        lighter, darker = sorted((_luminance(bar), _luminance(background)), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 4.5, (scheme, bar, background)
    finally:
        context.close()
