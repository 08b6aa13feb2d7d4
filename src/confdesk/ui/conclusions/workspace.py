"""The document being worked on: the database, the document id and the undo stack it feeds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from confdesk.conclusions.models import OutcomeDocument
from confdesk.db.database import Database
from confdesk.db.errors import UserError
from confdesk.ui.conclusions.commands import Change, Operation, Scope

T = TypeVar("T")


def need(doc: OutcomeDocument | None) -> OutcomeDocument:
    """The document an operation works on (operations run only while one is shown)."""
    if doc is None:
        raise UserError("No outcome document is open.")
    return doc


def to_datetime(value: QDateTime) -> datetime:
    """A QDateTime as a naive Python datetime (local time of the event)."""
    result = value.toPython()
    assert isinstance(result, datetime)
    return result


def to_qdatetime(value: datetime) -> QDateTime:
    """A Python datetime as a QDateTime."""
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute, value.second))


class Workspace(QObject):
    """Runs reads and undoable changes for the screen's pages and tells them when to reload."""

    #: Emitted after any change, undo or redo, and when another document is chosen.
    changed = Signal()
    #: A refused change: title and message for the user.
    failed = Signal(str, str)

    def __init__(self, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.database: Database | None = None
        self.event_id: int | None = None
        self.document_id: int | None = None

    def set_target(self, database: Database | None, event_id: int | None,
                   document_id: int | None) -> None:
        """Work on `document_id` of `event_id` (None: nothing to work on)."""
        self.database, self.event_id, self.document_id = database, event_id, document_id
        self.changed.emit()

    def choose_document(self, document_id: int | None) -> None:
        """Switch to another document of the same event; the undo history starts afresh."""
        if document_id != self.document_id:
            self.undo_stack.clear()
            self.document_id = document_id
            self.changed.emit()

    def read(self, reader: Callable[[Session, OutcomeDocument | None], T]) -> T:
        """Run `reader` in a short read-only session with the current document."""
        assert self.database is not None
        with self.database.sessions() as session:
            doc = (session.get(OutcomeDocument, self.document_id)
                   if self.document_id is not None else None)
            return reader(session, doc)

    def run(self, operation: Operation) -> Any:
        """Run `operation` in one transaction, not undoable (new drafts, new documents)."""
        if self.database is None:
            return None
        try:
            with self.database.sessions.begin() as session:
                doc = (session.get(OutcomeDocument, self.document_id)
                       if self.document_id is not None else None)
                result = operation(session, doc)
        except (UserError, SQLAlchemyError) as exc:
            self.failed.emit(self.tr("Cannot make this change"), str(exc))
            return None
        self.changed.emit()
        return result

    def change(self, text: str, operation: Operation, *, session_id: int | None = None,
               document: bool = True) -> Any:
        """Run `operation` as one undoable change; returns its result, None if refused."""
        if self.database is None:
            return None
        scope = Scope(self.document_id if document else None, session_id)
        command = Change(self.database, scope, text, operation, lambda _c: self.changed.emit(),
                         lambda problem: self.failed.emit(self.tr("Cannot make this change"),
                                                          problem))
        try:
            command.execute()
        except (UserError, SQLAlchemyError) as exc:
            self.failed.emit(self.tr("Cannot make this change"), str(exc))
            return None
        self.undo_stack.push(command)
        return command.result
