"""Figures measured in Debian Chromium against a local server: page weight and Lighthouse."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from playwright.sync_api import sync_playwright

from devtools import chromium, static_server

BENCH = Path(__file__).resolve().parent
CHROMIUM = chromium.PATH
CHROMIUM_ARGS = chromium.ARGS
LIGHTHOUSE_VERSION = "12.2.3"  # newer versions need Node 22
LIGHTHOUSE = BENCH / ".node" / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def serve(site_dir: Path):
    """`site_dir` served gzip-compressed on a free localhost port, as a static host serves it."""
    return static_server.serve(site_dir, gzip_text=True)


def first_load_bytes(base_url: str, paths: list[str]) -> dict[str, dict]:
    """Per page: HTML bytes (uncompressed) and all bytes transferred on a first, cold-cache load
    (gzip-compressed bodies plus headers, search index included)."""
    figures = {}
    with sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        for path in paths:
            context = browser.new_context(viewport={"width": 375, "height": 800})
            page = context.new_page()
            sizes: dict[str, int] = {}
            page.on("requestfinished", lambda request: sizes.__setitem__(
                request.url, request.sizes()["responseBodySize"] + request.sizes()["responseHeadersSize"]))
            html: dict[str, int] = {}
            page.on("response", lambda response: html.setdefault(response.url, len(response.body()))
                    if response.url == base_url + path else None)
            page.goto(base_url + path, wait_until="networkidle")
            page.wait_for_timeout(1000)  # the search worker fetches its index after load
            figures[path] = {"html_bytes": html[base_url + path], "transferred_bytes": sum(sizes.values()),
                             "requests": len(sizes)}
            context.close()
        browser.close()
    return figures


def install_lighthouse() -> None:
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "install", "--prefix", str(BENCH / ".node"), f"lighthouse@{LIGHTHOUSE_VERSION}",
                        "--no-audit", "--no-fund"], check=True)


def lighthouse(url: str, report: Path) -> dict:
    """Lighthouse with its mobile defaults (simulated slow 4G, mid-range phone)."""
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    subprocess.run([str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}", "--quiet",
                    f"--chrome-flags={flags}"],
                   env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, timeout=600)
    result = json.loads(report.read_text(encoding="utf-8"))
    audits = result["audits"]
    return {
        **{name: round(result["categories"][name]["score"] * 100) for name in LIGHTHOUSE_CATEGORIES},
        "fcp_seconds": round(audits["first-contentful-paint"]["numericValue"] / 1000, 2),
        "lcp_seconds": round(audits["largest-contentful-paint"]["numericValue"] / 1000, 2),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "total_kib": round(audits["total-byte-weight"]["numericValue"] / 1024),
        "failed_audits": sorted(
            audit_id for category in LIGHTHOUSE_CATEGORIES
            for audit_id in (ref["id"] for ref in result["categories"][category]["auditRefs"])
            if audits[audit_id].get("score") is not None and audits[audit_id]["score"] < 0.9
            and audits[audit_id].get("scoreDisplayMode") in ("binary", "numeric")),
    }


# Until the reader first uses a page, Material's bundle has not run (overrides/partials/start-on-use.html):
# its start-up work happens on that first use. This measures it, on a phone-sized page with the CPU
# slowed 4× as Lighthouse's mobile profile does (no network slowdown): from a tap on the search
# button (which opens and focuses the search field at once) to Material's bundle having run, and
# the main-thread tasks over 50 ms from the tap until its components have mounted.
MATERIAL_STARTED = "() => window.document$ !== undefined"  # the bundle has run (the tests wait for it to mount)
WATCH_LONG_TASKS = """() => { window.__longTasks = [];
  new PerformanceObserver(list => window.__longTasks.push(...list.getEntries().map(task => task.duration)))
    .observe({type: "longtask"}); }"""


def first_use(base_url: str, paths: list[str], cpu_slowdown: int = 4) -> dict[str, dict]:
    figures = {}
    with sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        for path in paths:
            context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True, has_touch=True)
            page = context.new_page()
            page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": cpu_slowdown})
            page.goto(base_url + path, wait_until="load")
            page.wait_for_timeout(500)
            page.evaluate(WATCH_LONG_TASKS)
            started = page.evaluate("() => performance.now()")
            page.tap("label.md-header__button[for=__search]")
            page.wait_for_function(MATERIAL_STARTED, timeout=30_000)
            ready = page.evaluate("() => performance.now()")
            page.wait_for_timeout(500)
            tasks = page.evaluate("() => window.__longTasks")
            figures[path or "/"] = {"tap_to_material_ms": round(ready - started),
                                    "longest_task_ms": round(max(tasks, default=0)),
                                    "blocking_ms": round(sum(max(0, task - 50) for task in tasks))}
            context.close()
        browser.close()
    return figures
