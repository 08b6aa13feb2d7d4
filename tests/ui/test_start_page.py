"""The start page: with no database, or a database without an event, the window offers the
first steps (create an event, import registrations, open the demo or another database)
instead of an empty table with every action greyed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCommandLinkButton, QDialogButtonBox
from pytestqt.qtbot import QtBot

import confdesk.demo.copy
from confdesk.db.database import Database, open_database
from confdesk.ui.main_window import MainWindow
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


@pytest.fixture
def empty_database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "new.sqlite")
    yield db
    db.close()


def button(window: MainWindow, name: str) -> QCommandLinkButton:
    found = window.start_page.findChild(QCommandLinkButton, name)
    assert found is not None
    return found


@pytest.mark.slow
def test_no_database_offers_the_demo_and_opens_it(
        qtbot: QtBot, settings: Settings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "demo.sqlite"
    monkeypatch.setattr(confdesk.demo.copy, "demo_copy_path", lambda: path)
    window = MainWindow(settings, None)
    qtbot.addWidget(window)
    window.show()
    page = window.start_page
    assert page.isVisible() and not window.ui.pages.isVisible()
    assert page.heading.text() == "Welcome to confdesk"
    assert not button(window, "startCreateEvent").isVisible()
    assert button(window, "startDemo").isVisible() and button(window, "startOpen").isVisible()
    assert not window.ui.navigation.isEnabled()
    button(window, "startDemo").click()
    assert not button(window, "startDemo").isEnabled()  # while the copy is being written
    qtbot.waitUntil(lambda: window.database is not None and window.database.path == path,
                    timeout=60000)
    assert button(window, "startDemo").isEnabled()
    assert not page.isVisible() and window.ui.pages.isVisible()
    assert window.ui.navigation.isEnabled()
    qtbot.waitUntil(lambda: window.current_screen.summary.title.text() == (
        "International Conference on Genocide Prevention"))
    window.close()


def test_an_empty_database_offers_to_create_the_event_then_shows_the_screens(
        qtbot: QtBot, settings: Settings, empty_database: Database) -> None:
    window = MainWindow(settings, empty_database)
    qtbot.addWidget(window)
    window.show()
    page = window.start_page
    assert page.isVisible()
    assert page.heading.text() == "This database holds no event yet"
    assert str(empty_database.path) in page.explanation.text()
    create = button(window, "startCreateEvent")
    assert create.isVisible() and create.isDefault()
    create.click()
    dialog = window.event_actions.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.titleEdit.setText("Regional Forum on Prevention")
    dialog.ui.startEdit.setDate(QDate(2015, 9, 7))
    dialog.ui.endEdit.setDate(QDate(2015, 9, 8))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert window.event_id is not None
    assert not page.isVisible() and window.ui.pages.isVisible()
    qtbot.waitUntil(
        lambda: window.current_screen.summary.title.text() == "Regional Forum on Prevention")
    window.close()


def test_import_registrations_creates_the_event_then_opens_the_import(
        qtbot: QtBot, settings: Settings, empty_database: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    imports: list[int | None] = []
    window = MainWindow(settings, empty_database)
    qtbot.addWidget(window)
    screen = window.screens[0]
    assert isinstance(screen, ParticipantsScreen)
    screen.import_action.triggered.disconnect()
    screen.import_action.triggered.connect(lambda: imports.append(screen.event_id))
    window.show()
    button(window, "startImport").click()
    dialog = window.event_actions.dialog
    assert dialog is not None
    dialog.ui.titleEdit.setText("Workshop on Early Warning")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(imports), timeout=5000)
    assert imports == [window.event_id] and window.current_screen is screen
    window.close()


def test_recent_databases_are_offered(qtbot: QtBot, settings: Settings, tmp_path: Path,
                                      empty_database: Database) -> None:
    other = tmp_path / "other.sqlite"
    open_database(other).close()
    settings.add_recent_database(str(other))
    window = MainWindow(settings, None)
    qtbot.addWidget(window)
    window.show()
    recent = [b for b in window.start_page.recent_buttons if b.isVisible()]
    assert [b.text() for b in recent] == ["other.sqlite"]
    recent[0].click()
    assert window.database is not None and window.database.path == other
    assert window.start_page.heading.text() == "This database holds no event yet"
    window.close()
