"""Shared fixtures: the real plan, one built site per session, a local server, a browser."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from plan import load_plan
from plan.queries import PlanIndex

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
SITE_FILES = ("mkdocs.yml", "macros.py", "hooks.py", "docs", "overrides")


@pytest.fixture(scope="session")
def plan():
    return load_plan()


@pytest.fixture(scope="session")
def index(plan):
    return PlanIndex(plan)


def build_site(workdir: Path, data_file: Path | None = None, strict: bool = True) -> subprocess.CompletedProcess:
    """Build a copy of the site in `workdir` (optionally from another dataset); returns the process."""
    for name in SITE_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, workdir / name, dirs_exist_ok=True)
        elif source.exists():
            shutil.copy2(source, workdir / name)
    env = dict(os.environ)
    if data_file is not None:
        env["PLAN_DATA"] = str(data_file)
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(workdir / "site")]
    if strict:
        command.append("--strict")
    return subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session with `mkdocs build --strict`."""
    workdir = tmp_path_factory.mktemp("site-build")
    result = build_site(workdir)
    assert result.returncode == 0, result.stderr[-5000:]
    return workdir / "site"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def site_url(built_site):
    """Base URL of the built site served on a free localhost port."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", _free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/test, which installs Debian's chromium")
    with playwright_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


def html_of(site: Path, url_path: str):
    """Parsed HTML of a built page, by its site-relative URL ("don-vi/so-noi-vu/")."""
    from bs4 import BeautifulSoup

    target = site / url_path
    if url_path == "" or url_path.endswith("/"):
        target = target / "index.html"
    return BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
