"""The Programme screen's changes, one transaction each, as before/after states for undo.

Qt-free: it wraps the programme operations (which flush and leave the transaction to their
caller) in transactions on an open Database and returns `Change` records that the undo
commands replay with `set_state`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.errors import ConcurrentEditError
from confdesk.programme import operations as ops
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.programme.models import Theme
from confdesk.programme.operations import RoleState, SessionData, SessionState
from confdesk.programme.queries import ProgrammeSnapshot, load_programme
from confdesk.registration import operations as people
from confdesk.registration.queries import ParticipantRow, load_rows


@dataclass
class Change:
    """One session before and after a change (None: it did not or does not exist)."""

    session_id: int
    before: SessionState | None
    after: SessionState | None


@dataclass(frozen=True, slots=True)
class ThemeValues:
    """A theme's name and colour, before or after a change."""

    name: str
    colour: str


class ProgrammeEditor:
    """Reads and changes one event's programme in a database, one transaction per call."""

    def __init__(self, database: Database, event_id: int) -> None:
        self.database = database
        self.event_id = event_id

    # -- reading -------------------------------------------------------------------------
    def snapshot(self) -> ProgrammeSnapshot:
        """The programme as it is now."""
        with self.database.sessions() as s:
            return load_programme(s, self.event_id)

    def participants(self, language: str = "en") -> list[ParticipantRow]:
        """Every participant of the event, for choosing people in roles."""
        with self.database.sessions() as s:
            return load_rows(s, self.event_id, language=language)

    # -- sessions ------------------------------------------------------------------------
    def create(self, data: SessionData, roles: Sequence[RoleState] = ()) -> Change:
        """A new session with people in roles."""
        with self.database.sessions.begin() as s:
            item = ops.create_session(s, self.event_id, data)
            if roles:
                ops.restore_session(s, replace(ops.session_state(item), roles=tuple(roles)))
            return Change(item.id, None, _state(s, item.id))

    def update(self, session_id: int, version: int | None, data: SessionData,
               roles: Sequence[RoleState] | None = None) -> Change:
        """Change a session's fields and, if given, its people."""
        with self.database.sessions.begin() as s:
            before = ops.update_session(s, session_id, data, expected_version=version)
            if roles is not None:
                current = _state(s, session_id)
                assert current is not None
                ops.restore_session(s, replace(current, roles=tuple(roles)))
            return Change(session_id, before, _state(s, session_id))

    def delete(self, session_id: int, version: int | None) -> Change:
        """Delete a session."""
        with self.database.sessions.begin() as s:
            before = ops.delete_session(s, session_id, expected_version=version)
            return Change(session_id, before, None)

    def duplicate(self, session_id: int) -> Change:
        """A copy of a session at the same time and place, with its people."""
        with self.database.sessions.begin() as s:
            copy = ops.duplicate_session(s, session_id)
            return Change(copy.id, None, _state(s, copy.id))

    def move(self, session_id: int, version: int | None, *, day: date | None = None,
             start_time: time | None = None, room_id: int | None = None) -> Change:
        """Move a session to another start (snapped) and room, keeping its length."""
        with self.database.sessions.begin() as s:
            before = ops.move_session(s, session_id, day=day, start_time=start_time,
                                      room_id=room_id, expected_version=version)
            return Change(session_id, before, _state(s, session_id))

    def resize(self, session_id: int, version: int | None, end_time: time) -> Change:
        """Change a session's end (snapped)."""
        with self.database.sessions.begin() as s:
            before = ops.resize_session(s, session_id, end_time, expected_version=version)
            return Change(session_id, before, _state(s, session_id))

    def set_state(self, session_id: int, state: SessionState | None,
                  expected: SessionState | None) -> int | None:
        """Make a session be as in `state` (None: deleted); returns its id afterwards.

        Refused (ConcurrentEditError) unless the session is now as `expected` (None: absent):
        otherwise someone else changed it since, and undo or redo would overwrite that.
        """
        with self.database.sessions.begin() as s:
            now = _state(s, session_id)
            if not same_state(now, expected):
                known = now or expected or state
                name = known.data.title if known else str(session_id)
                raise ConcurrentEditError(
                    f"“{name}” is no longer in the programme: someone else deleted it."
                    if now is None else
                    f"Someone else changed “{name}” since; undoing or redoing this step "
                    "would overwrite their change."
                )
            exists = now is not None
            if state is None:
                if exists:
                    gone = ops.delete_session(s, session_id)
                    if _taken_along(gone, expected):
                        raise ConcurrentEditError(
                            f"“{gone.data.title}” has rapporteur's items or outcome-document "
                            "paragraphs from it that this step did not make; undoing or redoing "
                            "it would delete them.")
                return None
            item = ops.restore_session(
                s, replace(state, session_id=session_id, deleted=not exists)
            )
            return item.id

    # -- people and themes ---------------------------------------------------------------
    def create_participant(self, data: people.ParticipantData, organisation: str) -> int:
        """Register a speaker on the fly; `organisation` is found or created by name."""
        with self.database.sessions.begin() as s:
            if organisation.strip():
                org = people.find_or_create_organisation(s, organisation)
                data = replace(data, organisation_id=org.id)
            data = replace(data, category="speaker")
            return people.create_participant(s, self.event_id, data).id

    def create_theme(self, name: str, colour: str) -> int:
        """A new theme; returns its id."""
        with self.database.sessions.begin() as s:
            return ops.create_theme(s, self.event_id, name, colour).id

    def update_theme(self, theme_id: int, values: ThemeValues,
                     expected: ThemeValues | None = None) -> ThemeValues:
        """Rename or recolour a theme; returns its values before. With `expected` (undo and
        redo), refused when someone else renamed or recoloured it since."""
        with self.database.sessions.begin() as s:
            theme = s.get(Theme, theme_id)
            before = ThemeValues(theme.name, theme.colour) if theme else values
            if theme is not None and expected is not None and _plain(before) != _plain(expected):
                raise ConcurrentEditError(
                    f"Someone else changed the theme “{theme.name}” since; undoing or redoing "
                    "this step would overwrite their change.")
            ops.update_theme(s, theme_id, name=values.name, colour=values.colour)
            return before

    def delete_theme(self, theme_id: int) -> None:
        """Delete a theme (undo of its creation); refused once sessions have it, which
        someone else gave them since (undoing would silently take it from them)."""
        with self.database.sessions.begin() as s:
            used = s.scalar(select(func.count()).select_from(ProgrammeSession).where(
                ProgrammeSession.theme_id == theme_id))
            if used:
                raise ConcurrentEditError(
                    f"{used} session(s) have this theme now; undoing its creation would take "
                    "it from them.")
            ops.delete_theme(s, theme_id)


def _plain(values: ThemeValues) -> ThemeValues:
    """Theme values as stored (`update_theme` folds spaces and lowercases the colour)."""
    return ThemeValues(" ".join(values.name.split()), values.colour.lower())


def same_state(a: SessionState | None, b: SessionState | None) -> bool:
    """Whether two states describe the same session content (id and deletion mark aside)."""
    if a is None or b is None:
        return a is b

    def key(r: RoleState) -> tuple[str, int, int]:
        return r.role.value, r.position, r.participant_id

    return a.data == b.data and sorted(a.roles, key=key) == sorted(b.roles, key=key)


def _taken_along(gone: SessionState, expected: SessionState | None) -> bool:
    """Whether deleting a session took rapporteur's items or paragraph links that `expected`
    (the state the undo step knew) did not hold: someone added them since."""
    known_items = sorted(i.text for i in expected.items) if expected else []
    known_links = set(expected.paragraph_ids) if expected else set()
    return (sorted(i.text for i in gone.items) != known_items
            or not set(gone.paragraph_ids) <= known_links)


def _state(s: Session, session_id: int) -> SessionState | None:
    item = s.get(ProgrammeSession, session_id)
    if item is None:
        return None
    s.refresh(item)
    return ops.session_state(item)
