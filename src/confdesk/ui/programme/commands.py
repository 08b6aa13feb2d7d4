"""Undo commands of the Programme screen: changes already made, replayed from their states."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from confdesk.db.errors import UserError
from confdesk.ui.programme.editor import Change, ProgrammeEditor, ThemeValues

#: Called after an undo or redo with the id of the session to select (0: none).
Refresh = Callable[[int], None]
#: Called with a problem met while undoing or redoing (e.g. someone else changed the data).
Report = Callable[[UserError], None]


class SessionCommand(QUndoCommand):
    """Changes to sessions made before the command was pushed; its first redo does nothing."""

    def __init__(self, editor: ProgrammeEditor, text: str, changes: Sequence[Change],
                 refresh: Refresh, report: Report) -> None:
        super().__init__(text)
        self.editor = editor
        self.changes = list(changes)
        self.refresh = refresh
        self.report = report
        self._done = True

    def _apply(self, forward: bool) -> None:
        selected = 0
        try:
            ordered = self.changes if forward else list(reversed(self.changes))
            for change in ordered:
                target, expected = ((change.after, change.before) if forward
                                    else (change.before, change.after))
                new_id = self.editor.set_state(change.session_id, target, expected)
                if new_id is not None:
                    change.session_id = selected = new_id
        except UserError as exc:
            # someone else changed the session meanwhile: this step can no longer be replayed,
            # so it leaves the stack (QUndoStack drops a command made obsolete in undo/redo)
            self.setObsolete(True)
            self.refresh(0)
            self.report(exc)
            return
        self.refresh(selected)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(True)

    def undo(self) -> None:
        self._apply(False)


class ThemeCommand(QUndoCommand):
    """A theme created (before None) or renamed/recoloured, already done when pushed."""

    def __init__(self, editor: ProgrammeEditor, text: str, theme_id: int,
                 before: ThemeValues | None, after: ThemeValues,
                 refresh: Refresh, report: Report) -> None:
        super().__init__(text)
        self.editor, self.theme_id = editor, theme_id
        self.before, self.after = before, after
        self.refresh, self.report = refresh, report
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        try:
            if self.before is None:
                self.theme_id = self.editor.create_theme(self.after.name, self.after.colour)
            else:
                self.editor.update_theme(self.theme_id, self.after, expected=self.before)
        except UserError as exc:
            self.report(exc)
        self.refresh(0)

    def undo(self) -> None:
        try:
            if self.before is None:
                self.editor.delete_theme(self.theme_id)
            else:
                self.editor.update_theme(self.theme_id, self.before, expected=self.after)
        except UserError as exc:
            self.report(exc)
        self.refresh(0)
