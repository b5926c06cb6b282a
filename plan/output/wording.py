"""Vietnamese sentences assembled from the data, said the same way on pages, in calendars and tables."""

from __future__ import annotations

from plan.model.records import SourceGap


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
