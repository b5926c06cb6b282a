"""iCalendar files: one per unit and one for the whole plan.

An activity becomes an event when its deadline has a last day ("Trong năm 2022",
"Quý IV năm 2021", "Giai đoạn 2022 - 2025", a date): an all-day event on that
day. Recurring deadlines ("Thường xuyên", "Hàng năm", "Theo quy định ...") have
no date, so they are listed in the calendar's description instead of being
given invented dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icalendar import Calendar, Event, vText

from plan.exports.links import absolute, host, record_link
from plan.model import paths
from plan.model.records import Activity
from plan.output.escape import one_line
from plan.queries import PlanIndex

PRODID = "-//Ke hoach CCHC 2022 Lam Dong//Du lieu mo//VI"
ROLE_WORDS = {"lead": "chủ trì", "coordinate": "phối hợp"}
SUMMARY_TEXT_LENGTH = 90


@dataclass(frozen=True)
class Entry:
    """An activity in a calendar, with the unit's roles in it (empty for the whole plan)."""

    activity: Activity
    roles: tuple[str, ...] = ()


def unit_entries(index: PlanIndex, unit_id: str) -> list[Entry]:
    """Activities naming the unit as lead or coordinator, in the appendix's order.

    Work given to a whole collective stays in the collective's own calendar: copying
    it into every member's calendar would grow as members × activities.
    """
    roles: dict[str, list[str]] = {}
    for role, activities in (("lead", index.led_by(unit_id)), ("coordinate", index.coordinated_by(unit_id))):
        for activity in activities:
            roles.setdefault(activity.id, []).append(role)
    return [Entry(index.activities[a_id], tuple(roles[a_id])) for a_id in sorted(roles, key=index.appendix_position)]


def plan_entries(index: PlanIndex) -> list[Entry]:
    return [Entry(activity) for activity in index.plan.appendix.activities]


def is_dated(index: PlanIndex, activity: Activity) -> bool:
    deadline = index.deadline(activity)
    return deadline is not None and deadline.is_dated


def _activity_words(activity: Activity) -> str:
    return activity.text or activity.product or "(nội dung không có trong văn bản nguồn)"


def _role_words(entry: Entry) -> str:
    return " và ".join(ROLE_WORDS[role] for role in entry.roles)


def _summary(entry: Entry) -> str:
    words = _activity_words(entry.activity)
    if len(words) > SUMMARY_TEXT_LENGTH:
        words = words[:SUMMARY_TEXT_LENGTH].rsplit(" ", 1)[0] + "…"
    role = _role_words(entry)
    return f"{entry.activity.id} · " + (f"{role[:1].upper()}{role[1:]} · " if role else "") + words


def _description(entry: Entry, index: PlanIndex, link: str) -> str:
    activity = entry.activity
    lines = [f"Hoạt động {activity.id}: {_activity_words(activity)}"]
    if activity.product:
        lines.append(f"Sản phẩm: {activity.product}")
    if activity.lead and activity.lead.text:
        lines.append(f"Cơ quan chủ trì: {activity.lead.text}")
    if activity.coordinating and activity.coordinating.text:
        lines.append(f"Cơ quan phối hợp: {activity.coordinating.text}")
    if entry.roles:
        lines.append(f"Vai trò của đơn vị: {_role_words(entry)}")
    deadline = index.deadline(activity)
    if deadline is not None:
        lines.append(f"Thời gian hoàn thành: {one_line(deadline.text)}; sự kiện đặt vào ngày cuối {deadline.end:%d/%m/%Y}.")
    lines.append(f"Xem: {link}")
    return "\n".join(lines)


def _event(entry: Entry, index: PlanIndex, site_url: str | None, uid_suffix: str) -> Event:
    activity = entry.activity
    end = index.deadline(activity).end
    link = record_link(site_url, "activity", activity.id)
    event = Event()
    event.add("uid", f"hd-{activity.id.replace('.', '-')}{uid_suffix}@{host(site_url)}")
    event.add("dtstamp", dt.datetime.combine(index.plan.meta.last_updated, dt.time(), dt.timezone.utc))
    event.add("dtstart", end)
    event.add("dtend", end + dt.timedelta(days=1))  # DTEND of an all-day event is exclusive
    event.add("summary", _summary(entry))
    event.add("description", _description(entry, index, link))
    event.add("url", link)
    event.add("transp", "TRANSPARENT")
    return event


def _undated_note(entries: list[Entry], index: PlanIndex) -> str:
    undated = [e for e in entries if not is_dated(index, e.activity)]
    if not undated:
        return ""
    lines = ["Việc không có ngày cụ thể (không đưa thành sự kiện):"]
    for entry in undated:
        deadline = one_line(entry.activity.deadline or "không ghi thời hạn")
        role = f" [{_role_words(entry)}]" if entry.roles else ""
        lines.append(f"- {entry.activity.id} ({deadline}){role}: {_activity_words(entry.activity)}")
    return "\n".join(lines)


def _calendar(name: str, intro: str, entries: list[Entry], index: PlanIndex, site_url: str | None, uid_suffix: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    description = "\n\n".join(part for part in (intro, _undated_note(entries, index)) if part)
    calendar.add("name", name)
    calendar.add("description", description)
    # icalendar types X-WR-* as unknown and would not escape line breaks; vText does.
    calendar["X-WR-CALNAME"] = vText(name)
    calendar["X-WR-CALDESC"] = vText(description)
    for entry in entries:
        if is_dated(index, entry.activity):
            calendar.add_component(_event(entry, index, site_url, uid_suffix))
    return calendar.to_ical()


def _groups_note(index: PlanIndex, unit_id: str, site_url: str | None) -> str:
    groups = index.collectives_covering(unit_id)
    if not groups:
        return ""
    lines = ["Việc giao chung cho nhóm mà đơn vị thuộc về có trong lịch của nhóm:"]
    lines += [f"- {group.name}: {absolute(site_url, paths.unit_calendar(group.id))}" for group in groups]
    return "\n".join(lines)


def unit_calendar(index: PlanIndex, unit_id: str, site_url: str | None) -> bytes:
    unit = index.units[unit_id]
    intro = "\n\n".join(part for part in (
        f"Thời hạn các hoạt động {unit.name} được nêu tên chủ trì hoặc phối hợp trong Kế hoạch CCHC năm 2022 "
        f"tỉnh Lâm Đồng (Quyết định {index.plan.document.number}).",
        _groups_note(index, unit_id, site_url),
    ) if part)
    return _calendar(f"CCHC 2022 · {unit.name}", intro, unit_entries(index, unit_id), index, site_url, f"-{unit_id}")


def plan_calendar(index: PlanIndex, site_url: str | None) -> bytes:
    intro = f"Thời hạn mọi hoạt động trong phụ lục Kế hoạch CCHC năm 2022 tỉnh Lâm Đồng (Quyết định {index.plan.document.number})."
    return _calendar("CCHC 2022 · Toàn bộ kế hoạch", intro, plan_entries(index), index, site_url, "")
