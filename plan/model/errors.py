"""One kind of validation problem, located in the YAML file, with a fix.

An error stops the build; a warning (`severity="warning"`) is printed by
`plan-check` and in the build's log, and the site is built.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Issue:
    file: str
    line: int
    column: int
    code: str
    message: str
    hint: str = ""
    severity: str = "error"  # or "warning"

    def format(self) -> str:
        label = "warning: " if self.severity == "warning" else ""
        text = f"{self.file}:{self.line}:{self.column}: {label}[{self.code}] {self.message}"
        return f"{text}\n    fix: {self.hint}" if self.hint else text


class PlanInvalid(Exception):
    """The dataset failed validation; `issues` holds every problem found."""

    def __init__(self, issues: list[Issue]):
        self.issues = sorted(issues)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.issues)
        head = f"{count} problem{'s' if count != 1 else ''} in the plan data:"
        return "\n".join([head, *(issue.format() for issue in self.issues)])


def warnings_report(warnings: list[Issue]) -> str:
    count = len(warnings)
    head = f"{count} warning{'s' if count != 1 else ''} about the plan data (the site is built; check each one):"
    return "\n".join([head, *(issue.format() for issue in sorted(warnings))])
