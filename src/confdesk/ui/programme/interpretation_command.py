"""A session's languages changed from the session dialog, as an undo step beside the edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from confdesk.db.database import Database
from confdesk.plenary.interpretation import Languages
from confdesk.plenary.interpretation_service import InterpretationService
from confdesk.ui.undo import Refresh, ServiceCommand

#: (floor language, languages interpreted into) as the dialog's fields give them.
Choice = tuple[str, tuple[str, ...]]


class LanguagesCommand(ServiceCommand):
    """A session's own languages set (before: its own languages then, None: the event's)."""

    def __init__(self, service: InterpretationService, session_id: int,
                 before: Languages | None, after: Choice, *, parent: QWidget | None,
                 refresh: Refresh) -> None:
        super().__init__("", parent=parent, refresh=refresh)
        self.service, self.session_id = service, session_id
        self.before, self.after = before, after

    def undo_change(self) -> int:
        if self.before is None:
            self.service.set_languages(self.session_id, None, None)
        else:
            self.service.set_languages(self.session_id, self.before.floor,
                                       self.before.interpretation)
        return self.session_id

    def redo_change(self) -> int:
        self.service.set_languages(self.session_id, *self.after)
        return self.session_id


def with_languages(stack: QUndoStack, database: Database | None, event_id: int | None,
                   text: str, choice: Choice | None, push_edit: Callable[[], int],
                   parent: QWidget, refresh: Refresh) -> None:
    """Run `push_edit` (which saves the session, pushes its step and returns its id); when
    the dialog changed the languages, save them too and make both one undo step."""
    if choice is None or database is None or event_id is None:
        push_edit()
        return
    stack.beginMacro(text)
    try:
        session_id = push_edit()
        service = InterpretationService(database, event_id)
        before = service.set_languages(session_id, *choice)
        stack.push(LanguagesCommand(service, session_id, before, choice, parent=parent,
                                    refresh=refresh))
    finally:
        stack.endMacro()
    refresh(session_id)
