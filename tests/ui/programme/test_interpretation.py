"""The session dialog's languages: saved with the edit, one undo step, wrong codes refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.programme.queries import ProgrammeSnapshot, load_programme
from confdesk.ui.programme.screen import ProgrammeScreen


def programme(db: Database) -> ProgrammeSnapshot:
    with db.sessions() as s:
        return load_programme(SessionReader(s))


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_languages_are_saved_with_the_edit_and_undone_with_it(
        qtbot: QtBot, screen: ProgrammeScreen, demo: Database) -> None:
    high = next(s for s in programme(demo).sessions if s.title == "High Level Political Session")
    assert (high.floor_language, high.interpretation) == ("en", ("en", "fr"))
    dialog = screen.edit_session(high.id)
    assert dialog is not None
    ui = dialog.ui
    assert ui.floorCombo.currentData() == "en" and ui.interpretationEdit.text() == "en, fr"
    ui.interpretationEdit.setText("en, fr, klingon")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "klingon" in ui.errorLabel.text()
    assert programme(demo).session(high.id).interpretation == ("en", "fr")  # nothing saved
    ui.floorCombo.setCurrentIndex(ui.floorCombo.findData("fr"))
    ui.interpretationEdit.setText("en; fr  es, ar")
    ui.titleEdit.setText("High-level political segment")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    after = programme(demo).session(high.id)
    assert after.title == "High-level political segment"
    assert (after.floor_language, after.interpretation) == ("fr", ("en", "fr", "es", "ar"))
    screen.undo_stack.undo()  # one step: the title and the languages
    before = programme(demo).session(high.id)
    assert before.title == "High Level Political Session"
    assert (before.floor_language, before.interpretation) == ("en", ("en", "fr"))
    screen.undo_stack.redo()
    assert programme(demo).session(high.id).floor_language == "fr"


@pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")
def test_the_seating_plan_opens_from_the_programme(screen: ProgrammeScreen) -> None:
    screen.seating_action.trigger()
    window = screen.seating_window
    assert window.isVisible() and window.room_combo.currentText() == "Main Conference Hall"
    assert window.plan is not None and window.plan.drawn  # the demo's plan, drawn by lot
    screen.seating_action.trigger()
    assert screen.seating_window is window  # one window, brought to the front
    window.close()
