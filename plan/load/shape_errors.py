"""Turn pydantic's validation errors into editor-facing issues."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from plan.load.yaml_source import YamlSource, shorten
from plan.model.errors import Issue
from plan.model.records import EMAIL, ONE_LINE, REPORT_TARGET, TERM, WEB_ADDRESS
from plan.model.tree import Path

PATTERN_HINTS = {
    r"^1\.[1-9][0-9]*$": 'an objective id such as "1.10", in quotes',
    r"^2\.[1-9][0-9]*$": 'a task id such as "2.26", in quotes',
    r"^3\.[1-9][0-9]*$": 'an activity id such as "3.45", in quotes',
    r"^[IVX]+$": "a Roman numeral such as III",
    r"^[a-z0-9]+(-[a-z0-9]+)*$": "lower-case ASCII words joined by hyphens, such as so-noi-vu",
    TERM: "the abbreviation as the plan writes it: letters and digits, one space between words, such as VB QPPL",
}
RANGE_ERRORS = {"greater_than_equal": "at least", "greater_than": "more than", "less_than_equal": "at most",
                "less_than": "less than"}


def shape_issues(error: ValidationError, source: YamlSource, model: type[BaseModel]) -> list[Issue]:
    """One issue per wrong value (a value that fails every branch of a union gets one, not one per branch)."""
    issues: dict[Path, Issue] = {}
    for detail in error.errors():
        path = _data_path(detail["loc"], source.data)
        if path not in issues:
            issues[path] = _translate(detail, path, source, model)
    return list(issues.values())


def _echo(value: Any) -> str:
    """A wrong value as the message shows it: its repr, never more than a short line."""
    return shorten(repr(value), 80)


def _data_path(loc: tuple, data: Any) -> Path:
    """Drop pydantic's union-branch names from `loc`, keeping real keys and indexes."""
    path: list[Any] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            path.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            path.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and not _is_branch_name(part):
            path.append(part)
            node = None
    return tuple(path)


def _is_branch_name(part: str) -> bool:
    return part in {"str", "int", "float", "none", "literal['']"} or part.startswith(("function-", "literal["))


def describe(path: Path, data: Any) -> str:
    """`appendix.activities[3.45].deadline`: a path readable by an editor."""
    out, node = [], data
    for part in path:
        if isinstance(part, int) and isinstance(node, list):
            item = node[part] if part < len(node) else None
            label = _label(item) if isinstance(item, dict) else None
            out.append(f"[{shorten(label, 20) if isinstance(label, str) else part + 1}]")
            node = item
        else:
            out.append(("." if out else "") + shorten(part, 40))
            node = node.get(part) if isinstance(node, dict) else None
    return "".join(out) or "(top level)"


def _label(entry: dict):
    """What names a list entry: its id, or the record a progress entry is about (`activity`, `indicator`)."""
    for key in ("id", "activity", "indicator"):
        if entry.get(key) is not None:
            return entry[key]
    return None


def _translate(detail: dict, path: Path, source: YamlSource, model: type[BaseModel]) -> Issue:
    kind, value = detail["type"], detail.get("input")
    where = describe(path, source.data)
    node = source.nodes.get(path)
    if kind == "missing":
        name = detail["loc"][-1]
        return source.issue(path, "missing-field", f"{where}: the required field `{name}` is missing",
                            f"add a line `{name}: ...` to this entry (CONTRIBUTING.md lists every field)")
    if kind == "extra_forbidden":
        return _unknown_field(path, where, source, model)
    if kind == "string_type":
        return _not_text(path, where, value, node, source)
    if kind in {"int_type", "int_parsing", "int_from_float"} and isinstance(value, float):
        return source.issue(path, "not-a-whole-number", f"{where}: expected a whole number, found {_echo(value)}",
                            f"write the number without decimals, for example {int(value) if value == value and abs(value) < 1e15 else 300}")
    if kind in {"int_type", "int_parsing", "int_from_float", "float_type", "float_parsing"}:
        return source.issue(path, "not-a-number", f"{where}: expected a number, found {_echo(value)}",
                            "write only digits, without words or units: for 300 triệu đồng write 300")
    if kind in RANGE_ERRORS:
        limit = next(iter(detail.get("ctx", {}).values()), "")
        return source.issue(path, "out-of-range", f"{where}: {_echo(value)} is not allowed here; it must be "
                            f"{RANGE_ERRORS[kind]} {limit}", "check the number against the source")
    if kind in {"date_type", "date_parsing", "date_from_datetime_parsing"}:
        return _not_a_date(path, where, value, source)
    if kind == "string_pattern_mismatch":
        return _pattern_mismatch(detail, path, where, value, source)
    if kind == "literal_error":
        allowed = detail.get("ctx", {}).get("expected", "")
        close = difflib.get_close_matches(str(value), [a.strip(" '") for a in allowed.replace(" or ", ", ").split(",")], n=1)
        hint = f"did you mean {close[0]!r}? Allowed: {allowed}" if close else f"use one of: {allowed}"
        return source.issue(path, "not-allowed", f"{where}: {_echo(value)} is not an allowed value", hint)
    if kind == "string_too_long":
        limit = detail.get("ctx", {}).get("max_length")
        return source.issue(path, "too-long", f"{where}: the text has {len(value)} characters; the limit is {limit}",
                            "check for an accidental paste; split very long content into several items")
    if kind == "string_too_short":
        return source.issue(path, "empty-text", f"{where}: the text is empty",
                            "write the text, or remove the field if it is optional")
    if kind in {"list_type", "too_short"}:
        return source.issue(path, "not-a-list", f"{where}: expected a list of entries, each on a line starting with '- '",
                            "write each entry on its own line, indented under the key and starting with '- '")
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return source.issue(path, "not-a-mapping", f"{where}: expected a block of `key: value` lines, found {_echo(value)}",
                            "indent the fields of this entry under it, 2 spaces deeper")
    if kind == "bool_type":
        return source.issue(path, "not-a-boolean", f"{where}: expected true or false, found {_echo(value)}",
                            "write true or false")
    return source.issue(path, "invalid", f"{where}: {shorten(detail['msg'], 200)}", "compare with a similar entry in the file")


def _pattern_mismatch(detail: dict, path: Path, where: str, value: Any, source: YamlSource) -> Issue:
    pattern = detail.get("ctx", {}).get("pattern", "")
    if pattern == ONE_LINE:
        return source.issue(path, "line-break", f"{where}: this must be one line, but the text has a line break",
                            "write it on one line (for a block written with |, join its lines with spaces)")
    if pattern == WEB_ADDRESS:
        return source.issue(path, "bad-url", f"{where}: {_echo(value)} is not a web address readers may follow",
                            "write a full address starting with https:// (or http://), without spaces or quotes")
    if pattern == EMAIL:
        return source.issue(path, "bad-email", f"{where}: {_echo(value)} is not an e-mail address",
                            "write one address such as ten@donvi.gov.vn, without spaces, quotes or mailto:")
    if pattern == REPORT_TARGET:
        return source.issue(path, "bad-report-target", f"{where}: {_echo(value)} is not a place to report errors to",
                            "write mailto: and one e-mail address (mailto:ten@donvi.gov.vn), or a full https:// "
                            "address with {url} once where the page's address goes, without spaces or quotes")
    wanted = PATTERN_HINTS.get(pattern, f"text matching {pattern}")
    return source.issue(path, "bad-id", f"{where}: {_echo(value)} is not in the expected form", f"write {wanted}")


def _not_a_date(path: Path, where: str, value: Any, source: YamlSource) -> Issue:
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value) and _real_day(value):
        return source.issue(path, "not-a-date", f"{where}: {_echo(value)} is in quotes, so it is read as text",
                            f"remove the quotes: write {value}")
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", value):
        return source.issue(path, "not-a-date", f"{where}: {_echo(value)} is not a real day of the calendar",
                            "check the day and the month (year-month-day; February has 28 or 29 days)")
    return source.issue(path, "not-a-date", f"{where}: expected a date written YYYY-MM-DD, found {_echo(value)}",
                        _date_hint(value))


def _real_day(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _unknown_field(path: Path, where: str, source: YamlSource, model: type[BaseModel]) -> Issue:
    name = path[-1] if path else ""
    known = _fields_at(model, path[:-1], source.data)
    close = difflib.get_close_matches(str(name)[:100], known, n=1)
    hint = f"did you mean `{close[0]}`?" if close else f"allowed fields here: {', '.join(known)}"
    return source.issue(path, "unknown-field", f"{where}: `{shorten(name, 40)}` is not a field of this entry", hint)


def _fields_at(model: type[BaseModel], path: Path, data: Any) -> list[str]:
    current: Any = model
    for part in path:
        if isinstance(part, int):
            continue
        annotation = current.model_fields[part].annotation if part in getattr(current, "model_fields", {}) else None
        current = _inner_model(annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _not_text(path: Path, where: str, value: Any, node: yaml.Node | None, source: YamlSource) -> Issue:
    raw = node.value if isinstance(node, yaml.ScalarNode) else str(value)
    if isinstance(value, (int, float)):
        return source.issue(path, "unquoted-number",
                            f"{where}: {shorten(raw)} is read by YAML as the number {_echo(value)}, not as text",
                            f'put it in quotes: "{shorten(raw)}" (YAML turns an unquoted 1.10 into 1.1)')
    if value is None:
        return source.issue(path, "empty-value", f"{where}: the value is empty", 'write the text, or "" for a blank cell')
    return source.issue(path, "not-text", f"{where}: expected text, found {_echo(value)}", "write the text in quotes")


def _date_hint(value: Any) -> str:
    parts = str(value).replace("-", "/").replace(".", "/").split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
        day, month, year = parts
        return f"write {year}-{int(month):02d}-{int(day):02d} (year-month-day)"
    return "write the date as year-month-day, for example 2021-12-30"
