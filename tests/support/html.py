"""Reading built pages."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup


def page_file(site: Path, url_path: str) -> Path:
    target = site / url_path
    if url_path == "" or url_path.endswith("/"):
        target = target / "index.html"
    return target


def html_of(site: Path, url_path: str) -> BeautifulSoup:
    """Parsed HTML of a built page, by its site-relative URL ("don-vi/so-noi-vu/")."""
    return BeautifulSoup(page_file(site, url_path).read_text(encoding="utf-8"), "html.parser")
