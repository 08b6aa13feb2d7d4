"""Undo steps of the seating window, on the window's one base (`ui.undo.ServiceCommand`)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from confdesk.plenary.seating_service import Assignments, LayoutSpec, SeatingService
from confdesk.ui.undo import Refresh, ServiceCommand


class PlacesCommand(ServiceCommand):
    """A change of who sits where (seating by lot, a swap): replayed by putting the places
    back, refused when someone changed the plan since."""

    def __init__(self, text: str, service: SeatingService, room_id: int,
                 before: tuple[Assignments, tuple[str, bool]],
                 after: tuple[Assignments, tuple[str, bool]], *, parent: QWidget | None,
                 refresh: Refresh) -> None:
        super().__init__(text, parent=parent, refresh=refresh)
        self.service, self.room_id = service, room_id
        self.before, self.after = before, after

    def undo_change(self) -> int:
        self.service.restore(self.room_id, *self.before, expected=self.after[0])
        return 0

    def redo_change(self) -> int:
        self.service.restore(self.room_id, *self.after, expected=self.before[0])
        return 0


class LayoutCommand(ServiceCommand):
    """A new layout of the room; undo sets the old one and puts its places back."""

    def __init__(self, text: str, service: SeatingService, room_id: int,
                 before: tuple[LayoutSpec, Assignments, tuple[str, bool]],
                 after: LayoutSpec, *, parent: QWidget | None, refresh: Refresh) -> None:
        super().__init__(text, parent=parent, refresh=refresh)
        self.service, self.room_id = service, room_id
        self.before, self.after = before, after
        self.after_places: Assignments | None = None

    def undo_change(self) -> int:
        spec, places, first = self.before
        self.after_places = self.service.assignments(self.room_id)
        self.service.set_layout(self.room_id, spec)
        self.service.restore(self.room_id, places, first)
        return 0

    def redo_change(self) -> int:
        self.service.set_layout(self.room_id, self.after)
        return 0
