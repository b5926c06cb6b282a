"""Every site path, file URL and anchor of a record: pages, exports, templates and search use these.

All values are site-relative ("don-vi/so-noi-vu/", "du-lieu/hoat-dong.csv"). Records
only reach a path through their validated ids, so no data text ends up in a URL.
"""

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
    "progress": "tien-do/",
    "editing": "huong-dan-bien-tap/",
    "glossary": "viet-tat/",
}


def page_source(page: str) -> str:
    """The Markdown file in docs/ behind one of PAGES ("ke-hoach/" ← ke-hoach.md; "" ← index.md)."""
    return f"{PAGES[page].rstrip('/') or 'index'}.md"

UNITS_DIR = "don-vi/"
KINDS_DIR = "loai"  # pages, calendars and tables of a kind of unit: don-vi/loai/<kind>/, …/lich/loai/<kind>.ics
DATA_DIR = "du-lieu/"
CALENDAR_DIR = DATA_DIR + "lich/"

JSON_FILE = DATA_DIR + "ke-hoach.json"
EXPORT_SCHEMA_FILE = DATA_DIR + "ke-hoach.schema.json"
DATASET_SCHEMA_FILE = DATA_DIR + "plan.schema.json"
DATAPACKAGE_FILE = DATA_DIR + "datapackage.json"
PROGRESS_JSON_FILE = DATA_DIR + "tien-do.json"
PLAN_CALENDAR_NAME = "ke-hoach"
PLAN_CALENDAR_FILE = CALENDAR_DIR + PLAN_CALENDAR_NAME + ".ics"


def table_file(table_name: str) -> str:
    return f"{DATA_DIR}{table_name}.csv"


def data_section(name: str) -> str:
    """Where the data page describes a file: its table name ("hoat-dong"), or a section ("lich-thoi-han")."""
    return f"{PAGES['data']}#{name}"


def source_note(note_or_gap_id: str) -> str:
    """Where the sources page explains a note or a gap."""
    return f"{PAGES['sources']}#{note_or_gap_id}"


def inference_anchor(record_ref: str) -> str:
    """A record's inferred values on the sources page: "activity:3.41" → suy-ra-activity-3-41."""
    return "suy-ra-" + slug(record_ref)


def inference_note(record_ref: str) -> str:
    return f"{PAGES['sources']}#{inference_anchor(record_ref)}"


def unit_page(unit_id: str) -> str:
    """Site-relative URL of a unit's page (directory URL)."""
    return f"{UNITS_DIR}{unit_id}/"


def unit_page_source(unit_id: str) -> str:
    """The generated Markdown file behind `unit_page`."""
    return f"{UNITS_DIR}{unit_id}.md"


def unit_calendar(unit_id: str) -> str:
    return f"{CALENDAR_DIR}{unit_id}.ics"


OBLIGATIONS_DIR = DATA_DIR + "viec/"  # one table per unit and per kind: what it owes


def unit_obligations_file(unit_id: str) -> str:
    return f"{OBLIGATIONS_DIR}{unit_id}.csv"


def kind_key(kind_slug: str) -> str:
    """A kind of unit among units (its files and filter value): loai-so-ban-nganh, never a unit's id (reserved)."""
    return f"{KINDS_DIR}-{kind_slug}"


def kind_page(kind_slug: str) -> str:
    """The page of a kind of unit ("Việc của một sở, ban, ngành"): don-vi/loai/so-ban-nganh/."""
    return f"{UNITS_DIR}{KINDS_DIR}/{kind_slug}/"


def kind_page_source(kind_slug: str) -> str:
    return f"{UNITS_DIR}{KINDS_DIR}/{kind_slug}.md"


def kind_calendar(kind_slug: str) -> str:
    return f"{CALENDAR_DIR}{KINDS_DIR}/{kind_slug}.ics"


def kind_obligations_file(kind_slug: str) -> str:
    return f"{OBLIGATIONS_DIR}{KINDS_DIR}/{kind_slug}.csv"



# Unit ids that would take the place of another page or file: a unit page is
# don-vi/<id>/ beside don-vi/index.md and don-vi/loai/, a unit calendar
# du-lieu/lich/<id>.ics beside ke-hoach.ics.
RESERVED_UNIT_IDS = frozenset({"index", KINDS_DIR, PLAN_CALENDAR_NAME})


def slug(value: str) -> str:
    value = value.lower().replace("đ", "dd")
    return re.sub(r"[^a-z0-9]+", "-", value).strip("-")


def activity_anchor(activity_id: str) -> str:
    return "hd-" + slug(activity_id)


def task_anchor(task_id: str) -> str:
    return "nv-" + slug(task_id)


def objective_anchor(objective_id: str) -> str:
    return "mt-" + slug(objective_id)


def section_anchor(section_id: str) -> str:
    return "phan-" + slug(section_id)


def plan_item_anchor(item_id: str) -> str:
    return "kh-" + slug(item_id)


def indicator_anchor(indicator_id: str) -> str:
    return slug(indicator_id)


def budget_line_anchor(line_id: str) -> str:
    return slug(line_id)


def funding_note_anchor(note_id: str) -> str:
    return "kp-" + slug(note_id)


def article_anchor(number: str) -> str:
    return "dieu-" + slug(number)


def glossary_anchor(term: str) -> str:
    return "vt-" + slug(term)


def duty_anchor(activity_id: str) -> str:
    """An activity's row on a unit's or a kind's page (the card itself is on the appendix page)."""
    return "viec-" + slug(activity_id)


def gap_notice_anchor(gap_id: str) -> str:
    """The notice of a source gap on the appendix page (the gap itself is `gap_id` on the sources page)."""
    return "thieu-" + slug(gap_id)


def unit_kind_anchor(kind: str) -> str:
    """A kind of unit's heading on the units index."""
    return kind.replace("_", "-")


def report_anchor(report_id: str) -> str:
    """A progress report on the progress page (and its entry in the history)."""
    return "bao-cao-" + slug(report_id)


def progress_section(name: str) -> str:
    """A part of the progress page: one of PROGRESS_SECTIONS."""
    return f"{PAGES['progress']}#{PROGRESS_SECTIONS[name]}"


# The editing guide's section on adding a report: the id Markdown gives the heading "Thêm một báo cáo tiến độ"
# of CONTRIBUTING.md (tests/test_links.py fails if the heading changes).
EDITING_REPORTS = PAGES["editing"] + "#thêm-một-báo-cáo-tiến-độ"

PROGRESS_SECTIONS = {
    "summary": "tong-quan", "rule": "cach-tinh", "sections": "theo-phan", "objectives": "theo-muc-tieu",
    "units": "theo-don-vi", "kinds": "theo-loai-don-vi", "overdue": "qua-han", "updates": "cap-nhat-moi",
    "targets": "chi-tieu", "compliance": "ky-bao-cao", "reports": "cac-bao-cao",
}

# Anchors the pages give their own headings; a record's anchor may not take one of them.
FIXED_ANCHORS = {
    PAGES["appendix"]: ("phan-chua-ro",),
    PAGES["plan"]: ("cac-chi-tieu",),
    PAGES["budget"]: ("cac-khoan", "theo-don-vi-nhan", "bieu-do", "theo-ghi-chu", "lam-tron", "kp-de-trong",
                      "kp-khong-co-o"),
    PAGES["sources"]: ("phan-thieu", "suy-ra", "cho-la", "trinh-bay"),
}


def record_url(kind: str, record_id: str | None) -> str:
    """Site-relative URL (with fragment) where a record is shown."""
    if kind == "unit":
        return unit_page(record_id) if record_id else PAGES["units"]
    page, anchor = _RECORD_PLACES[kind]
    if record_id is None:
        return page
    return page + "#" + anchor(record_id)


_RECORD_PLACES = {
    "activity": (PAGES["appendix"], activity_anchor),
    "task": (PAGES["appendix"], task_anchor),
    "objective": (PAGES["appendix"], objective_anchor),
    "section": (PAGES["appendix"], section_anchor),
    "plan_item": (PAGES["plan"], plan_item_anchor),
    "indicator": (PAGES["plan"], indicator_anchor),
    "budget_line": (PAGES["budget"], budget_line_anchor),
    "funding_note": (PAGES["budget"], funding_note_anchor),
    "document": (PAGES["decision"], article_anchor),
    "article": (PAGES["decision"], article_anchor),
}
