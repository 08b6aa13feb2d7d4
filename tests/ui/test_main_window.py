"""The main window on a real database: it opens, navigates, switches events, remembers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database, open_database
from confdesk.events.queries import list_events
from confdesk.ui.conclusions.screen import ConclusionsScreen
from confdesk.ui.dialogs.about import AboutDialog
from confdesk.ui.main_window import MainWindow
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.settings import Settings
from tests.ui.conftest import Events

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, settings: Settings) -> MakeWindow:
    """Builds shown main windows on the test's settings."""

    def make(database: Database | None, **kw: object) -> MainWindow:
        window = MainWindow(settings, database, **kw)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes shown, as (title, text), instead of blocking the test."""
    shown: list[tuple[str, str]] = []

    def critical(_parent: object, title: str, text: str, *args: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def card(window: MainWindow, key: str) -> str:
    return window.current_screen.summary.cards[key].value.text()


def test_window_opens_on_the_most_recent_event(
    qtbot: QtBot, make_window: MakeWindow, events_database: Database
) -> None:
    window = make_window(events_database)
    combo = window.ui.eventCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Follow-up Workshop (4 May 2015)",
        "Conference on Prevention (31 March – 1 April 2014)",
    ]
    assert "events.sqlite" in window.windowTitle()
    assert window.database_status.text() == str(events_database.path)
    assert isinstance(window.current_screen, ParticipantsScreen)
    summary = window.current_screen.summary
    # the figures come just after the list is painted
    qtbot.waitUntil(lambda: summary.title.text() == "Follow-up Workshop")
    assert card(window, "participants") == "3"
    assert summary.line.text() == "3 participants from 0 States and 1 organisations."


def test_event_selector_switches_the_figures(
    qtbot: QtBot, make_window: MakeWindow, events_database: Database,
    two_events: tuple[Path, Events],
) -> None:
    window = make_window(events_database)
    assert window.select_event(two_events[1].conference)
    summary = window.current_screen.summary
    qtbot.waitUntil(lambda: summary.title.text() == "Conference on Prevention")
    assert card(window, "participants") == "12"
    assert card(window, "active_participants") == "11"
    assert card(window, "states") == "2"
    assert card(window, "other_organisations") == "1"
    assert card(window, "sessions") == "5"
    by_category = dict(summary.sections["participants_by_category"].rows())
    assert by_category["Speaker"] == "4" and by_category["Delegate"] == "8"
    window.show_screen(1)
    per_day = window.current_screen.summary.sections["sessions_per_day"].rows()
    assert per_day == [("Monday 31 March 2014", "3"), ("Tuesday 1 April 2014", "2")]
    assert window.event_status.text().startswith("Conference on Prevention")


def test_navigation_by_actions_list_and_shortcuts(
    qtbot: QtBot, make_window: MakeWindow, events_database: Database
) -> None:
    window = make_window(events_database)
    window.ui.actionProgramme.trigger()
    assert isinstance(window.current_screen, ProgrammeScreen)
    assert window.ui.pageTitle.text() == "Programme"
    assert window.ui.navigation.currentRow() == 1

    window.ui.navigation.setCurrentRow(2)
    assert isinstance(window.current_screen, ConclusionsScreen)
    assert window.ui.actionConclusions.isChecked()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_screen, ParticipantsScreen)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_screen, ProgrammeScreen)


def test_every_action_has_a_shortcut(make_window: MakeWindow, events_database: Database) -> None:
    window = make_window(events_database)
    ui = window.ui
    actions = [
        ui.actionNew, ui.actionOpen, ui.actionSaveCopy, ui.actionQuit, ui.actionAbout,
        ui.actionParticipants, ui.actionProgramme, ui.actionConclusions, ui.actionChooseEvent,
        ui.actionListsEnglish, ui.actionListsFrench, window.undo_action, window.redo_action,
        *ui.menuOpenRecent.actions(),
    ]
    missing = [a.text() for a in actions if not a.isSeparator() and a.shortcut().isEmpty()]
    assert missing == []
    assert ui.actionOpen.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    keys = [a.shortcut().toString() for a in actions if not a.isSeparator()]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"


def test_undo_follows_the_shown_screen(make_window: MakeWindow, events_database: Database) -> None:
    window = make_window(events_database)
    assert not window.undo_action.isEnabled()
    window.current_screen.undo_stack.push(QUndoCommand("Rename a session"))
    assert window.undo_action.isEnabled()
    assert "Rename a session" in window.undo_action.text()
    window.show_screen(1)
    assert not window.undo_action.isEnabled()
    window.show_screen(0)
    window.undo_action.trigger()
    assert window.redo_action.isEnabled()


def test_geometry_and_screen_are_remembered(
    qtbot: QtBot, settings: Settings, events_database: Database, two_events: tuple[Path, Events]
) -> None:
    first = MainWindow(settings, events_database)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(757, 523)
    qtbot.waitUntil(lambda: first.size().width() == 757)
    first.show_screen(2)
    first.close()

    second = MainWindow(settings, open_database(two_events[0]))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (757, 523)
    assert isinstance(second.current_screen, ConclusionsScreen)
    second.close()


def test_last_event_is_remembered_per_database(
    make_window: MakeWindow, events_database: Database, two_events: tuple[Path, Events],
    settings: Settings,
) -> None:
    window = make_window(events_database)
    window.select_event(two_events[1].conference)
    window.close()
    again = make_window(open_database(two_events[0]))
    assert again.event_id == two_events[1].conference
    again.close()


def test_open_recent_lists_opened_files_and_prunes_missing_ones(
    make_window: MakeWindow, events_database: Database, tmp_path: Path
) -> None:
    window = make_window(events_database)
    other = tmp_path / "other.sqlite"
    assert window.open_target(str(other), create=True)
    recent = window.ui.menuOpenRecent
    entries = [a.data() for a in recent.actions() if a.data()]
    assert entries == [str(other), str(events_database.path)]
    assert recent.actions()[0].text() == "&1 other.sqlite"

    window.close()
    other.unlink()
    recent.aboutToShow.emit()
    assert [a.data() for a in recent.actions() if a.data()] == [str(events_database.path)]


def test_choosing_a_recent_file_opens_it_and_closes_the_old_engine(
    make_window: MakeWindow, events_database: Database, tmp_path: Path,
    two_events: tuple[Path, Events], monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(events_database)
    empty = tmp_path / "empty.sqlite"
    window.open_target(str(empty), create=True)
    first_db = window.database
    assert first_db is not None
    closed: list[Path | None] = []
    original_close = first_db.close
    monkeypatch.setattr(
        first_db, "close", lambda: (closed.append(first_db.path), original_close())
    )
    recent = window.ui.menuOpenRecent
    events_action = next(a for a in recent.actions() if a.data() == str(two_events[0]))
    events_action.trigger()
    assert window.database is not None and window.database.path == two_events[0]
    assert window.ui.eventCombo.count() == 2
    assert closed == [empty]  # the replaced database was closed (its engine disposed)
    assert not Path(f"{empty}-wal").exists()  # SQLite's last connection checkpointed it


def test_new_database_opens_empty_with_an_honest_message(
    make_window: MakeWindow, events_database: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = make_window(events_database)
    window.ui.actionNew.trigger()
    assert window.database is not None
    assert window.database.path == tmp_path / "fresh.sqlite"
    assert window.ui.eventCombo.count() == 0
    assert not window.ui.eventCombo.isEnabled()
    summary = window.current_screen.summary
    assert summary.title.text() == "This database holds no event yet."
    assert summary.cards == {}


def test_new_database_refuses_an_existing_file(
    make_window: MakeWindow, events_database: Database, monkeypatch: pytest.MonkeyPatch,
    errors: list[tuple[str, str]],
) -> None:
    assert events_database.path is not None
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(events_database.path), "")
    )
    window = make_window(events_database)
    window.ui.actionNew.trigger()
    assert errors and "exists already" in errors[0][1]
    assert window.database is events_database
    assert window.ui.eventCombo.count() == 2


def test_a_database_that_cannot_be_opened_is_reported_and_the_old_one_stays(
    qtbot: QtBot, make_window: MakeWindow, events_database: Database, tmp_path: Path,
    errors: list[tuple[str, str]],
) -> None:
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("minutes of the meeting\n" * 200)
    window = make_window(events_database)
    assert not window.open_target(str(not_a_database))
    assert len(errors) == 1
    title, text = errors[0]
    assert title == "Cannot open the database"
    assert "notes.sqlite" in text and "Traceback" not in text
    assert window.database is events_database
    qtbot.waitUntil(lambda: window.current_screen.summary.title.text() == "Follow-up Workshop")
    assert not_a_database.read_text().startswith("minutes of the meeting")


def test_save_a_copy_writes_a_database_that_opens(
    make_window: MakeWindow, events_database: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = make_window(events_database)
    assert window.ui.actionSaveCopy.isEnabled()
    window.ui.actionSaveCopy.trigger()
    copy = open_database(target, create=False)
    try:
        with copy.sessions() as session:
            titles = [event.title for event in list_events(session)]
    finally:
        copy.close()
    assert titles == ["Follow-up Workshop", "Conference on Prevention"]
    assert "copy.sqlite" in window.statusBar().currentMessage()


def test_save_a_copy_that_sqlite_cannot_write_is_reported(
    make_window: MakeWindow, events_database: Database, tmp_path: Path,
    errors: list[tuple[str, str]],
) -> None:
    """sqlite3's own error (here: no such folder) is neither OSError nor SQLAlchemyError and
    escaped the slot as a traceback instead of a message."""
    window = make_window(events_database)
    assert not window.save_copy_to(tmp_path / "gone" / "copy.sqlite")
    assert [title for title, _text in errors] == ["Cannot save a copy"]


def test_save_a_copy_is_disabled_for_a_server(
    make_window: MakeWindow, database: Database
) -> None:
    window = make_window(database)
    action = window.ui.actionSaveCopy
    if database.path is None:
        assert not action.isEnabled()
        assert "server" in action.toolTip()
    else:
        assert action.isEnabled()


# The offscreen platform cannot size a dialog's native window; a real one can.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_about_dialog_names_version_and_database(
    qtbot: QtBot, make_window: MakeWindow, events_database: Database
) -> None:
    from confdesk import __version__

    window = make_window(events_database)
    window.ui.actionAbout.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert __version__ in dialog.ui.version.text()
    assert str(events_database.path) in dialog.ui.database.text()
    dialog.reject()


def test_list_language_is_a_remembered_preference(
    make_window: MakeWindow, events_database: Database, settings: Settings
) -> None:
    window = make_window(events_database)
    assert window.ui.actionListsEnglish.isChecked()
    window.ui.actionListsFrench.trigger()
    assert settings.list_language() == "fr"
    assert all(screen.list_language == "fr" for screen in window.screens)
    window.close()
    again = make_window(None)
    assert again.ui.actionListsFrench.isChecked()
    assert again.screens[0].summary.title.text() == "No database is open."


# Offscreen cannot raise popups or grab the keyboard; a real display can.
@pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")
def test_choose_event_shortcut_moves_to_the_selector(
    qtbot: QtBot, make_window: MakeWindow, events_database: Database
) -> None:
    window = make_window(events_database)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    combo = window.ui.eventCombo
    qtbot.waitUntil(combo.view().isVisible)  # the list of events drops down
    assert window.focusWidget() is combo
    combo.hidePopup()
