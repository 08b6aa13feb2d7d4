"""Screen readers reach every session block of the day grid: the grid is a list whose items
are the blocks in running order, named by title and described by day, time, room, people
and conflicts; the focused item follows the keyboard."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from pytestqt.qtbot import QtBot

from confdesk.programme.conflicts import Finding, FindingKind, Severity
from confdesk.ui.programme.screen import ProgrammeScreen

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")

Key = Qt.Key
NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


@pytest.fixture
def focused(qtbot: QtBot, screen: ProgrammeScreen) -> Iterator[ProgrammeScreen]:
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.grid.setFocus()
    qtbot.waitUntil(screen.grid.hasFocus)
    yield screen


def grid_interface(screen: ProgrammeScreen) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(screen.grid)
    assert iface is not None
    return iface


def children(iface: QAccessibleInterface) -> list[QAccessibleInterface]:
    found = [iface.child(i) for i in range(iface.childCount())]
    assert all(child is not None for child in found)
    return found


def test_every_block_is_a_named_and_described_list_item_in_running_order(
        screen: ProgrammeScreen) -> None:
    iface = grid_interface(screen)
    assert iface.role() == QAccessible.Role.List
    assert iface.text(NAME) == "Timetable of Monday 31 March 2014"
    items = children(iface)
    assert len(items) == len(screen.grid.blocks) > 5
    names = [item.text(NAME) for item in items]
    assert names[:2] == ["Registration and welcome coffee", "Opening session: welcome address"]
    session_one = next(item for item in items if item.text(NAME).startswith("Session I:"))
    assert session_one.role() == QAccessible.Role.ListItem
    description = session_one.text(DESCRIPTION)
    assert description.startswith(
        "Monday 31 March 2014, 10:00–11:30, Main Conference Hall. Panel. ")
    assert "Chair: Prof. Anne-Sophie Vasseur" in description
    assert description.endswith("No conflicts.")
    assert "<" not in description
    for index, item in enumerate(items):
        assert iface.indexOfChild(item) == index
        parent = item.parent()
        assert parent is not None and parent.object() is screen.grid


def test_an_item_lies_where_its_block_is_painted_and_is_found_there(
        screen: ProgrammeScreen) -> None:
    iface = grid_interface(screen)
    item = children(iface)[1]
    block = item.object()
    rect = item.rect()
    local = screen.grid.mapFromScene(block.sceneBoundingRect()).boundingRect()
    assert rect == QRect(screen.grid.viewport().mapToGlobal(local.topLeft()), local.size())
    assert grid_interface(screen).rect().intersects(rect)
    found = iface.childAt(rect.center().x(), rect.center().y())
    assert found is not None and found.text(NAME) == "Opening session: welcome address"


def test_the_focused_item_follows_the_arrow_keys(
        qtbot: QtBot, focused: ProgrammeScreen) -> None:
    screen = focused
    iface = grid_interface(screen)
    assert iface.focusChild() is None  # nothing selected yet
    qtbot.keyClick(screen.grid, Key.Key_Down)
    focus = iface.focusChild()
    assert focus is not None and focus.text(NAME) == "Registration and welcome coffee"
    assert focus.state().focused and focus.state().selected
    qtbot.keyClick(screen.grid, Key.Key_Tab)
    focus = iface.focusChild()
    assert focus is not None and focus.text(NAME) == "Opening session: welcome address"
    others = [c for c in children(iface) if c.text(NAME) == "Registration and welcome coffee"]
    assert not others[0].state().focused and not others[0].state().selected
    screen.search_edit.setFocus()
    qtbot.waitUntil(lambda: not screen.grid.hasFocus())
    assert iface.focusChild() is None
    assert not focus.state().focused and focus.state().selected


def test_conflicts_are_read_out_with_their_count(screen: ProgrammeScreen) -> None:
    grid = screen.grid
    block = next(b for b in grid.blocks.values() if b.session.title.startswith("Session I:"))
    block.findings = [
        Finding(Severity.ERROR, FindingKind.ROOM_OVERLAP, "{room} is double-booked with {other}.",
                {"room": "Main Conference Hall", "other": "“Lunch”"}, (block.session.id,)),
    ]
    item = QAccessible.queryAccessibleInterface(block)
    # "1 conflict: …" once the English plural forms are filled in; "1 conflict(s): …" before
    assert re.search(r"\. 1 conflict(\(s\))?: Main Conference Hall is double-booked with "
                     r"“Lunch”\.$", item.text(DESCRIPTION))


def test_items_of_a_rebuilt_grid_are_the_new_blocks(screen: ProgrammeScreen) -> None:
    iface = grid_interface(screen)
    before = [c.text(NAME) for c in children(iface)]
    screen.step_day(1)
    after = [c.text(NAME) for c in children(grid_interface(screen))]
    assert after and after != before
    assert grid_interface(screen).text(NAME) == "Timetable of Tuesday 1 April 2014"
