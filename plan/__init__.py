"""Model, validation, rendering and exports of the Lâm Đồng 2022 reform plan.

`load_plan()` is the one entry point that everything (MkDocs hooks, macros,
tests, exports, the `plan-check` command) goes through.
"""

from plan.errors import Issue, PlanInvalid
from plan.loader import DEFAULT_PATH, load_plan

__all__ = ["DEFAULT_PATH", "Issue", "PlanInvalid", "load_plan"]
