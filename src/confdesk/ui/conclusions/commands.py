"""The Conclusions screen's undo steps: a service change already made, replayed on undo.

Each user action goes through `conclusions.service.ConclusionsService`, which returns a
`Change` (the document and items before and after); the screen then pushes a
`DocumentCommand` on the one undo base `ui.undo.ServiceCommand`. A refused undo or redo (a
colleague changed the document since) has the base's one behaviour: the step is dropped,
the screen reloaded, the reason shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from confdesk.conclusions.service import Change, ConclusionsService
from confdesk.ui.undo import ServiceCommand


class DocumentCommand(ServiceCommand):
    """One change of an outcome document or of a session's rapporteur's items."""

    def __init__(self, service: ConclusionsService, change: Change, text: str, *,
                 parent: QWidget | None, refresh: Callable[[str], None],
                 note: str = "") -> None:
        super().__init__(text, parent=parent, refresh=lambda _id: refresh(self._selected),
                         note=note)
        self.service = service
        self.change = change
        #: What to select after the last replay ("" after a refusal: keep the selection).
        self._selected = ""

    def undo_change(self) -> int:
        self._selected = ""
        self._selected = self.service.replay(self.change, forward=False)
        return 0

    def redo_change(self) -> int:
        self._selected = ""
        self._selected = self.service.replay(self.change, forward=True)
        return 0
