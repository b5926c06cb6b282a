"""The Jinja environment that renders page fragments, and its filters."""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from plan import anchors
from plan.render.html_stash import STASH

LOCALE = "vi_VN"
# Python-Markdown's escapable characters (ESCAPED_CHARS, plus "|" from tables).
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")


def md_text(value) -> Markup:
    """Text safe inside a Markdown heading: HTML-escaped, Markdown punctuation escaped."""
    return Markup(MARKDOWN_SPECIAL.sub(r"\\\1", str(escape(value))))


def number(value, digits: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def percent(value: float, digits: int = 1) -> str:
    return format_percent(value, format="#,##0." + "0" * digits + "%", locale=LOCALE)


def vn_date(value) -> str:
    return format_date(value, "dd/MM/yyyy", locale=LOCALE)


def lines(value: str) -> Markup:
    """Keep the line breaks of a multi-line cell."""
    return Markup("<br>").join(escape(line) for line in value.split("\n"))


class Linker:
    """Site-relative URLs made relative to the page being rendered."""

    def __init__(self, page_url: str):
        self.base = "/" + page_url if page_url.endswith("/") or not page_url else "/" + posixpath.dirname(page_url) + "/"

    def __call__(self, target: str) -> str:
        path, _, fragment = target.partition("#")
        relative = posixpath.relpath("/" + path, self.base) if path or not fragment else ""
        if path.endswith("/") and relative != ".":
            relative += "/"
        if relative == ".":
            relative = "./"
        return relative + ("#" + fragment if fragment else "")


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("plan", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md=md_text, number=number, percent=percent, vn_date=vn_date, lines=lines,
                       html_block=STASH.put)
    env.globals.update(anchors=anchors)
    return env


def render(template: str, page_url: str, **context) -> str:
    return environment().get_template(template).render(url=Linker(page_url), **context)
