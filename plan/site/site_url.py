"""The deployed site's address (`site_url`, from $SITE_URL when deploying), checked before it is used.

It goes into every page's canonical link and into the exports' links and
calendar UIDs, so a quote or a space in it would break out of an attribute.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

UNSAFE = re.compile(r"[\s\"'<>`\\{}|^]")
EXAMPLE = "https://ten-mien.gov.vn/ke-hoach-cchc-2022/"


class SiteUrlError(ValueError):
    pass


def checked_site_url(value: str | None) -> str | None:
    """`value` when it is a plain http(s) address (None when unset), else SiteUrlError."""
    if not value:
        return None
    parts = urlsplit(value)
    problem = ""
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        problem = "it must start with http:// or https:// and name a host"
    elif UNSAFE.search(value):
        problem = f"it contains {UNSAFE.search(value)[0]!r}, which an address may not contain unencoded"
    elif parts.query or parts.fragment:
        problem = "it must not have a query (?…) or a fragment (#…)"
    if problem:
        shown = value if len(value) <= 80 else value[:80] + "…"
        raise SiteUrlError(
            f"site_url (set from the SITE_URL environment variable when deploying) is {shown!r}: {problem}.\n"
            f"    fix: set SITE_URL to the site's public address, for example {EXAMPLE}"
        )
    return value
