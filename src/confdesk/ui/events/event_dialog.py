"""The event dialog: an event's fields and rooms; a refused save keeps it open with the input."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from confdesk.events.models import EventKind
from confdesk.events.operations import (
    ConfirmationRequired,
    EventData,
    EventInputError,
    RoomRow,
    timezones,
    valid_timezone,
)
from confdesk.labels import event_kind_label
from confdesk.registration.states import all_states, country_name
from confdesk.ui import messages
from confdesk.ui.generated.ui_event_dialog import Ui_EventDialog
from confdesk.ui.labels import translated

#: Saves the event and its rooms; `clear_sessions` lets a room in use go. Raises UserError
#: (ConfirmationRequired for a room in use) to refuse, which keeps the dialog open: input
#: refusals (EventInputError, an unconfirmed room in use) are shown in the dialog, others
#: (a colleague's change, a lost database) through `messages.user_errors`.
Saver = Callable[[EventData, tuple[RoomRow, ...], bool], None]
#: Deletes the event (after the dialog asked); raises UserError to refuse.
Deleter = Callable[[], None]

ROOM_ID_ROLE = Qt.ItemDataRole.UserRole
ROOM_VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


def system_timezone() -> str:
    """The computer's IANA time zone, or UTC when it has none that zoneinfo knows."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    return name if valid_timezone(name) else "UTC"


def qdate(value: date) -> QDate:
    """A Python date as Qt's."""
    return QDate(value.year, value.month, value.day)


def python_date(value: QDate) -> date:
    """A Qt date as Python's."""
    return date(value.year(), value.month(), value.day())


class EventDialog(QDialog):
    """Create (`data` None) or edit one event; `saver` does the work."""

    def __init__(self, saver: Saver, data: EventData | None = None,
                 rooms: tuple[RoomRow, ...] = (), *, deleter: Deleter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        self.saver, self.deleter = saver, deleter
        #: True once the event was deleted from this dialog.
        self.deleted = False
        ui = self.ui
        for kind in EventKind:
            ui.kindCombo.addItem(translated(event_kind_label(kind)), kind)
        ui.timezoneCombo.addItems(sorted(timezones()))
        completer = QCompleter(sorted(timezones()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.timezoneCombo.setCompleter(completer)
        ui.countryCombo.addItem(self.tr("(none)"), None)
        for state in sorted(all_states(), key=lambda s: s.sort_key()):
            ui.countryCombo.addItem(f"{state.name_en} ({state.code})", state.code)  # UN names
        header = ui.roomsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.roomsTable.setMinimumWidth(300)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.addRoomButton.clicked.connect(self.add_room)
        ui.removeRoomButton.clicked.connect(self.remove_room)
        ui.upButton.clicked.connect(lambda: self.move_room(-1))
        ui.downButton.clicked.connect(lambda: self.move_room(1))
        ui.roomsTable.itemSelectionChanged.connect(self._update_buttons)
        ui.startEdit.dateChanged.connect(self._start_moved)
        #: Left of Save and Cancel, away from them; only when editing an event.
        self.delete_button = ui.deleteEventButton if deleter is not None else None
        ui.deleteEventButton.setVisible(data is not None and deleter is not None)
        ui.deleteEventButton.clicked.connect(self.delete_event)
        if data is None:
            self.setWindowTitle(self.tr("New Event"))
            today = date.today()
            data = EventData("", today, today, timezone=system_timezone())
        else:
            self.setWindowTitle(self.tr("Event: %s") % (data.short_name or data.title))
        self._set(data)
        for row in rooms:
            self._append_room(row)
        self._update_buttons()

    def _set(self, data: EventData) -> None:
        ui = self.ui
        ui.titleEdit.setText(data.title)
        ui.shortNameEdit.setText(data.short_name)
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(data.kind), 0))
        ui.startEdit.setDate(qdate(data.start_date))
        ui.endEdit.setDate(qdate(data.end_date))
        ui.timezoneCombo.setCurrentText(data.timezone)
        ui.venueEdit.setText(data.venue)
        ui.cityEdit.setText(data.city)
        index = ui.countryCombo.findData(data.country_code)
        if index < 0 and data.country_code:  # a territory that is no UN State: keep it
            ui.countryCombo.addItem(
                f"{country_name(data.country_code)} ({data.country_code})", data.country_code)
            index = ui.countryCombo.count() - 1
        ui.countryCombo.setCurrentIndex(max(index, 0))
        ui.hostEdit.setText(data.host)
        ui.coOrganisersEdit.setPlainText("\n".join(data.co_organisers))
        ui.languagesEdit.setText(", ".join(data.working_languages))
        ui.titleFrEdit.setText(data.title_fr)
        ui.venueFrEdit.setText(data.venue_fr)
        ui.cityFrEdit.setText(data.city_fr)
        ui.hostFrEdit.setText(data.host_fr)

    def _start_moved(self, start: QDate) -> None:
        """A start moved past the end takes the end with it (a one-day event)."""
        if self.ui.endEdit.date() < start:
            self.ui.endEdit.setDate(start)

    # -- rooms -----------------------------------------------------------------------------
    def _append_room(self, row: RoomRow) -> int:
        table = self.ui.roomsTable
        index = table.rowCount()
        table.insertRow(index)
        name = QTableWidgetItem(row.name)
        name.setData(ROOM_ID_ROLE, row.room_id)
        name.setData(ROOM_VERSION_ROLE, row.version)
        seats = QTableWidgetItem("" if row.capacity is None else str(row.capacity))
        seats.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(index, 0, name)
        table.setItem(index, 1, seats)
        return index

    def _selected_row(self) -> int:
        rows = self.ui.roomsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        row, count = self._selected_row(), self.ui.roomsTable.rowCount()
        self.ui.removeRoomButton.setEnabled(row >= 0)
        self.ui.upButton.setEnabled(row > 0)
        self.ui.downButton.setEnabled(0 <= row < count - 1)

    def add_room(self) -> None:
        """A new row, its name ready to type."""
        index = self._append_room(RoomRow(""))
        table = self.ui.roomsTable
        table.selectRow(index)
        table.setFocus()
        item = table.item(index, 0)
        if item is not None:
            table.editItem(item)

    def remove_room(self) -> None:
        """Drop the selected room (the save asks if sessions use it)."""
        row = self._selected_row()
        if row >= 0:
            self.ui.roomsTable.removeRow(row)
            self.ui.roomsTable.selectRow(min(row, self.ui.roomsTable.rowCount() - 1))
            self._update_buttons()

    def move_room(self, step: int) -> None:
        """Move the selected room up (-1) or down (1) in the programme grid's order."""
        row, table = self._selected_row(), self.ui.roomsTable
        other = row + step
        if row < 0 or not 0 <= other < table.rowCount():
            return
        for column in range(table.columnCount()):
            mine, theirs = table.takeItem(row, column), table.takeItem(other, column)
            table.setItem(row, column, theirs)
            table.setItem(other, column, mine)
        table.selectRow(other)
        self._update_buttons()

    def rooms(self) -> tuple[RoomRow, ...]:
        """The rooms as the table lists them (blank rows skipped)."""
        table, result = self.ui.roomsTable, []
        for row in range(table.rowCount()):
            name_item, seats_item = table.item(row, 0), table.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            seats = seats_item.text().strip() if seats_item else ""
            room_id = name_item.data(ROOM_ID_ROLE) if name_item else None
            if not name and not seats and room_id is None:
                continue
            capacity = None
            if seats:
                if not seats.isdigit():
                    raise EventInputError(self.tr(
                        "The seats of “{name}” must be a whole number, not “{seats}”."
                    ).format(name=name or self.tr("(no name)"), seats=seats))
                capacity = int(seats)
            version = name_item.data(ROOM_VERSION_ROLE) if name_item else None
            result.append(RoomRow(name, capacity, room_id, version))
        return tuple(result)

    # -- saving ----------------------------------------------------------------------------
    def data(self) -> EventData:
        """The event as the fields show it."""
        ui = self.ui
        return EventData(
            title=ui.titleEdit.text(), start_date=python_date(ui.startEdit.date()),
            end_date=python_date(ui.endEdit.date()), short_name=ui.shortNameEdit.text(),
            kind=ui.kindCombo.currentData(), timezone=ui.timezoneCombo.currentText(),
            venue=ui.venueEdit.text(), city=ui.cityEdit.text(),
            country_code=ui.countryCombo.currentData(), host=ui.hostEdit.text(),
            co_organisers=tuple(ui.coOrganisersEdit.toPlainText().splitlines()),
            working_languages=tuple(c for c in re.split(r"[\s,;]+", ui.languagesEdit.text())
                                    if c),
            title_fr=ui.titleFrEdit.text(), venue_fr=ui.venueFrEdit.text(),
            city_fr=ui.cityFrEdit.text(), host_fr=ui.hostFrEdit.text(),
        )

    def accept(self) -> None:
        """Save through the saver; on a refusal show why and stay open with the input."""
        with messages.user_errors(self, self.tr("Cannot save the event")) as outcome:
            try:
                data, rooms = self.data(), self.rooms()
                try:
                    self.saver(data, rooms, False)
                except ConfirmationRequired as exc:
                    if not self.confirm(self.tr("Rooms in use"), messages.user_text(exc),
                                        self.tr("Leave Them Without a Room")):
                        raise
                    self.saver(data, rooms, True)
            except (EventInputError, ConfirmationRequired) as exc:
                self.ui.errorLabel.setText(messages.user_text(exc))
                return
        self.ui.errorLabel.clear()
        if not outcome.failed:
            super().accept()

    def delete_event(self) -> None:
        """Ask, then delete the event with everything in it."""
        if self.deleter is None or not self.confirm(
            self.tr("Delete the event"),
            self.tr("Delete “{title}” with all its participants, sessions and outcome "
                    "documents? This cannot be undone.").format(title=self.ui.titleEdit.text()),
            self.tr("Delete Event"),
        ):
            return
        with messages.user_errors(self, self.tr("Cannot delete the event")) as outcome:
            self.deleter()
        if outcome.failed:
            return
        self.deleted = True
        super().accept()

    def confirm(self, title: str, text: str, yes: str) -> bool:
        """Ask a yes/no question, Cancel the default (tests replace this to answer)."""
        return messages.confirm(self, title, text, action=yes, destructive=True)
