"""Build a copy of the site, optionally from another dataset, in a subprocess (as CI builds it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from devtools.project import DATA_FILE, ROOT

SITE_FILES = ("mkdocs.yml", "macros.py", "docs", "overrides", "CONTRIBUTING.md")


def copy_site_sources(workdir: Path) -> None:
    for name in SITE_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, workdir / name, dirs_exist_ok=True)
        else:
            shutil.copy2(source, workdir / name)


def build_site(workdir: Path, data_file: Path | None = None, strict: bool = True,
               extra_env: dict[str, str] | None = None, site_dir: Path | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build` of a copy of the site in `workdir` (into workdir/site unless `site_dir`)."""
    copy_site_sources(workdir)
    env = {**os.environ, "PLAN_DATA": str(data_file or DATA_FILE), **(extra_env or {})}
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir or workdir / "site")]
    if strict:
        command.append("--strict")
    return subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=600)
