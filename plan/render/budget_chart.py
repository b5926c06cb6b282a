"""The budget as a horizontal bar chart in inline SVG, drawn at build time."""

from __future__ import annotations

from jinja2 import Environment

from plan.model.records import Budget
from plan.output.locale import number, percent
from plan.render.environment import render

WIDTH = 640
BAR_HEIGHT = 28
GAP = 14
LABEL_WIDTH = 56


def chart_svg(env: Environment, budget: Budget) -> str:
    largest = max(line.amount_million_vnd for line in budget.lines) or 1
    scale = (WIDTH - LABEL_WIDTH - 150) / largest
    bars = [
        {
            "y": index * (BAR_HEIGHT + GAP),
            "width": max(line.amount_million_vnd * scale, 1),
            "label": f"Khoản {index + 1}",
            "amount": number(line.amount_million_vnd),
            "share": percent(line.amount_million_vnd / budget.total_million_vnd) if budget.total_million_vnd else "",
            "line": line,
        }
        for index, line in enumerate(budget.lines)
    ]
    height = len(bars) * (BAR_HEIGHT + GAP) - GAP
    return render(
        env, "budget_chart.svg", "",
        bars=bars, width=WIDTH, height=height, bar_height=BAR_HEIGHT, label_width=LABEL_WIDTH, budget=budget,
    )
