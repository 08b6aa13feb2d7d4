"""A colleague's edit of the outcome document shows in the window without a reload, and
never at the cost of the paragraph one is typing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from confdesk.conclusions.service import ConclusionsService
from confdesk.db.database import Database, open_database
from confdesk.ui.conclusions.screen import ConclusionsScreen
from confdesk.ui.main_window import MainWindow
from confdesk.ui.settings import Settings
from tests.ui.conclusions.test_editor import select, uid_at

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_colleagues_edit_waits_for_the_typing_then_shows(
        qtbot: QtBot, settings: Settings, demo: Database) -> None:
    window = MainWindow(settings, demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen(2)
    screen = window.screens[2]
    assert isinstance(screen, ConclusionsScreen)
    page = screen.editor
    theirs = uid_at(page, 2, 0)
    mine = select(page, 2, 14)
    page.pane.timer.setInterval(60 * 60 * 1000)  # no commit by pause during the test
    box = page.pane.ui.textBox
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, " Always.")

    assert demo.path is not None
    colleague = open_database(demo.path, person="Rui")
    try:
        ConclusionsService.open(colleague, event_id=1).edit_text(theirs, "Rui's wording.")
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: window.ui.statusBar.currentMessage().startswith(
        "Updated by Rui at "), timeout=5000)
    assert box.toPlainText() == "Remain seized of the matter. Always."  # typing kept
    assert page.current_uid() == mine
    assert page.model.item(2, 0).child(0, 1).text() != "Rui's wording."  # not yet

    page.pane.commit()
    qtbot.waitUntil(lambda: page.model.item(2, 0).child(0, 1).text() == "Rui's wording.",
                    timeout=5000)
    assert page.current_uid() == mine
    assert page.model.item(2, 0).child(14, 1).text() == "Remain seized of the matter. Always."


def test_history_of_a_paragraph(qtbot: QtBot, settings: Settings, demo: Database) -> None:
    window = MainWindow(settings, demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen(2)
    screen = window.screens[2]
    assert isinstance(screen, ConclusionsScreen)
    page = screen.editor
    uid = select(page, 2, 14)
    ConclusionsService.open(demo, event_id=1).edit_text(uid, "Remain actively seized.")
    dialog = window.team_actions.show_history()
    assert dialog is not None
    lines = dialog.lines()
    assert "Conclusions: edit text" in lines[0]
    assert lines[1] == "Text: Remain seized of the matter. → Remain actively seized."
    dialog.close()
