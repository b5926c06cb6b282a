"""Pages that exist once per record (one per unit), created as MkDocs files."""

from __future__ import annotations

from mkdocs.structure.files import File

from plan.model import Plan


def unit_page_source(unit_id: str) -> str:
    # Only the validated ASCII id reaches the template; the unit's texts are
    # inserted by the macro, after Jinja has run, so they are never evaluated.
    return "{{ unit_page('" + unit_id + "') }}\n"


def generated_pages(plan: Plan, config) -> list[File]:
    return [
        File.generated(config, f"don-vi/{unit.id}.md", content=unit_page_source(unit.id))
        for unit in plan.units
    ]
