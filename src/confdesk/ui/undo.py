"""The one base of the window's undo steps: a service call already made, and its inverse.

A screen makes a change through its service (one unit of work), then pushes a
`ServiceCommand` describing it; QUndoStack calls `redo()` on push, which the base skips
because the change is already in the database. Later undos and redos call the subclass's
`undo_change` / `redo_change`, which call the service again.

When the service refuses an undo or redo (a `UserError`, typically `UndoRefusedError`: a
colleague changed or deleted the record since), the behaviour is the same for every screen:

1. the command is marked obsolete, so QUndoStack drops it (Qt deletes an obsolete command
   when its undo or redo returns). Keeping it would offer "Redo …"/"Undo …" again, which
   would fail again: the step can no longer be replayed on the data as it now is, and the
   steps below it stay available;
2. the screen is refreshed (`refresh(0)`: nothing to select) to show the data as it is now;
3. the user is told why through `confdesk.ui.messages`, with `note` (e.g. "The programme has
   been reloaded…") after the reason.

Subclasses implement only the two replays and return the id to select afterwards (0: none).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from confdesk.errors import UserError
from confdesk.ui import messages

#: Called after an undo or redo with the id of the record to select (0: none).
Refresh = Callable[[int], None]


class ServiceCommand(QUndoCommand):
    """A change already made through a service; undo and redo replay it (see the module)."""

    def __init__(self, text: str, *, parent: QWidget | None, refresh: Refresh,
                 note: str = "") -> None:
        super().__init__(text)
        self.parent_widget = parent
        self.refresh = refresh
        self.note = note
        self._pushed = True

    # -- to implement --------------------------------------------------------------------
    def undo_change(self) -> int:
        """Undo the change through the service; the id to select afterwards (0: none)."""
        raise NotImplementedError

    def redo_change(self) -> int:
        """Make the change again through the service; the id to select afterwards."""
        raise NotImplementedError

    # -- QUndoCommand --------------------------------------------------------------------
    def redo(self) -> None:
        if self._pushed:  # the change was made before the push
            self._pushed = False
            return
        self._replay(self.redo_change, redo=True)

    def undo(self) -> None:
        self._replay(self.undo_change, redo=False)

    def _replay(self, step: Callable[[], int], *, redo: bool) -> None:
        try:
            selected = step()
        except UserError as exc:
            self.refused(exc, redo=redo)
            return
        self.refresh(selected)

    def refused(self, exc: UserError, *, redo: bool) -> None:
        """The one behaviour after a refused undo or redo (see the module docstring)."""
        self.setObsolete(True)
        self.refresh(0)
        title = (QCoreApplication.translate("Undo", "Cannot redo “%1”") if redo else
                 QCoreApplication.translate("Undo", "Cannot undo “%1”")).replace("%1", self.text())
        messages.show_user_error(self.parent_widget, title, exc, self.note)
