"""The Jinja environment that renders page fragments, and its filters."""

from __future__ import annotations

from collections.abc import Callable

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined, select_autoescape

from plan.model import paths, vocabulary
from plan.output.escape import compact, lines, one_line, path_breaks
from plan.output.locale import decimal, number, percent, percent_points, vn_date
from plan.render.html_stash import HtmlStash
from plan.render.links import Linker


def bytecode_cache() -> FileSystemBytecodeCache:
    """Compiled templates kept between builds in the user's own temporary folder (Jinja's default).

    Compiling the templates was a tenth of a build. Each entry is keyed by the
    template's name and checked against its source, so an edited template is
    compiled again.
    """
    return FileSystemBytecodeCache()


def make_environment(stash: HtmlStash, heading: Callable) -> Environment:
    """One environment per build: its `html_block` filter fills that build's stash, `heading` writes headings."""
    env = Environment(
        loader=PackageLoader("plan.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=bytecode_cache(),
    )
    env.filters.update(number=number, percent=percent, percent_points=percent_points, decimal=decimal,
                       vn_date=vn_date, lines=lines,
                       one_line=one_line, compact=compact, path_breaks=path_breaks, html_block=stash.put,
                       field_label=vocabulary.FIELD_LABELS.get)
    env.globals.update(paths=paths, vocabulary=vocabulary, heading=heading)
    return env


def render(env: Environment, template: str, page_url: str, **context) -> str:
    return env.get_template(template).render(url=Linker(page_url), page_url=page_url, **context)
