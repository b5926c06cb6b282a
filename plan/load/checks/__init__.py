"""Rules about the dataset that a JSON Schema cannot express.

Each check is a small function that yields every offender with its data path;
`run_checks` turns them into located issues, so an editor sees all problems in
one run. Checks live in one module per concern and register themselves.
"""

from __future__ import annotations

from plan.load.checks import budget, contact, dates, ids, quotes, references, units  # noqa: F401  (they register)
from plan.load.checks.base import CHECKS, Facts
from plan.load.shape_errors import describe
from plan.load.yaml_source import YamlSource
from plan.model.errors import Issue


def run_checks(facts: Facts, source: YamlSource) -> list[Issue]:
    return [
        source.issue(path, code, f"{describe(path, source.data)}: {message}", hint)
        for rule in CHECKS
        for path, code, message, hint in rule(facts)
    ]
