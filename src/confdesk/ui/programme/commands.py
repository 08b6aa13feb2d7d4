"""Undo steps of the Programme screen: service calls already made, replayed from their states."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from confdesk.programme.service import Change, ProgrammeService, ThemeValues
from confdesk.ui.undo import Refresh, ServiceCommand


class SessionCommand(ServiceCommand):
    """Changes to sessions (create, edit, move, resize, duplicate, delete)."""

    def __init__(self, service: ProgrammeService, text: str, changes: Sequence[Change], *,
                 parent: QWidget | None, refresh: Refresh, note: str = "") -> None:
        super().__init__(text, parent=parent, refresh=refresh, note=note)
        self.service = service
        self.changes = list(changes)

    def redo_change(self) -> int:
        selected = 0
        for change in self.changes:
            selected = self.service.replay(change, forward=True) or selected
        return selected

    def undo_change(self) -> int:
        selected = 0
        for change in reversed(self.changes):
            selected = self.service.replay(change, forward=False) or selected
        return selected


class ThemeCommand(ServiceCommand):
    """A theme created (before None) or renamed/recoloured."""

    def __init__(self, service: ProgrammeService, text: str, theme_id: int,
                 before: ThemeValues | None, after: ThemeValues, *,
                 parent: QWidget | None, refresh: Refresh, note: str = "") -> None:
        super().__init__(text, parent=parent, refresh=refresh, note=note)
        self.service, self.theme_id = service, theme_id
        self.before, self.after = before, after

    def redo_change(self) -> int:
        if self.before is None:
            self.theme_id = self.service.create_theme(self.after.name, self.after.colour)
        else:
            self.service.update_theme(self.theme_id, self.after, expected=self.before)
        return 0

    def undo_change(self) -> int:
        if self.before is None:
            self.service.delete_theme(self.theme_id)
        else:
            self.service.update_theme(self.theme_id, self.before, expected=self.after)
        return 0
