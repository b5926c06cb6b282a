"""A unit's page printed on A4: the header says which plan, whose work, where online and when printed."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.browser

PAGE = "don-vi/so-tai-chinh/"


def _printed(page, site_url):
    page.goto(site_url + PAGE)
    page.emulate_media(media="print")
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    return page


def test_the_print_header_names_plan_decision_unit_address_and_date(page, site_url):
    _printed(page, site_url)
    header = page.locator(".print-header")
    assert header.is_visible()
    text = header.inner_text()
    assert "Kế hoạch CCHC năm 2022" in text and "3090/QĐ-UBND" in text and "30/12/2021" in text
    assert "Việc của Sở Tài chính" in text and "/don-vi/so-tai-chinh/" in text
    assert "In ngày " in text
    assert page.locator(".incomplete-notice").is_visible()


def test_links_print_as_plain_text_and_navigation_is_hidden(page, site_url):
    _printed(page, site_url)
    decoration = page.evaluate("() => getComputedStyle(document.querySelector('.duty__title a.code')).textDecorationLine")
    assert decoration == "none"
    assert not page.locator(".md-header").is_visible() and not page.locator(".md-sidebar--primary").is_visible()
    assert not page.locator(".owner-files").is_visible()


def test_the_pdf_has_the_header_first_and_no_blank_last_page(page, site_url, tmp_path):
    _printed(page, site_url)
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=False)))
    (tmp_path / "so-tai-chinh.pdf").write_bytes(page.pdf(format="A4"))
    first = _squeezed(pdf.pages[0].extract_text())  # the PDF's text layer splits Vietnamese syllables
    assert first.startswith(_squeezed("Kế hoạch CCHC năm 2022 tỉnh Lâm Đồng · Quyết định số 3090/QĐ-UBND"))
    assert _squeezed("Việc của Sở Tài chính") in first
    assert len(_squeezed(pdf.pages[-1].extract_text())) > 40, "the last page should not be (nearly) blank"


def _squeezed(text: str) -> str:
    return "".join(text.split())
