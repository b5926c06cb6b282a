"""The files a build adds to MkDocs: one page per unit and every export, all generated in memory."""

from __future__ import annotations

from mkdocs.structure.files import File

from plan.model import paths
from plan.site.build import Build


def macro_call(macro: str, argument: str) -> str:
    # Only a validated ASCII id reaches the template; the record's texts are
    # inserted by the macro, after Jinja has run, so they are never evaluated.
    return "{{ " + macro + "('" + argument + "') }}\n"


def generated_files(build: Build, config) -> list[File]:
    pages = [File.generated(config, source, content=macro_call(macro, argument))
             for source, _, macro, argument in build.generated_pages()]
    exports = [File.generated(config, export.path, content=export.content) for export in build.exports]
    return pages + exports
