"""Keys of the list inside the main window: Ins/Ctrl+N add, Enter/F2 edit, Ctrl+F search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.ui.main_window import MainWindow
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.settings import Settings
from tests.ui.participants.conftest import People


@pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")
def test_list_keys_in_the_window(qtbot: QtBot, people_database: tuple[Database, People],
                                 settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    db, ids = people_database
    file_dialogs: list[str] = []

    def save_name(*_args: object, **_kw: object) -> tuple[str, str]:
        file_dialogs.append("asked")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window = MainWindow(settings, db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen = window.screens[0]
    assert isinstance(screen, ParticipantsScreen)
    calls: list[str] = []
    monkeypatch.setattr(screen, "add", lambda: calls.append("add"))
    monkeypatch.setattr(screen, "edit", lambda pid: calls.append(f"edit {pid}"))
    table = screen.list_page.table
    screen.list_page.select_ids({ids.jagland})
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert calls == ["add", "add", f"edit {ids.jagland}", f"edit {ids.jagland}"]
    assert file_dialogs == []  # Ctrl+N in the list did not start File → New
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.list_page.search.hasFocus()
    window.close()


@pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")
def test_tab_enters_and_leaves_the_list(qtbot: QtBot, people_database: tuple[Database, People],
                                        settings: Settings) -> None:
    db, ids = people_database
    window = MainWindow(settings, db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen = window.screens[0]
    assert isinstance(screen, ParticipantsScreen)
    table = screen.list_page.table
    screen.list_page.select_ids({ids.jagland})
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # arrows move inside the list
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # Tab goes on to the next widget
    assert not table.hasFocus()
    focused = window.focusWidget()
    assert focused is not None and focused is not table
    qtbot.keyClick(focused, Qt.Key.Key_Backtab)  # and Shift+Tab comes back
    assert table.hasFocus()
    window.close()
