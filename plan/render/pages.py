"""The site's pages for one build: one method per page kind gathers what it shows and renders its template."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from functools import cached_property

from jinja2 import pass_context
from markupsafe import Markup

from plan.exports import calendar
from plan.exports.files import Export
from plan.exports.links import absolute, webcal
from plan.exports.owners import Owner, owners
from plan.model import paths, vocabulary
from plan.output.escape import md_heading, with_quote_marked
from plan.output.wording import incomplete_list
from plan.queries import PlanIndex
from plan.queries.obligations import Obligations, counts
from plan.queries.progress import Progress
from plan.render.abbreviations import mark_abbreviations
from plan.render.appendix_filter import AppendixFilter
from plan.render.budget import budget_context
from plan.render.cell_breaks import with_cell_breaks
from plan.render.cells import unit_cell_html, unit_link
from plan.render.data_page import data_page_context
from plan.render.environment import make_environment, render
from plan.render.footer import report_href
from plan.render.groupings import deadline_groups, funding_groups, group_by_deadline
from plan.render.highlight import highlighted_text
from plan.render.html_stash import HtmlStash
from plan.render.links import Linker, RootLinker
from plan.render.progress_chart import status_chart_svg
from plan.render.refs import ref_link

CHART_UNITS = 15  # rows of the status-by-unit chart (the table beside it lists every unit)
LATEST_UPDATES = 30  # updates listed on the progress page (tien-do.csv has all)


# The editing guide shows the file's own words and codes; the glossary page marks its terms itself.
UNEXPLAINED_PAGES = frozenset({paths.page_source("editing"), paths.page_source("glossary")})


class SitePages:
    """Renders every page kind of one build from its index and exports.

    `stash` holds the HTML blocks the pages hand past Markdown; the build
    restores them into each page's HTML (see html_stash.py). `toc_labels`
    holds, per page URL and anchor, a table-of-contents entry longer than its
    heading ("1.4. 100% TTHC …" for "Mục tiêu 1.4"), which the site sets
    after Markdown has built the table of contents. `quoting_sections` holds
    the locations ("don-vi/so-noi-vu/#chu-tri") of the sections whose text
    repeats what another page shows in full (lists of activities, targets,
    budget lines), headings written with `quotes=True`: search ranks a match
    in their text below the same match in the original.
    """

    def __init__(self, index: PlanIndex, obligations: Obligations, exports: list[Export], site_url: str | None,
                 editing_guide: str, today: dt.date):
        self.index = index
        self.obligations = obligations
        self.exports = exports
        self.site_url = site_url
        self.today = today  # the day the pages treat as today (what is late, whether the plan's year is over)
        self.progress = Progress(index, today)
        self.editing_guide_text = editing_guide
        self.stash = HtmlStash()
        self.toc_labels: dict[str, dict[str, str]] = defaultdict(dict)
        self.quoting_sections: set[str] = set()
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
            "kind_page": self.kind_page,
            "retired_page": self.retired_page,
            "deadlines_page": self.deadlines_page,
            "budget_page": self.budget_page,
            "sources_page": self.sources_page,
            "changes_page": self.changes_page,
            "editing_guide": self.editing_guide,
            "data_page": self.data_page,
            "glossary_page": self.glossary_page,
            "progress_page": self.progress_page,
        }

    def finished_html(self, html: str, source_uri: str) -> str:
        """A page's HTML once Markdown has run: the stashed blocks back in place, cells apart, abbreviations explained."""
        html = with_cell_breaks(self.stash.restore(html, source_uri))
        if source_uri in UNEXPLAINED_PAGES:
            return html
        return mark_abbreviations(html, self.index.terms)

    @pass_context
    def _heading(self, context, level: int, *parts: str, anchor: str | None = None, toc_label: str | None = None,
                 quotes: bool = False):
        if toc_label and anchor:
            self.toc_labels[context["page_url"]][anchor] = toc_label
        if quotes:
            if not anchor:
                raise ValueError("heading(quotes=True) needs the anchor search finds the section by")
            self.quoting_sections.add(f"{context['page_url']}#{anchor}")
        return md_heading(level, *parts, anchor=anchor)

    def _render(self, template: str, page_url: str, **context) -> str:
        index = self.index
        url = Linker(page_url)
        return render(
            self.env, template, page_url,
            plan=index.plan,
            index=index,
            cell=lambda cell: unit_cell_html(cell, index, url),
            inline_cell=lambda cell: unit_cell_html(cell, index, url, inline=True),
            unit_link=lambda unit_id: unit_link(unit_id, index, url),
            ref_link=lambda ref: ref_link(ref, index, url),
            absolute=lambda path: absolute(self.site_url, path),
            webcal=lambda path: webcal(self.site_url, path),
            incomplete=lambda: incomplete_list(index.plan.source_gaps),
            role_labels=vocabulary.ROLES,
            kind_labels=vocabulary.UNIT_KINDS,
            level_labels=vocabulary.LEVELS,
            progress=self.progress,
            **context,
        )

    @cached_property
    def owners(self) -> dict[str, Owner]:
        return {owner.key: owner for owner in owners(self.index, self.obligations)}

    def _owner_context(self, owner: Owner, duties: list) -> dict:
        events = calendar.event_count(owner.calendar_spec(self.index.plan.document.number))
        return {
            "owner": owner, "events": events, "obligations": owner.obligations, "found_duties": duties,
            "counts": counts, "row_anchor": paths.duty_anchor, "quoted": with_quote_marked,
            "deadline_index": lambda obligations: [
                (group.title, group.activities)
                for group in group_by_deadline(self.index, obligations, lambda o: o.activity)],
        }

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
                            kinds=self.obligations.covered_kinds(), overdue=len(self.progress.overdue()))

    def decision_page(self, page_url: str) -> str:
        return self._render("decision.md", page_url)

    def plan_page(self, page_url: str) -> str:
        return self._render("plan.md", page_url, highlight=lambda item: highlighted_text(item, self.index))

    def appendix_page(self, page_url: str) -> str:
        index = self.index
        sections = [(s, index.objectives_in(s.id)) for s in index.plan.appendix.sections]
        return self._render("appendix.md", page_url, sections=sections, orphans=index.direct_activities(None),
                            facets=AppendixFilter(index, list(self.owners.values())))

    def units_index(self, page_url: str) -> str:
        groups = defaultdict(list)
        for unit in self.index.plan.units:
            groups[unit.kind].append(unit)
        ordered = [(kind, groups[kind]) for kind in vocabulary.UNIT_KINDS if groups[kind]]
        return self._render("units.md", page_url, groups=ordered, kinds=self.obligations.covered_kinds(),
                            obligations=self.obligations, counts=counts)

    def unit_page(self, page_url: str, unit_id: str) -> str:
        index, obligations = self.index, self.obligations
        unit = index.units[unit_id]
        members = []
        if unit.members_rule:
            members = obligations.lead_units()
        elif unit.kind == "collective":
            members = [u for u in index.plan.units if u.kind in unit.covers]
        kinds = [(kind, vocabulary.AUDIENCES[kind]) for kind in unit.covers if kind in vocabulary.AUDIENCES]
        return self._render(
            "unit.md", page_url, unit=unit, members=members, kinds=kinds, groups=obligations.groups_of(unit),
            **self._owner_context(self.owners[unit_id], obligations.duties_of_unit(unit_id)),
        )

    def kind_page(self, page_url: str, kind: str) -> str:
        obligations = self.obligations
        audience = vocabulary.AUDIENCES[kind]
        return self._render(
            "kind.md", page_url, kind=kind, audience=audience, groups=obligations.collectives_of_kind(kind),
            named=obligations.named_units_of_kind(kind),
            **self._owner_context(self.owners[paths.kind_key(audience.slug)], obligations.duties_of_kind(kind)),
        )

    def retired_page(self, page_url: str, retired_id: str) -> str:
        retired = next(r for r in self.index.plan.retired_units if r.id == retired_id)
        now = [self.index.units[unit_id] for unit_id in retired.read_as]
        duties = [duty for unit in now for duty in self.obligations.duties_of_unit(unit.id)]
        return self._render("retired.md", page_url, retired=retired, now=now,
                            **self._owner_context(self.owners[retired_id], duties))

    def deadlines_page(self, page_url: str) -> str:
        return self._render("deadlines.md", page_url, groups=deadline_groups(self.index))

    def budget_page(self, page_url: str) -> str:
        return self._render("budget.md", page_url, groups=funding_groups(self.index),
                            **budget_context(self.index.plan.budget))

    def glossary_page(self, page_url: str) -> str:
        """Abbreviations the plan defines, in the order it defines them, then the editors' ones A–Z."""
        glossary = self.index.plan.glossary
        added = sorted((e for e in glossary if e.defined_in is None), key=lambda e: e.term.replace("Đ", "D\uffff"))
        return self._render("glossary.md", page_url, defined=[e for e in glossary if e.defined_in], added=added)

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

    def editing_guide(self, page_url: str) -> str:
        """CONTRIBUTING.md, the project's own Markdown, shown as the site's editing guide."""
        return self.editing_guide_text

    def footer(self, page_url: str | None) -> Markup:
        """Every page's footer; `page_url` None for the 404 page, whose address is not known when it is built."""
        meta = self.index.plan.meta
        url = Linker(page_url) if page_url is not None else RootLinker(self.site_url)
        report = None
        if meta.error_report and page_url is not None:
            report = report_href(meta.error_report, absolute(self.site_url, page_url))
        html = self.env.get_template("_footer.html").render(plan=self.index.plan, url=url, report=report)
        return Markup(html)

    def data_page(self, page_url: str) -> str:
        return self._render("data.md", page_url,
                            **data_page_context(self.index, self.obligations, self.exports, self.site_url))
