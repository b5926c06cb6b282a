"""Every internal link, anchor and asset in the built site resolves.

MkDocs validates Markdown links only; the plan's pages are mostly raw HTML from
templates (unit links, activity anchors, deadline lists), so this parses the
built HTML itself: every href/src that stays on the site must name a built file,
and every #fragment must be an id on the page it points to.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

LINK_ATTRIBUTES = (("a", "href"), ("link", "href"), ("script", "src"), ("script", "data-src"), ("img", "src"),
                   ("source", "src"))  # data-src: the scripts held inert until first use
BASE = "http://site.test"  # stand-in origin, to resolve relative URLs with urljoin


def _html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def _page_url(site: Path, html_file: Path) -> str:
    relative = html_file.relative_to(site).as_posix()
    if relative == "index.html":
        return BASE + "/"
    if relative.endswith("/index.html"):
        return f"{BASE}/{relative[: -len('index.html')]}"
    return f"{BASE}/{relative}"


def _site_path_prefix(site: Path) -> str:
    """Path of the deployed site ("/ke-hoach-cchc-2022/"), used by 404.html's absolute links."""
    canonical = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser").find(
        "link", rel="canonical")
    return urlsplit(canonical["href"]).path if canonical else "/"


def _target_file(site: Path, url_path: str) -> Path | None:
    target = site / unquote(url_path).lstrip("/")
    if url_path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


@functools.cache
def _ids_in(html_file: Path) -> frozenset[str]:
    soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
    ids = {tag["id"] for tag in soup.find_all(id=True)}
    ids |= {tag["name"] for tag in soup.find_all("a", attrs={"name": True})}
    return frozenset(ids)


def _broken_links(site: Path, html_file: Path, prefix: str) -> list[str]:
    page_url = _page_url(site, html_file)
    soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
    broken = []
    for tag_name, attribute in LINK_ATTRIBUTES:
        for tag in soup.find_all(tag_name, attrs={attribute: True}):
            if tag_name == "link" and "canonical" in (tag.get("rel") or []):
                continue  # the public address, checked by MkDocs' site_url
            reference = tag[attribute]
            problem = _resolve(site, page_url, reference, prefix)
            if problem:
                broken.append(f"{html_file.relative_to(site)}: <{tag_name} {attribute}={reference!r}>: {problem}")
    return broken


def _resolve(site: Path, page_url: str, reference: str, prefix: str) -> str | None:
    """None when `reference` resolves (or leaves the site), else what is wrong with it."""
    if urlsplit(reference).scheme not in ("", "http", "https"):
        return None  # mailto:, data:, javascript:
    absolute = urlsplit(urljoin(page_url, reference))
    if f"{absolute.scheme}://{absolute.netloc}" != BASE:
        return None  # another host: a citation, not part of this site
    path = absolute.path
    if reference.startswith("/"):
        if not path.startswith(prefix):
            return f"absolute path outside the site's {prefix}"
        path = "/" + path[len(prefix):]
    target = _target_file(site, path)
    if target is None:
        return "no such file in the built site"
    fragment = unquote(absolute.fragment)
    if fragment and target.suffix == ".html" and fragment not in _ids_in(target):
        return f"no id {fragment!r} on {target.relative_to(site)}"
    return None


def test_every_internal_link_and_anchor_resolves(built_site):
    prefix = _site_path_prefix(built_site)
    pages = _html_pages(built_site)
    assert len(pages) > 20, "the built site should have all its pages"
    broken = [problem for page in pages for problem in _broken_links(built_site, page, prefix)]
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:50])


def test_every_search_result_opens_an_existing_anchor(built_site):
    """A search hit links to `location`; each must open a page and, if it has one, its anchor."""
    documents = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert documents
    broken = []
    for document in documents:
        path, _, fragment = document["location"].partition("#")
        target = _target_file(built_site, "/" + path)
        if target is None:
            broken.append(f"{document['location']}: no such page")
        elif fragment and unquote(fragment) not in _ids_in(target):
            broken.append(f"{document['location']}: no such anchor")
    assert not broken, "\n".join(broken[:50])


@pytest.mark.parametrize("reference, expected", [
    ("phu-luc/#hd-3-45", None),
    ("phu-luc/#khong-co-muc-nay", "no id"),
    ("khong-co-trang/", "no such file"),
])
def test_the_checker_itself_tells_good_links_from_broken_ones(built_site, reference, expected):
    problem = _resolve(built_site, BASE + "/", reference, "/")
    if expected is None:
        assert problem is None
    else:
        assert problem and expected in problem


def _duplicate_ids(site: Path) -> list[str]:
    found = []
    for html_file in _html_pages(site):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        ids = [tag["id"] for tag in soup.find_all(id=True)]
        found += [f"{html_file.relative_to(site)}: #{value}" for value in sorted({i for i in ids if ids.count(i) > 1})]
    return found


def test_no_page_has_an_id_twice(built_site):
    """A link to #x goes to one place only (validation refuses data that would give two records one anchor)."""
    assert not _duplicate_ids(built_site)


def test_no_page_of_the_hostile_site_has_an_id_twice(hostile_site):
    assert not _duplicate_ids(hostile_site)
