"""Everything one build of the site knows, created once per build and passed to what needs it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from plan.exports.files import Export, all_exports
from plan.model import paths
from plan.model.records import Plan
from plan.model.vocabulary import AUDIENCES
from plan.queries import PlanIndex
from plan.queries.obligations import Obligations
from plan.render.pages import SitePages


@dataclass(frozen=True)
class RenderFailure:
    page: str  # the page being rendered ("don-vi/so-noi-vu.md")
    macro: str
    error: Exception

    def report(self) -> str:
        return (
            f"{self.page}: the page could not be rendered ({self.macro}: {type(self.error).__name__}: "
            f"{str(self.error)[:300]}).\n"
            "    fix: the data passed every check, so this is a fault in the site's code, not in the data: "
            "report it to the site's maintainers with this message; until it is fixed, the last change to the "
            "data can be undone to publish the site"
        )


@dataclass
class Build:
    plan: Plan
    data_file: Path
    site_url: str | None
    editing_guide: Path
    today: dt.date = field(default_factory=dt.date.today)  # the day pages treat as today ($PLAN_TODAY in tests)
    failures: list[RenderFailure] = field(default_factory=list)

    @cached_property
    def index(self) -> PlanIndex:
        return PlanIndex(self.plan)

    @cached_property
    def obligations(self) -> Obligations:
        return Obligations(self.index)

    @cached_property
    def exports(self) -> list[Export]:
        return all_exports(self.index, self.obligations, self.site_url)

    @cached_property
    def pages(self) -> SitePages:
        guide = self.editing_guide.read_text(encoding="utf-8") if self.editing_guide.is_file() else ""
        return SitePages(self.index, self.obligations, self.exports, self.site_url, guide, self.today)

    def generated_pages(self) -> list[tuple[str, str, str, str]]:
        """(source path, URL, macro, argument) of every page made from the data: units, kinds, retired ids."""
        pages = [(paths.unit_page_source(u.id), paths.unit_page(u.id), "unit_page", u.id) for u in self.plan.units]
        slugs = {kind: AUDIENCES[kind].slug for kind in self.obligations.covered_kinds()}
        pages += [(paths.kind_page_source(slug), paths.kind_page(slug), "kind_page", kind) for kind, slug in slugs.items()]
        pages += [(paths.unit_page_source(r.id), paths.unit_page(r.id), "retired_page", r.id)
                  for r in self.plan.retired_units]
        return pages

    def macros(self, current_page: Callable[[], tuple[str, str]]) -> dict[str, Callable[..., str]]:
        """The pages' macros for mkdocs-macros. `current_page()` gives (source path, URL) of the page rendering.

        A macro never raises: mkdocs-macros would print a traceback and exit.
        A failure is kept and stops the build with a clear message instead
        (the plugin's on_page_markdown).
        """
        def guarded(name: str, function: Callable[..., str]) -> Callable[..., str]:
            def macro(*args) -> str:
                source, url = current_page()
                try:
                    return function(url, *args)
                except Exception as error:  # noqa: BLE001 (reported as a located build error)
                    self.failures.append(RenderFailure(source, name, error))
                    return ""
            return macro

        return {name: guarded(name, function) for name, function in self.pages.macros().items()}
