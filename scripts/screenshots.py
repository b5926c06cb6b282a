"""Screenshot pages of a built site at phone and desktop widths, for a human to look at.

Usage: .venv/bin/python scripts/screenshots.py SITE_DIR OUT_DIR [PAGE ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from devtools import chromium, static_server

DEFAULT_PAGES = ["", "phu-luc/", "don-vi/so-noi-vu/", "kinh-phi/"]
WIDTHS = {"phone": 375, "desktop": 1280}


def main(site: str, out: str, pages: list[str]) -> None:
    Path(out).mkdir(parents=True, exist_ok=True)
    with static_server.serve(site) as base, sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        for name, width in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": 900}, locale="vi-VN")
            page = context.new_page()
            for path in pages:
                page.goto(base + path)
                slug = path.strip("/").replace("/", "_").replace("#", "_") or "home"
                page.screenshot(path=f"{out}/{slug}-{name}.png", full_page=False)
            context.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:] or DEFAULT_PAGES)
