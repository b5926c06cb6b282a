"""The sites the search benchmark compares, made in one run from the same sources and pages.

- `ours`: the project as it is (`mkdocs build --strict`).
- `material`: the same pages and Material's search as Material ships it:
  `plugins: search: lang: vi` and nothing else (Material's default separator
  and pipeline, no hidden fields: the plan plugin's `search_terms: false`),
  and no search-vi.js (an empty file in its place).
- `pagefind`: a copy of our built pages indexed by Pagefind with its default
  settings (`pagefind --site DIR`), queried through its JavaScript API.
  Pagefind (`pagefind[bin]` on PyPI, pinned below) is installed on first use
  into its own virtual environment, bench/.pagefind/: only the benchmark needs
  it, and keeping it out of requirements-dev.txt keeps its binary off CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from devtools.project import DATA_FILE, ROOT
from devtools.site_build import build_site, copy_site_sources

BENCH = Path(__file__).resolve().parent
PAGEFIND = "pagefind[bin]==1.5.2"
PAGEFIND_VENV = BENCH / ".pagefind"
PLAIN_CONFIG = "mkdocs-plain-search.yml"


def build_ours(workdir: Path, data_file: Path | None = None) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    result = build_site(workdir, data_file)
    if result.returncode != 0:
        raise RuntimeError(f"build in {workdir} failed:\n{result.stderr[-3000:]}")
    return workdir / "site"


def _plain_plugins() -> list:
    with (ROOT / "mkdocs.yml").open("rb") as handle:
        plugins = yaml_load(handle)["plugins"]
    plain = []
    for entry in plugins:
        name, settings = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        if name == "search":
            settings = {"lang": "vi"}
        elif name == "plan":
            settings = {**settings, "search_terms": False}
        plain.append({name: settings})
    return plain


def build_plain_material(workdir: Path, data_file: Path | None = None) -> Path:
    """The project's pages with Material's own search, configured only with `lang: vi`."""
    workdir.mkdir(parents=True, exist_ok=True)
    copy_site_sources(workdir)
    (workdir / "docs" / "assets" / "search-vi.js").write_text("/* plain Material search */\n", encoding="utf-8")
    config = {"INHERIT": "mkdocs.yml", "plugins": _plain_plugins()}
    (workdir / PLAIN_CONFIG).write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PLAN_DATA": str(data_file or DATA_FILE)}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", PLAIN_CONFIG,
               "--site-dir", str(workdir / "site")]
    result = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise RuntimeError(f"plain Material build failed:\n{result.stderr[-3000:]}")
    return workdir / "site"


def pagefind_python() -> Path:
    python = PAGEFIND_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PAGEFIND_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", PAGEFIND], check=True, capture_output=True)
    return python


def pagefind_site(built_site: Path, target: Path) -> Path:
    """A copy of `built_site` with a Pagefind index (default settings) in target/pagefind/."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(built_site, target)
    result = subprocess.run([str(pagefind_python()), "-m", "pagefind", "--site", str(target)],
                            capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise RuntimeError(f"pagefind failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return target


def pagefind_version() -> str:
    result = subprocess.run([str(pagefind_python()), "-m", "pagefind", "--version"], capture_output=True, text=True)
    return result.stdout.strip()
