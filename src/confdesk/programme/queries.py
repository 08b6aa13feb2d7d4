"""A read-only snapshot of an event's programme, loaded in a handful of SELECTs.

The conflict checks, the exports and the GUI's grid all read these plain dataclasses, never
ORM objects: a snapshot can be passed between threads and compared without touching the
database.

`load_programme` is SQL text over a `confdesk.db.reader.Reader`: the window and the
services pass `SessionReader(session)`, the light commands (`check`, `export programme`)
Python's sqlite3 on a SQLite file. This module imports no SQLAlchemy (see
tests/test_cli_imports.py); keep it so.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from confdesk.db.reader import Reader, as_bool, as_date, as_time
from confdesk.errors import NO_DAY, UserError
from confdesk.events.queries import resolve_event_row
from confdesk.programme.kinds import RoleKind, SessionKind
from confdesk.registration import names, wording
from confdesk.registration.kinds import INACTIVE_STATUSES, Status
from confdesk.text import AS_GIVEN


@dataclass(frozen=True, slots=True)
class EventInfo:
    """What the programme documents print about the event."""

    id: int
    title: str
    short_name: str
    start_date: date
    end_date: date
    timezone: str
    venue: str
    city: str
    country_code: str | None
    host: str
    co_organisers: tuple[str, ...]
    working_languages: tuple[str, ...]
    description: str
    #: French title, venue, city and host ("": the English ones).
    french: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def text(self, name: str, language: str = "en") -> str:
        """`title`, `venue`, `city` or `host` in an edition's language."""
        english = str(getattr(self, name))
        return (self.french.get(name) or english) if language == "fr" else english

    @property
    def days(self) -> list[date]:
        """Every day from the first to the last, inclusive."""
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + timedelta(days=i) for i in range(max(count, 0))]


@dataclass(frozen=True, slots=True)
class RoomInfo:
    """A room, in the order of the grid's columns."""

    id: int
    name: str
    capacity: int | None
    position: int


@dataclass(frozen=True, slots=True)
class ThemeInfo:
    """A theme or track and its colour ("#RRGGBB")."""

    id: int
    name: str
    colour: str
    position: int


@dataclass(frozen=True, slots=True)
class PersonInfo(names.PersonNames):
    """A participant as a programme names them."""

    id: int
    honorific: str
    given_name: str
    family_name: str
    family_name_first: bool
    function: str
    organisation: str
    status: Status
    #: The folded ordering key as stored (with its separators): not text to print.
    sort_key: str = field(metadata=AS_GIVEN)
    organisation_acronym: str = ""
    #: The organisation's French name (a State's UN French name); "" when it has none.
    organisation_fr: str = ""

    @property
    def affiliation(self) -> str:
        """Function and organisation joined for print: "Minister of Foreign Affairs, Belgium",
        but never "… of Belgium, Belgium" (see `wording.affiliation`)."""
        return wording.affiliation(self.function, self.organisation, self.organisation_acronym)

    @property
    def is_inactive(self) -> bool:
        """True when the person declined or cancelled."""
        return self.status in INACTIVE_STATUSES


@dataclass(frozen=True, slots=True)
class RoleInfo:
    """One person in one role of a session."""

    id: int
    role: RoleKind
    position: int
    person: PersonInfo


#: Order of the roles in print, from RoleKind's declaration order.
ROLE_ORDER = {kind: index for index, kind in enumerate(RoleKind)}


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """A session with its room, theme and people in programme order."""

    id: int
    version: int
    day: date
    start_time: time
    end_time: time
    kind: SessionKind
    title: str
    description: str
    room: RoomInfo | None
    theme: ThemeInfo | None
    roles: tuple[RoleInfo, ...] = ()
    #: ISO 639 code of the floor language ("": not loaded) and the languages interpreted
    #: into (the event's by default: see `plenary.interpretation`).
    floor_language: str = ""
    interpretation: tuple[str, ...] = ()

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start_time)

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.day, self.end_time)

    @property
    def duration_minutes(self) -> int:
        """Length in minutes; zero or negative when the end is not after the start."""
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    @property
    def time_range(self) -> str:
        """"09:00–10:30"."""
        return f"{self.start_time:%H:%M}–{self.end_time:%H:%M}"

    def people(self, role: RoleKind) -> list[PersonInfo]:
        """The people in one role, in speaking order."""
        return [r.person for r in self.roles if r.role == role]

    def role_groups(self) -> list[tuple[RoleKind, list[PersonInfo]]]:
        """(role, people) for each role that has someone, in print order."""
        groups: dict[RoleKind, list[PersonInfo]] = {}
        for r in self.roles:
            groups.setdefault(r.role, []).append(r.person)
        return list(groups.items())


@dataclass(frozen=True, slots=True)
class SpeakerEntry:
    """A person who holds at least one role, with the sessions and roles, for the speakers list."""

    person: PersonInfo
    appearances: tuple[tuple[SessionInfo, RoleKind], ...]


@dataclass(frozen=True)
class ProgrammeSnapshot:
    """An event's programme: rooms, themes and sessions ordered by day, time and room."""

    event: EventInfo
    rooms: tuple[RoomInfo, ...]
    themes: tuple[ThemeInfo, ...]
    sessions: tuple[SessionInfo, ...]
    #: 1-based index of the day this snapshot was narrowed to, else None.
    day_filter: int | None = None
    _by_id: dict[int, SessionInfo] = field(default_factory=dict, init=False, repr=False,
                                           compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({s.id: s for s in self.sessions})

    def session(self, session_id: int) -> SessionInfo:
        """The session with this id (KeyError if absent)."""
        return self._by_id[session_id]

    @property
    def days(self) -> list[date]:
        """The event's days, plus any day outside them that holds a session, in order."""
        if self.day_filter is not None:
            return [self.event.days[self.day_filter - 1]]
        extra = {s.day for s in self.sessions} - set(self.event.days)
        return sorted(set(self.event.days) | extra)

    def sessions_on(self, day: date) -> list[SessionInfo]:
        """Sessions of one day in time and room order."""
        return [s for s in self.sessions if s.day == day]

    def only_day(self, index: int | None) -> ProgrammeSnapshot:
        """The same programme narrowed to day `index` (1 = first day); None keeps every day."""
        if index is None:
            return self
        days = self.event.days
        if not 1 <= index <= len(days):
            raise UserError(NO_DAY, code="programme.day", index=index, count=len(days))
        wanted = days[index - 1]
        return replace(
            self, sessions=tuple(s for s in self.sessions if s.day == wanted),
            day_filter=index,
        )

    def speakers(self) -> list[SpeakerEntry]:
        """Everyone with a role, sorted by family name, each with their sessions in time order."""
        found: dict[int, list[tuple[SessionInfo, RoleKind]]] = {}
        people: dict[int, PersonInfo] = {}
        for s in self.sessions:
            for r in s.roles:
                people[r.person.id] = r.person
                found.setdefault(r.person.id, []).append((s, r.role))
        ordered = sorted(people.values(), key=lambda p: (p.sort_key, p.id))
        return [SpeakerEntry(p, tuple(found[p.id])) for p in ordered]


def _sorted_sessions(sessions: Iterable[SessionInfo]) -> tuple[SessionInfo, ...]:
    def key(s: SessionInfo) -> tuple[date, time, int, time, int]:
        room_pos = s.room.position if s.room is not None else -1
        return (s.day, s.start_time, room_pos, s.end_time, s.id)

    return tuple(sorted(sessions, key=key))


def load_programme(reader: Reader, event_id: int | None = None) -> ProgrammeSnapshot:
    """Load one event's programme (six SELECTs whatever its size): `event_id`, else the only
    or the most recent event."""
    info = _event_info(reader, event_id)
    rooms = {
        rid: RoomInfo(rid, name, capacity, position)
        for rid, name, capacity, position in reader.rows(
            "SELECT id, name, capacity, position FROM room WHERE event_id = ? "
            "ORDER BY position, name", (info.id,))
    }
    themes = {
        tid: ThemeInfo(tid, name, colour, position)
        for tid, name, colour, position in reader.rows(
            "SELECT id, name, colour, position FROM theme WHERE event_id = ? "
            "ORDER BY position, name", (info.id,))
    }
    roles: dict[int, list[RoleInfo]] = {}
    people: dict[int, PersonInfo] = {}
    for (rid, session_id, role, position, pid, honorific, given_name, family_name,
         family_name_first, function, status, sort_key, name_en, acronym,
         name_fr) in reader.rows(_ROLES, (info.id,)):
        person = people.get(pid)
        if person is None:
            person = people[pid] = PersonInfo(
                pid, honorific or "", given_name or "", family_name or "",
                as_bool(family_name_first), function or "", name_en or "",
                _STATUSES[status], sort_key or "", acronym or "",
                organisation_fr=name_fr or "",
            )
        roles.setdefault(session_id, []).append(
            RoleInfo(rid, _ROLES_BY_VALUE[role], position, person)
        )
    from confdesk.plenary.interpretation import session_languages

    languages = session_languages(reader, info.id, info.working_languages)
    sessions: list[SessionInfo] = []
    for (sid, version, day, start_time, end_time, kind, title, description, room_id,
         theme_id) in reader.rows(
            "SELECT id, version, day, start_time, end_time, kind, title, description, "
            "room_id, theme_id FROM session WHERE event_id = ?", (info.id,)):
        held = sorted(roles.get(sid, ()),
                      key=lambda r: (ROLE_ORDER[r.role], r.position, r.id))
        sessions.append(SessionInfo(
            sid, version, as_date(day), as_time(start_time),  # type: ignore[arg-type]
            as_time(end_time), _KINDS[kind],  # type: ignore[arg-type]
            title, description or "",
            rooms.get(room_id) if room_id is not None else None,
            themes.get(theme_id) if theme_id is not None else None,
            tuple(held), languages[sid].floor, languages[sid].interpretation,
        ))
    return ProgrammeSnapshot(
        info, tuple(rooms.values()), tuple(themes.values()), _sorted_sessions(sessions)
    )


#: The enumerations by stored value (a dictionary look-up per row, not an Enum call).
_STATUSES = {s.value: s for s in Status}
_ROLES_BY_VALUE = {r.value: r for r in RoleKind}
_KINDS = {k.value: k for k in SessionKind}

#: Every role in an event's sessions, with its person and their organisation.
_ROLES = (
    "SELECT r.id, r.session_id, r.role, r.position, p.id, p.honorific, p.given_name, "
    "p.family_name, p.family_name_first, p.function, p.status, p.sort_key, o.name_en, "
    "o.acronym, o.name_fr "
    "FROM session_role r JOIN participant p ON r.participant_id = p.id "
    "LEFT OUTER JOIN organisation o ON p.organisation_id = o.id "
    "JOIN session s ON r.session_id = s.id WHERE s.event_id = ?"
)

#: What the programme documents print about the event.
_EVENT_COLUMNS = (
    "id, title, short_name, start_date, end_date, timezone, venue, city, country_code, host, "
    "co_organisers, working_languages, description, title_fr, venue_fr, city_fr, host_fr"
)


def json_list(value: Any) -> list[Any]:
    """A JSON column's list as the driver gives it (SQLite: the text; PostgreSQL: parsed)."""
    if value is None:
        return []
    if isinstance(value, str | bytes):
        value = json.loads(value)
    return list(value or ())


def _event_info(reader: Reader, event_id: int | None) -> EventInfo:
    (eid, title, short_name, start_date, end_date, timezone, venue, city, country_code, host,
     co_organisers, working_languages, description, title_fr, venue_fr, city_fr,
     host_fr) = resolve_event_row(reader, event_id, _EVENT_COLUMNS)
    return EventInfo(
        eid, title, short_name or "", as_date(start_date),  # type: ignore[arg-type]
        as_date(end_date), timezone or "UTC", venue or "",  # type: ignore[arg-type]
        city or "", country_code, host or "", tuple(json_list(co_organisers)),
        tuple(json_list(working_languages) or ("en",)), description or "",
        {"title": title_fr or "", "venue": venue_fr or "",
         "city": city_fr or "", "host": host_fr or ""},
    )
