"""Search benchmark (not a test): index size against the site's text, and keystroke-to-result time.

    .venv/bin/python bench/search_bench.py [--site DIR] [--runs N]

Without --site it builds the site into a temporary directory. The time is
measured in Debian Chromium: from the keyup that completes a query to the
first result Material puts in the list, for queries typed letter by letter
(the time for the query's last letter).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bs4 import BeautifulSoup
from playwright.sync_api import sync_playwright

from devtools import chromium, static_server
from devtools.project import ROOT

QUERIES = ["so noi vu", "Sở Nội vụ", "mot cua lien thong", "3.28", "45/2020/NĐ-CP", "VP UBND",
           "dich vu cong truc tuyen", "kinh phi"]
TERM_FIELDS = ("title_terms", "text_terms")

# Stores in window.searchBenchMs the ms from the next keyup (the query's last letter, or End
# when typing that letter fires no keyup) to the first result shown for the whole query.
START_TIMER = """query => {
  window.searchBenchMs = null
  const list = document.querySelector('.md-search-result__list')
  const result = document.querySelector('[data-md-component=search-result]')
  let start = null
  document.addEventListener('keyup', () => { start = performance.now() }, { capture: true, once: true })
  const observer = new MutationObserver(() => {
    if (start !== null && list.children.length && result.getAttribute('data-search-query') === query) {
      observer.disconnect()
      window.searchBenchMs = performance.now() - start
    }
  })
  observer.observe(list, { childList: true })
  observer.observe(result, { attributes: true })
}"""


def build(site_dir: Path) -> None:
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site_dir)],
                   cwd=ROOT, check=True)


def text_size(site_dir: Path) -> int:
    """UTF-8 bytes of the text readers see in the pages' main content."""
    total = 0
    for page in site_dir.rglob("*.html"):
        article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("article")
        if article is not None:
            total += len(" ".join(article.get_text(" ").split()).encode("utf-8"))
    return total


def index_sizes(site_dir: Path) -> dict[str, int]:
    raw = (site_dir / "search" / "search_index.json").read_bytes()
    index = json.loads(raw)
    for entry in index["docs"]:
        for field in TERM_FIELDS:
            entry.pop(field, None)
    without_terms = json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return {"index": len(raw), "index_gzip": len(gzip.compress(raw)),
            "added_terms": len(raw) - len(without_terms), "site_text": text_size(site_dir)}


def keystroke_times(site_dir: Path, runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {query: [] for query in QUERIES}
    with static_server.serve(site_dir) as base_url, sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        page = browser.new_page()
        page.goto(base_url)
        box = page.locator("[data-md-component=search-query]")
        box.click()
        for _ in range(runs):
            for query in QUERIES:
                box.press("Control+A")
                box.press("Delete")
                box.type(query[:-1])
                page.evaluate(START_TIMER, query)
                box.type(query[-1])
                box.press("End")
                times[query].append(page.wait_for_function("() => window.searchBenchMs").json_value())
        browser.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site_dir = args.site or Path(tmp) / "site"
        if args.site is None:
            build(site_dir)
        sizes = index_sizes(site_dir)
        times = keystroke_times(site_dir, args.runs)
    print(f"search_index.json: {sizes['index'] / 1024:.0f} KiB ({sizes['index_gzip'] / 1024:.0f} KiB gzipped)")
    print(f"  of which folded terms: {sizes['added_terms'] / 1024:.0f} KiB "
          f"({100 * sizes['added_terms'] / sizes['index']:.0f}% of the index)")
    print(f"site text (main content of every page): {sizes['site_text'] / 1024:.0f} KiB; "
          f"index / text = {sizes['index'] / sizes['site_text']:.2f}")
    print(f"keystroke (End) to first result, {args.runs} runs per query, ms:")
    all_times = []
    for query, values in times.items():
        all_times += values
        print(f"  {query!r:28} median {statistics.median(values):6.1f}  max {max(values):6.1f}")
    print(f"  all queries: median {statistics.median(all_times):.1f}, max {max(all_times):.1f}")


if __name__ == "__main__":
    main()
