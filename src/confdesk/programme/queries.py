"""A read-only snapshot of an event's programme, loaded in a handful of SELECTs.

The conflict checks, the exports and the GUI's grid all read these plain dataclasses, never
ORM objects: a snapshot can be passed between threads and compared without touching the
database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.db.errors import UserError
from confdesk.errors import NO_DAY
from confdesk.events.models import Event, Room
from confdesk.events.queries import resolve_event
from confdesk.programme.models import RoleKind, SessionKind, SessionRole, Theme
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration import names, wording
from confdesk.registration.models import INACTIVE_STATUSES, Organisation, Participant, Status


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
    sort_key: str
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
    _by_id: dict[int, SessionInfo] = field(default_factory=dict, repr=False, compare=False)

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
            day_filter=index, _by_id={},
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


def load_programme(session: Session, event_id: int | None = None) -> ProgrammeSnapshot:
    """Load one event's programme (five SELECTs whatever its size)."""
    event = resolve_event(session, event_id)
    info = _event_info(event)
    rooms = {
        r.id: RoomInfo(r.id, r.name, r.capacity, r.position)
        for r in session.execute(
            select(Room.id, Room.name, Room.capacity, Room.position)
            .where(Room.event_id == event.id).order_by(Room.position, Room.name)
        )
    }
    themes = {
        t.id: ThemeInfo(t.id, t.name, t.colour, t.position)
        for t in session.execute(
            select(Theme.id, Theme.name, Theme.colour, Theme.position)
            .where(Theme.event_id == event.id).order_by(Theme.position, Theme.name)
        )
    }
    roles: dict[int, list[RoleInfo]] = {}
    people: dict[int, PersonInfo] = {}
    role_rows = session.execute(
        select(
            SessionRole.id, SessionRole.session_id, SessionRole.role, SessionRole.position,
            Participant.id.label("pid"), Participant.honorific, Participant.given_name,
            Participant.family_name, Participant.family_name_first, Participant.function,
            Participant.status, Participant.sort_key, Organisation.name_en,
            Organisation.acronym,
            Organisation.name_fr,
        )
        .join(Participant, SessionRole.participant_id == Participant.id)
        .outerjoin(Organisation, Participant.organisation_id == Organisation.id)
        .join(ProgrammeSession, SessionRole.session_id == ProgrammeSession.id)
        .where(ProgrammeSession.event_id == event.id)
    )
    for row in role_rows:
        person = people.get(row.pid)
        if person is None:
            person = people[row.pid] = PersonInfo(
                row.pid, row.honorific or "", row.given_name or "", row.family_name or "",
                bool(row.family_name_first), row.function or "", row.name_en or "",
                Status(row.status), row.sort_key or "", row.acronym or "",
                organisation_fr=row.name_fr or "",
            )
        roles.setdefault(row.session_id, []).append(
            RoleInfo(row.id, RoleKind(row.role), row.position, person)
        )
    from confdesk.plenary.interpretation import session_languages

    languages = session_languages(session, event.id, info.working_languages)
    sessions: list[SessionInfo] = []
    for srow in session.execute(
        select(
            ProgrammeSession.id, ProgrammeSession.version, ProgrammeSession.day,
            ProgrammeSession.start_time, ProgrammeSession.end_time, ProgrammeSession.kind,
            ProgrammeSession.title, ProgrammeSession.description, ProgrammeSession.room_id,
            ProgrammeSession.theme_id,
        ).where(ProgrammeSession.event_id == event.id)
    ):
        held = sorted(roles.get(srow.id, ()),
                      key=lambda r: (ROLE_ORDER[r.role], r.position, r.id))
        sessions.append(SessionInfo(
            srow.id, srow.version, srow.day, srow.start_time, srow.end_time,
            SessionKind(srow.kind),
            srow.title, srow.description or "",
            rooms.get(srow.room_id) if srow.room_id is not None else None,
            themes.get(srow.theme_id) if srow.theme_id is not None else None,
            tuple(held), languages[srow.id].floor, languages[srow.id].interpretation,
        ))
    return ProgrammeSnapshot(
        info, tuple(rooms.values()), tuple(themes.values()), _sorted_sessions(sessions)
    )


def _event_info(event: Event) -> EventInfo:
    return EventInfo(
        event.id, event.title, event.short_name or "", event.start_date, event.end_date,
        event.timezone or "UTC", event.venue or "", event.city or "", event.country_code,
        event.host or "", tuple(event.co_organisers or ()),
        tuple(event.working_languages or ("en",)), event.description or "",
        {"title": event.title_fr or "", "venue": event.venue_fr or "",
         "city": event.city_fr or "", "host": event.host_fr or ""},
    )
