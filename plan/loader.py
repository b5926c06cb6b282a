"""Load `data/plan.yaml` into typed records, or report every problem in it."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import ValidationError

from plan.checks import character_findings, run_checks
from plan.errors import PlanInvalid
from plan.model import Plan
from plan.shape_errors import describe, shape_issues
from plan.yaml_source import read_yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT / "data" / "plan.yaml"
DATA_ENV = "PLAN_DATA"  # another dataset (tests, benchmarks) without touching data/plan.yaml

_cache: dict[tuple[str, float, int], Plan] = {}


def display_name(path: Path) -> str:
    """The path as an editor would type it: relative to the project when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def data_path() -> Path:
    """The dataset a build uses: $PLAN_DATA when set, else data/plan.yaml."""
    return Path(os.environ.get(DATA_ENV) or DEFAULT_PATH)


def load_plan(path: str | os.PathLike | None = None) -> Plan:
    """Validated plan; cached per file version so a build parses it once."""
    path = Path(path) if path else data_path()
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime, stat.st_size)
    if key not in _cache:
        _cache.clear()
        _cache[key] = parse_plan(path.read_text(encoding="utf-8"), display_name(path))
    return _cache[key]


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
