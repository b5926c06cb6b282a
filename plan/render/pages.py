"""One function per page kind: gather what the page shows, render its template."""

from __future__ import annotations

from collections import defaultdict

from markupsafe import Markup

from plan import anchors
from plan.deadlines import KIND_LABELS as DEADLINE_KIND_LABELS
from plan.exports.data_page import data_page
from plan.loader import ROOT
from plan.queries import KIND_LABELS, LEVEL_LABELS, ROLE_LABELS, PlanIndex
from plan.render.budget_chart import chart_svg
from plan.render.cells import unit_cell_html, unit_link
from plan.render.environment import Linker, render
from plan.render.groupings import deadline_groups, funding_groups
from plan.render.highlight import highlighted_text
from plan.render.refs import ref_link


CONTRIBUTING = ROOT / "CONTRIBUTING.md"


def _context(index: PlanIndex, page_url: str) -> dict:
    url = Linker(page_url)
    return {
        "plan": index.plan,
        "index": index,
        "cell": lambda cell: unit_cell_html(cell, index, url),
        "unit_link": lambda unit_id: unit_link(unit_id, index, url),
        "ref_link": lambda ref: ref_link(ref, index, url),
        "role_labels": ROLE_LABELS,
        "kind_labels": KIND_LABELS,
        "level_labels": LEVEL_LABELS,
        "deadline_labels": DEADLINE_KIND_LABELS,
    }


def home_page(index: PlanIndex, page_url: str) -> str:
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
    return render("home.md", page_url, counts=counts, headline=headline, leading_units=leading,
                  **_context(index, page_url))


def decision_page(index: PlanIndex, page_url: str) -> str:
    return render("decision.md", page_url, **_context(index, page_url))


def plan_page(index: PlanIndex, page_url: str) -> str:
    context = _context(index, page_url)
    return render("plan.md", page_url, highlight=lambda item: highlighted_text(item, index), **context)


def appendix_page(index: PlanIndex, page_url: str) -> str:
    sections = [(s, index.objectives_in(s.id)) for s in index.plan.appendix.sections]
    orphans = index.direct_activities(None)
    return render("appendix.md", page_url, sections=sections, orphans=orphans, **_context(index, page_url))


def units_index(index: PlanIndex, page_url: str) -> str:
    groups = defaultdict(list)
    for unit in index.plan.units:
        groups[unit.kind].append(unit)
    ordered = [(kind, groups[kind]) for kind in KIND_LABELS if groups[kind]]
    return render("units.md", page_url, groups=ordered, **_context(index, page_url))


def unit_page(index: PlanIndex, page_url: str, unit_id: str) -> str:
    unit = index.units[unit_id]
    return render(
        "unit.md", page_url,
        unit=unit,
        led=index.led_by(unit_id),
        coordinated=index.coordinated_by(unit_id),
        groups=index.collectives_covering(unit_id),
        body_refs=index.body_refs_of(unit_id),
        members=[u for u in index.plan.units if unit.kind == "collective" and u.kind in unit.covers],
        **_context(index, page_url),
    )


def deadlines_page(index: PlanIndex, page_url: str) -> str:
    return render("deadlines.md", page_url, groups=deadline_groups(index), **_context(index, page_url))


def budget_page(index: PlanIndex, page_url: str) -> str:
    return render(
        "budget.md", page_url,
        chart=Markup(chart_svg(index.plan.budget)),
        groups=funding_groups(index),
        **_context(index, page_url),
    )


def sources_page(index: PlanIndex, page_url: str) -> str:
    inferences = [
        (f"{kind}:{record.id}", inferred.fields, inferred.reason)
        for kind, records in (
            ("objective", index.plan.appendix.objectives),
            ("task", index.plan.appendix.tasks),
            ("activity", index.plan.appendix.activities),
        )
        for record in records
        for inferred in record.inferred
    ]
    return render("sources.md", page_url, inferences=inferences, **_context(index, page_url))


def changes_page(index: PlanIndex, page_url: str) -> str:
    changes = sorted(index.plan.changes, key=lambda change: change.date, reverse=True)
    return render("changes.md", page_url, changes=changes, **_context(index, page_url))


def editing_guide(index: PlanIndex, page_url: str) -> str:
    """CONTRIBUTING.md, the project's own Markdown, shown as the site's editing guide."""
    return CONTRIBUTING.read_text(encoding="utf-8")


PAGE_MACROS = {
    "home_page": home_page,
    "decision_page": decision_page,
    "plan_page": plan_page,
    "appendix_page": appendix_page,
    "units_index": units_index,
    "unit_page": unit_page,
    "deadlines_page": deadlines_page,
    "budget_page": budget_page,
    "sources_page": sources_page,
    "changes_page": changes_page,
    "editing_guide": editing_guide,
    "data_page": data_page,
}
