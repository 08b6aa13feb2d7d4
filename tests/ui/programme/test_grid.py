"""The day grid on the demo: blocks in their rooms' columns, days, drags, resizes, undo."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.ui.programme.grid import TIME_WIDTH
from confdesk.ui.programme.screen import ProgrammeScreen
from tests.ui.programme.conftest import programme

# The offscreen platform cannot size native windows or raise them; a real one can.
pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")

FIRST_DAY, SECOND_DAY = date(2014, 3, 31), date(2014, 4, 1)


def column_names(screen: ProgrammeScreen) -> list[str]:
    assert screen.grid.grid is not None
    return [c.name for c in screen.grid.grid.columns]


def test_day_one_sessions_are_blocks_in_their_rooms_columns(
    screen: ProgrammeScreen, demo: Database
) -> None:
    stored = programme(demo)
    day_one = stored.sessions_on(FIRST_DAY)
    assert len(day_one) == 9
    assert column_names(screen) == [
        "Main Conference Hall", "Second Hall", "Foyer", "Press Room", "Bilateral Meeting Room",
    ]
    assert [screen.day_tabs.tabText(i) for i in range(screen.day_tabs.count())] == [
        "Mon 31 Mar", "Tue 1 Apr",
    ]
    grid = screen.grid
    assert set(grid.blocks) == {s.id for s in day_one}
    for s in day_one:
        block = grid.blocks[s.id]
        assert s.room is not None
        assert column_names(screen)[block.column] == s.room.name
        left = TIME_WIDTH + block.column * grid.column_width
        box = block.sceneBoundingRect()
        assert left <= box.center().x() <= left + grid.column_width
    opening = next(s for s in day_one if s.title.startswith("Opening session"))
    session_one = next(s for s in day_one if s.title.startswith("Session I:"))
    # time runs down: the opening (09:30) sits above Session I (10:00), 30 minutes higher
    gap = grid.blocks[session_one.id].y() - grid.blocks[opening.id].y()
    assert abs(gap - 30 * grid.scale_factor) < 1
    assert grid.blocks[session_one.id].chair_line() == "Chair: Prof. Anne-Sophie Vasseur"


def test_switching_day_by_shortcut_and_tabs(qtbot: QtBot, screen: ProgrammeScreen,
                                            demo: Database) -> None:
    stored = programme(demo)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.grid.setFocus()
    qtbot.keyClick(screen.grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert screen.day_tabs.currentIndex() == 1
    assert set(screen.grid.blocks) == {s.id for s in stored.sessions_on(SECOND_DAY)}
    qtbot.keyClick(screen.grid, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert set(screen.grid.blocks) == {s.id for s in stored.sessions_on(FIRST_DAY)}
    screen.day_tabs.setCurrentIndex(1)
    assert set(screen.grid.blocks) == {s.id for s in stored.sessions_on(SECOND_DAY)}


def test_zoom_stretches_time(screen: ProgrammeScreen) -> None:
    grid = screen.grid
    before = grid.sceneRect().height()
    screen.zoom_in_action.trigger()
    assert grid.sceneRect().height() > before * 1.2
    screen.zoom_reset_action.trigger()
    assert grid.sceneRect().height() == before


def test_dragging_a_block_moves_the_session_snapped_and_undo_restores_it(
    qtbot: QtBot, screen: ProgrammeScreen, demo: Database
) -> None:
    stored = programme(demo)
    side = next(s for s in stored.sessions_on(FIRST_DAY) if s.title.startswith("Side event"))
    assert side.room is not None and side.room.name == "Second Hall"
    grid = screen.grid
    block = grid.blocks[side.id]
    grid.ensureVisible(block.sceneBoundingRect())
    start = grid.mapFromScene(block.sceneBoundingRect().center())
    # one column to the right (Foyer), 37 minutes down → snapped to 5 minutes
    target = start + QPoint(round(grid.column_width), round(37 * grid.scale_factor))
    viewport = grid.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(5, 5))
    QTest.mouseMove(viewport, target)
    # while dragging, the block says where it would land, snapped as the drop will be
    hint = grid.drag_hint
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       target)
    assert grid.drag_hint == ""
    moved = programme(demo).session(side.id)
    assert hint == f"Foyer · {moved.time_range}"
    assert moved.room is not None and moved.room.name == "Foyer"
    assert moved.start_time.minute % 5 == 0
    assert time(17, 5) <= moved.start_time <= time(17, 10)
    assert moved.duration_minutes == side.duration_minutes
    assert column_names(screen)[screen.grid.blocks[side.id].column] == "Foyer"
    assert screen.undo_stack.undoText() == f"Move “{side.title}”"

    screen.undo_stack.undo()
    back = programme(demo).session(side.id)
    assert (back.room, back.start_time, back.end_time) == (side.room, side.start_time,
                                                           side.end_time)
    screen.undo_stack.redo()
    assert programme(demo).session(side.id).room.name == "Foyer"  # type: ignore[union-attr]


def test_move_api_changes_room_and_time(screen: ProgrammeScreen, demo: Database) -> None:
    stored = programme(demo)
    press = stored.sessions_on(FIRST_DAY)[0]  # registration, Foyer 08:30
    screen.grid.move_block(press.id, 3, 62)  # Press Room, 62 minutes below 08:00
    moved = programme(demo).session(press.id)
    assert moved.room is not None and moved.room.name == "Press Room"
    assert moved.start_time == time(9, 0)


def test_resizing_by_the_bottom_edge_and_undo(qtbot: QtBot, screen: ProgrammeScreen,
                                              demo: Database) -> None:
    stored = programme(demo)
    session_one = next(s for s in stored.sessions_on(FIRST_DAY)
                       if s.title.startswith("Session I:"))
    grid = screen.grid
    block = grid.blocks[session_one.id]
    grid.ensureVisible(block.sceneBoundingRect())
    box = block.sceneBoundingRect()
    bottom = grid.mapFromScene(box.center().x(), box.top() + block.height() - 2)
    target = bottom + QPoint(0, round(22 * grid.scale_factor))
    viewport = grid.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bottom)
    QTest.mouseMove(viewport, bottom + QPoint(0, 6))
    QTest.mouseMove(viewport, target)
    hint = grid.drag_hint
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       target)
    resized = programme(demo).session(session_one.id)
    assert hint == f"{resized.time_range} ({resized.duration_minutes} min)"
    assert resized.start_time == time(10, 0)
    assert resized.end_time in (time(11, 50), time(11, 55))
    screen.undo_stack.undo()
    assert programme(demo).session(session_one.id).end_time == time(11, 30)
