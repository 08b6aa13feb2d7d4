"""Undoable changes to an outcome document and a session's items (QUndoCommand over states).

A change runs its operation once, in its own transaction, and records the states before and
after (see `conclusions.state`); undo and redo then restore those states. The operation runs
before the command is pushed, so a refused edit (an `EditError`) never reaches the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from confdesk.conclusions.models import OutcomeDocument
from confdesk.conclusions.state import (
    DocumentState,
    ItemState,
    capture_document,
    capture_items,
    restore_document,
    restore_items,
)
from confdesk.db.database import Database
from confdesk.db.errors import ConcurrentEditError

#: An operation: gets the transaction's session and the document, returns anything.
Operation = Callable[[Session, OutcomeDocument | None], Any]


@dataclass(frozen=True)
class Scope:
    """What a change may touch: a document's working text, a session's items, or both."""

    document_id: int | None = None
    session_id: int | None = None


@dataclass(frozen=True)
class _State:
    document: DocumentState | None
    items: tuple[ItemState, ...] | None


def _capture(session: Session, scope: Scope) -> _State:
    doc = session.get(OutcomeDocument, scope.document_id) if scope.document_id else None
    return _State(
        capture_document(doc) if doc is not None else None,
        capture_items(session, scope.session_id) if scope.session_id else None,
    )


def _restore(session: Session, scope: Scope, state: _State) -> None:
    if state.items is not None and scope.session_id is not None:
        restore_items(session, scope.session_id, state.items)
    if state.document is not None and scope.document_id is not None:
        doc = session.get(OutcomeDocument, scope.document_id)
        if doc is not None:
            restore_document(session, doc, state.document)


class Change(QUndoCommand):
    """One user-visible change; `result` holds what the operation returned (e.g. a new uid)."""

    def __init__(self, database: Database, scope: Scope, text: str, operation: Operation,
                 on_done: Callable[[Change], None],
                 on_failed: Callable[[str], None] | None = None) -> None:
        super().__init__(text)
        self.database, self.scope, self.operation = database, scope, operation
        self.on_done = on_done
        self.on_failed = on_failed
        self.result: Any = None
        self._before: _State | None = None
        self._after: _State | None = None
        self._pushed = False

    def execute(self) -> None:
        """Run the operation for the first time (raises what it raises, changing nothing)."""
        with self.database.sessions.begin() as session:
            self._before = _capture(session, self.scope)
            doc = (session.get(OutcomeDocument, self.scope.document_id)
                   if self.scope.document_id else None)
            self.result = self.operation(session, doc)
            session.flush()
            if doc is not None:
                session.expire_all()
            self._after = _capture(session, self.scope)

    def redo(self) -> None:
        """Re-apply the state after the change (the first push only announces it)."""
        assert self._after is not None, "execute() the change before pushing it"
        if self._pushed:
            assert self._before is not None
            self._apply(self._after, expected=self._before)
        self._pushed = True
        self.on_done(self)

    def undo(self) -> None:
        """Bring back the state before the change."""
        assert self._before is not None and self._after is not None
        self._apply(self._before, expected=self._after)
        self.on_done(self)

    def _apply(self, state: _State, *, expected: _State) -> None:
        """Restore `state`, unless the text is no longer as `expected`: someone else changed
        it since, and restoring a whole state would silently overwrite their work."""
        try:
            with self.database.sessions.begin() as session:
                if _capture(session, self.scope) != expected:
                    raise ConcurrentEditError(
                        "Someone else changed this document or these items since; undoing or "
                        "redoing this step would overwrite their change.")
                _restore(session, self.scope, state)
        except ConcurrentEditError as exc:
            if self.on_failed is None:
                raise
            self.on_failed(str(exc))
