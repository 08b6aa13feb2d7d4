"""Undoable changes to participants: each one a QUndoCommand over snapshots.

A command is pushed after its change succeeded (so a refused save leaves no command behind);
its first `redo()` therefore does nothing. Later undo/redo put the rows back as snapshotted
and tell the screen which participants changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoCommand
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.errors import ConcurrentEditError, UserError
from confdesk.imports.participants import remove_imported, restore_imported
from confdesk.registration.models import Participant, Status
from confdesk.registration.operations import (
    CheckIn,
    check_unchanged,
    delete_participants,
    restore_snapshots,
    snapshot,
    undo_check_in,
)

#: Called with the ids a command changed (the screen refreshes those rows).
Changed = Callable[[set[int]], None]
#: Called with a problem met while undoing or redoing (the screen shows it).
Failed = Callable[[str], None]


def snapshots_of(session: Session, ids: Iterable[int]) -> list[dict[str, Any]]:
    """Snapshots of participants as they are now (those still existing)."""
    found = (session.get(Participant, pid) for pid in ids)
    return [snapshot(p) for p in found if p is not None]


def snapshots_in_bulk(session: Session, ids: Sequence[int]) -> list[dict[str, Any]]:
    """Snapshots of many participants, read 500 at a time (after an import of thousands)."""
    found: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found += [snapshot(p) for p in session.scalars(
            select(Participant).where(Participant.id.in_(chunk)))]
    return found


class ParticipantCommand(QUndoCommand):
    """Base: runs a change in its own transaction and reports the rows it touched."""

    def __init__(self, text: str, database: Database, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self.database = database
        self.changed = changed
        self.failed = failed
        self._first = True

    def _run(self, change: Callable[[Session], None], ids: set[int]) -> None:
        try:
            with self.database.sessions() as session:
                change(session)
                session.commit()
        except (UserError, SQLAlchemyError) as exc:
            self.failed(str(exc))
        self.changed(ids)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.do_again()

    def do_again(self) -> None:
        raise NotImplementedError


class SnapshotCommand(ParticipantCommand):
    """An edit, a bulk change, a creation or a deletion, as rows before and after.

    `before` is empty for a creation; `after` is empty for a deletion.
    """

    def __init__(self, text: str, database: Database, changed: Changed, failed: Failed, *,
                 before: list[dict[str, Any]], after: list[dict[str, Any]]) -> None:
        super().__init__(text, database, changed, failed)
        self.before, self.after = before, after
        self.ids = {s["id"] for s in before} | {s["id"] for s in after}

    def undo(self) -> None:
        created = [s["id"] for s in self.after if s["id"] not in {b["id"] for b in self.before}]

        def change(session: Session) -> None:
            check_unchanged(session, self.after)
            if created:
                delete_participants(session, created)
            restore_snapshots(session, self.before)

        self._run(change, self.ids)

    def do_again(self) -> None:
        deleted = [s["id"] for s in self.before if s["id"] not in {a["id"] for a in self.after}]

        def change(session: Session) -> None:
            check_unchanged(session, self.before)
            if deleted:
                delete_participants(session, deleted)
            restore_snapshots(session, self.after)

        self._run(change, self.ids)


class CheckInCommand(ParticipantCommand):
    """A check-in at the registration desk; undo puts back the status from before."""

    def __init__(self, database: Database, event_id: int, done: CheckIn, changed: Changed,
                 failed: Failed, text: str) -> None:
        super().__init__(text, database, changed, failed)
        self.event_id = event_id
        self.done = done

    def undo(self) -> None:
        self._run(lambda s: undo_check_in(s, self.done), {self.done.participant_id})

    def do_again(self) -> None:
        def change(session: Session) -> None:
            person = session.get(Participant, self.done.participant_id)
            if person is None:
                raise ConcurrentEditError(f"{self.done.name} no longer exists.")
            if (person.status, person.checked_in_at) != (self.done.previous_status,
                                                         self.done.previous_checked_in_at):
                raise ConcurrentEditError(
                    f"Someone else changed {self.done.name}'s registration since; redoing the "
                    "check-in would overwrite their change.")
            person.status = Status.CHECKED_IN
            person.checked_in_at = self.done.checked_in_at
            session.flush()

        self._run(change, {self.done.participant_id})


class ImportCommand(ParticipantCommand):
    """A committed import: undo deletes the people it added and puts back the ones it updated;
    redo brings both back as the import left them (bulk work: 20,000 people take seconds)."""

    def __init__(self, text: str, database: Database, changed: Changed, failed: Failed, *,
                 added_ids: list[int], updated_before: list[dict[str, Any]],
                 after: list[dict[str, Any]]) -> None:
        super().__init__(text, database, changed, failed)
        self.added_ids = added_ids
        self.updated_before = updated_before
        updated = {s["id"] for s in updated_before}
        self.updated_after = [s for s in after if s["id"] in updated]
        #: The added people as they were when last removed (with any programme roles).
        self.added: list[dict[str, Any]] = [s for s in after if s["id"] not in updated]
        self.ids = set(added_ids) | updated

    def undo(self) -> None:
        def change(session: Session) -> None:
            check_unchanged(session, self.updated_after)
            self.added = remove_imported(session, self.added_ids)
            restore_snapshots(session, self.updated_before)

        with busy_cursor():
            self._run(change, self.ids)

    def do_again(self) -> None:
        def change(session: Session) -> None:
            check_unchanged(session, self.updated_before)
            restore_imported(session, self.added)
            restore_snapshots(session, self.updated_after)

        with busy_cursor():
            self._run(change, self.ids)


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor over the application while a long change runs."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
