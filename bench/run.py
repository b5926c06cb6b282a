"""Build benchmark (not a test): the real plan and synthetic plans 10× and 100× its size.

    .venv/bin/python bench/run.py                   # 3 builds per site, plans 1×, 10×, 100×
    .venv/bin/python bench/run.py --quick           # 1 build per site, 1× and 10× only
    .venv/bin/python bench/run.py --no-lighthouse   # skip Lighthouse (it installs into bench/.node)
    .venv/bin/python bench/run.py --no-reports      # plans without progress reports (the real data has none)

Every plan, the real one included, gets synthetic progress reports (four quarters
of every activity, bench/synthetic.py) unless --no-reports. For each plan: median
build wall time, peak memory, pages, site size, largest page, search index size,
the HTML of the pages that grow with reports; beside it the build time of a plain Material site with the same
pages and text but no macros or hooks (the overhead ratio). For the real site:
first-load weight of the home page and the largest unit page; the cost of the
first use of a page (Material's script starts then); and Lighthouse (mobile
defaults) on home, appendix and that unit page. Writes
bench/results/latest.json and prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from bench import browser, builds  # noqa: E402
from bench.synthetic import write_synthetic_plan  # noqa: E402

RESULTS = BENCH / "results" / "latest.json"
BASELINE_HOME = "/ on plain Material (baseline)"
TARGETS = {"overhead_ratio_real": 1.3, "growth_100x_over_10x": 10.0, "peak_rss_mib_100x": 2048,
           "unit_page_html_bytes": 100_000}


def measure_plan(factor: int, scratch: Path, runs: int, reports: bool) -> dict:
    """`reports`: synthetic progress reports (four quarters of every activity), the real plan included."""
    synthetic = reports or factor != 1
    data_file = write_synthetic_plan(factor, scratch / f"plan-{factor}x.yaml", reports=reports) if synthetic else None
    project = builds.copy_project_site(scratch / f"project-{factor}x")
    site_dir = scratch / f"site-{factor}x"
    ours_runs = [builds.build_once(project, site_dir, data_file)]
    figures = builds.site_figures(site_dir)
    baseline_project = builds.write_baseline_site(site_dir, scratch / f"baseline-{factor}x")
    baseline_site = scratch / f"baseline-site-{factor}x"
    # Alternate the two builds so that a slower spell of this shared machine hits both alike.
    baseline_runs = [builds.build_once(baseline_project, baseline_site)]
    for _ in range(runs - 1):
        ours_runs.append(builds.build_once(project, site_dir, data_file))
        baseline_runs.append(builds.build_once(baseline_project, baseline_site))
    ours, baseline = builds.summary(ours_runs), builds.summary(baseline_runs)
    return {"factor": factor, "reports": reports, "site_dir": str(site_dir), "baseline_site_dir": str(baseline_site),
            "build": ours, "baseline_build": baseline,
            "overhead_ratio": round(ours["median_seconds"] / baseline["median_seconds"], 2),
            "overhead_ratio_cpu": round(ours["median_cpu_seconds"] / baseline["median_cpu_seconds"], 2),
            **asdict(figures)}


def largest_unit_page(site_dir: Path) -> str:
    unit_pages = [page for page in (site_dir / "don-vi").glob("*/index.html")]
    largest = max(unit_pages, key=lambda page: page.stat().st_size)
    return largest.parent.relative_to(site_dir).as_posix() + "/"


def measure_in_browser(site_dir: Path, baseline_dir: Path, scratch: Path, lighthouse_runs: int) -> dict:
    with_lighthouse = lighthouse_runs > 0
    unit_page = largest_unit_page(site_dir)
    with browser.serve(site_dir) as base_url:
        result = {"largest_unit_page": unit_page, "weight": browser.first_load_bytes(base_url, ["", unit_page]),
                  "first_use": browser.first_use(base_url, ["", "phu-luc/", unit_page])}
        if with_lighthouse:
            browser.install_lighthouse()
            result["lighthouse_runs"] = lighthouse_runs
            result["lighthouse"] = {path or "/": lighthouse_median(base_url + path, scratch / f"lh-{i}", lighthouse_runs)
                                    for i, path in enumerate(["", "phu-luc/", unit_page])}
    if with_lighthouse:  # the same home page text on plain Material, measured in the same run for comparison
        with browser.serve(baseline_dir) as base_url:
            result["lighthouse"][BASELINE_HOME] = lighthouse_median(base_url, scratch / "lh-baseline", lighthouse_runs)
    return result


def lighthouse_median(url: str, report_prefix: Path, runs: int) -> dict:
    """Lighthouse `runs` times; the median of each figure (single runs vary by several points here)."""
    results = [browser.lighthouse(url, report_prefix.with_name(f"{report_prefix.name}-{run}.json")) for run in range(runs)]
    figures = {key: statistics.median(result[key] for result in results)
               for key, value in results[0].items() if isinstance(value, (int, float))}
    figures["runs"] = [{key: result[key] for key in figures} for result in results]
    figures["failed_audits"] = sorted({audit for result in results for audit in result["failed_audits"]})
    return figures


def cpu_times() -> list[int]:
    """Aggregate CPU jiffies from /proc/stat: user nice system idle iowait irq softirq steal …"""
    return [int(value) for value in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]


def steal_percent(before: list[int], after: list[int]) -> float:
    """Share of CPU time the hypervisor gave to other guests while the benchmark ran."""
    spent = [end - start for start, end in zip(before, after)]
    return round(100 * spent[7] / sum(spent[:8]), 1)


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown")
    memory_kib = int(Path("/proc/meminfo").read_text().split()[1])
    chromium = subprocess.run([browser.CHROMIUM, "--version"], capture_output=True, text=True).stdout.strip()
    return {"cpu": cpu, "cores": len(__import__("os").sched_getaffinity(0)), "ram_gib": round(memory_kib / 2**20, 1),
            "python": platform.python_version(), "chromium": chromium, "os": platform.platform()}


def targets_met(plans: list[dict], browser_figures: dict) -> dict:
    by_factor = {plan["factor"]: plan for plan in plans}
    checks = {"overhead_ratio_real": by_factor[1]["overhead_ratio"] <= TARGETS["overhead_ratio_real"],
              "unit_page_html_bytes": browser_figures["weight"][browser_figures["largest_unit_page"]]["html_bytes"]
              <= TARGETS["unit_page_html_bytes"]}
    if 10 in by_factor and 100 in by_factor:
        growth = by_factor[100]["build"]["median_seconds"] / by_factor[10]["build"]["median_seconds"]
        checks["growth_100x_over_10x"] = round(growth, 2)
        checks["growth_at_most_linear"] = growth <= TARGETS["growth_100x_over_10x"]
        checks["peak_rss_100x_within_2_gib"] = by_factor[100]["build"]["peak_rss_mib"] <= TARGETS["peak_rss_mib_100x"]
    return checks


def _plan_label(plan: dict) -> str:
    size = "real" if plan["factor"] == 1 else f"{plan['factor']}×"
    return size + (" + reports" if plan.get("reports") else "")


def markdown(report: dict) -> str:
    lines = ["| plan | pages | build (median) | plain Material | overhead | CPU overhead | peak memory | site size "
             "| largest page | search index |", "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|"]
    for plan in report["plans"]:
        lines.append(
            f"| {_plan_label(plan)} | {plan['pages']} "
            f"| {plan['build']['median_seconds']:.2f} s | {plan['baseline_build']['median_seconds']:.2f} s "
            f"| {plan['overhead_ratio']:.2f} | {plan['overhead_ratio_cpu']:.2f} | {plan['build']['peak_rss_mib']:.0f} MiB "
            f"| {plan['total_bytes'] / 2**20:.1f} MiB | {plan['largest_page']} {plan['largest_page_bytes'] / 1024:.0f} KiB "
            f"| {plan['search_index_bytes'] / 1024:.0f} KiB |")
    pages = list(report["plans"][0]["page_bytes"])
    lines += ["", "| plan | " + " | ".join(f"/{page}" for page in pages) + " |", "|---|" + "---:|" * len(pages)]
    for plan in report["plans"]:
        lines.append(f"| {_plan_label(plan)} | " + " | ".join(f"{plan['page_bytes'].get(page, 0) / 1024:.0f} KiB"
                                                         for page in pages) + " |")
    lines += ["", "| page (real plan) | HTML | first load, transferred (gzip) | requests |", "|---|---:|---:|---:|"]
    for path, weight in report["browser"]["weight"].items():
        lines.append(f"| /{path} | {weight['html_bytes'] / 1024:.1f} KiB | {weight['transferred_bytes'] / 1024:.0f} KiB "
                     f"| {weight['requests']} |")
    lines += ["", "| first use (375 px, CPU 4× slower) | tap on search → Material started | longest task | blocking time (tasks over 50 ms) |",
              "|---|---:|---:|---:|"]
    for path, use in report["browser"]["first_use"].items():
        lines.append(f"| {path} | {use['tap_to_material_ms']} ms | {use['longest_task_ms']} ms | {use['blocking_ms']} ms |")
    if "lighthouse" in report["browser"]:
        lines += ["", f"| Lighthouse (mobile, median of {report['browser']['lighthouse_runs']}) | performance "
                  "| accessibility | best practices | SEO | FCP | LCP | TBT | total |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for path, scores in report["browser"]["lighthouse"].items():
            lines.append(f"| {path} | {scores['performance']} | {scores['accessibility']} | {scores['best-practices']} "
                         f"| {scores['seo']} | {scores['fcp_seconds']} s | {scores['lcp_seconds']} s | {scores['tbt_ms']} ms "
                         f"| {scores['total_kib']} KiB |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 build per site, real and 10× only")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip Lighthouse")
    parser.add_argument("--factors", type=int, nargs="+", help="plan sizes to build (default 1 10 100)")
    parser.add_argument("--runs", type=int, help="builds per site (default 3, or 1 with --quick)")
    parser.add_argument("--no-reports", action="store_true",
                        help="plans without progress reports (default: four quarterly reports of every activity)")
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page; medians reported")
    arguments = parser.parse_args()
    runs = arguments.runs or (1 if arguments.quick else 3)
    factors = arguments.factors or ((1, 10) if arguments.quick else (1, 10, 100))
    if 1 not in factors:
        parser.error("--factors must include 1: the browser figures are taken on the real plan")
    started = cpu_times()
    with tempfile.TemporaryDirectory(prefix="plan-bench-") as scratch_name:
        scratch = Path(scratch_name)
        plans = []
        for factor in factors:
            plans.append(measure_plan(factor, scratch, runs, not arguments.no_reports))
            print(f"{factor}×: {plans[-1]['build']['median_seconds']:.2f} s, ratio {plans[-1]['overhead_ratio']}",
                  file=sys.stderr)
        browser_figures = measure_in_browser(Path(plans[0]["site_dir"]), Path(plans[0]["baseline_site_dir"]), scratch,
                                             0 if arguments.no_lighthouse else arguments.lighthouse_runs)
    report = {"machine": {**machine(), "cpu_steal_percent": steal_percent(started, cpu_times())},
              "runs_per_site": runs, "plans": plans, "browser": browser_figures,
              "targets": targets_met(plans, browser_figures)}
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(markdown(report))
    print(json.dumps({"machine": report["machine"], "targets": report["targets"]}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
