"""Search benchmark (not a test): relevance, latency and index size, this site against plain Material and Pagefind.

    .venv/bin/python bench/search_bench.py            # real plan, then index sizes at 10× and 100×
    .venv/bin/python bench/search_bench.py --quick    # real plan only
    .venv/bin/python bench/search_bench.py --engines ours --factors 1

The three sites (bench/search_sites.py) are made in one run from the same
pages. Each query of bench/search_queries.py is typed into Material's search
box as a reader types it (bench/search_ui.py), on this site and on the plain
Material one; Pagefind is asked through its JavaScript API. A result's rank is
its place in the list a reader meets (group by group, best score first; for
Pagefind, page by page, each page's sub-results best first); a query is right
at rank 1 when that is one of its expected anchors. "Heading" columns also
count the heading an expected plan item or article stands under (Material and
Pagefind know only headings), "page" columns any place on the expected page.
A Pagefind sub-result at a page's own title (its h1) counts as the page. MRR
is over the first ten groups (Pagefind: pages) shown.

Latency: from the keystroke that completes the query to the first frame after
its results are in the page (Pagefind: from the call to the data of its first
five results, as its UI shows them); the CPU slowed 4× by Chromium's
throttling on the page and by bench-slow-worker.js in the search worker.
Results go to bench/results/search.json; Markdown tables are printed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from bs4 import BeautifulSoup  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from bench import search_sites, search_ui  # noqa: E402
from bench.search_queries import QUERIES  # noqa: E402
from bench.synthetic import write_synthetic_plan  # noqa: E402
from devtools import chromium, static_server  # noqa: E402

RESULTS = BENCH / "results" / "search.json"
ENGINES = ("ours", "material", "pagefind")
LABELS = {"ours": "this site", "material": "plain Material (lang: vi)", "pagefind": "Pagefind 1.5.2 (defaults)"}
RATES = (1, 4)
PAGEFIND_UI_FILES = ("pagefind-ui.", "pagefind-component-ui.", "pagefind-modular-ui.", "pagefind-highlight.")

PAGEFIND_QUERY = """async query => {
  const pagefind = window.benchPagefind || (window.benchPagefind = await import("/pagefind/pagefind.js"))
  const start = performance.now()
  const found = await pagefind.search(query)
  const first = await Promise.all(found.results.slice(0, 5).map(result => result.data()))
  const ms = performance.now() - start
  const rest = await Promise.all(found.results.slice(5, 10).map(result => result.data()))
  const score = sub => (sub.weighted_locations || []).reduce((sum, place) => sum + place.balanced_score, 0)
  const ranked = []
  for (const data of first.concat(rest)) {
    const subs = [...(data.sub_results || [])].sort((a, b) => score(b) - score(a))
    if (!subs.length) ranked.push(data.url)
    for (const sub of subs) ranked.push(sub.url)
  }
  return { ms, ranked }
}"""


def text_size(site_dir: Path) -> int:
    """UTF-8 bytes of the text readers see in the pages' main content."""
    total = 0
    for page in site_dir.rglob("*.html"):
        article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("article")
        if article is not None:
            total += len(" ".join(article.get_text(" ").split()).encode("utf-8"))
    return total


def index_files(engine: str, site_dir: Path) -> list[Path]:
    if engine == "pagefind":
        return [path for path in (site_dir / "pagefind").rglob("*")
                if path.is_file() and not path.name.startswith(PAGEFIND_UI_FILES)]
    return [site_dir / "search" / "search_index.json"]


def index_size(engine: str, site_dir: Path) -> dict[str, int]:
    files = index_files(engine, site_dir)
    return {"bytes": sum(path.stat().st_size for path in files),
            "gzip_bytes": sum(len(gzip.compress(path.read_bytes())) for path in files), "files": len(files)}


def enclosing_headings(site_dir: Path) -> dict[str, str]:
    """Expected anchor → the anchor of the heading it stands under on its page (itself for a heading)."""
    found = {}
    pages = {query_anchor.split("#")[0] for query in QUERIES for query_anchor in query.expected if "#" in query_anchor}
    for page in pages:
        soup = BeautifulSoup((site_dir / page / "index.html").read_text(encoding="utf-8"), "html.parser")
        heading = None
        for element in soup.select("article [id]"):
            if element.name == "h1":  # the page's title: its section is the page
                heading = None
            elif element.name in ("h2", "h3", "h4", "h5", "h6"):
                heading = element["id"]
            found[f"{page}#{element['id']}"] = f"{page}#{heading}" if heading else page
    return found


def page_titles(site_dir: Path) -> dict[str, str]:
    """"don-vi/so-noi-vu/#sở-nội-vụ" (a page's h1) → "don-vi/so-noi-vu/"."""
    titles = {}
    for path in site_dir.rglob("index.html"):
        heading = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one("article h1[id]")
        page = path.parent.relative_to(site_dir).as_posix() + "/"
        page = "" if page == "./" else page
        if heading is not None:
            titles[f"{page}#{heading['id']}"] = page
    return titles


def rank_of(locations: list[str], accepted: set[str]) -> int | None:
    return next((position for position, place in enumerate(locations) if place in accepted), None)


def ask_material_ui(site_dir: Path, cpu_rate: int) -> list[dict]:
    answers = []
    with static_server.serve(site_dir) as base_url, sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN").new_page()
        search_ui.open_search(page, base_url, cpu_rate)
        search_ui.ask(page, base_url, "khởi động")  # the worker's index is built on the first query
        for query in QUERIES:
            answer = search_ui.ask(page, base_url, query.text)
            answers.append({"query": query.text, "ranked": answer.locations, "ms": answer.ms})
        browser.close()
    return answers


def ask_pagefind(site_dir: Path, cpu_rate: int) -> list[dict]:
    titles = page_titles(site_dir)
    answers = []
    with static_server.serve(site_dir) as base_url, sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        page = browser.new_page()
        if cpu_rate > 1:
            page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": cpu_rate})
        page.goto(base_url)
        page.evaluate(PAGEFIND_QUERY, "khởi động")
        for query in QUERIES:
            answer = page.evaluate(PAGEFIND_QUERY, query.text)
            ranked = [search_ui.location(urljoin(base_url, url), base_url) for url in answer["ranked"]]
            ranked = [titles.get(place, place) for place in ranked]
            answers.append({"query": query.text, "ranked": ranked, "ms": answer["ms"]})
        browser.close()
    return answers


def relevance(answers: list[dict], headings: dict[str, str]) -> dict:
    strict, lenient, pages, misses = [], [], [], []
    for query, answer in zip(QUERIES, answers):
        accepted = set(query.expected)
        strict.append(rank_of(answer["ranked"], accepted))
        lenient.append(rank_of(answer["ranked"], accepted | {headings.get(anchor, anchor) for anchor in accepted}))
        on_page = {anchor.split("#")[0] for anchor in accepted}
        pages.append(rank_of([place.split("#")[0] for place in answer["ranked"]], on_page))
        if strict[-1] != 0:
            misses.append({"query": query.text, "kind": query.kind, "expected": list(query.expected),
                           "rank": None if strict[-1] is None else strict[-1] + 1, "shown": answer["ranked"][:3]})
    by_kind: dict[str, list[int]] = {}
    for query, rank in zip(QUERIES, strict):
        by_kind.setdefault(query.kind, []).append(int(rank == 0))
    return {**_scores(strict), "heading": _scores(lenient), "page": _scores(pages), "misses": misses,
            "by_kind": {kind: [sum(hits), len(hits)] for kind, hits in by_kind.items()}}


def _scores(ranks: list[int | None]) -> dict:
    count = len(ranks)
    return {"top1": sum(rank == 0 for rank in ranks) / count,
            "top3": sum(rank is not None and rank < 3 for rank in ranks) / count,
            "mrr": sum(1 / (rank + 1) for rank in ranks if rank is not None) / count}


def latency(answers: list[dict]) -> dict:
    times = sorted(answer["ms"] for answer in answers)
    return {"median_ms": statistics.median(times), "p95_ms": times[max(0, round(0.95 * len(times)) - 1)],
            "max_ms": times[-1], "queries": len(times)}


def make_sites(scratch: Path, factor: int, engines: tuple[str, ...]) -> dict[str, Path]:
    scratch.mkdir(parents=True, exist_ok=True)
    data_file = None if factor == 1 else write_synthetic_plan(factor, scratch / f"plan-{factor}x.yaml")
    ours = search_sites.build_ours(scratch / f"ours-{factor}x", data_file)
    sites = {"ours": ours}
    if "material" in engines:
        sites["material"] = search_sites.build_plain_material(scratch / f"material-{factor}x", data_file)
    if "pagefind" in engines:
        sites["pagefind"] = search_sites.pagefind_site(ours, scratch / f"pagefind-{factor}x")
    return sites


def measure_real(scratch: Path, engines: tuple[str, ...]) -> dict:
    sites = make_sites(scratch, 1, engines)
    for engine in ("ours", "material"):
        if engine in sites:
            search_ui.install_slow_worker(sites[engine])
    headings = enclosing_headings(sites["ours"])
    report = {"queries": len(QUERIES), "text_bytes": text_size(sites["ours"]), "engines": {}}
    for engine in engines:
        ask = ask_pagefind if engine == "pagefind" else ask_material_ui
        runs = {rate: ask(sites[engine], rate) for rate in RATES}
        report["engines"][engine] = {
            "relevance": relevance(runs[1], headings),
            "latency": {f"{rate}x": latency(runs[rate]) for rate in RATES},
            "index": index_size(engine, sites[engine]),
            "answers": runs[1],
        }
        print(f"{engine}: top-1 {report['engines'][engine]['relevance']['top1']:.1%}", file=sys.stderr)
    return report


def measure_sizes(scratch: Path, factor: int, engines: tuple[str, ...]) -> dict:
    sites = make_sites(scratch, factor, engines)
    return {"text_bytes": text_size(sites["ours"]),
            "engines": {engine: index_size(engine, site) for engine, site in sites.items()}}


def _percent(value: float) -> str:
    return f"{100 * value:.1f} %"


def markdown(report: dict) -> str:
    real = report["real"]
    engines = real["engines"]
    lines = [f"Relevance, {real['queries']} queries (bench/search_queries.py):", "",
             "| engine | top-1 | top-3 | MRR | top-1, heading counts | top-3, heading counts | top-1, page counts |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for engine, figures in engines.items():
        rel = figures["relevance"]
        lines.append(f"| {LABELS[engine]} | {_percent(rel['top1'])} | {_percent(rel['top3'])} | {rel['mrr']:.3f} "
                     f"| {_percent(rel['heading']['top1'])} | {_percent(rel['heading']['top3'])} "
                     f"| {_percent(rel['page']['top1'])} |")
    kinds = list(next(iter(engines.values()))["relevance"]["by_kind"])
    lines += ["", "| kind of query | queries | " + " | ".join(f"top-1, {LABELS[e]}" for e in engines) + " |",
              "|---|---:|" + "---:|" * len(engines)]
    for kind in kinds:
        cells = [engines[e]["relevance"]["by_kind"][kind] for e in engines]
        lines.append(f"| {kind} | {cells[0][1]} | " + " | ".join(str(hits) for hits, _ in cells) + " |")
    lines += ["", "| engine | CPU | median | p95 | max |", "|---|---|---:|---:|---:|"]
    for engine, figures in engines.items():
        for rate, times in figures["latency"].items():
            lines.append(f"| {LABELS[engine]} | {rate} | {times['median_ms']:.0f} ms | {times['p95_ms']:.0f} ms "
                         f"| {times['max_ms']:.0f} ms |")
    lines += ["", "| plan | pages' text | " + " | ".join(f"index, {LABELS[e]}" for e in engines) + " |",
              "|---|---:|" + "---:|" * len(engines)]
    for factor, sizes in report["sizes"].items():
        text = sizes["text_bytes"]
        cells = []
        for engine in engines:
            size = sizes["engines"].get(engine)
            cells.append("—" if size is None else
                         f"{size['bytes'] / 1024:,.0f} KiB ({size['bytes'] / text:.2f}×; gzip {size['gzip_bytes'] / 1024:,.0f} KiB)")
        lines.append(f"| {factor} | {text / 1024:,.0f} KiB | " + " | ".join(cells) + " |")
    misses = engines.get("ours", {}).get("relevance", {}).get("misses", [])
    if misses:
        lines += ["", "This site, not right at rank 1:"]
        lines += [f"- {miss['query']!r} ({miss['kind']}): expected {', '.join(miss['expected'])}, "
                  f"rank {miss['rank']}, shown first {miss['shown'][:1]}" for miss in misses]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the real plan only")
    parser.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    parser.add_argument("--factors", nargs="+", type=int, default=[1, 10, 100])
    args = parser.parse_args()
    engines = tuple(engine for engine in ENGINES if engine in args.engines)
    factors = [1] if args.quick else args.factors
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        report = {"load_average_before": os.getloadavg(), "pagefind": search_sites.pagefind_version()
                  if "pagefind" in engines else None, "real": measure_real(scratch, engines)}
        report["sizes"] = {"1×": {"text_bytes": report["real"]["text_bytes"],
                                  "engines": {e: f["index"] for e, f in report["real"]["engines"].items()}}}
        _save(report)  # the real plan's figures are kept even if a larger plan fails later
        for factor in factors:
            if factor != 1:
                report["sizes"][f"{factor}×"] = measure_sizes(scratch / f"{factor}x", factor, engines)
                _save(report)
        report["load_average_after"] = os.getloadavg()
    _save(report)
    print(markdown(report))


def _save(report: dict) -> None:
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
