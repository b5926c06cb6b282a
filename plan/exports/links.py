"""Absolute links and names shared by every export format."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from plan.model import paths
from plan.queries import PlanIndex

# Used when mkdocs.yml has no site_url, so exports still carry stable links and UIDs.
FALLBACK_SITE_URL = "https://ke-hoach-cchc-2022.invalid/"
LIST_SEPARATOR = "; "


def base_url(site_url: str | None) -> str:
    url = site_url or FALLBACK_SITE_URL
    return url if url.endswith("/") else url + "/"


@lru_cache(maxsize=1 << 14)  # the same records are linked from many files and pages
def absolute(site_url: str | None, relative: str) -> str:
    return urljoin(base_url(site_url), relative)


def record_link(site_url: str | None, kind: str, record_id: str | None) -> str:
    return absolute(site_url, paths.record_url(kind, record_id))


def host(site_url: str | None) -> str:
    return urlsplit(base_url(site_url)).hostname


def unit_names(index: PlanIndex, unit_ids) -> list[str]:
    return [index.units[unit_id].name for unit_id in unit_ids]


def joined(values) -> str:
    return LIST_SEPARATOR.join(values)


def webcal(site_url: str | None, relative: str) -> str:
    """The subscription (webcal://) address of a calendar, or "" when the site has no real address yet."""
    if not site_url or host(site_url).endswith(".invalid"):
        return ""
    return "webcal://" + absolute(site_url, relative).split("://", 1)[1]
