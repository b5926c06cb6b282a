"""Build a copy of the site, optionally from another dataset, in a subprocess (as CI builds it)."""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
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


@dataclass
class BuildOutcome:
    error: Exception | None  # what the build stopped with (MkDocs turns a PluginError into Abort)
    log: str  # what MkDocs logged: a PluginError's message is logged as an error

    @property
    def failed(self) -> bool:
        return self.error is not None


def build_in_process(workdir: Path, data_file: Path, site_dir: Path) -> BuildOutcome:
    """`mkdocs build --strict` of the site copied in `workdir`, in this process.

    Much faster than a subprocess for tests that expect the build to stop early.
    PLAN_DATA is set for the duration of the call.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    records = io.StringIO()
    handler = logging.StreamHandler(records)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    previous = os.environ.get("PLAN_DATA")
    os.environ["PLAN_DATA"] = str(data_file)
    try:
        try:
            config = load_config(config_file=str(workdir / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
        except Exception as caught:  # noqa: BLE001 (MkDocs refused the configuration itself)
            return BuildOutcome(caught, records.getvalue())
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
            error = None
        except Exception as caught:  # noqa: BLE001 (returned to the test)
            error = caught
        finally:
            config.plugins.on_shutdown()
        return BuildOutcome(error, records.getvalue())
    finally:
        logger.removeHandler(handler)
        if previous is None:
            os.environ.pop("PLAN_DATA", None)
        else:
            os.environ["PLAN_DATA"] = previous
