"""MkDocs hooks: wire the `plan` package into the build.

Kept thin on purpose: each event delegates to the package, so a port to
another static site generator only rewrites this file and macros.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from plan import PlanInvalid, load_plan
from plan.exports.files import export_files
from plan.last_updated import data_last_changed
from plan.loader import data_path
from plan.render.html_stash import STASH
from plan.search_index import rewrite_search_index
from plan.site_pages import generated_pages

_build: dict = {}


@event_priority(100)  # before mkdocs-macros loads the plan in its own on_config
def on_config(config):
    _build["config"] = config
    try:
        plan = load_plan()
    except PlanInvalid as error:
        _remove_stale_site(config)
        raise PluginError(error.report() + "\nThe site was not built. See CONTRIBUTING.md for what each problem means.") from None
    config.extra["data_last_changed"] = data_last_changed(data_path(), plan.meta.last_updated)
    return config


def on_files(files, config):
    plan = load_plan()
    for generated in (*generated_pages(plan, config), *export_files(plan, config)):
        files.append(generated)
    return files


@event_priority(100)  # before any plugin reads the page's HTML
def on_page_content(html, page, **kwargs):
    return STASH.restore(html, page.file.src_uri)


@event_priority(-100)  # after Material's search plugin has written search/search_index.json
def on_post_build(config):
    rewrite_search_index(config["site_dir"], load_plan())


def on_build_error(error, **kwargs):
    """A build that fails half way must not leave a half-written site behind."""
    if _build.get("config") is not None:
        _remove_stale_site(_build["config"])


def _remove_stale_site(config) -> None:
    site_dir = Path(config["site_dir"])
    if site_dir.is_dir() and (site_dir / "index.html").exists():
        shutil.rmtree(site_dir)
