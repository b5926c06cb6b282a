"""Vietnamese sentences assembled from the data, said the same way on pages, in calendars and tables."""

from __future__ import annotations

import re

from plan.model.records import SourceGap

# ": 300 triệu đồng." at the end of a budget line: a colon, then a number and no further colon.
AMOUNT_CLAUSE = re.compile(r":\s*\d[^:]*$")


def row_gaps(gaps: list[SourceGap]) -> list[SourceGap]:
    """The source gaps that leave activities of the appendix out."""
    return [gap for gap in gaps if any(ref.startswith("activity:") for ref in gap.affects)]


def incomplete_list(gaps: list[SourceGap]) -> str:
    """Why any list of activities may be short: the source lacks rows of the appendix ("" when it lacks none)."""
    missing = [f"{gap.title[:1].lower()}{gap.title[1:]} ({', '.join(gap.missing)})" for gap in row_gaps(gaps)]
    if not missing:
        return ""
    return ("Danh sách có thể chưa đủ: bản văn bản dùng để chép không có " + "; ".join(missing)
            + "; việc nêu ở các hàng đó không có ở đây.")


def budget_line_label(text: str, limit: int) -> str:
    """A budget line named by its own words: the text before the colon that introduces its amount, whole when it has
    at most `limit` characters, else cut after a word and ended with "…" (the ellipsis counted in `limit`).

    "Kinh phí phục vụ thi CCHC: 300 triệu đồng." → "Kinh phí phục vụ thi CCHC". A text with
    no such colon (or nothing before it) is used whole; a first word longer than `limit` is cut inside it.
    """
    head = " ".join(AMOUNT_CLAUSE.sub("", text).split()) or " ".join(text.split())
    if len(head) <= limit:
        return head
    cut = head[:limit - 1]
    if head[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–") + "…"
