"""Ctrl+Z / Ctrl+Shift+Z in the paragraph text box: the box's own typing first, then the window's.

The behaviour (see `ui.conclusions.pane`): typing not yet committed is undone in the box,
keystroke block by keystroke block, down to the stored text; after that Undo is Edit → Undo
of the window. Redo mirrors it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.ui.conclusions.screen import ConclusionsScreen
from confdesk.ui.main_window import MainWindow
from confdesk.ui.settings import Settings
from tests.ui.conclusions.test_editor import section_rows, select

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ORIGINAL = "Remain seized of the matter."
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def start_typing(qtbot: QtBot, screen: ConclusionsScreen, text: str) -> None:
    """Select paragraph 15 of "resolve to", put the cursor at its end and type `text`."""
    page = screen.editor
    select(page, 2, 14)
    page.pane.timer.setInterval(60 * 60 * 1000)  # no commit by pause during the test
    box = page.pane.ui.textBox
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, text)


def press(qtbot: QtBot, screen: ConclusionsScreen, modifiers: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(screen.editor.pane.ui.textBox, Qt.Key.Key_Z, modifiers)


def test_undo_takes_back_uncommitted_typing_in_the_box(qtbot: QtBot,
                                                       screen: ConclusionsScreen) -> None:
    start_typing(qtbot, screen, " Always")
    box = screen.editor.pane.ui.textBox
    assert box.toPlainText() == ORIGINAL + " Always"
    press(qtbot, screen, CTRL)
    assert box.toPlainText() == ORIGINAL
    assert screen.undo_stack.count() == 0  # nothing reached the document
    assert not screen.editor.pane.pending()
    press(qtbot, screen, CTRL_SHIFT)
    assert box.toPlainText() == ORIGINAL + " Always"
    screen.editor.commit_text()
    assert section_rows(screen.editor, 2)[14][1] == ORIGINAL + " Always"


def test_with_nothing_pending_undo_and_redo_are_the_documents(qtbot: QtBot,
                                                              screen: ConclusionsScreen) -> None:
    start_typing(qtbot, screen, " Always")
    screen.editor.commit_text()
    assert screen.undo_stack.count() == 1
    press(qtbot, screen, CTRL)
    assert section_rows(screen.editor, 2)[14][1] == ORIGINAL
    assert screen.editor.pane.ui.textBox.toPlainText() == ORIGINAL
    assert screen.undo_stack.index() == 0
    press(qtbot, screen, CTRL_SHIFT)
    assert section_rows(screen.editor, 2)[14][1] == ORIGINAL + " Always"
    assert screen.editor.pane.ui.textBox.toPlainText() == ORIGINAL + " Always"


def test_box_undo_never_goes_past_the_committed_text(qtbot: QtBot,
                                                     screen: ConclusionsScreen) -> None:
    start_typing(qtbot, screen, " Always")
    screen.editor.commit_text()
    qtbot.keyClicks(screen.editor.pane.ui.textBox, " and ever")
    press(qtbot, screen, CTRL)  # the box: " and ever" goes, " Always" (committed) stays
    assert screen.editor.pane.ui.textBox.toPlainText() == ORIGINAL + " Always"
    assert screen.undo_stack.index() == 1
    press(qtbot, screen, CTRL)  # now the window's: the committed change is undone
    assert screen.editor.pane.ui.textBox.toPlainText() == ORIGINAL
    assert section_rows(screen.editor, 2)[14][1] == ORIGINAL
    # Typing undone in the box was dropped when Undo moved on to the window's stack.
    press(qtbot, screen, CTRL_SHIFT)
    assert screen.editor.pane.ui.textBox.toPlainText() == ORIGINAL + " Always"


def test_inside_the_window_ctrl_z_in_the_box_is_not_edit_undo_while_typing(
        qtbot: QtBot, settings: Settings, demo: Database) -> None:
    window = MainWindow(settings, demo, opener=lambda *_a, **_k: demo)
    qtbot.addWidget(window)
    window.show()
    window.show_screen(2)
    screen = window.current_screen
    assert isinstance(screen, ConclusionsScreen)
    select(screen.editor, 2, 0)
    screen.editor.edit_actions["down"].trigger()  # a change the window could undo
    start_typing(qtbot, screen, " Always")
    press(qtbot, screen, CTRL)
    assert screen.editor.pane.ui.textBox.toPlainText() == ORIGINAL
    assert section_rows(screen.editor, 2)[1][1].startswith("Sign, ratify")  # move kept
    press(qtbot, screen, CTRL)  # the box has nothing left: Edit → Undo takes the move back
    assert section_rows(screen.editor, 2)[0][1].startswith("Sign, ratify")
    assert window.undo_action.text() == "&Undo"


def test_typing_committed_over_a_colleagues_later_save_is_refused(
        qtbot: QtBot, screen: ConclusionsScreen, demo: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The pane saved the typed text over whatever the paragraph held by then, silently
    replacing a colleague's wording saved meanwhile from another laptop."""
    from confdesk.conclusions import operations as ops
    from confdesk.conclusions.models import Paragraph
    from confdesk.conclusions.queries import paragraph_by_uid

    shown: list[str] = []
    monkeypatch.setattr("confdesk.ui.conclusions.screen.show_error",
                        lambda _parent, _title, text: shown.append(text))
    start_typing(qtbot, screen, " Always")
    uid = screen.editor.pane.uid
    with demo.sessions.begin() as s:
        ops.edit_paragraph(s, paragraph_by_uid(s, uid), "Remain actively seized of the matter.")
    screen.editor.commit_text()
    assert shown and "now reads: “Remain actively seized of the matter.”" in shown[0]
    with demo.sessions() as s:
        assert s.get(Paragraph, paragraph_by_uid(s, uid).id).text == (
            "Remain actively seized of the matter.")
    assert screen.undo_stack.count() == 0
