"""Render every page and export in memory, without MkDocs: what `plan-check` runs after validation,
so that it reports anything the build would fail on."""

from __future__ import annotations

from plan.model import paths
from plan.site.build import Build, RenderFailure

MACRO_PAGES = {  # macro → the page (paths.PAGES) whose docs/*.md calls it
    "home_page": "home", "decision_page": "decision", "plan_page": "plan", "appendix_page": "appendix",
    "units_index": "units", "deadlines_page": "deadlines", "budget_page": "budget", "sources_page": "sources",
    "changes_page": "changes", "editing_guide": "editing", "data_page": "data", "progress_page": "progress",
    "glossary_page": "glossary",
}


def render_everything(build: Build) -> list[RenderFailure]:
    try:
        build.exports
    except Exception as error:  # noqa: BLE001 (reported)
        return [RenderFailure(paths.DATA_DIR, "exports", error)]
    current = ["", ""]
    macros = build.macros(lambda: (current[0], current[1]))
    calls = [(name, paths.PAGES[page], ()) for name, page in MACRO_PAGES.items()]
    calls += [(macro, url, (argument,)) for _, url, macro, argument in build.generated_pages()]
    for name, url, args in calls:
        current[:] = [url or "index", url]
        macros[name](*args)
    return list(build.failures)
