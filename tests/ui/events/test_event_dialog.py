"""The event dialog from the main window: create an event in an empty database, edit it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database, open_database
from confdesk.events.models import Event
from confdesk.ui.events.event_dialog import EventDialog
from confdesk.ui.main_window import MainWindow
from confdesk.ui.settings import Settings
from tests.factories import make_event, make_room, make_session

#: The offscreen platform says so of every dialog opened over the window.
pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


@pytest.fixture
def empty_database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "new.sqlite")
    yield db
    db.close()


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, empty_database: Database) -> MainWindow:
    window = MainWindow(settings, empty_database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_dialog(window: MainWindow, action_name: str) -> EventDialog:
    getattr(window.ui, action_name).trigger()
    dialog = window.event_actions.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def add_room(dialog: EventDialog, name: str, seats: str) -> None:
    dialog.ui.addRoomButton.click()
    table = dialog.ui.roomsTable
    row = table.rowCount() - 1
    table.item(row, 0).setText(name)
    table.item(row, 1).setText(seats)


def save(dialog: EventDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def test_create_an_event_in_an_empty_database(qtbot: QtBot, window: MainWindow,
                                              empty_database: Database) -> None:
    assert "File → New Event…" in window.current_screen.summary.dates.text()
    assert not window.ui.actionEventProperties.isEnabled()
    assert window.ui.actionNewEvent.shortcut().toString() == "Ctrl+Shift+N"
    assert window.ui.actionNewEvent in window.ui.menuFile.actions()
    assert window.ui.actionEventProperties in window.ui.menuEdit.actions()
    dialog = open_dialog(window, "actionNewEvent")
    ui = dialog.ui
    assert not ui.deleteEventButton.isVisible()
    ui.titleEdit.setText("Regional Forum on Prevention")
    ui.shortNameEdit.setText("Arusha 2015")
    ui.startEdit.setDate(QDate(2015, 9, 7))
    ui.endEdit.setDate(QDate(2015, 9, 8))
    ui.timezoneCombo.setCurrentText("Africa/Dar_es_Salaam")
    ui.countryCombo.setCurrentIndex(ui.countryCombo.findData("TZ"))
    ui.coOrganisersEdit.setPlainText("African Union\n\nUnited Nations")
    ui.languagesEdit.setText("en, fr sw")
    add_room(dialog, "Kilimanjaro Hall", "800")
    add_room(dialog, "Room 2", "")
    save(dialog)
    assert not dialog.isVisible()
    assert window.ui.eventCombo.count() == 1
    assert window.ui.eventCombo.currentText().startswith("Regional Forum on Prevention (")
    assert window.ui.actionEventProperties.isEnabled()
    qtbot.waitUntil(lambda: window.current_screen.summary.title.text()
                    == "Regional Forum on Prevention")
    with empty_database.sessions() as s:
        event = s.get_one(Event, window.event_id)
        assert (event.start_date, event.end_date) == (date(2015, 9, 7), date(2015, 9, 8))
        assert (event.timezone, event.country_code) == ("Africa/Dar_es_Salaam", "TZ")
        assert event.co_organisers == ["African Union", "United Nations"]
        assert event.working_languages == ["en", "fr", "sw"]
        assert [(r.name, r.capacity) for r in event.rooms] == [
            ("Kilimanjaro Hall", 800), ("Room 2", None)]


def test_invalid_time_zone_keeps_the_dialog_open(window: MainWindow) -> None:
    dialog = open_dialog(window, "actionNewEvent")
    dialog.ui.titleEdit.setText("Workshop")
    dialog.ui.timezoneCombo.setCurrentText("Europe/Bruxelles")
    save(dialog)
    assert dialog.isVisible()
    assert "“Europe/Bruxelles” is not a known time zone" in dialog.ui.errorLabel.text()
    assert dialog.ui.titleEdit.text() == "Workshop"
    assert window.ui.eventCombo.count() == 0


@pytest.fixture
def event_with_session(empty_database: Database) -> int:
    with empty_database.sessions() as s:
        event = make_event(s)
        room = make_room(s, event, name="Room A")
        make_room(s, event, name="Room B")
        make_session(s, event, room=room)
        s.commit()
        return event.id


def test_edit_the_venue_and_refuse_deleting_a_room_in_use(
    qtbot: QtBot, settings: Settings, empty_database: Database, event_with_session: int
) -> None:
    window = MainWindow(settings, empty_database)
    qtbot.addWidget(window)
    window.show()
    dialog = open_dialog(window, "actionEventProperties")
    assert dialog.ui.venueEdit.text() == "Egmont Palace"
    dialog.ui.venueEdit.setText("Palais d'Egmont")
    asked: list[str] = []

    def refuse(_title: str, text: str, _yes: str) -> bool:
        asked.append(text)
        return False

    dialog.confirm = refuse  # type: ignore[method-assign]
    dialog.ui.roomsTable.selectRow(0)
    dialog.ui.removeRoomButton.click()
    save(dialog)
    assert dialog.isVisible()
    assert "1 session takes place in “Room A”" in dialog.ui.errorLabel.text()
    assert asked and "Room A" in asked[0]
    with empty_database.sessions() as s:  # nothing saved: not the venue, not the rooms
        event = s.get_one(Event, event_with_session)
        assert event.venue == "Egmont Palace" and len(event.rooms) == 2
    dialog.ui.addRoomButton.click()  # put a room back in place of the one removed
    dialog.ui.roomsTable.item(1, 0).setText("Room C")
    dialog.confirm = lambda *_a: True  # type: ignore[method-assign]
    save(dialog)
    assert not dialog.isVisible()
    with empty_database.sessions() as s:
        event = s.get_one(Event, event_with_session)
        assert event.venue == "Palais d'Egmont"
        assert [r.name for r in event.rooms] == ["Room B", "Room C"]
    assert "Palais" not in window.ui.eventCombo.currentText()  # title unchanged, still shown
    assert window.event_id == event_with_session


def test_delete_the_event_after_confirming(
    qtbot: QtBot, settings: Settings, empty_database: Database, event_with_session: int
) -> None:
    window = MainWindow(settings, empty_database)
    qtbot.addWidget(window)
    window.show()
    dialog = open_dialog(window, "actionEventProperties")
    assert dialog.delete_button is not None and dialog.delete_button.isVisible()
    dialog.confirm = lambda *_a: False  # type: ignore[method-assign]
    dialog.delete_button.click()
    assert dialog.isVisible() and window.ui.eventCombo.count() == 1
    dialog.confirm = lambda *_a: True  # type: ignore[method-assign]
    dialog.delete_button.click()
    assert not dialog.isVisible()
    assert window.ui.eventCombo.count() == 0
    assert not window.ui.actionEventProperties.isEnabled()
    assert window.current_screen.summary.title.text() == "This database holds no event yet."
    with empty_database.sessions() as s:
        assert s.get(Event, event_with_session) is None


def test_new_event_key_works_on_every_screen(qtbot: QtBot, settings: Settings,
                                             tmp_path: Path) -> None:
    """Ctrl+Shift+N is File → New Event… wherever the user is: no screen takes it over."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from confdesk.demo.builder import build_demo

    db = open_database(tmp_path / "demo.sqlite")
    with db.sessions.begin() as s:
        build_demo(s)
    window = MainWindow(settings, db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    conclusions = window.screens[2]
    places = [(0, None), (1, None), (2, None), (2, conclusions.rapporteurs)]  # type: ignore[attr-defined]
    for index, tab in places:
        window.show_screen(index)
        if tab is not None:
            conclusions.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.current_screen.setFocus()
        QTest.keyClick(window, Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        dialog = window.event_actions.dialog
        assert dialog is not None and dialog.isVisible(), f"screen {index}"
        assert dialog.windowTitle() == "New Event"
        dialog.reject()
        window.event_actions.dialog = None
    db.close()
