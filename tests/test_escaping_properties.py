"""Property: any text in any text field either is refused with a located issue or stays text in every output.

Hypothesis writes random text (markup, template and Markdown syntax, quotes,
formula starters, Vietnamese, control and bidirectional characters) into one
text field of the minimal fixture at a time, then loads it, renders every page
through the site's own Markdown settings and builds every export, in memory.
Invariants: the load raises nothing but PlanInvalid; an accepted text adds no
HTML element or attribute to any page, appears as text where the field is
shown, survives the JSON exactly, and reaches no CSV cell a spreadsheet would
run nor an unescaped iCalendar line.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from devtools.project import ROOT
from plan.load.characters import INVISIBLE_CATEGORIES
from plan.load.loader import load
from plan.model.errors import PlanInvalid
from plan.output.escape import FORMULA_STARTS
from plan.site.build import Build
from plan.model import paths
from plan.site.dry_run import MACRO_PAGES
from tests.support.fixtures import TODAY, minimal_text

MARKUP = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}", "{#", "*a*", "_b_",
          "[l](javascript:alert(1))", "![i](x)", "<javascript:x>", "{: onclick=x }", "{: #hd-3-47 }", "&lt;", "&amp;",
          "&#34;", '"', "'", "`c`", "# ", "| a |", "> ", "\\", "=SUM(1)", "+1", "-", "@x", "\n", "\n\n", "  ", "…",
          "Sở Nội vụ", "đ", "BEGIN:VEVENT", ";", ",", "\u202e", "\u200b", "\u00a0", "\x00", "\x1b", "\t", "\r"]
TEXT = st.lists(st.one_of(st.sampled_from(MARKUP), st.text(min_size=1, max_size=12)), min_size=1, max_size=6).map("".join)


def _activity(data, activity_id):
    return next(a for a in data["appendix"]["activities"] if a["id"] == activity_id)


def _unit(data, value):
    data["units"].append({"id": "don-vi-thu", "name": value, "kind": "enterprise"})
    _activity(data, "3.48")["coordinating"] = {"text": value, "units": ["don-vi-thu"]}


# field → (setter, one-line only, pages showing it, exports carrying it)
FIELDS: dict[str, tuple[Callable, bool, tuple[str, ...], tuple[str, ...]]] = {
    "activity text": (lambda d, v: _activity(d, "3.47").__setitem__("text", v), False,
                      ("phu-luc/", "don-vi/so-tai-chinh/"), ("ke-hoach.json", "hoat-dong.csv", "lich/so-tai-chinh.ics")),
    "product": (lambda d, v: _activity(d, "3.48").__setitem__("product", v), False, ("phu-luc/",),
                ("ke-hoach.json", "hoat-dong.csv")),
    "objective": (lambda d, v: d["appendix"]["objectives"][0].__setitem__("text", v), False, ("phu-luc/",),
                  ("ke-hoach.json",)),
    "task": (lambda d, v: d["appendix"]["tasks"][0].__setitem__("text", v), False, ("phu-luc/",), ("ke-hoach.json",)),
    "section title": (lambda d, v: d["appendix"]["sections"][2].__setitem__("title", v), False, ("phu-luc/",),
                      ("ke-hoach.json",)),
    "part title": (lambda d, v: d["plan"]["parts"][1].__setitem__("title", v), False, ("ke-hoach/",), ("ke-hoach.json",)),
    "plan item label": (lambda d, v: d["plan"]["parts"][2]["items"][0].__setitem__("label", v), True, ("ke-hoach/",),
                        ("ke-hoach.json",)),
    "note": (lambda d, v: d["notes"][0].__setitem__("text", v), False, ("nguon/",), ("ke-hoach.json",)),
    "gap": (lambda d, v: d["source_gaps"][0].__setitem__("description", v), False, ("nguon/",), ("ke-hoach.json",)),
    "change": (lambda d, v: d["changes"][1].__setitem__("summary", v), False, ("lich-su/",), ("ke-hoach.json",)),
    "funding note": (lambda d, v: d["budget"]["funding_notes"][0].__setitem__("text", v), False, ("kinh-phi/",),
                     ("ke-hoach.json", "hoat-dong.csv")),
    "budget heading": (lambda d, v: d["budget"].__setitem__("heading", v), False, ("kinh-phi/",), ("ke-hoach.json",)),
    "decision title": (lambda d, v: d["document"].__setitem__("title", v), False, ("quyet-dinh/",), ("ke-hoach.json",)),
    "signer": (lambda d, v: d["document"]["signer"].__setitem__("name", v), True, ("quyet-dinh/",), ("ke-hoach.json",)),
    "article": (lambda d, v: d["document"]["articles"][0].__setitem__("text", v), False, ("quyet-dinh/",),
                ("ke-hoach.json",)),
    "unit name": (_unit, True, ("don-vi/don-vi-thu/", "don-vi/"), ("ke-hoach.json", "don-vi.csv")),
}


def _forbidden(text: str) -> bool:
    return any(unicodedata.category(c) in INVISIBLE_CATEGORIES - {"Zs"} or (unicodedata.category(c) == "Zs" and c != " ")
               or unicodedata.category(c) in {"Cc", "Cs"} and c != "\n" for c in text)


@lru_cache(maxsize=1)
def _markdown() -> markdown.Markdown:
    from mkdocs.config import load_config

    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


def _pages(build: Build) -> dict[str, BeautifulSoup]:
    pages = build.pages
    macros = pages.macros()
    calls = [(paths.PAGES[page], macros[name], ()) for name, page in MACRO_PAGES.items() if name != "editing_guide"]
    calls += [(paths.unit_page(u.id), macros["unit_page"], (u.id,)) for u in build.plan.units]
    converter = _markdown()
    rendered = {}
    for url, macro, args in calls:
        converter.reset()
        html = pages.stash.restore(converter.convert(macro(url, *args)), url)
        rendered[url] = BeautifulSoup(html, "html.parser")
    return rendered


@lru_cache(maxsize=1)
def _clean_shape() -> tuple[frozenset, frozenset]:
    """Tag and attribute names the pages use with the fixture's own text."""
    build = Build(load(_fixture_file(yaml.safe_load(minimal_text())), on=TODAY).plan, None, None, ROOT / "CONTRIBUTING.md")
    tags, attributes = set(), set()
    for soup in _pages(build).values():
        for element in soup.find_all(True):
            tags.add(element.name)
            attributes.update(element.attrs)
    return frozenset(tags), frozenset(attributes)


def _fixture_file(data) -> Path:
    handle = tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8")
    with handle:
        yaml.safe_dump(data, handle, allow_unicode=True, sort_keys=False, width=10_000)
    return Path(handle.name)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("field", FIELDS)
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_any_text_is_refused_with_a_location_or_stays_text(field, text):
    put, one_line, shown_on, exported_to = FIELDS[field]
    if one_line:
        text = text.replace("\n", " ").replace("\r", " ")
    assume(text.strip())
    data = yaml.safe_load(minimal_text())
    put(data, text)
    try:
        plan = load(_fixture_file(data), on=TODAY).plan
    except PlanInvalid as error:
        assert all(issue.line >= 1 and issue.hint for issue in error.issues)
        codes = {issue.code for issue in error.issues}
        if _forbidden(text):
            assert codes & {"invisible-character", "control-character", "yaml-syntax"}, error.report()
            return
        assume(not codes <= {"unknown-unit-name", "units-disagree", "ambiguous-spelling", "too-long", "bad-deadline"})
        raise AssertionError(f"text without forbidden characters was refused:\n{error.report()}") from None
    assert not _forbidden(text), f"{text!r} holds a character that should have been refused"
    build = Build(plan, None, None, ROOT / "CONTRIBUTING.md")
    tags, attributes = _clean_shape()
    for url, soup in _pages(build).items():
        for element in soup.find_all(True):
            assert element.name in tags, f"{url}: the text made a <{element.name}>"
            assert set(element.attrs) <= attributes, f"{url}: the text made attributes {set(element.attrs) - attributes}"
            for name in ("href", "src"):
                assert not str(element.get(name, "")).lower().startswith(("javascript:", "data:")), url
        if url in shown_on:
            assert _flat(text) in _flat(soup.get_text(" ")), f"{url} does not show {text!r}"
    exports = {export.path.removeprefix(paths.DATA_DIR): export.content for export in build.exports}
    for name in exported_to:
        content = exports[name]
        if name.endswith(".json"):
            assert _found_in_json(json.loads(content), text), name
        elif name.endswith(".csv"):
            cells = [c for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))) for c in row]
            assert not [c for c in cells if c.startswith(FORMULA_STARTS)], name
            assert any(text in c for c in cells), name
        else:
            calendar = Calendar.from_ical(content)
            descriptions = [str(e.get("DESCRIPTION")) for e in calendar.walk("VEVENT")]
            descriptions.append(str(calendar.get("DESCRIPTION")))  # X-WR-CALDESC stays escaped when parsed
            assert any(text in d for d in descriptions), name
            assert all(line.startswith((" ", "\t")) or ":" in line or ";" in line for line in
                       content.decode().split("\r\n") if line), "an iCalendar line that is not a property"


def _found_in_json(value, text: str) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str) and text in item:
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False
