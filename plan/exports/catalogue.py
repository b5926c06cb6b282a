"""Every published table by name, the plan's and the progress reports': what foreign keys and the data page look up."""

from __future__ import annotations

from plan.exports.progress_tables import PROGRESS_TABLES
from plan.exports.tables import TABLES, Table

TABLES_BY_NAME: dict[str, Table] = {table.name: table for table in [*TABLES, *PROGRESS_TABLES]}
