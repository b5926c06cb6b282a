"""Calendars (.ics): one per unit, per kind of unit and for the plan; strict RFC 5545; never silently empty."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar, Parameters, vText
from icalendar.parser import Contentline

from plan.exports import calendar
from plan.exports.owners import owners

from plan.model import paths
from plan.model.vocabulary import AUDIENCES
from plan.queries.obligations import Obligations
from tests.support.html import html_of

REPORTING_LAST_DAYS = {dt.date(2022, 3, 31), dt.date(2022, 6, 30), dt.date(2022, 9, 30), dt.date(2022, 12, 31)}


def _calendar(site: Path, path: str) -> Calendar:
    return Calendar.from_ical((site / path).read_bytes())


def _activity_id(event) -> str | None:
    """The activity an event links to (its URL ends with the activity's anchor, e.g. #hd-3-45)."""
    fragment = str(event.get("URL", "")).rpartition("#")[2]
    return fragment.removeprefix("hd-").replace("-", ".") if fragment.startswith("hd-") else None


@pytest.fixture(scope="module")
def obligations(index):
    return Obligations(index)


def _all_calendars(site: Path) -> list[Path]:
    return sorted((site / "du-lieu" / "lich").rglob("*.ics"))


def test_every_calendar_passes_a_strict_parser(built_site):
    """ical (allenporter/ical) validates each component against RFC 5545 as it reads."""
    for path in _all_calendars(built_site):
        text = path.read_bytes().decode("utf-8")
        IcsCalendarStream.calendar_from_ics(text)
        lines = text.split("\r\n")
        assert lines[-1] == "" and "\n" not in text.replace("\r\n", ""), f"{path.name}: lines end in CRLF only"
        assert all(len(line.encode()) <= 75 for line in lines), f"{path.name}: lines are folded at 75 octets"
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text.replace("\r\n", "")), path.name


def test_every_event_has_uid_dtstamp_and_dtstart(built_site, plan):
    stamp = dt.datetime.combine(plan.meta.last_updated, dt.time(), dt.timezone.utc)
    for path in _all_calendars(built_site):
        events = _calendar(built_site, str(path.relative_to(built_site))).walk("VEVENT")
        uids = [str(e["UID"]) for e in events]
        assert len(uids) == len(set(uids)), path.name
        for event in events:
            assert event["DTSTAMP"].dt == stamp and type(event["DTSTART"].dt) is dt.date, path.name


def test_a_unit_calendar_holds_every_activity_it_owes_once(built_site, plan, obligations):
    for unit in plan.units:
        events = _calendar(built_site, paths.unit_calendar(unit.id)).walk("VEVENT")
        ids = [i for i in map(_activity_id, events) if i]
        assert sorted(ids) == sorted(o.activity.id for o in obligations.of_unit(unit.id)), unit.id
        assert len(ids) == len(set(ids))


def test_the_finance_department_has_all_39_activities_and_the_reporting_periods(built_site):
    events = _calendar(built_site, paths.unit_calendar("so-tai-chinh")).walk("VEVENT")
    assert len([e for e in events if _activity_id(e)]) == 39
    reporting = [e for e in events if "Kỳ báo cáo" in str(e["SUMMARY"])]
    assert {e["DTSTART"].dt for e in reporting} == REPORTING_LAST_DAYS
    assert all("không nêu hạn nộp" in str(e["SUMMARY"]) for e in reporting)


def test_undated_work_spans_the_plan_year_and_keeps_the_source_wording(built_site, index):
    for event in _calendar(built_site, paths.unit_calendar("so-tai-chinh")).walk("VEVENT"):
        activity_id = _activity_id(event)
        if not activity_id:
            continue
        activity = index.activities[activity_id]
        deadline = index.deadline(activity)
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        if deadline is not None and deadline.is_dated:
            assert start == deadline.end and end == start + dt.timedelta(days=1), activity_id
        else:
            assert (start, end) == (dt.date(2022, 1, 1), dt.date(2023, 1, 1)), activity_id
            assert f"({' '.join(activity.deadline.split())})" in str(event["SUMMARY"]), activity_id


def test_dated_events_fall_on_the_deadline_s_last_day(built_site, index):
    by_text = {"Trong năm 2022": dt.date(2022, 12, 31), "Quý IV năm 2021": dt.date(2021, 12, 31),
               "Giai đoạn 2022 - 2025": dt.date(2025, 12, 31)}
    seen = set()
    for event in _calendar(built_site, paths.PLAN_CALENDAR_FILE).walk("VEVENT"):
        activity = index.activities[_activity_id(event)]
        written = " ".join(activity.deadline.split())
        if written in by_text:
            assert event["DTSTART"].dt == by_text[written], activity.id
            seen.add(written)
        assert str(event["SUMMARY"]).startswith(activity.id + " ") and written in str(event["DESCRIPTION"])
    assert seen == set(by_text)


def test_kind_calendars_hold_the_kind_s_work(built_site, obligations):
    for kind in obligations.covered_kinds():
        path = paths.kind_calendar(AUDIENCES[kind].slug)
        ids = [i for i in map(_activity_id, _calendar(built_site, path).walk("VEVENT")) if i]
        assert sorted(ids) == sorted(o.activity.id for o in obligations.of_kind(kind)), kind


def test_a_calendar_with_no_event_says_so_and_so_does_its_page(built_site, plan, obligations):
    empty = [u for u in plan.units if not obligations.of_unit(u.id) and not obligations.leads(u.id)
             and not u.members_rule]
    assert empty, "the real plan names units with no activity (Tỉnh ủy, Bộ Nội vụ …)"
    for unit in empty:
        calendar = _calendar(built_site, paths.unit_calendar(unit.id))
        assert not calendar.walk("VEVENT")
        assert "không có sự kiện nào" in str(calendar["DESCRIPTION"])
        assert "không có sự kiện nào" in html_of(built_site, paths.unit_page(unit.id)).select_one(".owner-files").text
    for path in _all_calendars(built_site):
        calendar = _calendar(built_site, str(path.relative_to(built_site)))
        assert calendar.walk("VEVENT") or "không có sự kiện nào" in str(calendar["DESCRIPTION"]), path.name


def test_calendars_say_the_list_may_be_incomplete(built_site):
    description = str(_calendar(built_site, paths.unit_calendar("so-noi-vu"))["DESCRIPTION"])
    assert "Danh sách có thể chưa đủ" in description and "3.1–3.22" in description


def test_events_link_to_their_activity(built_site):
    appendix = html_of(built_site, "phu-luc/")
    for event in _calendar(built_site, paths.unit_calendar("so-noi-vu")).walk("VEVENT"):
        url = str(event["URL"])
        if "#hd-" in url:
            assert appendix.find(id=url.split("#")[1]) is not None, url
            assert url in str(event["DESCRIPTION"])


def test_unit_pages_offer_their_calendar_and_table(built_site, plan):
    for unit in plan.units:
        files = html_of(built_site, paths.unit_page(unit.id)).select_one(".owner-files")
        hrefs = [a["href"] for a in files.select("a")]
        assert f"../../{paths.unit_calendar(unit.id)}" in hrefs and f"../../{paths.unit_obligations_file(unit.id)}" in hrefs


_LINE_TEXT = st.text(st.sampled_from(list("ab ,;:\\^\"\n") + ["ệ", "Đ", "ồ", "€", "😀"]), max_size=400)


@settings(max_examples=300, deadline=None)
@given(_LINE_TEXT, st.integers(min_value=0, max_value=80))
def test_lines_are_folded_as_icalendar_folds_them(text, prefix):
    """`calendar.folded` cuts where icalendar's own folding does, escapes and multi-byte characters included."""
    line = Contentline.from_parts("DESCRIPTION", Parameters(), vText("x" * prefix + text))
    assert calendar.folded(line) == line.to_ical()


def test_calendar_files_are_icalendar_s_own_serialisation(index, obligations):
    for owner in owners(index, obligations)[:5]:
        spec = owner.calendar_spec(index.plan.document.number)
        written = calendar.calendar_bytes(spec, index, "https://example.invalid/site/")
        assert written == Calendar.from_ical(written).to_ical()
