"""Site-relative URLs made relative to the page being rendered (the site works from any folder)."""

from __future__ import annotations

import posixpath
from functools import lru_cache
from urllib.parse import urlsplit


class Linker:
    def __init__(self, page_url: str):
        self.base = "/" + page_url if page_url.endswith("/") or not page_url else "/" + posixpath.dirname(page_url) + "/"

    def __call__(self, target: str) -> str:
        path, _, fragment = target.partition("#")
        relative = _relative(path, self.base) if path or not fragment else ""
        return relative + ("#" + fragment if fragment else "")


@lru_cache(maxsize=1 << 14)  # pages link to the same few hundred targets, from a few folders
def _relative(path: str, base: str) -> str:
    relative = posixpath.relpath("/" + path, base)
    if path.endswith("/") and relative != ".":
        relative += "/"
    if relative == ".":
        relative = "./"
    return relative


class RootLinker:
    """Site-relative URLs from the site's root path ("/ke-hoach-cchc-2022/…"), for a page served at any
    address: the 404 page, as MkDocs links it."""

    def __init__(self, site_url: str | None):
        path = urlsplit(site_url or "/").path or "/"
        self.root = path if path.endswith("/") else path + "/"

    def __call__(self, target: str) -> str:
        return self.root + target
