"""Load the plan's data file into typed records, or report every problem in it."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import ValidationError

from plan.load.checks import character_findings, run_checks
from plan.load.shape_errors import describe, shape_issues
from plan.load.yaml_source import read_yaml
from plan.model.errors import PlanInvalid
from plan.model.records import Plan

DEFAULT_PATH = Path("data") / "plan.yaml"  # relative to the project, where editors and builds run
DATA_ENV = "PLAN_DATA"  # another dataset (tests, benchmarks) without touching data/plan.yaml


def display_name(path: Path) -> str:
    """The path as an editor would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def data_path(default: Path = DEFAULT_PATH) -> Path:
    """The dataset to use: $PLAN_DATA when set, else `default`."""
    return Path(os.environ.get(DATA_ENV) or default)


def load_plan(path: str | os.PathLike | None = None) -> Plan:
    """The validated plan in `path` (default: `data_path()`)."""
    path = Path(path) if path else data_path()
    return parse_plan(path.read_text(encoding="utf-8"), display_name(path))


def parse_plan(text: str, file: str) -> Plan:
    source = read_yaml(text, file)
    if source.issues or source.data is None:
        raise PlanInvalid(source.issues)
    issues = [
        source.issue(path, code, f"{describe(path, source.data)}: {message}", hint)
        for path, code, message, hint in character_findings(source.data)
    ]
    try:
        plan = Plan.model_validate(source.data)
    except ValidationError as error:
        raise PlanInvalid(issues + shape_issues(error, source, Plan)) from None
    issues += run_checks(plan, source)
    if issues:
        raise PlanInvalid(issues)
    return plan
