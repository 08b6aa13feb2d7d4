"""The day grid by keyboard: arrows and Tab choose blocks, Alt+arrows move and resize with
one undo step each, Enter/Del/Ins/Ctrl+N, the focus ring, accessible names, stale refusals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from confdesk.db.database import Database
from confdesk.events.models import Event
from confdesk.programme import operations as ops
from confdesk.programme.queries import SessionInfo
from confdesk.ui.main_window import MainWindow
from confdesk.ui.programme.blocks import FOCUS_COLOUR
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.programme.session_dialog import SessionDialog
from confdesk.ui.settings import Settings
from tests.ui.programme.conftest import programme

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def focused(qtbot: QtBot, screen: ProgrammeScreen) -> Iterator[ProgrammeScreen]:
    """The screen, active, with keyboard focus on the grid."""
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.grid.setFocus()
    qtbot.waitUntil(screen.grid.hasFocus)
    yield screen


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of the error messages shown, instead of blocking the test."""
    shown: list[str] = []

    def critical(_parent: object, _title: str, text: str, *args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def session(db: Database, title_start: str) -> SessionInfo:
    return next(s for s in programme(db).sessions if s.title.startswith(title_start))


def selected_title(screen: ProgrammeScreen) -> str:
    block = screen.grid.blocks.get(screen.grid.selected_session())
    return block.session.title if block else ""


def press(qtbot: QtBot, screen: ProgrammeScreen, key: Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(screen.grid, key, modifiers)


def test_arrows_and_tab_walk_the_blocks_and_the_list_follows(
        qtbot: QtBot, focused: ProgrammeScreen) -> None:
    screen = focused
    assert selected_title(screen) == ""
    press(qtbot, screen, Key.Key_Down)  # nothing selected: the day's first session
    assert selected_title(screen) == "Registration and welcome coffee"
    press(qtbot, screen, Key.Key_Tab)
    assert selected_title(screen) == "Opening session: welcome address"
    assert screen.grid.hasFocus()
    press(qtbot, screen, Key.Key_Down)
    assert selected_title(screen).startswith("Session I:")
    press(qtbot, screen, Key.Key_Right)  # the Second Hall holds one session that day
    assert selected_title(screen).startswith("Side event: Focal Points")
    press(qtbot, screen, Key.Key_Right)  # Foyer: the coffee break just before it
    assert selected_title(screen) == "Coffee break"
    assert screen.grid.blocks[screen.grid.selected_session()].session.start_time == time(16, 0)
    press(qtbot, screen, Key.Key_Up)
    assert selected_title(screen) == "Lunch"
    press(qtbot, screen, Key.Key_Left)
    assert selected_title(screen).startswith("Side event: Focal Points")
    press(qtbot, screen, Key.Key_Backtab, SHIFT)
    assert selected_title(screen) == "Coffee break"
    # the list's current row and the screen's selection follow the keyboard
    row = screen.table.currentIndex().row()
    assert screen.model.session_at(row).id == screen.grid.selected_session() == \
        screen.selected_id


def test_tab_past_the_last_block_leaves_the_grid_and_tab_into_it_selects_the_first(
        qtbot: QtBot, focused: ProgrammeScreen) -> None:
    screen = focused
    screen.select_session(session(screen.database, "Side event: Focal").id)  # last at 16:30
    press(qtbot, screen, Key.Key_Tab)
    qtbot.waitUntil(lambda: not screen.grid.hasFocus())
    screen.grid.scene().clearSelection()
    screen.grid.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(screen.grid.hasFocus)
    assert selected_title(screen) == "Registration and welcome coffee"


def test_alt_arrows_move_and_resize_through_the_backend_one_undo_step_each(
        qtbot: QtBot, focused: ProgrammeScreen, demo: Database) -> None:
    screen = focused
    before = session(demo, "Session I:")
    screen.select_session(before.id)
    steps = [
        ((Key.Key_Down, ALT), ("Main Conference Hall", time(10, 5), time(11, 35))),
        ((Key.Key_Up, ALT), ("Main Conference Hall", time(10, 0), time(11, 30))),
        ((Key.Key_Up, ALT), ("Main Conference Hall", time(9, 55), time(11, 25))),
        ((Key.Key_Right, ALT), ("Second Hall", time(9, 55), time(11, 25))),
        ((Key.Key_Down, ALT | SHIFT), ("Second Hall", time(9, 55), time(11, 30))),
        ((Key.Key_Up, ALT | SHIFT), ("Second Hall", time(9, 55), time(11, 25))),
        ((Key.Key_Left, ALT), ("Main Conference Hall", time(9, 55), time(11, 25))),
    ]
    seen = []
    for count, ((key, modifiers), expected) in enumerate(steps, start=1):
        press(qtbot, screen, key, modifiers)
        now = session(demo, "Session I:")
        assert now.room is not None
        seen.append((now.room.name, now.start_time, now.end_time))
        assert seen[-1] == expected
        assert screen.undo_stack.count() == count
        # the moved block stays selected with the keyboard focus on it
        assert screen.grid.selected_session() == before.id
        assert screen.grid.blocks[before.id].focus_ring
        assert screen.grid.hasFocus()
    assert screen.undo_stack.undoText() == f"Move “{before.title}”"
    for expected in reversed([("Main Conference Hall", time(10, 0), time(11, 30)), *seen[:-1]]):
        screen.undo_stack.undo()
        now = session(demo, "Session I:")
        assert (now.room.name if now.room else "", now.start_time, now.end_time) == expected
    assert screen.undo_stack.index() == 0


def test_alt_up_at_the_edge_of_the_rooms_asks_nothing(qtbot: QtBot, focused: ProgrammeScreen,
                                                       demo: Database) -> None:
    screen = focused
    opening = session(demo, "Opening")
    screen.select_session(opening.id)
    press(qtbot, screen, Key.Key_Left, ALT)  # already in the first room
    assert screen.undo_stack.count() == 0
    briefing = session(demo, "Press briefing")  # a 30-minute session...
    screen.select_session(briefing.id)
    for _ in range(5):  # ...shortened by 25 minutes, then no further than 5 minutes long
        press(qtbot, screen, Key.Key_Up, ALT | SHIFT)
    assert session(demo, "Press briefing").duration_minutes == 5
    assert screen.undo_stack.count() == 5
    press(qtbot, screen, Key.Key_Up, ALT | SHIFT)
    assert screen.undo_stack.count() == 5


def test_enter_edits_del_deletes_with_undo_and_ins_opens_a_new_session_after_the_selected(
        qtbot: QtBot, focused: ProgrammeScreen, demo: Database) -> None:
    screen = focused
    session_two = session(demo, "Session II:")
    screen.select_session(session_two.id)
    press(qtbot, screen, Key.Key_Return)
    dialog = screen.findChild(SessionDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.titleEdit.text() == session_two.title
    dialog.reject()
    dialog.deleteLater()
    screen.grid.setFocus()
    qtbot.waitUntil(screen.grid.hasFocus)

    press(qtbot, screen, Key.Key_Insert)
    dialogs = [d for d in screen.findChildren(SessionDialog) if d.isVisible()]
    assert len(dialogs) == 1
    new = dialogs[0]
    assert new.windowTitle() == "New session"
    assert new.ui.startEdit.time().toString("HH:mm") == "13:15"  # when Session II ends
    assert new.ui.roomCombo.currentText() == "Main Conference Hall"
    assert new.ui.dayCombo.currentText() == "Monday 31 March 2014"
    new.reject()
    screen.grid.setFocus()
    qtbot.waitUntil(screen.grid.hasFocus)

    press(qtbot, screen, Key.Key_Delete)
    assert session_two.id not in {s.id for s in programme(demo).sessions}
    assert session_two.id not in screen.grid.blocks
    assert screen.undo_stack.undoText() == f"Delete “{session_two.title}”"
    screen.undo_stack.undo()
    assert session(demo, "Session II:").start_time == time(11, 45)


def test_ctrl_n_on_the_grid_opens_a_new_session_not_a_new_database(
        qtbot: QtBot, settings: Settings, demo: Database) -> None:
    window = MainWindow(settings, demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with demo.sessions() as s:
        assert window.select_event(s.scalars(select(Event.id)).one())
    window.ui.actionProgramme.trigger()
    screen = window.current_screen
    assert isinstance(screen, ProgrammeScreen)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    lunch = session(demo, "Lunch")
    screen.select_session(lunch.id)
    screen.grid.setFocus()
    qtbot.waitUntil(screen.grid.hasFocus)
    opened: list[object] = []
    window.ui.actionNew.triggered.connect(lambda *_: opened.append("new database"))
    qtbot.keyClick(screen.grid, Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = [d for d in screen.findChildren(SessionDialog) if d.isVisible()]
    try:
        assert opened == []
        assert len(dialogs) == 1
        assert dialogs[0].ui.startEdit.time().toString("HH:mm") == "14:30"
        assert dialogs[0].ui.roomCombo.currentText() == "Foyer"
    finally:
        for d in dialogs:
            d.reject()


def test_the_focus_ring_shows_on_the_selected_block_only_while_the_grid_has_focus(
        qtbot: QtBot, focused: ProgrammeScreen) -> None:
    screen = focused
    press(qtbot, screen, Key.Key_Down)
    block = screen.grid.blocks[screen.grid.selected_session()]

    def ring_pixels() -> int:
        screen.grid.viewport().repaint()
        box = screen.grid.mapFromScene(block.sceneBoundingRect()).boundingRect()
        image = screen.grid.viewport().grab(box).toImage()
        return sum(1 for x in range(image.width()) for y in range(image.height())
                   if _near(image.pixelColor(x, y), FOCUS_COLOUR))

    assert block.focus_ring and ring_pixels() > 40
    screen.search_edit.setFocus()
    qtbot.waitUntil(lambda: not screen.grid.hasFocus())
    assert not block.focus_ring and ring_pixels() == 0
    assert block.isSelected()  # still selected, just not focused


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_accessible_names_say_the_day_and_the_selected_session(
        qtbot: QtBot, focused: ProgrammeScreen, demo: Database) -> None:
    screen = focused
    grid = screen.grid
    assert grid.accessibleName() == "Timetable of Monday 31 March 2014"
    assert grid.accessibleDescription().startswith("No session selected")
    assert "Alt+Shift+Up/Down: 5 minutes shorter or longer" in grid.whatsThis()
    session_one = session(demo, "Session I:")
    screen.select_session(session_one.id)
    assert grid.accessibleDescription() == (
        "Session I: Status of academic research on genocide. 10:00–11:30 · Panel · "
        "Main Conference Hall. " + grid.blocks[session_one.id].accessible_text().split(
            "Main Conference Hall. ", 1)[1])
    assert "Chair: Prof. Anne-Sophie Vasseur" in grid.accessibleDescription()
    assert "<" not in grid.accessibleDescription()  # plain text, unlike the tooltip
    assert "<b>Session I: Status of academic research on genocide</b>" in \
        grid.blocks[session_one.id].toolTip()
    screen.step_day(1)
    assert grid.accessibleName() == "Timetable of Tuesday 1 April 2014"


def test_moving_a_session_someone_else_deleted_says_so_and_reloads_the_grid(
        qtbot: QtBot, focused: ProgrammeScreen, demo: Database, errors: list[str]) -> None:
    screen = focused
    session_three = session(demo, "Session III")
    screen.select_session(session_three.id)
    with demo.sessions.begin() as s:  # another secretariat member deletes it meanwhile
        ops.delete_session(s, session_three.id)
    assert session_three.id in screen.grid.blocks  # this screen has not seen it yet
    press(qtbot, screen, Key.Key_Down, ALT)
    assert errors == [
        "“Session III: The role of civil society” is no longer in the programme: someone "
        "else deleted it.\n\nThe programme has been reloaded to show it as it is now."]
    assert session_three.id not in screen.grid.blocks
    assert screen.undo_stack.count() == 0
    assert screen.grid.selected_session() == 0 and screen.selected_id == 0
    press(qtbot, screen, Key.Key_Delete)  # nothing selected any more: nothing happens
    assert len(errors) == 1


def test_moving_a_session_someone_else_changed_says_so_and_shows_their_change(
        qtbot: QtBot, focused: ProgrammeScreen, demo: Database, errors: list[str]) -> None:
    screen = focused
    lunch = session(demo, "Lunch")
    screen.select_session(lunch.id)
    with demo.sessions.begin() as s:
        ops.move_session(s, lunch.id, start_time=time(13, 30))
    press(qtbot, screen, Key.Key_Up, ALT)
    assert len(errors) == 1 and errors[0].startswith(
        "“Lunch” was changed by someone else in the meantime, so your change was not made.")
    assert session(demo, "Lunch").start_time == time(13, 30)
    assert screen.grid.blocks[lunch.id].session.start_time == time(13, 30)
    assert screen.grid.selected_session() == lunch.id
    press(qtbot, screen, Key.Key_Up, ALT)  # now on the fresh programme: it works
    assert session(demo, "Lunch").start_time == time(13, 25)
    assert screen.undo_stack.count() == 1


def test_undo_of_a_move_after_someone_else_deleted_the_session_does_not_bring_it_back(
        focused: ProgrammeScreen, demo: Database, errors: list[str]) -> None:
    screen = focused
    lunch = session(demo, "Lunch")
    screen.move_session(lunch.id, lunch.room.id if lunch.room else None, time(13, 0))
    screen.move_session(lunch.id, lunch.room.id if lunch.room else None, time(12, 55))
    assert screen.undo_stack.count() == 2
    with demo.sessions.begin() as s:
        ops.delete_session(s, lunch.id)
    screen.undo_stack.undo()
    assert errors == ["“Lunch” is no longer in the programme: someone else deleted it.\n\n"
                      "The programme has been reloaded to show it as it is now."]
    assert lunch.id not in {s.id for s in programme(demo).sessions}
    assert lunch.id not in screen.grid.blocks
    assert screen.undo_stack.count() == 1  # the step that cannot be replayed is dropped


def test_undo_after_someone_else_moved_the_session_keeps_their_change(
        focused: ProgrammeScreen, demo: Database, errors: list[str]) -> None:
    screen = focused
    lunch = session(demo, "Lunch")
    screen.move_session(lunch.id, lunch.room.id if lunch.room else None, time(13, 0))
    with demo.sessions.begin() as s:
        ops.move_session(s, lunch.id, start_time=time(13, 40))
    screen.undo_stack.undo()
    assert len(errors) == 1 and errors[0].startswith(
        "Someone else changed “Lunch” since; undoing or redoing this step would overwrite "
        "their change.")
    assert session(demo, "Lunch").start_time == time(13, 40)
    assert screen.grid.blocks[lunch.id].session.start_time == time(13, 40)
    assert screen.undo_stack.count() == 0
    # undo and redo of the user's own steps still work as before
    screen.move_session(lunch.id, lunch.room.id if lunch.room else None, time(13, 45))
    screen.undo_stack.undo()
    assert session(demo, "Lunch").start_time == time(13, 40)
    screen.undo_stack.redo()
    assert session(demo, "Lunch").start_time == time(13, 45)
    assert len(errors) == 1
