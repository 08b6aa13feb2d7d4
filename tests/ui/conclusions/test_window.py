"""The Conclusions screen inside the main window: its changes go through Edit → Undo."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.ui.conclusions.screen import ConclusionsScreen
from confdesk.ui.main_window import MainWindow
from confdesk.ui.settings import Settings
from tests.ui.conclusions.test_editor import section_rows, select

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_window_undo_reverts_an_editor_change(qtbot: QtBot, settings: Settings,
                                              demo: Database) -> None:
    window = MainWindow(settings, demo, opener=lambda *_a, **_k: demo)
    qtbot.addWidget(window)
    window.show_screen(2)
    screen = window.current_screen
    assert isinstance(screen, ConclusionsScreen)
    page = screen.editor
    assert len(section_rows(page, 2)) == 15
    select(page, 2, 0)
    page.edit_actions["down"].trigger()
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Move paragraph"
    window.undo_action.trigger()
    assert section_rows(page, 2)[0][1].startswith("Sign, ratify")
    window.redo_action.trigger()
    assert section_rows(page, 2)[1][1].startswith("Sign, ratify")
