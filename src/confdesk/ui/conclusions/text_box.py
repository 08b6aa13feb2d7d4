"""The paragraph text box of the editing pane (a custom widget of its form)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit


class TextBox(QPlainTextEdit):
    """A plain text editor that says when it loses the focus, and hands its Undo and Redo keys
    to the pane, which chooses between the box's own history and the window's."""

    focus_lost = Signal()
    #: Ctrl+Z (True) or Ctrl+Shift+Z / Ctrl+Y (False) was pressed in the box.
    undo_key = Signal(bool)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        """Commit what was typed when the focus goes elsewhere."""
        super().focusOutEvent(event)
        self.focus_lost.emit()

    @staticmethod
    def _undo_or_redo(event: QEvent) -> bool | None:
        """True for the Undo key, False for Redo, None for any other."""
        if not isinstance(event, QKeyEvent):
            return None
        if event.matches(QKeySequence.StandardKey.Undo):
            return True
        if event.matches(QKeySequence.StandardKey.Redo):
            return False
        return None

    def event(self, event: QEvent) -> bool:
        """Keep Undo/Redo for the box (the window's shortcuts would take them otherwise)."""
        if (event.type() == QEvent.Type.ShortcutOverride
                and self._undo_or_redo(event) is not None):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Undo and Redo go to the pane; every other key edits the text."""
        undo = self._undo_or_redo(event)
        if undo is None:
            super().keyPressEvent(event)
        elif not self.isReadOnly():
            self.undo_key.emit(undo)
            event.accept()
        else:
            event.ignore()
