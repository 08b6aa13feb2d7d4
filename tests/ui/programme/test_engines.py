"""Keyboard moves, undo and the refusal of stale changes on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.demo.builder import build_demo
from confdesk.programme import operations as ops
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.settings import Settings
from tests.ui.programme.conftest import programme

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


def test_keyboard_move_undo_and_a_stale_undo_on_both_engines(
        qtbot: QtBot, database: Database, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _p, _t, text, *a: shown.append(text) or 0)
    with database.sessions() as s:
        event_id = build_demo(s).id
        s.commit()
    screen = ProgrammeScreen()
    qtbot.addWidget(screen)
    screen.settings = settings
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_event(database, event_id)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    session_two = next(s for s in programme(database).sessions
                       if s.title.startswith("Session II:"))
    screen.select_session(session_two.id)
    screen.grid.setFocus()
    qtbot.waitUntil(screen.grid.hasFocus)
    qtbot.keyClick(screen.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(screen.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    moved = programme(database).session(session_two.id)
    assert moved.room is not None and moved.room.name == "Second Hall"
    assert (moved.start_time, moved.end_time) == (time(11, 50), time(13, 20))
    screen.undo_stack.undo()
    back = programme(database).session(session_two.id)
    assert back.room is not None and back.room.name == "Main Conference Hall"
    assert back.start_time == time(11, 50)
    with database.sessions.begin() as s:  # someone else deletes it
        ops.delete_session(s, session_two.id)
    screen.undo_stack.undo()
    assert shown and "someone else deleted it" in shown[0]
    assert session_two.id not in {s.id for s in programme(database).sessions}
    assert session_two.id not in screen.grid.blocks
