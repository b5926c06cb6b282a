"""Shared fixtures: the real plan, one built site per session, a local server, a browser."""

from __future__ import annotations

from pathlib import Path

import pytest

from devtools import chromium, static_server
from devtools.project import DATA_FILE
from devtools.site_build import build_site
from plan.load.loader import load_plan
from plan.queries import PlanIndex


@pytest.fixture(scope="session")
def plan():
    return load_plan(DATA_FILE)


@pytest.fixture(scope="session")
def index(plan):
    return PlanIndex(plan)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session with `mkdocs build --strict`."""
    workdir = tmp_path_factory.mktemp("site-build")
    result = build_site(workdir)
    assert result.returncode == 0, result.stderr[-5000:]
    return workdir / "site"


@pytest.fixture(scope="session")
def site_url(built_site):
    """Base URL of the built site served on a free localhost port."""
    with static_server.serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        try:
            instance = chromium.launch(playwright)
        except chromium.ChromiumMissing as error:
            pytest.fail(str(error))
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


@pytest.fixture(scope="session")
def site_workdir(tmp_path_factory) -> Path:
    """A copy of the site's sources to build in, shared by the tests that build in process."""
    from devtools.site_build import copy_site_sources

    workdir = tmp_path_factory.mktemp("site-sources")
    copy_site_sources(workdir)
    return workdir


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """The minimal fixture with hostile text in many fields, built once (tests/support/hostile.py)."""
    from tests.support.hostile import build_hostile_site

    return build_hostile_site(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="session")
def progress_site(tmp_path_factory) -> Path:
    """The minimal plan with the progress reports of tests/fixtures/reports.yaml, built as of tests' TODAY."""
    from tests.support.fixtures import TODAY, progress_text

    workdir = tmp_path_factory.mktemp("progress-site")
    data = workdir / "plan.yaml"
    data.write_text(progress_text(), encoding="utf-8")
    result = build_site(workdir, data, extra_env={"PLAN_TODAY": TODAY.isoformat()})
    assert result.returncode == 0, result.stderr[-5000:]
    return workdir / "site"


@pytest.fixture(scope="session")
def progress_site_url(progress_site):
    with static_server.serve(progress_site) as url:
        yield url
