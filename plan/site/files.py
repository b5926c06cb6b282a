"""The files a build adds to MkDocs: one page per unit and every export, all generated in memory."""

from __future__ import annotations

from mkdocs.structure.files import File

from plan.model import paths
from plan.site.build import Build


def unit_page_markdown(unit_id: str) -> str:
    # Only the validated ASCII id reaches the template; the unit's texts are
    # inserted by the macro, after Jinja has run, so they are never evaluated.
    return "{{ unit_page('" + unit_id + "') }}\n"


def generated_files(build: Build, config) -> list[File]:
    pages = [
        File.generated(config, paths.unit_page_source(unit.id), content=unit_page_markdown(unit.id))
        for unit in build.plan.units
    ]
    exports = [File.generated(config, export.path, content=export.content) for export in build.exports]
    return pages + exports
