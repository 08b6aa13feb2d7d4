"""The document being worked on: its service, the document id and the undo stack it feeds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from confdesk.conclusions.service import Change, ConclusionsService
from confdesk.db.database import Database
from confdesk.errors import known_error
from confdesk.ui.conclusions.commands import DocumentCommand
from confdesk.ui.messages import user_text

T = TypeVar("T")


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
    """Runs the pages' service calls, pushes their undo steps, and tells them to reload."""

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
        #: The widget that refused undo steps are reported over.
        self.window: QWidget | None = None

    @property
    def service(self) -> ConclusionsService | None:
        """The service for the current event and document (None: nothing to work on)."""
        if self.database is None:
            return None
        return ConclusionsService(self.database, self.event_id, self.document_id)

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

    def read(self, reader: Callable[[ConclusionsService], T]) -> T | None:
        """`reader(service)`, or None when there is nothing to read."""
        service = self.service
        return None if service is None else reader(service)

    def _refused(self, exc: Exception) -> bool:
        known = known_error(exc)
        if known is None:
            return False
        self.failed.emit(self.tr("Cannot make this change"), user_text(known))
        return True

    def run(self, call: Callable[[ConclusionsService], T]) -> T | None:
        """Make a change that is not undone (new drafts, new documents); None if refused."""
        service = self.service
        if service is None:
            return None
        try:
            result = call(service)
        except Exception as exc:
            if not self._refused(exc):
                raise
            return None
        self.changed.emit()
        return result

    def change(self, text: str, call: Callable[[ConclusionsService], Change]) -> Change | None:
        """Make one undoable change through the service and push its undo step; returns the
        change (its `result` is what the action returned), None if refused."""
        service = self.service
        if service is None:
            return None
        try:
            change = call(service)
        except Exception as exc:
            if not self._refused(exc):
                raise
            return None
        self.undo_stack.push(DocumentCommand(
            service, change, text, parent=self.window, refresh=lambda _uid: self.changed.emit(),
            note=self.tr("The document has been reloaded to show what was saved.")))
        self.changed.emit()
        return change
