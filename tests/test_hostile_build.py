"""Hostile text the data may hold is accepted and stays text in every output (issue 12).

One site is built from the minimal fixture with a payload in each of many text
fields (tests/support/hostile.py). For each payload: the pages that show the
field show it literally, and each export that carries the field carries it
exactly (CSV cells that would start a formula begin with an apostrophe). For the
whole site: no element, attribute, link or script comes from the data.
tests/browser/test_injection.py opens the same site in Chromium.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from icalendar import Calendar

from plan.output.escape import FORMULA_STARTS, csv_text
from tests.support.hostile import PAYLOADS
from tests.support.html import html_of

RUNNABLE = re.compile(r"__xss|alert\(")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _cells(site: Path, name: str) -> list[str]:
    text = (site / "du-lieu" / name).read_bytes().decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _calendar_texts(site: Path, name: str) -> list[str]:
    calendar = Calendar.from_ical((site / "du-lieu" / name).read_bytes())
    texts = [str(calendar.get("DESCRIPTION", ""))]  # X-WR-CALDESC stays escaped when parsed
    for event in calendar.walk("VEVENT"):
        texts += [str(event.get("SUMMARY", "")), str(event.get("DESCRIPTION", ""))]
    return texts


def _json_strings(value) -> list[str]:
    stack, found = [value], []
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            found.append(item)
    return found


@pytest.mark.parametrize("name", PAYLOADS)
def test_each_payload_is_shown_as_text_where_its_field_is_shown(name, hostile_site):
    payload = PAYLOADS[name]
    for page in payload.pages:
        soup = html_of(hostile_site, page)
        shown = [soup.find("article"), soup.select_one("footer .site-footer")]  # the page, and its footer
        visible = " ".join(_flat(part.get_text(" ")) for part in shown if part)
        assert _flat(payload.text) in visible, f"{page} does not show {payload.text!r} as text"


@pytest.mark.parametrize("name", PAYLOADS)
def test_each_payload_is_carried_exactly_by_the_exports(name, hostile_site):
    payload = PAYLOADS[name]
    for export in payload.exports:
        if export.endswith(".json"):
            strings = _json_strings(json.loads((hostile_site / "du-lieu" / export).read_text(encoding="utf-8")))
            assert any(payload.text in string for string in strings), f"{export} lost {payload.text!r}"
        elif export.endswith(".csv"):
            cells = _cells(hostile_site, export)
            assert any(payload.text in cell for cell in cells), f"{export} lost {payload.text!r}"
            assert not [c for c in cells if c.startswith(FORMULA_STARTS)], f"{export} has a cell a spreadsheet would run"
            if payload.text.startswith(FORMULA_STARTS):
                assert csv_text(payload.text) in cells
        elif export.endswith(".ics"):
            texts = _calendar_texts(hostile_site, export)
            assert any(_flat(payload.text) in _flat(text) for text in texts), f"{export} lost {payload.text!r}"


def test_no_element_attribute_or_link_comes_from_the_data(hostile_site):
    offenders = []
    for path in sorted(hostile_site.rglob("*.html")):
        soup = html_of(hostile_site, str(path.relative_to(hostile_site)).removesuffix("index.html"))
        for element in soup.find_all(True):
            for attribute, value in element.attrs.items():
                value = " ".join(value) if isinstance(value, list) else value
                if attribute.startswith("on") or re.match(r"\s*(javascript|data|vbscript):", value, re.I):
                    offenders.append(f"{path}: <{element.name} {attribute}={value[:60]!r}>")
                elif RUNNABLE.search(value) and attribute not in {"aria-label", "title"}:
                    offenders.append(f"{path}: <{element.name} {attribute}> holds data")
            if element.name in {"script", "style", "iframe", "object", "embed", "meta"} and RUNNABLE.search(element.text):
                offenders.append(f"{path}: a <{element.name}> holds data")
        for heading in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
            extra = set(heading.attrs) - {"id", "class"}
            if extra:
                offenders.append(f"{path}: a heading got attributes {sorted(extra)} from its text")
    assert not offenders, "\n".join(offenders[:20])


def test_titles_show_the_unit_name_literally(hostile_site):
    name = PAYLOADS["closing the title in a unit name"].text
    soup = html_of(hostile_site, "don-vi/don-vi-thu/")
    assert soup.title.get_text().startswith(name)
    assert soup.find("h1").get_text().rstrip("¶").strip() == name
    raw = (hostile_site / "don-vi" / "don-vi-thu" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(6)" not in raw and raw.count("</title>") == 1


def test_the_search_index_holds_the_payloads_as_escaped_text(hostile_site):
    index = (hostile_site / "search" / "search_index.json").read_text(encoding="utf-8")
    docs = json.loads(index)["docs"]
    texts = " ".join(entry["title"] + " " + entry["text"] for entry in docs)
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in texts
    assert "<script>window.__xss" not in texts and "<img src=x" not in texts
