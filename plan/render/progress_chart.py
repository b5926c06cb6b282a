"""Activities by status as stacked horizontal bars in inline SVG, drawn at build time.

Each row is a group (the whole plan, a lead unit); each bar is split by status,
in the order of vocabulary.STATUSES, and scaled to the largest group. The
text alternative (<title>, <desc>) says every row's counts; the table beside
the chart on the page holds the same numbers.
"""

from __future__ import annotations

from jinja2 import Environment

from plan.model.vocabulary import STATUSES
from plan.queries.progress import Group
from plan.render.environment import render

WIDTH = 420
LABEL_HEIGHT = 18
BAR_HEIGHT = 20
GAP = 12
VALUE_WIDTH = 96  # room right of the longest bar for "39 hoạt động"


def _segments(group: Group, scale: float) -> list[dict]:
    x, segments = 0.0, []
    for status, count in group.rollup.counts.items():
        if count:
            segments.append({"status": status, "x": x, "width": count * scale, "count": count})
            x += count * scale
    return segments


def _described(group: Group) -> str:
    parts = [f"{STATUSES[status].label} {count}" for status, count in group.rollup.counts.items() if count]
    return f"{group.label}: {group.rollup.total} hoạt động ({', '.join(parts) or 'không có'})."


def status_chart_svg(env: Environment, chart_id: str, title: str, groups: list[Group]) -> str:
    largest = max((group.rollup.total for group in groups), default=0) or 1
    scale = (WIDTH - VALUE_WIDTH) / largest
    row = LABEL_HEIGHT + BAR_HEIGHT + GAP
    rows = [{"y": position * row, "group": group, "segments": _segments(group, scale),
             "end": group.rollup.total * scale}
            for position, group in enumerate(groups)]
    return render(env, "progress_chart.svg", "", chart_id=chart_id, title=title, rows=rows,
                  description=" ".join(_described(group) for group in groups), width=WIDTH,
                  height=max(len(rows) * row - GAP, 1), label_height=LABEL_HEIGHT, bar_height=BAR_HEIGHT)
