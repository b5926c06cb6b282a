"""Build a site several times and measure it; make the plain-Material baseline site.

Each build is `python -m mkdocs build` in its own process under `/usr/bin/time -v`,
which reports that process's wall time and peak resident memory.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from bs4 import BeautifulSoup
from mkdocs.utils.yaml import yaml_load

from devtools.project import DATA_FILE, ROOT
from devtools.site_build import copy_site_sources

TIME = "/usr/bin/time"

# The baseline inherits the project's mkdocs.yml (theme, features, palette, Markdown
# extensions, search settings) and drops only what is ours: the plan plugin, macros, theme
# overrides, extra CSS and the hand-written nav (the baseline's pages differ).
BASELINE_CONFIG = """\
INHERIT: {project_config}
site_name: Baseline
docs_dir: docs
strict: false
extra_css: []
nav: null
theme:
  custom_dir: no-overrides
  language: vi  # ours is `custom`, a partial in the overrides the baseline drops
plugins:
  - search: {search_config}
"""


@dataclass
class BuildRun:
    seconds: float
    peak_rss_mib: float
    cpu_seconds: float = 0.0  # user + system: steadier than wall time on a shared machine


@dataclass
class SiteFigures:
    pages: int
    total_bytes: int
    largest_page: str
    largest_page_bytes: int
    search_index_bytes: int
    page_bytes: dict[str, int]  # HTML of the pages that grow with progress reports (KEY_PAGES)


def copy_project_site(workdir: Path) -> Path:
    """A copy of the site's sources (as the tests' build_site does), to build without touching /work/main."""
    workdir.mkdir(parents=True, exist_ok=True)
    copy_site_sources(workdir)
    return workdir


def build_once(workdir: Path, site_dir: Path, data_file: Path | None = None) -> BuildRun:
    shutil.rmtree(site_dir, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PLAN_DATA": str(data_file or DATA_FILE)}
    command = [TIME, "-v", sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site_dir)]
    result = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise RuntimeError(f"build in {workdir} failed:\n{result.stderr[-3000:]}")
    return BuildRun(seconds=_wall_seconds(result.stderr), peak_rss_mib=_peak_kib(result.stderr) / 1024,
                    cpu_seconds=_cpu_seconds(result.stderr))


def _wall_seconds(time_report: str) -> float:
    clock = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", time_report)
    hours, minutes, seconds = clock.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)


def _cpu_seconds(time_report: str) -> float:
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", time_report)[1])
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", time_report)[1])
    return round(user + system, 3)


def _peak_kib(time_report: str) -> int:
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", time_report)[1])


def summary(measured: list[BuildRun]) -> dict:
    return {
        "runs": [asdict(run) for run in measured],
        "median_seconds": statistics.median(run.seconds for run in measured),
        "median_cpu_seconds": statistics.median(run.cpu_seconds for run in measured),
        "peak_rss_mib": max(run.peak_rss_mib for run in measured),
    }


KEY_PAGES = ["", "phu-luc/", "tien-do/", "lich-su/", "don-vi/so-tai-chinh/"]


def site_figures(site_dir: Path) -> SiteFigures:
    files = [path for path in site_dir.rglob("*") if path.is_file()]
    pages = [path for path in files if path.name == "index.html"]
    largest = max(pages, key=lambda path: path.stat().st_size)
    return SiteFigures(
        pages=len(pages),
        total_bytes=sum(path.stat().st_size for path in files),
        largest_page=largest.parent.relative_to(site_dir).as_posix() + "/",
        largest_page_bytes=largest.stat().st_size,
        search_index_bytes=(site_dir / "search" / "search_index.json").stat().st_size,
        page_bytes={page: (site_dir / page / "index.html").stat().st_size for page in KEY_PAGES
                    if (site_dir / page / "index.html").is_file()},
    )


def _search_settings(config_file: Path) -> dict:
    """The project's search plugin settings, minus the fields only our hook fills."""
    with config_file.open("rb") as handle:
        plugins = yaml_load(handle)["plugins"]
    settings = next(entry["search"] for entry in plugins if isinstance(entry, dict) and "search" in entry)
    return {key: value for key, value in settings.items() if key != "fields"}


def write_baseline_site(built_site: Path, workdir: Path) -> Path:
    """A plain Material project with one Markdown page per page of `built_site`, holding that page's text."""
    docs = workdir / "docs"
    for page in built_site.rglob("index.html"):
        relative = page.parent.relative_to(built_site)
        target = docs / relative / "index.md" if relative.parts else docs / "index.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_page_as_markdown(page), encoding="utf-8")
    (workdir / "no-overrides").mkdir(exist_ok=True)
    (docs / "assets").mkdir(exist_ok=True)
    shutil.copy2(ROOT / "docs" / "assets" / "favicon.svg", docs / "assets" / "favicon.svg")
    project_config = ROOT / "mkdocs.yml"
    config = BASELINE_CONFIG.format(project_config=project_config,
                                    search_config=json.dumps(_search_settings(project_config), ensure_ascii=False))
    (workdir / "mkdocs.yml").write_text(config, encoding="utf-8")
    return workdir


def _page_as_markdown(page: Path) -> str:
    article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")
    lines = [line.strip() for line in article.get_text("\n").splitlines() if line.strip()]
    title, body = (lines[0], lines[1:]) if lines else ("Trang", [])
    escaped = (re.sub(r"([\\`*_{}\[\]<>#|!-])", r"\\\1", line) for line in body)
    return f"# {title}\n\n" + "\n\n".join(escaped) + "\n"
