"""The Programme screen speaks the window's grammar: a menu with every action, actions enabled
by the selection, and a conflicts panel that is there when there are conflicts."""

from __future__ import annotations

from datetime import time

import pytest
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.ui.programme.grid import MIN_LANE_WIDTH
from confdesk.ui.programme.screen import ProgrammeScreen
from tests.ui.programme.conftest import programme

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


def test_the_menu_holds_every_action_of_the_toolbar_and_the_exports(
        screen: ProgrammeScreen) -> None:
    menu = screen.menu_actions()
    texts = [a.text().replace("&", "") for a in menu if not a.isSeparator()]
    for action in screen.toolbar.actions():
        if action.text() and not action.isSeparator() and action.isVisible():
            assert action in menu or action.text() == "", action.text()
    assert screen.export_menu.menuAction() in menu
    assert set(screen.export_actions.values()) <= set(screen.export_menu.actions())
    assert {"New session", "Edit", "Duplicate", "Delete", "Themes…", "Find session",
            "Previous day", "Next day", "Zoom in", "Zoom out"} <= set(texts)
    # every action of the menu answers to a key or lives in a menu reached by Alt
    keyless = [a.text() for a in menu if not a.isSeparator() and a.shortcut().isEmpty()
               and a is not screen.export_menu.menuAction()]
    assert keyless == []


def test_session_actions_follow_the_selection(screen: ProgrammeScreen, demo: Database) -> None:
    screen.selected_id = 0
    screen.grid.scene().clearSelection()
    screen.update_actions()
    assert screen.new_action.isEnabled()
    assert not screen.edit_action.isEnabled()
    assert not screen.delete_action.isEnabled()
    assert not screen.duplicate_action.isEnabled()
    first = programme(demo).sessions[0]
    screen.select_session(first.id)
    screen.update_actions()
    assert screen.edit_action.isEnabled() and screen.delete_action.isEnabled()
    # no event: nothing to act on
    screen.show_event(None, None)
    assert not screen.new_action.isEnabled() and not screen.edit_action.isEnabled()
    assert not any(a.isEnabled() for a in screen.export_actions.values())


def test_the_conflicts_panel_comes_with_conflicts_and_can_be_closed(
        qtbot: QtBot, screen: ProgrammeScreen, demo: Database) -> None:
    before = len(screen.findings)
    stored = programme(demo)
    side = next(s for s in stored.sessions if s.title.startswith("Side event: Focal"))
    hall_session = next(s for s in stored.sessions if s.title.startswith("Session III"))
    assert hall_session.room is not None
    if before == 0:
        assert not screen.warnings.isVisible()
        assert not screen.conflicts_action.isEnabled()
    screen.move_session(side.id, hall_session.room.id, time(15, 0))  # a room clash
    count = len(screen.findings)
    assert count > before
    # the clashing sessions stand side by side, each wide enough to read
    for session_id in (side.id, hall_session.id):
        block = screen.grid.blocks[session_id]
        assert block.sceneBoundingRect().width() >= MIN_LANE_WIDTH - 8
        assert "holds two sessions at once" in block.toolTip()
    assert not screen.grid.blocks[side.id].sceneBoundingRect().intersects(
        screen.grid.blocks[hall_session.id].sceneBoundingRect())
    assert screen.warnings.isVisible()
    assert screen.conflicts_action.isChecked()
    assert screen.conflicts_action.text() == f"&Conflicts Panel ({count})"
    screen.conflicts_action.trigger()  # the user closes it
    assert not screen.warnings.isVisible()
    screen.conflicts_action.trigger()  # and opens it again
    assert screen.warnings.isVisible()
    screen.undo_stack.undo()
    assert len(screen.findings) == before
    assert screen.warnings.isVisible() == bool(before)
