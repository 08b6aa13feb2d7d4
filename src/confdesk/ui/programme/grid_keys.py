"""The day grid's keyboard: arrows and Tab move the selection, Alt+arrows move the session.

Alt+Up/Down start it 5 minutes earlier/later, Alt+Left/Right put it in the previous/next
room, Alt+Shift+Up/Down shorten/lengthen it by 5 minutes. Changes go out through the view's
`move_requested`/`resize_requested` signals, exactly as a drag's drop does, so the screen
makes each one through the backend as one undoable step.
"""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from confdesk.programme.operations import SNAP_MINUTES
from confdesk.ui.programme import navigation

if TYPE_CHECKING:
    from confdesk.ui.programme.grid import DayGridView

Key = Qt.Key
Mod = Qt.KeyboardModifier
ARROWS = (Key.Key_Up, Key.Key_Down, Key.Key_Left, Key.Key_Right)
LAST_MINUTE = 24 * 60 - 1


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


class GridKeyboard:
    """Turns key presses on a `DayGridView` into selections and change requests."""

    def __init__(self, view: DayGridView) -> None:
        self.view = view

    def tab(self, forward: bool) -> bool:
        """Select the next (previous) session in running order; False past the last (first),
        so that Tab then leaves the grid as it leaves any other widget."""
        grid = self.view.grid
        if grid is None:
            return False
        target = navigation.step_in_order(grid, self.view.selected_session(),
                                          1 if forward else -1)
        if target is None:
            return False
        self.view.choose(target)
        return True

    def key(self, event: QKeyEvent) -> bool:
        """Handle an arrow key with or without Alt (and Shift); False for any other key."""
        if event.key() not in ARROWS or self.view.grid is None:
            return False
        modifiers = event.modifiers() & ~Mod.KeypadModifier
        if modifiers == Mod.NoModifier:
            self._navigate(Key(event.key()))
            return True
        if modifiers == Mod.AltModifier:
            self._move(Key(event.key()))
            return True
        if modifiers == Mod.AltModifier | Mod.ShiftModifier and event.key() in ARROWS[:2]:
            self._resize(-SNAP_MINUTES if event.key() == Key.Key_Up else SNAP_MINUTES)
            return True
        return False

    def _navigate(self, key: Key) -> None:
        grid, current = self.view.grid, self.view.selected_session()
        assert grid is not None
        if not current:
            target: int | None = navigation.first(grid)
        elif key in (Key.Key_Up, Key.Key_Down):
            target = navigation.step_in_column(grid, current, -1 if key == Key.Key_Up else 1)
        else:
            target = navigation.beside(grid, current, -1 if key == Key.Key_Left else 1)
        if target:
            self.view.choose(target)

    def _move(self, key: Key) -> None:
        view, grid = self.view, self.view.grid
        block = view.blocks.get(view.selected_session())
        if grid is None or block is None:
            return
        s = block.session
        room_id = s.room.id if s.room else None
        start = _minutes(s.start_time)
        if key in (Key.Key_Up, Key.Key_Down):
            start += SNAP_MINUTES if key == Key.Key_Down else -SNAP_MINUTES
            if not 0 <= start <= LAST_MINUTE:
                return
        else:
            column = block.column + (1 if key == Key.Key_Right else -1)
            if not 0 <= column < len(grid.columns):
                return
            room_id = grid.columns[column].room_id
        view.move_requested.emit(s.id, room_id, _clock(start))

    def _resize(self, change: int) -> None:
        view = self.view
        block = view.blocks.get(view.selected_session())
        if block is None:
            return
        s = block.session
        end = _minutes(s.end_time) + change
        if end - _minutes(s.start_time) < SNAP_MINUTES or end > LAST_MINUTE:
            return
        view.resize_requested.emit(s.id, _clock(end))
