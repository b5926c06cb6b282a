"""Load the plan's data file into typed records, or report every problem in it.

One path for every caller (the site build, `plan-check`, tests): bytes are
read and decoded (source_file), parsed as YAML with limits (yaml_source),
scanned for invisible characters (characters), validated against the records
(model) and checked for what a schema cannot say (checks). Any problem ends as
located issues in a `PlanInvalid`; nothing here lets an exception through.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from plan.load.characters import invisible_character_issues, value_findings
from plan.load.checks import Facts, run_checks, run_warnings
from plan.load.shape_errors import describe, shape_issues
from plan.load.source_file import SourceText, decode, display_name, read_source
from plan.load.yaml_source import read_yaml
from plan.model.errors import Issue, PlanInvalid
from plan.model.records import Plan

DEFAULT_PATH = Path("data") / "plan.yaml"  # relative to the project, where editors and builds run
DATA_ENV = "PLAN_DATA"  # another dataset (tests, benchmarks) without touching data/plan.yaml
TODAY_ENV = "PLAN_TODAY"  # the day checks and pages treat as today (YYYY-MM-DD); tests fix it


@dataclass
class Loaded:
    plan: Plan
    file: str
    notices: list[str] = field(default_factory=list)  # read as intended, but worth telling the editor
    warnings: list[Issue] = field(default_factory=list)  # probably a mistake: told to the editor, the site builds


def data_path(default: Path = DEFAULT_PATH) -> Path:
    """The dataset to use: $PLAN_DATA when set, else `default`."""
    return Path(os.environ.get(DATA_ENV) or default)


def today() -> dt.date:
    """$PLAN_TODAY when set, else the calendar's today."""
    value = os.environ.get(TODAY_ENV)
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise PlanInvalid([Issue(TODAY_ENV, 1, 1, "bad-setting", f"{TODAY_ENV}={value[:40]!r} is not a date",
                                 f"set {TODAY_ENV} to a day written YYYY-MM-DD, or unset it")]) from None


def load(path: str | os.PathLike | None = None, *, on: dt.date | None = None) -> Loaded:
    """The validated plan in `path` (default: `data_path()`), checked as of the day `on` (default: `today()`)."""
    path = Path(path) if path else data_path()
    source = read_source(path, display_name(path))
    return _parse(source, on or today())


def load_plan(path: str | os.PathLike | None = None, *, on: dt.date | None = None) -> Plan:
    return load(path, on=on).plan


def parse_plan(text: str, file: str, *, on: dt.date | None = None) -> Plan:
    """The plan in `text` (the file's content, already decoded), as `load` would read it."""
    source = SourceText(file)
    decode(text.encode("utf-8"), source)
    return _parse(source, on or today()).plan


def _parse(text: SourceText, on: dt.date) -> Loaded:
    if text.issues:
        raise PlanInvalid(text.issues)
    source = read_yaml(text.text, text.file)
    if source.issues or source.data is None:
        # An invisible character may be why the YAML cannot be read (U+2028 is a line break to YAML).
        raise PlanInvalid(source.issues + invisible_character_issues(text.text, source))
    issues = invisible_character_issues(text.text, source)
    issues += [source.issue(path, code, f"{describe(path, source.data)}: {message}", hint)
               for path, code, message, hint in value_findings(source.data, text.text, source)]
    try:
        plan = Plan.model_validate(source.data)
    except ValidationError as error:
        raise PlanInvalid(issues + shape_issues(error, source, Plan)) from None
    facts = Facts(plan, on)
    issues += run_checks(facts, source)
    if issues:
        raise PlanInvalid(issues)
    return Loaded(plan, text.file, text.notices, sorted(run_warnings(facts, source)))
