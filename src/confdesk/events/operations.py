"""Creating, editing and deleting events and their rooms (no Qt; the caller commits)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from babel import Locale
from sqlalchemy import String, func, or_, select, update
from sqlalchemy.orm import Session

from confdesk.db.concurrency import flush, load_current, quoted
from confdesk.errors import ConcurrentEditError, UserError
from confdesk.events.models import Event, EventKind, Room
from confdesk.i18n import QT_TRANSLATE_NOOP
from confdesk.programme.models import Session as ProgrammeSession


class EventInputError(UserError):
    """An event or room as typed cannot be saved (the message says why)."""

    default_code = "event.input"


class ConfirmationRequired(UserError):  # noqa: N818 (a question, not an error)
    """A destructive change the caller did not confirm (deleting an event, a room in use)."""

    default_code = "event.confirm"


# -- the messages (context "UserError", translated by the window; see confdesk/errors.py) --
#: A text field longer than its column, by field.
TOO_LONG: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP(
        "UserError", "The title is too long: {length} characters, at most {limit}."),
    "short_name": QT_TRANSLATE_NOOP(
        "UserError", "The short name is too long: {length} characters, at most {limit}."),
    "venue": QT_TRANSLATE_NOOP(
        "UserError", "The venue is too long: {length} characters, at most {limit}."),
    "city": QT_TRANSLATE_NOOP(
        "UserError", "The city is too long: {length} characters, at most {limit}."),
    "host": QT_TRANSLATE_NOOP(
        "UserError", "The host is too long: {length} characters, at most {limit}."),
    "title_fr": QT_TRANSLATE_NOOP(
        "UserError", "The French title is too long: {length} characters, at most {limit}."),
    "venue_fr": QT_TRANSLATE_NOOP(
        "UserError", "The French venue is too long: {length} characters, at most {limit}."),
    "city_fr": QT_TRANSLATE_NOOP(
        "UserError", "The French city is too long: {length} characters, at most {limit}."),
    "host_fr": QT_TRANSLATE_NOOP(
        "UserError", "The French host is too long: {length} characters, at most {limit}."),
}
NO_TITLE = QT_TRANSLATE_NOOP("UserError", "The event needs a title.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP(
    "UserError", "The event cannot end ({end}) before it starts ({start}).")
UNKNOWN_TIMEZONE = QT_TRANSLATE_NOOP(
    "UserError", "“{zone}” is not a known time zone. Use an IANA name such as "
    "Europe/Brussels, America/New_York or UTC.")
UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP(
    "UserError", "“{country}” is not a known ISO 3166 country code (e.g. BE, FR).")
UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP(
    "UserError", "“{language}” is not an ISO 639-1 language code (two letters, e.g. en, fr, ar).")
NO_LANGUAGE = QT_TRANSLATE_NOOP(
    "UserError", "The event needs at least one working language (e.g. en).")
ROOM_NO_NAME = QT_TRANSLATE_NOOP("UserError", "A room needs a name.")
ROOM_NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "UserError", "The room name “{name}…” is too long: at most {limit} characters.")
ROOM_CAPACITY = QT_TRANSLATE_NOOP(
    "UserError", "A room's capacity is a whole number of seats, not {value}.")
ROOM_CAPACITY_TOO_LARGE = QT_TRANSLATE_NOOP(
    "UserError", "A capacity of {capacity} seats is more than any room holds.")
ROOMS_SAME_NAME = QT_TRANSLATE_NOOP(
    "UserError", "Two rooms are named “{name}”; room names must differ.")
ROOM_EXISTS = QT_TRANSLATE_NOOP("UserError", "This event has a room named “{name}” already.")
CONFIRM_DELETE_EVENT = QT_TRANSLATE_NOOP(
    "UserError", "Deleting “{title}” also deletes its participants, programme and outcome "
    "documents. Confirm to delete it.")
ROOM_IN_USE_ONE = QT_TRANSLATE_NOOP(
    "UserError", "1 session takes place in “{room}”. Move it to another room first, or "
    "confirm to leave it without a room.")
ROOM_IN_USE_MANY = QT_TRANSLATE_NOOP(
    "UserError", "{count} sessions take place in “{room}”. Move them to another room first, "
    "or confirm to leave them without a room.")
ROOMS_CHANGED = QT_TRANSLATE_NOOP(
    "UserError", "The rooms changed since you opened the event; reopen it.")
ROOM_DELETED = QT_TRANSLATE_NOOP(
    "UserError", "A room was deleted by someone else since you opened the event; reopen it.")


def _limit(column: object) -> int:
    kind = getattr(column, "type", None)
    assert isinstance(kind, String) and kind.length is not None
    return kind.length


TITLE_MAX = _limit(Event.__table__.c.title)
SHORT_NAME_MAX = _limit(Event.__table__.c.short_name)
VENUE_MAX = _limit(Event.__table__.c.venue)
CITY_MAX = _limit(Event.__table__.c.city)
HOST_MAX = _limit(Event.__table__.c.host)
ROOM_NAME_MAX = _limit(Room.__table__.c.name)
#: A room capacity above this is a typing mistake (and would not fit an INTEGER anyway).
CAPACITY_MAX = 1_000_000


@dataclass(frozen=True, slots=True)
class EventData:
    """An event's fields as a form or the command line gives them."""

    title: str
    start_date: date
    end_date: date
    short_name: str = ""
    kind: EventKind = EventKind.CONFERENCE
    timezone: str = "UTC"
    venue: str = ""
    city: str = ""
    country_code: str | None = None
    host: str = ""
    co_organisers: tuple[str, ...] = ()
    working_languages: tuple[str, ...] = ("en",)
    description: str = ""
    #: French title, venue, city and host for French editions ("" : the English ones).
    title_fr: str = ""
    venue_fr: str = ""
    city_fr: str = ""
    host_fr: str = ""
    #: Order of the groups of the list of participants (`registration.protocol.Group`
    #: values); empty: the UN order.
    protocol_groups: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RoomRow:
    """A room as the event dialog lists it: `room_id` None for a new one."""

    name: str
    capacity: int | None = None
    room_id: int | None = None
    #: The room's version when it was read; a save over a later change is refused.
    version: int | None = None


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save did: the event, and how many sessions now lie outside its dates."""

    event_id: int
    sessions_outside: int = 0
    cleared_sessions: int = 0
    notes: tuple[str, ...] = field(default=())


# -- validation ---------------------------------------------------------------------------
@cache
def timezones() -> frozenset[str]:
    """Every IANA time zone name this computer knows."""
    return frozenset(available_timezones())


#: Two-letter codes babel names that are no country (unknown region, unions, pseudo-locales).
NOT_COUNTRIES = frozenset({"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"})


@cache
def _territories() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes: babel's territories (States and dependent territories)."""
    return frozenset(code for code in Locale("en").territories
                     if isinstance(code, str) and code.isalpha() and code not in NOT_COUNTRIES)


@cache
def _languages() -> frozenset[str]:
    return frozenset(code for code in Locale("en").languages
                     if isinstance(code, str) and len(code) == 2)


def valid_timezone(name: str) -> bool:
    """Whether `name` is an IANA zone that zoneinfo can load."""
    if name not in timezones():
        return False
    try:
        ZoneInfo(name)
    except (ValueError, OSError):
        return False
    return True


def _text(value: str, field: str, limit: int) -> str:
    value = " ".join(value.split())
    if len(value) > limit:
        raise EventInputError(TOO_LONG[field], code="event.too_long", field=field,
                              length=len(value), limit=limit)
    return value


def clean_event(data: EventData) -> EventData:
    """`data` trimmed and checked; EventInputError names the first problem."""
    title = _text(data.title, "title", TITLE_MAX)
    if not title:
        raise EventInputError(NO_TITLE, code="event.no_title")
    if data.end_date < data.start_date:
        raise EventInputError(ENDS_BEFORE_START, code="event.dates",
                              end=f"{data.end_date:%d %B %Y}",
                              start=f"{data.start_date:%d %B %Y}")
    zone = data.timezone.strip()
    if not valid_timezone(zone):
        raise EventInputError(UNKNOWN_TIMEZONE, code="event.timezone", zone=zone)
    country = (data.country_code or "").strip().upper() or None
    if country is not None and country not in _territories():
        raise EventInputError(UNKNOWN_COUNTRY, code="event.country", country=country)
    languages: list[str] = []
    for code in data.working_languages:
        code = code.strip().lower()
        if not code:
            continue
        if code not in _languages():
            raise EventInputError(UNKNOWN_LANGUAGE, code="event.language", language=code)
        if code not in languages:
            languages.append(code)
    if not languages:
        raise EventInputError(NO_LANGUAGE, code="event.no_language")
    organisers = tuple(o for o in (" ".join(x.split()) for x in data.co_organisers) if o)
    return EventData(
        title=title, start_date=data.start_date, end_date=data.end_date,
        short_name=_text(data.short_name, "short_name", SHORT_NAME_MAX),
        kind=EventKind(data.kind), timezone=zone,
        venue=_text(data.venue, "venue", VENUE_MAX), city=_text(data.city, "city", CITY_MAX),
        country_code=country, host=_text(data.host, "host", HOST_MAX),
        co_organisers=organisers, working_languages=tuple(languages),
        description=data.description.strip(),
        title_fr=_text(data.title_fr, "title_fr", TITLE_MAX),
        venue_fr=_text(data.venue_fr, "venue_fr", VENUE_MAX),
        city_fr=_text(data.city_fr, "city_fr", CITY_MAX),
        host_fr=_text(data.host_fr, "host_fr", HOST_MAX),
        protocol_groups=tuple(dict.fromkeys(g.strip() for g in data.protocol_groups
                                            if g.strip())),
    )


def clean_room_name(name: str) -> str:
    """A room name trimmed and checked."""
    name = " ".join(name.split())
    if not name:
        raise EventInputError(ROOM_NO_NAME, code="room.no_name")
    if len(name) > ROOM_NAME_MAX:
        raise EventInputError(ROOM_NAME_TOO_LONG, code="room.too_long", name=name[:40],
                              limit=ROOM_NAME_MAX)
    return name


def clean_capacity(capacity: int | None) -> int | None:
    """A capacity checked: None (unknown) or a whole number from 0."""
    if capacity is None:
        return None
    if isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 0:
        raise EventInputError(ROOM_CAPACITY, code="room.capacity", value=repr(capacity))
    if capacity > CAPACITY_MAX:
        raise EventInputError(ROOM_CAPACITY_TOO_LARGE, code="room.capacity", capacity=capacity)
    return capacity


# -- events -------------------------------------------------------------------------------
def _event_name(event: Event) -> str:
    return quoted(event.title)


def get_event(session: Session, event_id: int, expected_version: int | None = None) -> Event:
    """The event `event_id`, refused (ConcurrentEditError) when someone deleted it or, with
    `expected_version`, changed it since."""
    return load_current(session, Event, event_id, expected_version, name=_event_name,
                        missing=f"Event {event_id}")


def _apply(event: Event, data: EventData) -> None:
    event.title, event.short_name, event.kind = data.title, data.short_name, data.kind
    event.start_date, event.end_date, event.timezone = data.start_date, data.end_date, data.timezone
    event.venue, event.city, event.country_code = data.venue, data.city, data.country_code
    event.host, event.co_organisers = data.host, list(data.co_organisers)
    event.working_languages, event.description = list(data.working_languages), data.description
    event.title_fr, event.venue_fr = data.title_fr, data.venue_fr
    event.city_fr, event.host_fr = data.city_fr, data.host_fr
    event.protocol_groups = list(data.protocol_groups)


def sessions_outside(session: Session, event: Event) -> int:
    """How many of the event's sessions lie on a day outside its dates."""
    return session.scalar(
        select(func.count()).select_from(ProgrammeSession).where(
            ProgrammeSession.event_id == event.id,
            or_(ProgrammeSession.day < event.start_date, ProgrammeSession.day > event.end_date),
        )
    ) or 0


def create_event(session: Session, data: EventData,
                 rooms: Sequence[RoomRow] = ()) -> Event:
    """A new event with `rooms` in the given order."""
    clean = clean_event(data)
    event = Event(title=clean.title, start_date=clean.start_date, end_date=clean.end_date)
    _apply(event, clean)
    names: set[str] = set()
    for position, row in enumerate(rooms):
        name = clean_room_name(row.name)
        if name.casefold() in names:
            raise EventInputError(ROOMS_SAME_NAME, code="room.duplicate", name=name)
        names.add(name.casefold())
        event.rooms.append(Room(name=name, capacity=clean_capacity(row.capacity),
                                position=position))
    session.add(event)
    session.flush()
    return event


def update_event(session: Session, event_id: int, data: EventData,
                 expected_version: int | None = None) -> SaveResult:
    """Save `data` over event `event_id`, refused if it changed since `expected_version`."""
    clean = clean_event(data)
    event = get_event(session, event_id, expected_version)
    _apply(event, clean)
    flush(session, _event_name(event))
    return SaveResult(event.id, sessions_outside(session, event))


def delete_event(session: Session, event_id: int, *, confirmed: bool = False) -> str:
    """Delete the event with everything in it; refused unless `confirmed`. Returns its title."""
    event = get_event(session, event_id)
    if not confirmed:
        raise ConfirmationRequired(CONFIRM_DELETE_EVENT, code="event.confirm_delete",
                                   title=event.title)
    title = event.title
    session.delete(event)
    flush(session, quoted(title))
    return title


# -- rooms --------------------------------------------------------------------------------
def _check_unique(event: Event, name: str, except_id: int | None = None) -> None:
    for room in event.rooms:
        if room.id != except_id and room.name.casefold() == name.casefold():
            raise EventInputError(ROOM_EXISTS, code="room.duplicate", name=room.name)


def _room_name(room: Room) -> str:
    return f"The room {quoted(room.name)}"


def _get_room(session: Session, room_id: int, expected_version: int | None = None) -> Room:
    return load_current(session, Room, room_id, expected_version, name=_room_name,
                        missing=f"Room {room_id}")


def sessions_in_room(session: Session, room_id: int) -> int:
    """How many sessions take place in room `room_id`."""
    return session.scalar(
        select(func.count()).select_from(ProgrammeSession)
        .where(ProgrammeSession.room_id == room_id)
    ) or 0


def add_room(session: Session, event_id: int, name: str, capacity: int | None = None) -> Room:
    """A new room, last in the programme grid."""
    event = get_event(session, event_id)
    name = clean_room_name(name)
    _check_unique(event, name)
    position = max((r.position for r in event.rooms), default=-1) + 1
    room = Room(name=name, capacity=clean_capacity(capacity), position=position)
    event.rooms.append(room)
    flush(session, _event_name(event))
    return room


def rename_room(session: Session, room_id: int, name: str,
                capacity: int | None = None, *, keep_capacity: bool = False) -> Room:
    """Rename a room (and set its capacity unless `keep_capacity`)."""
    room = _get_room(session, room_id)
    name = clean_room_name(name)
    _check_unique(room.event, name, room.id)
    room.name = name
    if not keep_capacity:
        room.capacity = clean_capacity(capacity)
    flush(session, _room_name(room))
    return room


def delete_room(session: Session, room_id: int, *, clear_sessions: bool = False) -> int:
    """Delete a room; refused while sessions use it unless `clear_sessions`, which leaves
    them without a room. Returns how many sessions lost their room."""
    room = _get_room(session, room_id)
    used = sessions_in_room(session, room_id)
    if used and not clear_sessions:
        raise ConfirmationRequired(ROOM_IN_USE_ONE if used == 1 else ROOM_IN_USE_MANY,
                                   code="room.in_use", count=used, room=room.name)
    if used:
        session.execute(update(ProgrammeSession).where(ProgrammeSession.room_id == room_id)
                        .values(room_id=None, version=ProgrammeSession.version + 1))
    name = _room_name(room)
    room.event.rooms.remove(room)
    session.delete(room)
    flush(session, name)
    return used


def reorder_rooms(session: Session, event_id: int, room_ids: Sequence[int]) -> None:
    """Put the event's rooms in the order of `room_ids` (which must name each of them once)."""
    event = get_event(session, event_id)
    by_id = {r.id: r for r in event.rooms}
    if sorted(room_ids) != sorted(by_id):
        raise ConcurrentEditError(ROOMS_CHANGED, code="concurrent.rooms")
    for position, room_id in enumerate(room_ids):
        if by_id[room_id].position != position:
            by_id[room_id].position = position
    flush(session, _event_name(event))
    session.expire(event, ["rooms"])


def save_rooms(session: Session, event_id: int, rows: Sequence[RoomRow], *,
               clear_sessions: bool = False) -> int:
    """Make the event's rooms those of `rows`, in their order: add the new ones, rename,
    delete those left out (see `delete_room`). Returns how many sessions lost their room."""
    event = get_event(session, event_id)
    cleaned = [RoomRow(clean_room_name(r.name), clean_capacity(r.capacity), r.room_id,
                       r.version) for r in rows]
    seen: set[str] = set()
    for row in cleaned:
        if row.name.casefold() in seen:
            raise EventInputError(ROOMS_SAME_NAME, code="room.duplicate", name=row.name)
        seen.add(row.name.casefold())
    existing = {r.id: r for r in event.rooms}
    kept = {r.room_id for r in cleaned if r.room_id is not None}
    if not kept <= set(existing):
        raise ConcurrentEditError(ROOM_DELETED, code="concurrent.room_deleted")
    for row in cleaned:
        if row.room_id is not None:
            _get_room(session, row.room_id, row.version)
    cleared = 0
    for room_id in sorted(set(existing) - kept):
        cleared += delete_room(session, room_id, clear_sessions=clear_sessions)
    # Renames go through a placeholder first so that two rooms may swap names (a leading
    # space: no cleaned name has one).
    renamed = [r for r in cleaned if r.room_id is not None
               and existing[r.room_id].name != r.name]
    for row in renamed:
        assert row.room_id is not None
        existing[row.room_id].name = f" {row.room_id}"
    flush(session, _event_name(event))
    for position, row in enumerate(cleaned):
        if row.room_id is None:
            event.rooms.append(Room(name=row.name, capacity=row.capacity, position=position))
            continue
        room = existing[row.room_id]
        if room.name != row.name:
            room.name = row.name
        if room.capacity != row.capacity:
            room.capacity = row.capacity
        if room.position != position:
            room.position = position
    flush(session, _event_name(event))
    session.expire(event, ["rooms"])
    return cleared
