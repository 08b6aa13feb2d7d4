"""The programme as an iCalendar file (RFC 5545) for calendar applications.

Each session is one VEVENT whose UID is derived from the event and session ids, so importing
a later export updates the entries instead of duplicating them. Times are local times in the
event's time zone, described by a VTIMEZONE.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import icalendar

from confdesk import __version__
from confdesk.plenary.interpretation import Languages, language_name, programme_line
from confdesk.programme.kinds import SessionKind
from confdesk.programme.labels import kind_label, role_label
from confdesk.programme.queries import ProgrammeSnapshot, SessionInfo
from confdesk.text import clean_data

#: Fixed namespace of confdesk's calendar UIDs; never change it, or calendars duplicate entries.
UID_NAMESPACE = uuid.UUID("6f1c2d0e-8a4b-5c3d-9e7f-0a1b2c3d4e5f")

Progress = Callable[[int, int], None]


def session_uid(event_id: int, session_id: int) -> str:
    """The stable UID of a session's calendar entry."""
    return f"{uuid.uuid5(UID_NAMESPACE, f'event/{event_id}/session/{session_id}')}@confdesk"


def _description(s: SessionInfo, working: tuple[str, ...] = ()) -> str:
    lines = [kind_label(s.kind) + (f" · {s.theme.name}" if s.theme else "")]
    languages = programme_line(s.floor_language, s.interpretation, working, s.kind)
    if languages:
        lines.append(languages)
    for role, people in s.role_groups():
        lines.append("")
        lines.append(f"{role_label(role, len(people))}:")
        for p in people:
            lines.append(f"- {p.display_name}" + (f", {p.affiliation}" if p.affiliation else ""))
    if s.description:
        lines += ["", s.description]
    return "\n".join(lines)


def programme_calendar(snapshot: ProgrammeSnapshot, *, include_breaks: bool = False,
                       now: datetime | None = None,
                       progress: Progress | None = None) -> bytes:
    """The calendar as bytes; breaks are left out unless `include_breaks`."""
    snapshot = clean_data(snapshot)
    event = snapshot.event
    zone = ZoneInfo(event.timezone)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//confdesk//confdesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", event.short_name or event.title)
    cal.add("x-wr-timezone", event.timezone)
    place = ", ".join(part for part in (event.venue, event.city) if part)
    sessions = [s for s in snapshot.sessions
                if (include_breaks or s.kind != SessionKind.BREAK) and s.ends_at > s.starts_at]
    for index, s in enumerate(sessions):
        entry = icalendar.Event()
        entry.add("uid", session_uid(event.id, s.id))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", s.starts_at.replace(tzinfo=zone))
        entry.add("dtend", s.ends_at.replace(tzinfo=zone))
        entry.add("summary", s.title)
        location = ", ".join(part for part in ((s.room.name if s.room else ""), place) if part)
        if location:
            entry.add("location", location)
        entry.add("description", _description(s, event.working_languages))
        _add_languages(entry, s)
        if s.theme is not None:
            entry.add("categories", [s.theme.name])
        entry.add("sequence", max(s.version - 1, 0))
        entry.add("transp", "TRANSPARENT" if s.kind == SessionKind.BREAK else "OPAQUE")
        cal.add_component(entry)
        if progress is not None:
            progress(index + 1, len(sessions))
    cal.add_component(_vtimezone(snapshot, zone))
    return bytes(cal.to_ical())


def _add_languages(entry: icalendar.Event, s: SessionInfo) -> None:
    """The floor and interpretation languages: the booths as RESOURCES (equipment the
    session needs, RFC 5545 3.8.1.10) and the codes in X- properties for programs that read
    them."""
    if not s.floor_language or s.kind == SessionKind.BREAK:
        return
    languages = Languages(s.floor_language, s.interpretation)
    if languages.booths:
        entry.add("resources", [f"Interpretation into {language_name(c)}"
                                for c in languages.booths])
    entry.add("x-confdesk-floor-language", s.floor_language)
    entry.add("x-confdesk-interpretation", ",".join(languages.booths))


def _vtimezone(snapshot: ProgrammeSnapshot, zone: ZoneInfo) -> icalendar.Timezone:
    """The event's VTIMEZONE, spanning only the years of the programme.

    `Calendar.add_missing_timezones()` spans 1970–2038 with one long RDATE list per
    transition, which vobject (dateutil) misreads: 31 March 2014 in Brussels came out as
    +01:00 instead of +02:00. A few years' transitions are read right everywhere.
    """
    days = [s.day for s in snapshot.sessions] + [snapshot.event.start_date,
                                                  snapshot.event.end_date]
    first, last = min(days), max(days)
    return icalendar.Timezone.from_tzinfo(
        zone, tzid=snapshot.event.timezone,
        first_date=date(first.year - 1, 1, 1), last_date=date(last.year + 1, 12, 31),
    )
