"""Rules about the dataset that a JSON Schema cannot express.

Each check is a small function that yields every offender with its data path;
`run_checks` turns them into located issues, so an editor sees all problems in
one run. Checks live in one module per concern and register themselves.
"""

from __future__ import annotations

import dataclasses

from plan.load.checks import budget, contact, dates, glossary, ids, progress, quotes, references, units  # noqa: F401  (they register)
from plan.load.checks.base import CHECKS, WARNINGS, Check, Facts
from plan.load.shape_errors import describe
from plan.load.yaml_source import YamlSource
from plan.model.errors import Issue


def run_checks(facts: Facts, source: YamlSource) -> list[Issue]:
    return _issues(CHECKS, facts, source)


def run_warnings(facts: Facts, source: YamlSource) -> list[Issue]:
    return [dataclasses.replace(issue, severity="warning") for issue in _issues(WARNINGS, facts, source)]


def _issues(rules: list[Check], facts: Facts, source: YamlSource) -> list[Issue]:
    return [
        source.issue(path, code, f"{describe(path, source.data)}: {message}", hint)
        for rule in rules
        for path, code, message, hint in rule(facts)
    ]
