"""New Event… and Event Properties… of the main window: read, open the dialog, save."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # (the dialog's module and the service load when a dialog first opens)
    from confdesk.db.database import Database
    from confdesk.events.operations import EventData, RoomRow
    from confdesk.ui.events.event_dialog import EventDialog

#: Called with the id of the event to show after a save (None: after a deletion).
Refresher = Callable[[int | None], None]
#: Shows a message in the window's status bar.
Announcer = Callable[[str], None]


class EventActions(QObject):
    """Opens the event dialog over `parent` for the database the window shows."""

    def __init__(self, parent: QWidget, refresh: Refresher, announce: Announcer) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.refresh, self.announce = refresh, announce
        #: The dialog open now (tests reach it here).
        self.dialog: EventDialog | None = None

    def new_event(self, database: Database) -> EventDialog:
        """File → New Event…: an empty dialog; the save creates the event and shows it."""
        from confdesk.events.service import EventService

        service = EventService(database)
        created: list[int] = []

        def save(data: EventData, rooms: tuple[RoomRow, ...], _clear: bool) -> None:
            created[:] = [service.create(data, rooms)]

        from confdesk.ui.events.event_dialog import EventDialog

        dialog = EventDialog(save, parent=self.parent_widget)
        dialog.accepted.connect(lambda: self._saved(created[0], self.tr("Created the event.")))
        return self._show(dialog)

    def edit_event(self, database: Database, event_id: int) -> EventDialog:
        """Edit → Event Properties…: the event's fields and rooms; the save refuses a change
        over someone else's later one. Raises ConcurrentEditError when the event is gone."""
        from confdesk.events.service import EventService

        service = EventService(database)
        form = service.form(event_id)
        outside: list[int] = [0]

        def save(data: EventData, rooms: tuple[RoomRow, ...], clear: bool) -> None:
            result = service.update(event_id, form.version, data, rooms, clear_sessions=clear)
            outside[0] = result.sessions_outside

        def delete() -> None:
            service.delete(event_id)

        from confdesk.ui.events.event_dialog import EventDialog

        dialog = EventDialog(save, form.data, form.rooms, deleter=delete,
                             parent=self.parent_widget)
        dialog.accepted.connect(lambda: self._edited(dialog, event_id, outside[0]))
        return self._show(dialog)

    def _show(self, dialog: EventDialog) -> EventDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self) -> None:
        self.dialog = None

    def _edited(self, dialog: EventDialog, event_id: int, outside: int) -> None:
        if dialog.deleted:
            self._saved(None, self.tr("Deleted the event."))
        elif outside:
            self._saved(event_id, self.tr(
                "Saved the event. %n session(s) now lie outside its dates: the programme "
                "checks list them.", "", outside))
        else:
            self._saved(event_id, self.tr("Saved the event."))

    def _saved(self, event_id: int | None, message: str) -> None:
        self.refresh(event_id)
        self.announce(message)
