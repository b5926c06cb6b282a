"""CSV files: UTF-8 with a byte order mark so spreadsheet programs read Vietnamese correctly."""

from __future__ import annotations

import csv
import datetime as dt
import io

from plan.exports.tables import Table
from plan.output.escape import csv_text
from plan.queries import PlanIndex

ENCODING = "utf-8-sig"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return csv_text(value)
    return str(value)


def table_csv(table: Table, index: PlanIndex, site_url: str | None) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([column.header for column in table.columns])
    for row in table.rows(index, site_url):
        writer.writerow([_cell(value) for value in row.values()])
    return buffer.getvalue().encode(ENCODING)
