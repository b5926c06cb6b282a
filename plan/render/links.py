"""Site-relative URLs made relative to the page being rendered (the site works from any folder)."""

from __future__ import annotations

import posixpath


class Linker:
    def __init__(self, page_url: str):
        self.base = "/" + page_url if page_url.endswith("/") or not page_url else "/" + posixpath.dirname(page_url) + "/"

    def __call__(self, target: str) -> str:
        path, _, fragment = target.partition("#")
        relative = posixpath.relpath("/" + path, self.base) if path or not fragment else ""
        if path.endswith("/") and relative != ".":
            relative += "/"
        if relative == ".":
            relative = "./"
        return relative + ("#" + fragment if fragment else "")
