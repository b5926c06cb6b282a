"""Debian's Chromium driven by Playwright (`playwright install` cannot download here)."""

from __future__ import annotations

import os
from pathlib import Path

PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Without the networking flags Chromium keeps trying hosts this machine cannot reach.
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]


class ChromiumMissing(RuntimeError):
    pass


def launch(playwright, **options):
    """A headless Chromium browser from a started `sync_playwright()`."""
    if not Path(PATH).exists():
        raise ChromiumMissing(f"{PATH} is missing: run scripts/test, which installs Debian's chromium")
    return playwright.chromium.launch(executable_path=PATH, args=ARGS, **options)
