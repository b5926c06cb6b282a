"""Reading a published CSV back: its header row checked, its rows keyed by machine name."""

from __future__ import annotations

import csv
import io

from plan.exports.tables import Column


def rows_by_name(text: str, columns: list[Column]) -> list[dict[str, str]]:
    """The rows of a CSV file's text, keyed by each column's machine name (`lead_ids`).

    The file's header row must be the columns' Vietnamese headers, in order, and
    every row must have one cell per column.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    assert next(reader) == [column.header for column in columns], "the header row is not the Vietnamese headers"
    names = [column.name for column in columns]
    return [dict(zip(names, row, strict=True)) for row in reader]
