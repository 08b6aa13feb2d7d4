"""The seating plan window: seat from a State, drag one place onto another, undo, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.demo.builder import build_demo
from confdesk.ui.seating.scene import PlaceItem
from confdesk.ui.seating.window import SeatingWindow

SHOT = Path("/tmp/h16b-seating-plan.png")


@pytest.fixture
def demo(sqlite_database: Database) -> tuple[Database, int]:
    with sqlite_database.sessions.begin() as s:
        event = build_demo(s)
        return sqlite_database, event.id


def _names(window: SeatingWindow) -> list[str]:
    assert window.plan is not None
    return [p.delegation.name_en for p in window.plan.places if p.delegation is not None]


@pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")
def test_seat_drag_undo_and_export(qtbot: QtBot, demo: tuple[Database, int], tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    database, event_id = demo
    window = SeatingWindow(database, event_id)
    qtbot.addWidget(window)
    window.show()
    assert window.room_combo.currentText() == "Main Conference Hall"
    drawn_first = _names(window)[0]
    assert "order drawn by lot from" in window.status.text()
    # seat from a chosen State
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: ("Peru", True)))
    window.first_action.trigger()
    assert _names(window)[:2] == ["Peru", "Philippines"] or _names(window)[0] == "Peru"
    assert "alphabetical order from Peru" in window.status.text()
    # drag place 1 onto place 3: a swap
    scene = window.scene
    first, third = scene.items_by_number[1], scene.items_by_number[3]
    names_before = _names(window)
    with qtbot.waitSignal(scene.swap_requested, timeout=2000):
        first.setPos(third.home + QPointF(10, 10))
        scene.swap_requested.emit(1, 3)
    after = _names(window)
    assert after[0] == names_before[2] and after[2] == names_before[0]
    assert isinstance(scene.items_by_number[3], PlaceItem) and scene.items_by_number[3].place.moved
    # select two places and swap them with the action
    scene.items_by_number[2].setSelected(True)
    scene.items_by_number[4].setSelected(True)
    assert window.swap_action.isEnabled()
    window.swap_action.trigger()
    assert _names(window)[1] == after[3]
    window.grab().save(str(SHOT))
    # undo both swaps, then the seating from Peru: back to the demo's draw
    assert window.undo_stack.count() == 3
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _names(window) == names_before
    window.undo_action.trigger()
    assert _names(window)[0] == drawn_first
    window.redo_action.trigger()
    assert _names(window)[0] == "Peru"
    # exports
    window.export_to("xlsx", tmp_path / "seats.xlsx")
    window.export_to("plates", tmp_path / "plates.pdf")
    assert (tmp_path / "seats.xlsx").stat().st_size > 0
    assert (tmp_path / "plates.pdf").read_bytes().startswith(b"%PDF")
    assert window.view.dragMode() == window.view.DragMode.RubberBandDrag
    assert Qt.WindowType.Window & window.windowFlags()
