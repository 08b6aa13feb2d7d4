"""The outline editor on the demo's Chair's Conclusions: numbers, moves, edits, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import select as sql_select

from confdesk.db.database import Database
from confdesk.events.models import Event
from confdesk.ui.conclusions.editor import EditorPage
from confdesk.ui.conclusions.outline import UID_ROLE
from confdesk.ui.conclusions.screen import ConclusionsScreen

#: Shown top-level widgets on the offscreen platform warn about size hints; harmless.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def section_rows(page: EditorPage, section: int) -> list[tuple[str, str]]:
    """(number, text) of the top-level rows of one section of the outline."""
    item = page.model.item(section, 0)
    return [(item.child(r, 0).text(), item.child(r, 1).text()) for r in range(item.rowCount())]


def uid_at(page: EditorPage, section: int, row: int) -> str:
    return str(page.model.item(section, 0).child(row, 0).data(UID_ROLE))


def select(page: EditorPage, section: int, row: int) -> str:
    uid = uid_at(page, section, row)
    assert page.select(uid)
    return uid


def test_outline_shows_the_final_text_numbered(screen: ConclusionsScreen) -> None:
    page = screen.editor
    assert page.model.rowCount() == 3
    assert page.model.item(0, 0).text() == "Opening text"
    assert page.model.item(1, 0).text().startswith("65 years after the adoption")
    note, resolve = section_rows(page, 1), section_rows(page, 2)
    assert [n for n, _ in note] == ["1.", "2.", "3.", "4.", "5."]
    assert [n for n, _ in resolve] == [f"{i}." for i in range(1, 16)]
    assert resolve[0][1].startswith("Sign, ratify and domesticate")
    assert resolve[14][1] == "Remain seized of the matter."
    assert [n for n, _ in section_rows(page, 0)] == ["", "", ""]
    assert screen.status_line.text() == "23 paragraphs · 837 words · Final"
    assert not screen.summary.isVisible()


def test_move_renumbers_and_undo_restores(qtbot: QtBot, screen: ConclusionsScreen) -> None:
    page = screen.editor
    before = section_rows(page, 2)
    uid = select(page, 2, 0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    after = section_rows(page, 2)
    assert after[0] == ("1.", before[1][1])
    assert after[1] == ("2.", before[0][1])
    assert page.current_uid() == uid
    screen.undo_stack.undo()
    assert section_rows(page, 2) == before
    screen.undo_stack.redo()
    assert section_rows(page, 2) == after


def test_drag_request_moves_to_another_list(screen: ConclusionsScreen) -> None:
    page = screen.editor
    moved = section_rows(page, 2)[14][1]
    page.drop_move(uid_at(page, 2, 14), str(page.model.item(1, 0).data(UID_ROLE)),
                   uid_at(page, 1, 0), False)
    assert section_rows(page, 1)[0] == ("1.", moved)
    assert len(section_rows(page, 1)) == 6 and len(section_rows(page, 2)) == 14
    screen.undo_stack.undo()
    assert section_rows(page, 2)[14] == ("15.", moved)


def test_indent_makes_a_sub_paragraph(qtbot: QtBot, screen: ConclusionsScreen) -> None:
    page = screen.editor
    text = section_rows(page, 2)[2][1]
    select(page, 2, 2)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    parent = page.model.item(2, 0).child(1, 0)
    assert parent.child(0, 0).text() == "(a)"
    assert parent.child(0, 1).text() == text
    assert section_rows(page, 2)[2][0] == "3." and len(section_rows(page, 2)) == 14
    page.edit_actions["outdent"].trigger()
    assert section_rows(page, 2)[2] == ("3.", text)
    screen.undo_stack.undo()
    assert page.model.item(2, 0).child(1, 0).child(0, 0).text() == "(a)"


def test_edit_text_then_undo(screen: ConclusionsScreen) -> None:
    page = screen.editor
    uid = select(page, 2, 14)
    assert page.pane.ui.textBox.toPlainText() == "Remain seized of the matter."
    page.pane.ui.textBox.setPlainText("Remain actively seized of the matter.")
    page.commit_text()
    assert section_rows(page, 2)[14] == ("15.", "Remain actively seized of the matter.")
    assert screen.undo_stack.count() == 1
    screen.undo_stack.undo()
    assert section_rows(page, 2)[14] == ("15.", "Remain seized of the matter.")
    assert page.current_uid() == uid
    assert page.pane.ui.textBox.toPlainText() == "Remain seized of the matter."


def test_typing_pause_commits_one_change(qtbot: QtBot, screen: ConclusionsScreen) -> None:
    page = screen.editor
    select(page, 2, 14)
    page.pane.ui.textBox.setFocus()
    page.pane.timer.setInterval(50)
    page.pane.ui.textBox.moveCursor(page.pane.ui.textBox.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.pane.ui.textBox, " Always")
    qtbot.waitUntil(lambda: screen.undo_stack.count() == 1)
    assert section_rows(page, 2)[14][1] == "Remain seized of the matter. Always"


def test_split_and_merge(screen: ConclusionsScreen) -> None:
    page = screen.editor
    select(page, 2, 14)
    cursor = page.pane.ui.textBox.textCursor()
    cursor.setPosition(len("Remain seized"))
    page.pane.ui.textBox.setTextCursor(cursor)
    page.edit_actions["split"].trigger()
    rows = section_rows(page, 2)
    assert rows[14:] == [("15.", "Remain seized"), ("16.", "of the matter.")]
    select(page, 2, 14)
    page.edit_actions["merge"].trigger()
    assert section_rows(page, 2)[14:] == [("15.", "Remain seized of the matter.")]
    screen.undo_stack.undo()
    assert len(section_rows(page, 2)) == 16
    screen.undo_stack.undo()
    assert section_rows(page, 2)[14:] == [("15.", "Remain seized of the matter.")]


def test_deleted_status_drops_the_number(screen: ConclusionsScreen) -> None:
    page = screen.editor
    second = section_rows(page, 1)[1][1]
    select(page, 1, 0)
    page.edit_actions["delete"].trigger()
    rows = section_rows(page, 1)
    assert rows[0][0] == "" and rows[1] == ("1.", second) and rows[4][0] == "4."
    struck = page.model.item(1, 0).child(0, 1)
    assert struck.font().strikeOut()
    assert screen.status_line.text().startswith("22 paragraphs")
    page.pane.ui.statusCombo.setCurrentIndex(page.pane.ui.statusCombo.findData("agreed"))
    page.pane.ui.statusCombo.activated.emit(page.pane.ui.statusCombo.currentIndex())
    assert section_rows(page, 1)[0][0] == "1."


def test_insert_new_paragraph(screen: ConclusionsScreen) -> None:
    page = screen.editor
    select(page, 1, 4)
    page.edit_actions["insert"].trigger()
    assert [n for n, _ in section_rows(page, 1)] == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert page.current_uid() == uid_at(page, 1, 5)
    page.pane.ui.textBox.setPlainText("A new point.")
    page.commit_text()
    assert section_rows(page, 1)[5] == ("6.", "A new point.")


def test_find_and_replace_counts(screen: ConclusionsScreen) -> None:
    page = screen.editor
    page.edit_actions["replace"].trigger()
    # The reference text has "genocide" 20 times in 12 paragraphs and one lead-in, 11 times
    # in lower case (in 7 paragraphs and the lead-in); "Genocide Prevention" 3 times (opening
    # paragraphs 1 and 3, resolve 5).
    page.find_bar.ui.findEdit.setText("genocide")
    assert page.find_bar.ui.countLabel.text() == "20 matches · 12 paragraphs"
    page.find_bar.ui.matchCaseCheck.setChecked(True)
    assert page.find_bar.ui.countLabel.text() == "11 matches · 7 paragraphs"
    page.find_bar.ui.findEdit.setText("Genocide Prevention")
    page.find_bar.ui.replaceEdit.setText("Prevention of Genocide")
    assert page.replace_all() == 3
    assert page.find_bar.ui.countLabel.text() == "Replaced 3 times"
    assert section_rows(page, 0)[2][1].startswith("The Brussels Prevention of Genocide Conf")
    page.find_bar.ui.findEdit.setText("Prevention of Genocide")  # and once already in resolve 7
    assert page.find_bar.ui.countLabel.text() == "4 matches · 4 paragraphs"
    screen.undo_stack.undo()
    assert page.find_bar.ui.countLabel.text() == "1 match · 1 paragraph"
    page.find_bar.ui.matchCaseCheck.setChecked(False)
    page.find_bar.ui.findEdit.setText("genocide")
    page.find_bar.ui.replaceEdit.setText("Atrocity")
    select(page, 2, 0)  # "Sign, ratify…" has none: Replace goes to the next match first
    page.replace_one()
    assert page.current_uid() == uid_at(page, 2, 4)
    assert "Focal Points on Atrocity Prevention" in page.pane.ui.textBox.toPlainText()
    assert page.find_bar.ui.countLabel.text() == "19 matches · 11 paragraphs"


def test_filter_by_status_and_source(screen: ConclusionsScreen) -> None:
    page = screen.editor
    combo = page.session_filter
    combo.setCurrentIndex(combo.findText("Session II"))
    assert page.visible_labels() == ["4.", "1.", "4."]
    page.status_filter.setCurrentIndex(page.status_filter.findData("bracketed"))
    assert page.visible_labels() == []
    combo.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(0)
    assert len(page.visible_labels()) == 23


def test_delete_key_in_the_outline(qtbot: QtBot, screen: ConclusionsScreen) -> None:
    page = screen.editor
    select(page, 1, 4)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert [n for n, _ in section_rows(page, 1)] == ["1.", "2.", "3.", "4.", ""]
    screen.undo_stack.undo()
    assert section_rows(page, 1)[4][0] == "5."


def test_an_event_without_documents(qtbot: QtBot, events_database: Database) -> None:
    widget = ConclusionsScreen()
    qtbot.addWidget(widget)
    with events_database.sessions() as s:
        event_id = s.scalars(sql_select(Event.id).where(Event.short_name == "CP 2014")).one()
    widget.show_event(events_database, event_id)
    assert widget.documents.ui.documentCombo.count() == 0
    assert widget.editor.pane.ui.headingLabel.text() == "No outcome document."
    assert not widget.drafts.ui.snapshotButton.isEnabled()
    assert widget.documents.new_document("Chair's Summary") is not None
    assert widget.documents.ui.documentCombo.currentText() == "Chair's Summary"
    assert [row.name for row in widget.drafts.rows] == ["Working text"]
    assert widget.drafts.ui.snapshotButton.isEnabled()


def test_a_drop_on_the_outline_moves_the_paragraph(qtbot: QtBot,
                                                   screen: ConclusionsScreen) -> None:
    page = screen.editor
    last = section_rows(page, 2)[14][1]
    select(page, 2, 14)
    target = page.model.item(2, 0).child(0, 1).index()
    point = page.view.visualRect(target).center()
    data = page.model.mimeData([page.view.currentIndex()])
    event = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.view.dropEvent(event)
    assert event.dropAction() == Qt.DropAction.IgnoreAction  # rows are never moved by Qt
    rows = section_rows(page, 2)
    # Dropped onto paragraph 1 (not above or below it): it goes after that paragraph.
    assert rows[1] == ("2.", last) and rows[14][0] == "15." and len(rows) == 15
    assert page.current_uid() == str(page.model.item(2, 0).child(1, 0).data(UID_ROLE))


def test_lead_in_edited_from_the_section_row(qtbot: QtBot, screen: ConclusionsScreen) -> None:
    page = screen.editor
    section_uid = str(page.model.item(1, 0).data(UID_ROLE))
    page.select(section_uid)
    assert page.pane.ui.headingLabel.text() == "Lead-in"
    page.pane.ui.textBox.setPlainText("The participants note that:")
    page.commit_text()
    assert page.model.item(1, 0).text() == "The participants note that:"
    screen.undo_stack.undo()
    assert page.model.item(1, 0).text().startswith("65 years after")
    # Ctrl+Enter on a section row adds a paragraph at the end of its list.
    page.select(section_uid)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [n for n, _ in section_rows(page, 1)][-1] == "6."


def test_link_and_unlink_a_source_session(screen: ConclusionsScreen) -> None:
    page = screen.editor
    select(page, 1, 0)  # "Genocide, war crimes…": no source recorded in the demo
    assert page.pane.ui.sourcesLabel.text() == "None recorded"
    assert page.pane.ui.unlinkCombo.count() == 1 and not page.pane.ui.unlinkCombo.isEnabled()
    combo = page.pane.ui.linkCombo
    index = combo.findText("Session I")
    assert index > 0
    combo.activated.emit(index)
    assert page.model.item(1, 0).child(0, 2).text() == "Session I"
    assert page.pane.ui.sourcesLabel.text().startswith("Session I: Status of academic research")
    assert page.pane.ui.unlinkCombo.itemText(1) == "Session I"
    page.pane.ui.unlinkCombo.activated.emit(1)
    assert page.model.item(1, 0).child(0, 2).text() == ""
    screen.undo_stack.undo()
    assert page.model.item(1, 0).child(0, 2).text() == "Session I"


def choose_status(page: EditorPage, status: str) -> None:
    combo = page.pane.ui.statusCombo
    combo.setCurrentIndex(combo.findData(status))
    combo.activated.emit(combo.currentIndex())


def test_a_status_over_a_colleagues_later_status_is_refused(
        screen: ConclusionsScreen, demo: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from confdesk.conclusions.models import Paragraph, ParagraphStatus

    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        staticmethod(lambda *args: shown.append(str(args[2])) or 0))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical",
                        staticmethod(lambda *args: shown.append(str(args[2])) or 0))
    page = screen.editor
    uid = select(page, 2, 0)
    choose_status(page, "bracketed")
    choose_status(page, "proposed")  # two changes in a row by the same user go through
    with demo.sessions.begin() as s:
        para = s.scalars(sql_select(Paragraph).where(Paragraph.uid == uid)).one()
        assert para.status == ParagraphStatus.PROPOSED
        para.status = ParagraphStatus.AGREED  # a colleague, on another laptop
    choose_status(page, "deleted")
    assert shown and "Someone else set this paragraph" in shown[-1]
    with demo.sessions() as s:
        para = s.scalars(sql_select(Paragraph).where(Paragraph.uid == uid)).one()
        assert para.status == ParagraphStatus.AGREED
