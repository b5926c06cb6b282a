"""Where the site's text comes from and whom to ask: the signed decision, a contact, a report link (issue 17).

`meta.official_url`, `meta.contact` and `meta.error_report` are optional and
empty in the real data; a site built from the minimal fixture sets them. The
decision page and every page's footer show them; each page's report link
carries that page's address (the build's site_url and the page's path),
percent-encoded. Refused values are in tests/test_hostile_inputs.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from devtools.site_build import build_site
from plan.load.loader import load
from plan.render.footer import report_href
from plan.site.build import Build
from tests.support.fixtures import MINIMAL, TODAY, minimal_text
from tests.support.html import html_of

OFFICIAL = "https://vbpl.example.invalid/van-ban/chi-tiet?id=3090&nam=2021"
UNIT = 'Sở Nội vụ <b>thử</b> & "nháy" {{ 7*7 }}'
EMAIL = "cchc@snv.example.invalid"
CONTACT_PAGE = "https://snv.example.invalid/lien-he"
TRACKER = "https://tracker.example.invalid/issues/new?title=B%C3%A1o%20l%E1%BB%97i&body={url}"
REPORT = "Báo lỗi trên trang này"


def contact_data(error_report: str = TRACKER) -> dict:
    data = yaml.safe_load(minimal_text())
    data["meta"].update(official_url=OFFICIAL, contact={"unit": UNIT, "email": EMAIL, "url": CONTACT_PAGE},
                        error_report=error_report)
    return data


@pytest.fixture(scope="module")
def contact_site(tmp_path_factory) -> Path:
    workdir = tmp_path_factory.mktemp("contact-site")
    data = workdir / "plan.yaml"
    data.write_text(yaml.safe_dump(contact_data(), allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
    result = build_site(workdir, data_file=data, extra_env={"PLAN_TODAY": TODAY.isoformat()})
    assert result.returncode == 0, result.stderr[-4000:]
    return workdir / "site"


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def _footer(html_file: Path) -> BeautifulSoup:
    footer = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser").select_one("footer .site-footer")
    assert footer is not None, html_file
    return footer


def test_the_decision_page_links_the_signed_decision(contact_site):
    link = html_of(contact_site, "quyet-dinh/").select_one("article .official-source a")
    assert link["href"] == OFFICIAL and link.get_text() == OFFICIAL


def test_the_data_package_names_the_signed_decision_as_its_source(contact_site, built_site):
    package = json.loads((contact_site / "du-lieu" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["sources"][0]["path"] == OFFICIAL
    real = json.loads((built_site / "du-lieu" / "datapackage.json").read_text(encoding="utf-8"))
    assert "path" not in real["sources"][0]


def test_every_footer_shows_the_source_and_the_contact(contact_site):
    pages = _pages(contact_site)
    assert len(pages) > 10
    for html_file in pages:
        footer = _footer(html_file)
        assert footer.find("a", string="bản đã ký")["href"] == OFFICIAL, html_file
        assert UNIT in footer.get_text(), html_file  # as text: escaped, never markup or a template
        assert footer.find("a", string=EMAIL)["href"] == "mailto:" + EMAIL
        assert footer.find("a", string="trang liên hệ")["href"] == CONTACT_PAGE
        assert "chưa công bố" not in footer.get_text()
    raw = (contact_site / "index.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;thử&lt;/b&gt;" in raw and "<b>thử</b>" not in raw and "{{ 7*7 }}" in raw


def test_every_report_link_carries_its_page_s_encoded_address(contact_site):
    checked = 0
    for html_file in _pages(contact_site):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        link = soup.select_one("footer .site-footer").find("a", string=REPORT)
        if html_file.name == "404.html":  # served at any address: there is no page address to report
            assert link is None
            continue
        address = soup.find("link", rel="canonical")["href"]  # MkDocs: site_url and the page's path
        assert link["href"] == TRACKER.replace("{url}", quote(address, safe="")), html_file
        assert parse_qs(urlsplit(link["href"]).query)["body"] == [address]
        checked += 1
    assert checked > 10


def _footer_of(error_report: str, page_url: str | None, tmp_path: Path) -> BeautifulSoup:
    data = tmp_path / "plan.yaml"
    data.write_text(yaml.safe_dump(contact_data(error_report), allow_unicode=True, sort_keys=False), encoding="utf-8")
    build = Build(load(data, on=TODAY).plan, data, "https://cchc.example.invalid/ke-hoach/", MINIMAL, TODAY)
    return BeautifulSoup(str(build.pages.footer(page_url)), "html.parser")


def test_a_mailto_report_fills_in_subject_and_page_address(tmp_path):
    link = _footer_of("mailto:loi@snv.example.invalid", "don-vi/so-noi-vu/", tmp_path).find("a", string=REPORT)
    parts = urlsplit(link["href"])
    assert (parts.scheme, parts.path) == ("mailto", "loi@snv.example.invalid")
    fields = parse_qs(parts.query)
    assert fields["subject"] == ["Báo lỗi trên trang"]
    assert fields["body"][0].startswith("Trang: https://cchc.example.invalid/ke-hoach/don-vi/so-noi-vu/\r\n")


def test_the_404_footer_links_from_the_site_s_root(tmp_path):
    footer = _footer_of(TRACKER, None, tmp_path)
    assert footer.find("a", string=REPORT) is None
    assert footer.find("a", string="bản đã ký")["href"] == OFFICIAL


@pytest.mark.parametrize("address", [
    "https://x.invalid/a b/\"q\" & <c>",
    "https://x.invalid/?body=x&title=y#frag",
    "https://x.invalid/don-vi/sở-nội-vụ/",
    "https://x.invalid/{url}/%41",
])
def test_the_page_address_is_one_encoded_value_whatever_it_holds(address):
    href = report_href("https://t.invalid/new?title=x&body={url}", address)
    assert parse_qs(urlsplit(href).query) == {"title": ["x"], "body": [address]}
    assert not set(" \"'<>#{}") & set(href.split("body=", 1)[1])
    mail = urlsplit(report_href("mailto:a@t.invalid", address))
    assert parse_qs(mail.query)["body"][0] == f"Trang: {address}\r\n\r\nLỗi: "


def test_without_a_contact_the_footer_says_so_and_points_to_the_guide(built_site, plan):
    assert plan.meta.official_url is None and plan.meta.contact is None and plan.meta.error_report is None
    assert html_of(built_site, "quyet-dinh/").select_one(".official-source") is None
    for page in ("", "quyet-dinh/", "don-vi/so-noi-vu/"):
        footer = html_of(built_site, page).select_one("footer .site-footer")
        text = footer.get_text(" ")
        assert "Trang chưa công bố địa chỉ liên hệ" in text and REPORT not in text
        assert footer.find("a", string="hướng dẫn biên tập")["href"].endswith("huong-dan-bien-tap/")
        assert footer.find("a", string="ghi chú về nguồn")["href"].endswith("nguon/")
