"""The programme's service: the only way the window (and any other face) changes the programme.

One public method per user action, each one unit of work: it opens its own transaction on
the database, loads what it changes with the version the user saw (through
`db/concurrency.py`), applies the domain rule (`programme/operations.py`, `rules.py`), adds
what spans domains (`confdesk/consequences.py`), commits, and returns what undo needs: a
`Change` per session, or a theme's values before. Undo and redo replay those records through
`set_state` and the theme methods, which refuse (`UndoRefusedError`) to overwrite or delete
what someone else did since. Qt-free: tested without a QApplication.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from confdesk.consequences import SessionTakings, restore_session_takings, session_takings
from confdesk.db.concurrency import quoted
from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.errors import UndoRefusedError
from confdesk.programme import operations as ops
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.programme.models import Theme
from confdesk.programme.operations import RoleState, SessionData, SessionState
from confdesk.programme.queries import ProgrammeSnapshot, load_programme
from confdesk.programme.rules import ThemeValues, same_state
from confdesk.registration import operations as people
from confdesk.registration.queries import ParticipantRow, load_rows
from confdesk.team.access import require
from confdesk.team.roles import Permission

__all__ = ["Change", "ProgrammeService", "ThemeValues"]


@dataclass
class Change:
    """One session before and after a change (None: it did not or does not exist).

    `takings`: what deleting it took along in other domains (rapporteur's items, paragraph
    links), put back when the deletion is undone; None when the change deleted nothing.
    `session_id` is updated when an undone deletion recreates the session under a new id.
    """

    session_id: int
    before: SessionState | None
    after: SessionState | None
    takings: SessionTakings | None = None


class ProgrammeService:
    """Reads and changes one event's programme in a database, one transaction per call."""

    def __init__(self, database: Database, event_id: int) -> None:
        self.database = database
        self.event_id = event_id

    # -- reading -------------------------------------------------------------------------
    def snapshot(self) -> ProgrammeSnapshot:
        """The programme as it is now."""
        with self.database.sessions() as s:
            return load_programme(SessionReader(s), self.event_id)

    def participants(self, language: str = "en") -> list[ParticipantRow]:
        """Every participant of the event, for choosing people in roles."""
        with self.database.sessions() as s:
            return load_rows(SessionReader(s), self.event_id, language=language)

    # -- sessions ------------------------------------------------------------------------
    def create(self, data: SessionData, roles: Sequence[RoleState] = ()) -> Change:
        """A new session with people in roles."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_SESSIONS, event_id=self.event_id)
            item = ops.create_session(s, self.event_id, data)
            if roles:
                ops.restore_session(s, replace(ops.session_state(item), roles=tuple(roles)))
            return Change(item.id, None, _state(s, item.id))

    def update(self, session_id: int, version: int | None, data: SessionData,
               roles: Sequence[RoleState] | None = None) -> Change:
        """Change a session's fields and, if given, its people (refused if the session is
        no longer at `version`, the one the dialog showed)."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_SESSIONS, event_id=self.event_id)
            before = ops.update_session(s, session_id, data, expected_version=version)
            if roles is not None:
                current = _state(s, session_id)
                assert current is not None
                ops.restore_session(s, replace(current, roles=tuple(roles)))
            return Change(session_id, before, _state(s, session_id))

    def delete(self, session_id: int, version: int | None) -> Change:
        """Delete a session, with what that takes along in other domains."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_SESSIONS, event_id=self.event_id)
            takings = session_takings(s, session_id)
            before = ops.delete_session(s, session_id, expected_version=version)
            return Change(session_id, before, None, takings)

    def duplicate(self, session_id: int) -> Change:
        """A copy of a session at the same time and place, with its people."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_SESSIONS, event_id=self.event_id)
            copy = ops.duplicate_session(s, session_id)
            return Change(copy.id, None, _state(s, copy.id))

    def move(self, session_id: int, version: int | None, *, day: date | None = None,
             start_time: time | None = None, room_id: int | None = None) -> Change:
        """Move a session to another start (snapped) and room, keeping its length."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_SESSIONS, event_id=self.event_id)
            before = ops.move_session(s, session_id, day=day, start_time=start_time,
                                      room_id=room_id, expected_version=version)
            return Change(session_id, before, _state(s, session_id))

    def resize(self, session_id: int, version: int | None, end_time: time) -> Change:
        """Change a session's end (snapped)."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_SESSIONS, event_id=self.event_id)
            before = ops.resize_session(s, session_id, end_time, expected_version=version)
            return Change(session_id, before, _state(s, session_id))

    def replay(self, change: Change, *, forward: bool) -> int | None:
        """Redo (`forward`) or undo `change`; returns the session's id afterwards (None:
        deleted) and keeps `change.session_id` up to date."""
        target, expected = ((change.after, change.before) if forward
                            else (change.before, change.after))
        new_id = self.set_state(change.session_id, target, expected, change.takings)
        if new_id is not None:
            change.session_id = new_id
        return new_id

    def set_state(self, session_id: int, state: SessionState | None,
                  expected: SessionState | None,
                  takings: SessionTakings | None = None) -> int | None:
        """Make a session be as in `state` (None: deleted); returns its id afterwards.

        Refused (UndoRefusedError) unless the session is now as `expected` (None: absent):
        otherwise someone else changed it since, and undo or redo would overwrite that. A
        deletion is refused too when it would take along more than `takings` (what the step
        knew of); a recreation brings `takings` back.
        """
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_SESSIONS, event_id=self.event_id)
            now = _state(s, session_id)
            if not same_state(now, expected):
                known = now or expected or state
                name = quoted(known.data.title if known else str(session_id))
                raise (UndoRefusedError.gone(name) if now is None
                       else UndoRefusedError.would_overwrite(name))
            exists = now is not None
            if state is None:
                if exists:
                    assert now is not None
                    if session_takings(s, session_id).exceeds(takings):
                        raise UndoRefusedError.would_delete(quoted(now.data.title))
                    ops.delete_session(s, session_id)
                return None
            item = ops.restore_session(
                s, replace(state, session_id=session_id, deleted=not exists))
            if not exists and takings is not None:
                restore_session_takings(s, item, takings)
            return item.id

    # -- people and themes ---------------------------------------------------------------
    def create_participant(self, data: people.ParticipantData, organisation: str) -> int:
        """Register a speaker on the fly; `organisation` is found or created by name."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_PARTICIPANTS, event_id=self.event_id)
            if organisation.strip():
                org = people.find_or_create_organisation(s, organisation)
                data = replace(data, organisation_id=org.id)
            data = replace(data, category="speaker")
            return people.create_participant(s, self.event_id, data).id

    def create_theme(self, name: str, colour: str) -> int:
        """A new theme; returns its id."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_SESSIONS, event_id=self.event_id)
            return ops.create_theme(s, self.event_id, name, colour).id

    def update_theme(self, theme_id: int, values: ThemeValues,
                     expected: ThemeValues | None = None) -> ThemeValues:
        """Rename or recolour a theme; returns its values before. With `expected` (undo and
        redo), refused when someone else renamed or recoloured it since."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_SESSIONS, event_id=self.event_id)
            theme = s.get(Theme, theme_id)
            before = ThemeValues(theme.name, theme.colour) if theme else values
            if (theme is not None and expected is not None
                    and before.as_stored() != expected.as_stored()):
                raise UndoRefusedError.would_overwrite(quoted(theme.name))
            ops.update_theme(s, theme_id, name=values.name, colour=values.colour)
            return before

    def delete_theme(self, theme_id: int) -> None:
        """Delete a theme (undo of its creation); refused once sessions have it, which
        someone else gave them since (undoing would silently take it from them)."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_SESSIONS, event_id=self.event_id)
            used = s.scalar(select(func.count()).select_from(ProgrammeSession).where(
                ProgrammeSession.theme_id == theme_id))
            if used:
                raise UndoRefusedError.theme_in_use(int(used))
            ops.delete_theme(s, theme_id)


def _state(s: Session, session_id: int) -> SessionState | None:
    item = s.get(ProgrammeSession, session_id)
    if item is None:
        return None
    s.refresh(item)
    return ops.session_state(item)
