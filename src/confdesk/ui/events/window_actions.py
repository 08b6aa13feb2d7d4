"""New Event… and Event Properties… of the main window: read, open the dialog, save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from confdesk.db.database import Database
from confdesk.events.models import Event
from confdesk.events.operations import (
    EventData,
    RoomRow,
    create_event,
    delete_event,
    get_event,
    save_rooms,
    update_event,
)
from confdesk.ui.events.event_dialog import EventDialog

#: Called with the id of the event to show after a save (None: after a deletion).
Refresher = Callable[[int | None], None]
#: Shows a message in the window's status bar.
Announcer = Callable[[str], None]


def event_data(event: Event) -> EventData:
    """The event's fields as the dialog edits them."""
    return EventData(
        title=event.title, start_date=event.start_date, end_date=event.end_date,
        short_name=event.short_name, kind=event.kind, timezone=event.timezone,
        venue=event.venue, city=event.city, country_code=event.country_code, host=event.host,
        co_organisers=tuple(event.co_organisers), working_languages=tuple(event.working_languages),
        description=event.description, title_fr=event.title_fr, venue_fr=event.venue_fr,
        city_fr=event.city_fr, host_fr=event.host_fr,
        protocol_groups=tuple(event.protocol_groups or ()),
    )


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
        created: list[int] = []

        def save(data: EventData, rooms: tuple[RoomRow, ...], _clear: bool) -> None:
            with database.sessions() as session:
                event = create_event(session, data, rooms)
                session.commit()
                created[:] = [event.id]

        dialog = EventDialog(save, parent=self.parent_widget)
        dialog.accepted.connect(lambda: self._saved(created[0], self.tr("Created the event.")))
        return self._show(dialog)

    def edit_event(self, database: Database, event_id: int) -> EventDialog:
        """Edit → Event Properties…: the event's fields and rooms; the save refuses a change
        over someone else's later one."""
        with database.sessions() as session:
            event = get_event(session, event_id)
            data, version = event_data(event), event.version
            rooms = tuple(RoomRow(r.name, r.capacity, r.id, r.version) for r in event.rooms)
        outside: list[int] = [0]

        def save(data: EventData, rooms: tuple[RoomRow, ...], clear: bool) -> None:
            with database.sessions() as session:
                result = update_event(session, event_id, data, expected_version=version)
                save_rooms(session, event_id, rooms, clear_sessions=clear)
                session.commit()
                outside[0] = result.sessions_outside

        def delete() -> None:
            with database.sessions() as session:
                delete_event(session, event_id, confirmed=True)
                session.commit()

        dialog = EventDialog(save, data, rooms, deleter=delete, parent=self.parent_widget)
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
