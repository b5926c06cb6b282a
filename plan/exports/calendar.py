"""iCalendar files: one per unit, per kind of unit, and for the whole plan. None is silently empty.

Every activity a calendar's unit owes is an event, worded with the source's own
deadline so that nothing looks more precise than the plan:

- a deadline with a last day ("Quý IV năm 2021", "Trong năm 2022", "Giai
  đoạn 2022 - 2025", a date): an all-day event on that day;
- one without ("Thường xuyên", "Hàng năm", "Nhiệm vụ hàng năm", "Theo quy định
  của Trung ương", or no deadline cell): an event spanning the plan's year,
  its summary saying "Thường xuyên" etc.

A unit that leads work also gets the reporting periods of III.3 (quarters, six
months, the year) as events on each period's last day, marked as periods whose
report due date the plan does not state. A calendar with no event says so in
its description, and so does the page that links to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icalendar import Calendar, Event, vText

from plan.exports.links import host, record_link
from plan.model.records import Activity, Plan
from plan.model.vocabulary import PHRASES, ROLES
from plan.output.escape import one_line
from plan.output.locale import vn_date
from plan.output.wording import incomplete_list
from plan.queries import PlanIndex
from plan.queries.obligations import Obligation

PRODID = "-//Ke hoach CCHC 2022 Lam Dong//Du lieu mo//VI"
SUMMARY_TEXT_LENGTH = 90
# III.3: "Định kỳ hàng quý, 6 tháng, 01 năm …": the last day of each period and its name.
REPORTING_PERIODS = ((3, 31, "quý I"), (6, 30, "quý II và 6 tháng đầu năm"), (9, 30, "quý III"),
                     (12, 31, "quý IV và cả năm"))
LINE_BYTES = 74  # octets of a content line before a fold (icalendar folds before the character reaching 75)


@dataclass(frozen=True)
class CalendarSpec:
    """What one calendar holds: its name, why, the obligations, and whether its unit reports (III.3)."""

    key: str  # part of every UID: the unit's id, "loai-<kind>", or "" for the whole plan
    name: str
    intro: str
    obligations: list[Obligation]
    reports: bool = False


def plan_obligations(index: PlanIndex) -> list[Obligation]:
    return [Obligation(activity, ()) for activity in index.plan.appendix.activities]


def calendar_bytes(spec: CalendarSpec, index: PlanIndex, site_url: str | None) -> bytes:
    events = [_activity_event(o, spec.key, index, site_url) for o in spec.obligations]
    if spec.reports:
        events += _reporting_events(spec.key, index, site_url)
    calendar = Calendar()
    for name, value in (("prodid", PRODID), ("version", "2.0"), ("calscale", "GREGORIAN"), ("name", spec.name)):
        calendar.add(name, value)
    description = _description(spec, index.plan, bool(events))
    calendar.add("description", description)
    # icalendar types X-WR-* as unknown and would not escape line breaks; vText does.
    calendar["X-WR-CALNAME"] = vText(spec.name)
    calendar["X-WR-CALDESC"] = vText(description)
    for event in events:
        calendar.add_component(event)
    return ical_bytes(calendar)


def ical_bytes(calendar: Calendar) -> bytes:
    """`calendar.to_ical()`, byte for byte, with its long lines folded faster.

    icalendar folds each content line character by character, which was
    nearly half of writing the calendars; `folded` cuts the line's UTF-8
    bytes where icalendar would.
    """
    return b"\r\n".join(folded(line) for line in calendar.content_lines() if line) + b"\r\n"


def folded(line: str) -> bytes:
    """A content line folded as icalendar 7 folds it (RFC 5545 3.1): pieces of at most 74 octets, never
    splitting a character, and a piece never ending in the `\\` or `^` that starts an escape."""
    data = line.encode()
    if len(data) <= LINE_BYTES:
        return data
    pieces, start = [], 0
    while len(data) - start > LINE_BYTES:
        end = start + LINE_BYTES
        while data[end] & 0xC0 == 0x80:  # a continuation byte: fold before the character it belongs to
            end -= 1
        if data[end - 1] in b"\\^":
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)


def event_count(spec: CalendarSpec) -> int:
    return len(spec.obligations) + (len(REPORTING_PERIODS) if spec.reports else 0)


def _description(spec: CalendarSpec, plan: Plan, has_events: bool) -> str:
    parts = [spec.intro,
             "Việc có ngày cuối trong văn bản là sự kiện cả ngày vào ngày đó; việc không có ngày (thường xuyên, hàng "
             f"năm…) là sự kiện kéo dài cả năm {plan.plan.year}, tên sự kiện ghi đúng thời hạn trong văn bản.",
             incomplete_list(plan.source_gaps)]
    if not has_events:
        parts.append("Lịch này không có sự kiện nào: văn bản không giao hoạt động nào của phụ lục cho đơn vị này.")
    return "\n\n".join(part for part in parts if part)


def _activity_event(obligation: Obligation, key: str, index: PlanIndex, site_url: str | None) -> Event:
    activity = obligation.activity
    deadline = index.deadline(activity)
    written = one_line(activity.deadline) if activity.deadline else PHRASES["no_deadline"]
    if deadline is not None and deadline.is_dated:
        start, end, when = deadline.end, deadline.end + dt.timedelta(days=1), ""
        placed = f"sự kiện đặt vào ngày cuối {vn_date(deadline.end)}"
    else:
        year = index.plan.plan.year
        start, end, when = dt.date(year, 1, 1), dt.date(year + 1, 1, 1), f"({written}) "
        placed = f"văn bản không ghi ngày; sự kiện kéo dài cả năm {year}"
    link = record_link(site_url, "activity", activity.id)
    role = ROLES[obligation.role] + " · " if obligation.routes else ""
    event = _event(f"hd-{activity.id.replace('.', '-')}", key, index, site_url, start, end)
    event.add("summary", f"{activity.id} · {role}{when}{_short(_words(activity))}")
    event.add("description", "\n".join(_activity_lines(obligation, written, placed, link)))
    event.add("url", link)
    return event


def _activity_lines(obligation: Obligation, written: str, placed: str, link: str) -> list[str]:
    activity = obligation.activity
    lines = [f"Hoạt động {activity.id}: {_words(activity)}"]
    if activity.product:
        lines.append(f"Sản phẩm: {activity.product}")
    if activity.lead and activity.lead.text:
        lines.append(f"Cơ quan chủ trì: {activity.lead.text}")
    if activity.coordinating and activity.coordinating.text:
        lines.append(f"Cơ quan phối hợp: {activity.coordinating.text}")
    for route in obligation.routes:
        how = f"qua nhóm “{route.via.name}”" if route.via else "được nêu tên"
        lines.append(f"Vai trò của đơn vị: {ROLES[route.role].lower()}, {how}")
    lines += [f"Thời gian hoàn thành: {written}; {placed}.", f"Xem: {link}"]
    return lines


def _reporting_events(key: str, index: PlanIndex, site_url: str | None) -> list[Event]:
    year = index.plan.plan.year
    item = index.plan_items.get("III.3")
    sentence = item.text if item else ""
    events = []
    for month, day, period in REPORTING_PERIODS:
        last = dt.date(year, month, day)
        event = _event(f"bao-cao-{year}-{month:02d}", key, index, site_url, last, last + dt.timedelta(days=1))
        event.add("summary", f"Kỳ báo cáo CCHC {period} {year} về Sở Nội vụ (mục III.3; không nêu hạn nộp)")
        event.add("description", f"Hết kỳ báo cáo {period} năm {year}. Mục III.3 của kế hoạch: “{sentence}”\n"
                                 "Kế hoạch không nêu ngày phải nộp báo cáo; sự kiện đặt vào ngày cuối của kỳ.")
        event.add("url", record_link(site_url, "plan_item", "III.3"))
        events.append(event)
    return events


def _event(uid: str, key: str, index: PlanIndex, site_url: str | None, start: dt.date, end: dt.date) -> Event:
    event = Event()
    event.add("uid", f"{uid}{'-' + key if key else ''}@{host(site_url)}")
    event.add("dtstamp", dt.datetime.combine(index.plan.meta.last_updated, dt.time(), dt.timezone.utc))
    event.add("dtstart", start)
    event.add("dtend", end)  # DTEND of an all-day event is exclusive
    event.add("transp", "TRANSPARENT")
    return event


def _words(activity: Activity) -> str:
    return activity.text or activity.product or PHRASES["no_text"]


def _short(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= SUMMARY_TEXT_LENGTH else text[:SUMMARY_TEXT_LENGTH].rsplit(" ", 1)[0] + "…"
