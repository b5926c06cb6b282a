"""The site's pages for one build: one method per page kind gathers what it shows and renders its template."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from jinja2 import pass_context
from markupsafe import Markup

from plan.exports.files import Export
from plan.model import vocabulary
from plan.output.escape import md_heading
from plan.queries import PlanIndex
from plan.queries.progress import Progress
from plan.render.budget_chart import chart_svg
from plan.render.cells import unit_cell_html, unit_link
from plan.render.data_page import data_page_context
from plan.render.environment import make_environment, render
from plan.render.groupings import deadline_groups, funding_groups
from plan.render.highlight import highlighted_text
from plan.render.html_stash import HtmlStash
from plan.render.links import Linker
from plan.render.progress_chart import status_chart_svg
from plan.render.refs import ref_link

CHART_UNITS = 15  # rows of the status-by-unit chart (the table beside it lists every unit)
LATEST_UPDATES = 30  # updates listed on the progress page (tien-do.csv has all)


class SitePages:
    """Renders every page kind of one build from its index and exports.

    `stash` holds the HTML blocks the pages hand past Markdown; the build
    restores them into each page's HTML (see html_stash.py). `toc_labels`
    holds, per page URL and anchor, a table-of-contents entry longer than its
    heading ("1.4. 100% TTHC …" for "Mục tiêu 1.4"), which the site sets
    after Markdown has built the table of contents.
    """

    def __init__(self, index: PlanIndex, exports: list[Export], site_url: str | None, editing_guide: str,
                 today: dt.date):
        self.index = index
        self.exports = exports
        self.site_url = site_url
        self.today = today  # the day the pages treat as today (what is late, whether the plan's year is over)
        self.progress = Progress(index, today)
        self.editing_guide_text = editing_guide
        self.stash = HtmlStash()
        self.toc_labels: dict[str, dict[str, str]] = defaultdict(dict)
        self.env = make_environment(self.stash, self._heading)

    def macros(self) -> dict[str, Callable[..., str]]:
        """Macro name → function(page_url, *args): what docs/*.md and generated pages call."""
        return {
            "home_page": self.home_page,
            "decision_page": self.decision_page,
            "plan_page": self.plan_page,
            "appendix_page": self.appendix_page,
            "units_index": self.units_index,
            "unit_page": self.unit_page,
            "deadlines_page": self.deadlines_page,
            "budget_page": self.budget_page,
            "sources_page": self.sources_page,
            "changes_page": self.changes_page,
            "editing_guide": self.editing_guide,
            "data_page": self.data_page,
            "progress_page": self.progress_page,
            "unit_progress": self.unit_progress,
        }

    @pass_context
    def _heading(self, context, level: int, *parts: str, anchor: str | None = None, toc_label: str | None = None):
        if toc_label and anchor:
            self.toc_labels[context["page_url"]][anchor] = toc_label
        return md_heading(level, *parts, anchor=anchor)

    def _render(self, template: str, page_url: str, **context) -> str:
        index = self.index
        url = Linker(page_url)
        return render(
            self.env, template, page_url,
            plan=index.plan,
            index=index,
            cell=lambda cell: unit_cell_html(cell, index, url),
            unit_link=lambda unit_id: unit_link(unit_id, index, url),
            ref_link=lambda ref: ref_link(ref, index, url),
            role_labels=vocabulary.ROLES,
            kind_labels=vocabulary.UNIT_KINDS,
            level_labels=vocabulary.LEVELS,
            progress=self.progress,
            **context,
        )

    def home_page(self, page_url: str) -> str:
        index = self.index
        appendix = index.plan.appendix
        counts = {
            "objectives": len(appendix.objectives),
            "tasks": len(appendix.tasks),
            "activities": len(appendix.activities),
            "units": len(index.plan.units),
        }
        headline = [i for i in index.plan.indicators if i.headline]
        leading = sorted((u for u in index.plan.units if index.role_counts[u.id]["lead"]),
                         key=lambda u: -index.role_counts[u.id]["lead"])
        return self._render("home.md", page_url, counts=counts, headline=headline, leading_units=leading,
                            overdue=len(self.progress.overdue()))

    def decision_page(self, page_url: str) -> str:
        return self._render("decision.md", page_url)

    def plan_page(self, page_url: str) -> str:
        return self._render("plan.md", page_url, highlight=lambda item: highlighted_text(item, self.index))

    def appendix_page(self, page_url: str) -> str:
        index = self.index
        sections = [(s, index.objectives_in(s.id)) for s in index.plan.appendix.sections]
        return self._render("appendix.md", page_url, sections=sections, orphans=index.direct_activities(None))

    def units_index(self, page_url: str) -> str:
        groups = defaultdict(list)
        for unit in self.index.plan.units:
            groups[unit.kind].append(unit)
        ordered = [(kind, groups[kind]) for kind in vocabulary.UNIT_KINDS if groups[kind]]
        return self._render("units.md", page_url, groups=ordered)

    def unit_page(self, page_url: str, unit_id: str) -> str:
        index = self.index
        unit = index.units[unit_id]
        return self._render(
            "unit.md", page_url,
            unit=unit,
            led=index.led_by(unit_id),
            coordinated=index.coordinated_by(unit_id),
            groups=index.collectives_covering(unit_id),
            body_refs=index.body_refs_of(unit_id),
            members=[u for u in index.plan.units if unit.kind == "collective" and u.kind in unit.covers],
        )

    def deadlines_page(self, page_url: str) -> str:
        return self._render("deadlines.md", page_url, groups=deadline_groups(self.index))

    def budget_page(self, page_url: str) -> str:
        return self._render(
            "budget.md", page_url,
            chart=Markup(chart_svg(self.env, self.index.plan.budget)),
            groups=funding_groups(self.index),
        )

    def sources_page(self, page_url: str) -> str:
        appendix = self.index.plan.appendix
        inferences = [
            (f"{kind}:{record.id}", inferred.fields, inferred.reason)
            for kind, records in (("objective", appendix.objectives), ("task", appendix.tasks),
                                  ("activity", appendix.activities))
            for record in records
            for inferred in record.inferred
        ]
        return self._render("sources.md", page_url, inferences=inferences)

    def changes_page(self, page_url: str) -> str:
        changes = sorted(self.index.plan.changes, key=lambda change: change.date, reverse=True)
        return self._render("changes.md", page_url, changes=changes)

    def progress_page(self, page_url: str) -> str:
        progress = self.progress
        return self._render(
            "progress.md", page_url,
            overdue=progress.overdue(),
            updates=progress.updates[:LATEST_UPDATES],
            chart_rows=CHART_UNITS,
            plan_chart=Markup(status_chart_svg(self.env, "plan-status", "Hoạt động của kế hoạch theo tình trạng",
                                               [progress.plan_group()])),
            unit_chart=Markup(status_chart_svg(self.env, "unit-status", "Hoạt động theo tình trạng, theo đơn vị chủ trì",
                                               progress.by_lead_unit()[:CHART_UNITS])),
        )

    def unit_progress(self, page_url: str, unit_id: str, level: int = 2) -> str:
        """A unit's progress section: its lead activities by status, and its reports for each period of III.3."""
        return self._render("unit_progress.md", page_url, unit=self.index.units[unit_id], level=level)

    def editing_guide(self, page_url: str) -> str:
        """CONTRIBUTING.md, the project's own Markdown, shown as the site's editing guide."""
        return self.editing_guide_text

    def data_page(self, page_url: str) -> str:
        return self._render("data.md", page_url, **data_page_context(self.index, self.exports, self.site_url))
