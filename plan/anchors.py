"""Stable page URLs and anchors of records; every page, export and search entry uses these."""

from __future__ import annotations

import re

PAGES = {
    "home": "",
    "decision": "quyet-dinh/",
    "plan": "ke-hoach/",
    "appendix": "phu-luc/",
    "units": "don-vi/",
    "deadlines": "thoi-han/",
    "budget": "kinh-phi/",
    "sources": "nguon/",
    "data": "du-lieu/",
    "changes": "lich-su/",
    "editing": "huong-dan-bien-tap/",
}


def _slug(value: str) -> str:
    value = value.lower().replace("đ", "dd")
    return re.sub(r"[^a-z0-9]+", "-", value).strip("-")


def activity_anchor(activity_id: str) -> str:
    return "hd-" + _slug(activity_id)


def task_anchor(task_id: str) -> str:
    return "nv-" + _slug(task_id)


def objective_anchor(objective_id: str) -> str:
    return "mt-" + _slug(objective_id)


def section_anchor(section_id: str) -> str:
    return "phan-" + _slug(section_id)


def plan_item_anchor(item_id: str) -> str:
    return "kh-" + _slug(item_id)


def indicator_anchor(indicator_id: str) -> str:
    return _slug(indicator_id)


def unit_page(unit_id: str) -> str:
    """Site-relative URL of a unit's page (directory URL)."""
    return f"don-vi/{unit_id}/"


def unit_calendar(unit_id: str) -> str:
    return f"du-lieu/lich/{unit_id}.ics"


def record_url(kind: str, record_id: str | None) -> str:
    """Site-relative URL (with fragment) where a record is shown."""
    if kind == "activity":
        return PAGES["appendix"] + "#" + activity_anchor(record_id)
    if kind == "task":
        return PAGES["appendix"] + "#" + task_anchor(record_id)
    if kind == "objective":
        return PAGES["appendix"] + "#" + objective_anchor(record_id)
    if kind == "section":
        return PAGES["appendix"] + ("#" + section_anchor(record_id) if record_id else "")
    if kind == "plan_item":
        return PAGES["plan"] + "#" + plan_item_anchor(record_id)
    if kind == "indicator":
        return PAGES["plan"] + "#" + indicator_anchor(record_id)
    if kind == "unit":
        return unit_page(record_id) if record_id else PAGES["units"]
    if kind in {"budget_line", "funding_note"}:
        return PAGES["budget"] + ("#" + _slug(record_id) if record_id else "")
    if kind in {"document", "article"}:
        return PAGES["decision"] + ("#dieu-" + record_id if record_id else "")
    raise ValueError(f"no page shows records of kind {kind!r}")
