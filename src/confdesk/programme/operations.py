"""Changes to the programme: sessions, their timing, their people, themes.

Plain functions over a SQLAlchemy Session: they validate, change objects, `flush()` and
return; the caller owns the transaction. Every change to a session returns the
`SessionState` it had before, which `restore_session` puts back: that is the GUI's undo.
The window and the CLI do not call these directly but through `programme/service.py`, which
owns the transactions and adds what spans domains (see `confdesk/consequences.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, time
from typing import cast

from sqlalchemy import String, select
from sqlalchemy.orm import Session

from confdesk.db import concurrency
from confdesk.db.base import utcnow
from confdesk.errors import ConcurrentEditError, UserError
from confdesk.events.models import Event, Room
from confdesk.programme import messages as msg
from confdesk.programme.models import RoleKind, SessionKind, SessionRole, Theme
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration.models import Participant

#: Grid step for moving and resizing, in minutes.
SNAP_MINUTES = 5


class ProgrammeError(UserError):
    """A change to the programme that cannot be made as asked."""


@dataclass(frozen=True, slots=True)
class SessionData:
    """The fields a session dialog edits."""

    title: str
    day: date
    start_time: time
    end_time: time
    kind: SessionKind = SessionKind.PANEL
    room_id: int | None = None
    theme_id: int | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class RoleState:
    """One role assignment, enough to recreate it."""

    participant_id: int
    role: RoleKind
    position: int


@dataclass(frozen=True, slots=True)
class SessionState:
    """A session as it was: its id, fields and roles. Restoring it undoes a change."""

    session_id: int
    event_id: int
    data: SessionData
    roles: tuple[RoleState, ...] = field(default=())
    #: True when the state was taken by `delete_session`: restoring it recreates the session.
    deleted: bool = False


def _flush(session: Session) -> None:
    concurrency.flush(session, "This part of the programme")


def snap(value: time, minutes: int = SNAP_MINUTES) -> time:
    """The nearest multiple of `minutes` (a half step rounds up), within the same day."""
    total = value.hour * 60 + value.minute + (value.second >= 30)
    snapped = min(round(total / minutes + 1e-9) * minutes, 24 * 60 - minutes)
    return time(snapped // 60, snapped % 60)


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def _get_session(
    session: Session, session_id: int, expected_version: int | None
) -> ProgrammeSession:
    return concurrency.load_current(
        session, ProgrammeSession, session_id, expected_version,
        name=lambda item: concurrency.quoted(item.title), missing=f"Session {session_id}")


def _validate(session: Session, event: Event, data: SessionData) -> SessionData:
    title = " ".join((data.title or "").split())
    if not title:
        raise ProgrammeError(msg.SESSION_UNTITLED, code="session.untitled")
    if len(title) > 400:
        raise ProgrammeError(msg.SESSION_TITLE_TOO_LONG, code="session.title_too_long",
                             limit=400)
    if not event.start_date <= data.day <= event.end_date:
        raise ProgrammeError(
            msg.SESSION_OUTSIDE_EVENT, code="session.outside_event",
            day=f"{data.day:%d %B %Y}", start=f"{event.start_date:%d %B %Y}",
            end=f"{event.end_date:%d %B %Y}")
    if data.end_time <= data.start_time:
        raise ProgrammeError(msg.SESSION_ENDS_BEFORE_START, code="session.times",
                             start=f"{data.start_time:%H:%M}", end=f"{data.end_time:%H:%M}")
    if data.room_id is not None:
        room = session.get(Room, data.room_id)
        if room is None or room.event_id != event.id:
            raise ProgrammeError(msg.ROOM_ELSEWHERE, code="session.room")
    if data.theme_id is not None:
        theme = session.get(Theme, data.theme_id)
        if theme is None or theme.event_id != event.id:
            raise ProgrammeError(msg.THEME_ELSEWHERE, code="session.theme")
    try:
        kind = SessionKind(data.kind)
    except ValueError as exc:
        raise ProgrammeError(msg.UNKNOWN_KIND, code="session.kind", kind=data.kind) from exc
    return SessionData(
        title, data.day, data.start_time, data.end_time, kind, data.room_id, data.theme_id,
        (data.description or "").strip(),
    )


def _apply(item: ProgrammeSession, data: SessionData) -> None:
    item.title, item.day = data.title, data.day
    item.start_time, item.end_time = data.start_time, data.end_time
    item.kind, item.room_id, item.theme_id = data.kind, data.room_id, data.theme_id
    item.description = data.description


def session_state(item: ProgrammeSession) -> SessionState:
    """What a session is now, to restore later."""
    return SessionState(
        item.id, item.event_id,
        SessionData(item.title, item.day, item.start_time, item.end_time, item.kind,
                    item.room_id, item.theme_id, item.description or ""),
        tuple(RoleState(r.participant_id, r.role, r.position) for r in item.roles),
    )


def create_session(session: Session, event_id: int, data: SessionData) -> ProgrammeSession:
    """A new session after checking its fields; undo with `delete_session`."""
    event = session.get(Event, event_id)
    if event is None:
        raise ProgrammeError(msg.NO_EVENT, code="event.missing", id=event_id)
    data = _validate(session, event, data)
    item = ProgrammeSession(event_id=event.id, title=data.title, day=data.day,
                            start_time=data.start_time, end_time=data.end_time)
    _apply(item, data)
    session.add(item)
    _flush(session)
    return item


def update_session(session: Session, session_id: int, data: SessionData, *,
                   expected_version: int | None = None) -> SessionState:
    """Change a session's fields; returns its state before the change."""
    item = _get_session(session, session_id, expected_version)
    data = _validate(session, item.event, data)
    before = session_state(item)
    _apply(item, data)
    _flush(session)
    return before


def delete_session(session: Session, session_id: int, *,
                   expected_version: int | None = None) -> SessionState:
    """Delete a session and its roles; returns what `restore_session` needs to bring it back.

    What the database cascades to in other domains (rapporteur's items, paragraph links) is
    the caller's to capture first: `consequences.session_takings`.
    """
    item = _get_session(session, session_id, expected_version)
    before = replace(session_state(item), deleted=True)
    session.delete(item)
    _flush(session)
    return before


def restore_session(session: Session, state: SessionState) -> ProgrammeSession:
    """Put a session back as it was in `state`: recreated if it was deleted, else its fields
    and roles are reset. People deleted meanwhile are left out.

    A recreated session takes its old id back when that id is still free, so the calendar
    UIDs and frab GUIDs derived from it survive an undone deletion; SQLite may have given the
    id to a newer session meanwhile, and then the session gets a new one.
    """
    if state.deleted:
        free = session.get(ProgrammeSession, state.session_id) is None
        item = ProgrammeSession(id=state.session_id if free else None, event_id=state.event_id,
                                title=state.data.title,
                                day=state.data.day, start_time=state.data.start_time,
                                end_time=state.data.end_time)
        session.add(item)
    else:
        found = session.get(ProgrammeSession, state.session_id)
        if found is None:
            raise ConcurrentEditError.deleted(concurrency.quoted(state.data.title))
        item = found
    _apply(item, state.data)
    wanted = {(r.participant_id, r.role): r.position for r in state.roles}
    before = _roles_key(item)
    for role in list(item.roles):
        if (role.participant_id, role.role) not in wanted:
            item.roles.remove(role)
    existing = {(r.participant_id, r.role): r for r in item.roles}
    alive = set(session.scalars(
        select(Participant.id).where(Participant.id.in_([r.participant_id for r in state.roles]))
    )) if state.roles else set()
    for (participant_id, role_kind), position in wanted.items():
        if (participant_id, role_kind) in existing:
            existing[participant_id, role_kind].position = position
        elif participant_id in alive:
            item.roles.append(SessionRole(participant_id=participant_id, role=role_kind,
                                          position=position))
    if not state.deleted and _roles_key(item) != before:
        _touch(item)
    _flush(session)
    return item


def duplicate_session(session: Session, session_id: int, *, day: date | None = None,
                      start_time: time | None = None, with_roles: bool = True) -> ProgrammeSession:
    """A copy of a session ("… (copy)"), on another day or time if given, with its roles."""
    source = _get_session(session, session_id, None)
    start = start_time or source.start_time
    length = _minutes(source.end_time) - _minutes(source.start_time)
    end_minutes = _minutes(start) + max(length, SNAP_MINUTES)
    if end_minutes >= 24 * 60:
        raise ProgrammeError(msg.COPY_PAST_MIDNIGHT, code="session.past_midnight")
    title = source.title if day is not None or start_time is not None else f"{source.title} (copy)"
    copy = create_session(session, source.event_id, SessionData(
        title[:400], day or source.day, start, time(end_minutes // 60, end_minutes % 60),
        source.kind, source.room_id, source.theme_id, source.description or "",
    ))
    if with_roles:
        for r in source.roles:
            copy.roles.append(SessionRole(participant_id=r.participant_id, role=r.role,
                                          position=r.position))
        _flush(session)
    return copy


_UNCHANGED = object()


def move_session(session: Session, session_id: int, *, day: date | None = None,
                 start_time: time | None = None, room_id: int | None | object = _UNCHANGED,
                 expected_version: int | None = None) -> SessionState:
    """Move a session to another day, start (snapped to 5 minutes) or room, keeping its length.

    `room_id=None` takes it out of any room; leaving it out keeps the room.
    """
    item = _get_session(session, session_id, expected_version)
    start = snap(start_time or item.start_time)
    length = max(_minutes(item.end_time) - _minutes(item.start_time), SNAP_MINUTES)
    end_minutes = _minutes(start) + length
    if end_minutes >= 24 * 60:
        raise ProgrammeError(msg.MOVE_PAST_MIDNIGHT, code="session.past_midnight",
                             title=item.title, minutes=length, start=f"{start:%H:%M}")
    data = SessionData(
        item.title, day or item.day, start, time(end_minutes // 60, end_minutes % 60),
        item.kind, item.room_id if room_id is _UNCHANGED else room_id,  # type: ignore[arg-type]
        item.theme_id, item.description or "",
    )
    return update_session(session, session_id, data)


def resize_session(session: Session, session_id: int, end_time: time, *,
                   expected_version: int | None = None) -> SessionState:
    """Change a session's end (snapped to 5 minutes; at least 5 minutes after its start)."""
    item = _get_session(session, session_id, expected_version)
    start_m = _minutes(item.start_time)
    end_m = max(_minutes(snap(end_time)), start_m + SNAP_MINUTES)
    if end_m >= 24 * 60:
        raise ProgrammeError(msg.RESIZE_TOO_LATE, code="session.past_midnight",
                             title=item.title)
    end = time(end_m // 60, end_m % 60)
    data = SessionData(item.title, item.day, item.start_time, end, item.kind, item.room_id,
                       item.theme_id, item.description or "")
    return update_session(session, session_id, data)


def _roles_key(item: ProgrammeSession) -> set[tuple[int, str, int]]:
    return {(r.participant_id, str(r.role), r.position) for r in item.roles}


def _touch(item: ProgrammeSession) -> None:
    """Mark the session's row changed when only its people changed: the UPDATE raises its
    version, so a dialog still holding the old people is refused instead of dropping them."""
    item.updated_at = utcnow()


def _roles_of(item: ProgrammeSession, role: RoleKind) -> list[SessionRole]:
    return sorted((r for r in item.roles if r.role == role), key=lambda r: (r.position, r.id or 0))


def _renumber(roles: list[SessionRole]) -> None:
    for index, r in enumerate(roles):
        if r.position != index:
            r.position = index


def assign_role(session: Session, session_id: int, participant_id: int, role: RoleKind,
                position: int | None = None) -> SessionState:
    """Give a participant a role in a session, at `position` in the speaking order (default:
    last); the others move down. Returns the session's state before."""
    item = _get_session(session, session_id, None)
    person = session.get(Participant, participant_id)
    if person is None or person.event_id != item.event_id:
        raise ProgrammeError(msg.NOT_REGISTERED, code="session.participant")
    role = RoleKind(role)
    if any(r.participant_id == participant_id and r.role == role for r in item.roles):
        raise ProgrammeError(msg.ALREADY_IN_ROLE, code="session.role_twice",
                             name=person.display_name, role=msg.role_word(role.value),
                             title=item.title)
    before = session_state(item)
    ordered = _roles_of(item, role)
    link = SessionRole(participant=person, role=role, position=len(ordered))
    item.roles.append(link)
    index = len(ordered) if position is None else max(0, min(position, len(ordered)))
    ordered.insert(index, link)
    _renumber(ordered)
    _touch(item)
    _flush(session)
    return before


def reorder_role(session: Session, role_id: int, position: int) -> SessionState:
    """Move one role holder to `position` in the speaking order of their role."""
    link = session.get(SessionRole, role_id)
    if link is None:
        raise ConcurrentEditError.deleted(msg.record(msg.THAT_ROLE))
    item = link.session
    before = session_state(item)
    ordered = [r for r in _roles_of(item, link.role) if r is not link]
    ordered.insert(max(0, min(position, len(ordered))), link)
    _renumber(ordered)
    _touch(item)
    _flush(session)
    return before


def remove_role(session: Session, role_id: int) -> SessionState:
    """Take a person out of a role; the speaking order closes up."""
    link = session.get(SessionRole, role_id)
    if link is None:
        raise ConcurrentEditError.deleted(msg.record(msg.THAT_ROLE))
    item = link.session
    before = session_state(item)
    item.roles.remove(link)
    _renumber([r for r in _roles_of(item, link.role) if r is not link])
    _touch(item)
    _flush(session)
    return before


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def _theme_name(name: str | None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ProgrammeError(msg.THEME_NAMELESS, code="theme.nameless")
    limit = cast(String, Theme.__table__.c.name.type).length or 200
    if len(name) > limit:  # PostgreSQL would refuse it with a DataError; SQLite would keep it
        raise ProgrammeError(msg.THEME_NAME_TOO_LONG, code="theme.name_too_long", limit=limit)
    return name


def create_theme(session: Session, event_id: int, name: str, colour: str = "#4a6fa5",
                 description: str = "") -> Theme:
    """A new theme with a unique name and a "#RRGGBB" colour, placed after the others."""
    name = _theme_name(name)
    if not _COLOUR.fullmatch(colour or ""):
        raise ProgrammeError(msg.BAD_COLOUR, code="theme.colour", colour=colour)
    existing = session.scalars(select(Theme).where(Theme.event_id == event_id)).all()
    if any(t.name.casefold() == name.casefold() for t in existing):
        raise ProgrammeError(msg.THEME_TWICE, code="theme.twice", name=name)
    theme = Theme(event_id=event_id, name=name, colour=colour.lower(), description=description,
                  position=max((t.position for t in existing), default=-1) + 1)
    session.add(theme)
    _flush(session)
    return theme


def update_theme(session: Session, theme_id: int, *, name: str | None = None,
                 colour: str | None = None) -> None:
    """Rename or recolour a theme."""
    theme = session.get(Theme, theme_id)
    if theme is None:
        raise ConcurrentEditError.deleted(msg.record(msg.THAT_THEME))
    if name is not None:
        name = _theme_name(name)
        others = session.scalars(select(Theme.name).where(
            Theme.event_id == theme.event_id, Theme.id != theme.id))
        if any(other.casefold() == name.casefold() for other in others):
            raise ProgrammeError(msg.THEME_TWICE, code="theme.twice", name=name)
        theme.name = name
    if colour is not None:
        if not _COLOUR.fullmatch(colour):
            raise ProgrammeError(msg.BAD_COLOUR, code="theme.colour", colour=colour)
        theme.colour = colour.lower()
    _flush(session)


def delete_theme(session: Session, theme_id: int) -> None:
    """Delete a theme (its sessions keep their place, without a theme): undo of creating one."""
    theme = session.get(Theme, theme_id)
    if theme is None:
        raise ConcurrentEditError.deleted(msg.record(msg.THAT_THEME))
    for item in session.scalars(select(ProgrammeSession).where(
            ProgrammeSession.theme_id == theme_id)):
        item.theme_id = None
    session.delete(theme)
    _flush(session)
