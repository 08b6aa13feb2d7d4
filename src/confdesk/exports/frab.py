"""The programme as a frab/pretalx "schedule.xml" (the format conference apps read).

GUIDs are uuid5 values derived from a fixed namespace and the database ids, so an app that
loads a later export recognises the same sessions, rooms and people.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable
from datetime import date, datetime, time
from xml.etree import ElementTree as etree  # noqa: N813 (the lxml-style name)
from zoneinfo import ZoneInfo

from confdesk import __version__
from confdesk.plenary.interpretation import programme_line
from confdesk.programme.labels import kind_label, role_label
from confdesk.programme.queries import ProgrammeSnapshot, SessionInfo
from confdesk.registration.names import fold
from confdesk.text import clean_data

#: Fixed namespace of confdesk's frab GUIDs; never change it.
GUID_NAMESPACE = uuid.UUID("3b0d5f6e-2c1a-5e8f-9d7c-4a5b6c7d8e9f")

Progress = Callable[[int, int], None]


def guid(kind: str, event_id: int, object_id: int | str) -> str:
    """A stable GUID for a session ("session"), room ("room") or person ("person")."""
    return str(uuid.uuid5(GUID_NAMESPACE, f"event/{event_id}/{kind}/{object_id}"))


def _ascii_slug(text: str, separator: str = "-") -> str:
    folded = fold(text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", separator, folded).strip(separator)


def acronym(snapshot: ProgrammeSnapshot) -> str:
    """"brussels-2014": lower-case letters, digits and hyphens, at least four characters."""
    event = snapshot.event
    slug = _ascii_slug(event.short_name) or _ascii_slug(event.title)[:40].strip("-")
    return slug if len(slug) >= 4 else f"event-{event.id}"


def _slug(prefix: str, s: SessionInfo) -> str:
    title = _ascii_slug(s.title, "_")[:60].strip("_")
    return f"{prefix}-{s.id}-{title}" if len(title) >= 1 else f"{prefix}-{s.id}-session"


def _iso(day: date, moment: time, zone: ZoneInfo) -> str:
    return datetime.combine(day, moment, tzinfo=zone).isoformat()


def _sub(parent: etree.Element, tag: str, text: str = "", **attrs: str) -> etree.Element:
    element = etree.SubElement(parent, tag, {k: v for k, v in attrs.items() if v})
    element.text = text
    return element


def _version(snapshot: ProgrammeSnapshot) -> str:
    """Changes whenever a session changes: a short digest of ids and row versions."""
    digest = hashlib.sha1(
        ",".join(f"{s.id}:{s.version}" for s in snapshot.sessions).encode()
    ).hexdigest()[:10]
    return f"confdesk-{digest}"


def _description(s: SessionInfo, working: tuple[str, ...] = ()) -> str:
    parts = []
    for role, people in s.role_groups():
        names = "; ".join(
            p.display_name + (f" ({p.affiliation})" if p.affiliation else "") for p in people
        )
        parts.append(f"{role_label(role, len(people))}: {names}")
    if s.description:
        parts.append(s.description)
    languages = programme_line(s.floor_language, s.interpretation, working, s.kind)
    if languages:
        parts.append(languages)
    return "\n\n".join(parts)


def _event(parent: etree.Element, snapshot: ProgrammeSnapshot, s: SessionInfo, room: str,
           zone: ZoneInfo, prefix: str, language: str) -> None:
    event_id = snapshot.event.id
    node = _sub(parent, "event", guid=guid("session", event_id, s.id), id=str(s.id))
    _sub(node, "date", _iso(s.day, s.start_time, zone))
    _sub(node, "start", f"{s.start_time:%H:%M}")
    minutes = s.duration_minutes
    _sub(node, "duration", f"{minutes // 60:02d}:{minutes % 60:02d}")
    _sub(node, "room", room)
    _sub(node, "slug", _slug(prefix, s))
    _sub(node, "title", s.title)
    _sub(node, "subtitle", "")
    _sub(node, "track", s.theme.name if s.theme else kind_label(s.kind))
    _sub(node, "type", kind_label(s.kind))
    _sub(node, "language", s.floor_language or language)
    _sub(node, "abstract", s.description)
    _sub(node, "description", _description(s, snapshot.event.working_languages))
    persons = _sub(node, "persons")
    seen: set[int] = set()
    for r in s.roles:
        if r.person.id not in seen:
            seen.add(r.person.id)
            _sub(persons, "person", r.person.display_name, id=str(r.person.id),
                 guid=guid("person", event_id, r.person.id))
    _sub(node, "links")
    _sub(node, "attachments")


def schedule_xml(snapshot: ProgrammeSnapshot, *, progress: Progress | None = None) -> bytes:
    """The schedule document, UTF-8 with an XML declaration."""
    snapshot = clean_data(snapshot)
    event = snapshot.event
    zone = ZoneInfo(event.timezone)
    prefix = acronym(snapshot).replace("-", "_")
    language = (event.working_languages or ("en",))[0]
    root = etree.Element("schedule")
    _sub(root, "generator", name="confdesk", version=__version__)
    _sub(root, "version", _version(snapshot))
    conference = _sub(root, "conference")
    _sub(conference, "acronym", acronym(snapshot))
    _sub(conference, "title", event.title)
    _sub(conference, "start", event.start_date.isoformat())
    _sub(conference, "end", event.end_date.isoformat())
    _sub(conference, "days", str(len(event.days)))
    _sub(conference, "timeslot_duration", "00:05")
    _sub(conference, "time_zone_name", event.timezone)
    for theme in snapshot.themes:
        _sub(conference, "track", theme.name, name=theme.name, color=theme.colour.lower(),
             slug=_track_slug(theme.name, theme.id))
    timed = [s for s in snapshot.sessions if s.ends_at > s.starts_at]
    done = 0
    event_days = event.days
    for day in snapshot.days:
        sessions = [s for s in timed if s.day == day]
        index = event_days.index(day) + 1 if day in event_days else _extra_index(snapshot, day)
        first = min((s.start_time for s in sessions), default=time(0, 0))
        last = max((s.end_time for s in sessions), default=time(23, 59))
        day_node = _sub(root, "day", date=day.isoformat(), start=_iso(day, first, zone),
                        end=_iso(day, last, zone), index=str(index))
        rooms: dict[str, list[SessionInfo]] = {}
        for room in snapshot.rooms:
            rooms[room.name] = []
        for s in sessions:
            rooms.setdefault(s.room.name if s.room else (event.venue or "Venue"), []).append(s)
        room_guids = {r.name: guid("room", event.id, r.id) for r in snapshot.rooms}
        for name, held in rooms.items():
            if not held:
                continue
            room_node = _sub(day_node, "room", name=name,
                             guid=room_guids.get(name) or guid("room", event.id, name))
            for s in held:
                _event(room_node, snapshot, s, name, zone, prefix, language)
                done += 1
                if progress is not None:
                    progress(done, len(timed))
    etree.indent(root)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def _extra_index(snapshot: ProgrammeSnapshot, day: date) -> int:
    """Days outside the event (a mistake the checks report) are numbered after its days."""
    outside = sorted({s.day for s in snapshot.sessions} - set(snapshot.event.days))
    return len(snapshot.event.days) + outside.index(day) + 1


def _track_slug(name: str, theme_id: int) -> str:
    slug = _ascii_slug(name)
    return slug if re.fullmatch(r"[a-z][a-z0-9-]+", slug) else f"track-{theme_id}"
