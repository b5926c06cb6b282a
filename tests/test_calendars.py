"""iCalendar files: one per unit and one for the plan, parsed back with the icalendar library."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from plan.model.deadlines import parse_deadline
from tests.support.html import html_of


def read_calendar(site, path: str) -> Calendar:
    return Calendar.from_ical((site / path).read_bytes())


def dated(activity) -> bool:
    return bool(activity.deadline) and parse_deadline(activity.deadline).end is not None


def expected_activity_ids(index, unit_id: str) -> set[str]:
    """What a unit's calendar holds: the dated activities naming it as lead or coordinator."""
    named = {a.id for a in index.led_by(unit_id) + index.coordinated_by(unit_id)}
    return {a_id for a_id in named if dated(index.activities[a_id])}


def event_activity_id(event) -> str:
    """The activity an event links to (its URL ends with the activity's anchor, e.g. #hd-3-45)."""
    fragment = str(event["URL"]).rpartition("#")[2]
    return fragment.removeprefix("hd-").replace("-", ".")


@pytest.fixture(scope="module")
def unit_calendars(built_site, plan):
    return {unit.id: read_calendar(built_site, f"du-lieu/lich/{unit.id}.ics") for unit in plan.units}


def test_each_unit_calendar_has_one_event_per_dated_activity(unit_calendars, index):
    for unit_id, calendar in unit_calendars.items():
        events = calendar.walk("VEVENT")
        ids = [event_activity_id(e) for e in events]
        assert len(ids) == len(set(ids)), unit_id
        assert set(ids) == expected_activity_ids(index, unit_id), unit_id
    assert len(unit_calendars["so-noi-vu"].walk("VEVENT")) > 0


def test_plan_calendar_has_every_dated_activity(built_site, plan):
    events = read_calendar(built_site, "du-lieu/lich/ke-hoach.ics").walk("VEVENT")
    assert sorted(event_activity_id(e) for e in events) == sorted(a.id for a in plan.appendix.activities if dated(a))


def test_events_are_all_day_on_the_deadline_end(built_site, index):
    by_text = {"Trong năm 2022": dt.date(2022, 12, 31), "Quý IV năm 2021": dt.date(2021, 12, 31),
               "Giai đoạn 2022 - 2025": dt.date(2025, 12, 31)}
    seen = set()
    for event in read_calendar(built_site, "du-lieu/lich/ke-hoach.ics").walk("VEVENT"):
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert type(start) is dt.date and end == start + dt.timedelta(days=1)
        activity = index.activities[event_activity_id(event)]
        written = " ".join(activity.deadline.split())
        if written in by_text:
            assert start == by_text[written], activity.id
            seen.add(written)
        assert str(event["SUMMARY"]).startswith(activity.id + " ") and written in str(event["DESCRIPTION"])
    assert seen == set(by_text)


def test_events_link_to_their_activity(built_site, index):
    appendix = html_of(built_site, "phu-luc/")
    for event in read_calendar(built_site, "du-lieu/lich/so-noi-vu.ics").walk("VEVENT"):
        url = str(event["URL"])
        assert url.split("#")[0].endswith("/phu-luc/")
        assert appendix.find(id=url.split("#")[1]) is not None, url
        assert url in str(event["DESCRIPTION"])


def test_uids_are_unique_and_stamps_reproducible(unit_calendars, plan):
    uids = [str(e["UID"]) for c in unit_calendars.values() for e in c.walk("VEVENT")]
    assert len(uids) == len(set(uids))
    stamps = {e["DTSTAMP"].dt for c in unit_calendars.values() for e in c.walk("VEVENT")}
    assert stamps == {dt.datetime.combine(plan.meta.last_updated, dt.time(), dt.timezone.utc)}


def test_unit_calendar_points_to_the_calendars_of_its_collectives(unit_calendars, index):
    lines = str(unit_calendars["so-noi-vu"]["DESCRIPTION"]).splitlines()
    groups = index.collectives_covering("so-noi-vu")
    assert groups
    for group in groups:
        line = next(line for line in lines if line.startswith(f"- {group.name}: "))
        assert line.endswith(f"/du-lieu/lich/{group.id}.ics"), line
    assert "lịch của nhóm" not in str(unit_calendars["ubnd-tinh"]["DESCRIPTION"])


def test_undated_work_is_described_not_given_dates(unit_calendars, index):
    calendar = unit_calendars["so-noi-vu"]
    undated = [a for a in index.led_by("so-noi-vu") if a.deadline and not dated(a)]
    assert undated
    description = str(calendar["DESCRIPTION"])
    event_ids = {event_activity_id(e) for e in calendar.walk("VEVENT")}
    for activity in undated:
        assert f"- {activity.id} ({' '.join(activity.deadline.split())})" in description
        assert activity.id not in event_ids


def test_unit_pages_link_their_calendar_and_their_collectives(built_site, plan, index):
    for unit in plan.units:
        links = html_of(built_site, f"don-vi/{unit.id}/").select("a[href$='.ics']")
        groups = [group.id for group in index.collectives_covering(unit.id)]
        assert [a["href"] for a in links] == [f"../../du-lieu/lich/{u}.ics" for u in [unit.id, *groups]]
        assert (built_site / f"du-lieu/lich/{unit.id}.ics").is_file()
