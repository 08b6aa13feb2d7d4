"""The Conclusions window's negotiation tools on the demo's Chair's Conclusions: amendments
accepted from the Amendments tab (into the text, the compilation, and back out with Undo),
comment threads in the pane, the document view (clicks, typing, brackets, line numbers)
and the question asked before an agreed paragraph changes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from confdesk.conclusions.models import AmendmentKind
from confdesk.conclusions.tree import shown_text
from confdesk.db.database import Database
from confdesk.team.identity import PERSON_KEY
from confdesk.ui.conclusions import reopen
from confdesk.ui.conclusions.screen import ConclusionsScreen
from tests.ui.conclusions.test_editor import section_rows, select, uid_at

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

NEW_WORDING = "Sign and ratify without delay the Convention on genocide."


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return " ".join(out.split())


def test_accepting_an_amendment_in_the_window(qtbot: QtBot, screen: ConclusionsScreen,
                                              demo: Database, tmp_path: Path) -> None:
    demo.sessions.configure(info={PERSON_KEY: "Chair's team"})
    page = screen.amendments
    screen.tabs.setCurrentWidget(page)
    target = uid_at(screen.editor, 2, 0)
    before = section_rows(screen.editor, 2)
    amendment = page.propose(paragraph=target, kind=AmendmentKind.REPLACE, text=NEW_WORDING,
                             proposer="Rwanda", rationale="Urgency.")
    assert amendment is not None
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == "1 — list 2"
    assert page.table.item(0, 3).text() == "Rwanda"
    assert page.table.item(0, 5).text() == "Pending"
    assert page.buttons["accept"].isEnabled()

    qtbot.mouseClick(page.buttons["accept"], Qt.MouseButton.LeftButton)
    assert section_rows(screen.editor, 2)[0] == ("1.", NEW_WORDING)
    assert screen.editor.document.rows[target].editor.toPlainText() == NEW_WORDING
    assert page.table.item(0, 5).text() == "Accepted (Chair's team)"
    assert not page.buttons["accept"].isEnabled()

    pdf = tmp_path / "compilation.pdf"
    job = page.export("amendments", pdf)
    assert job is not None
    with qtbot.waitSignal(job.completed, timeout=20000):
        pass
    shown = pdf_text(pdf)
    assert "Compilation of amendments" in shown
    assert NEW_WORDING in shown and "Rwanda" in shown and "Accepted" in shown
    assert "Urgency." in shown

    screen.undo_stack.undo()
    assert section_rows(screen.editor, 2) == before
    assert page.table.item(0, 5).text() == "Pending"
    screen.undo_stack.redo()
    assert section_rows(screen.editor, 2)[0] == ("1.", NEW_WORDING)


def test_rejecting_and_reopening_leave_the_text(screen: ConclusionsScreen) -> None:
    page = screen.amendments
    before = section_rows(screen.editor, 2)
    page.propose(paragraph=uid_at(screen.editor, 2, 3), kind=AmendmentKind.DELETE,
                 proposer="Ghana")
    page.table.selectRow(0)
    page.buttons["reject"].click()
    assert page.table.item(0, 5).text().startswith("Rejected")
    assert page.buttons["reopen"].isEnabled()
    page.buttons["reopen"].click()
    assert page.table.item(0, 5).text() == "Pending"
    assert section_rows(screen.editor, 2) == before


def test_import_from_a_spreadsheet_says_what_it_left_out(screen: ConclusionsScreen,
                                                         tmp_path: Path) -> None:
    sheet = tmp_path / "amendments.csv"
    sheet.write_text("Paragraphe;Type;Texte proposé;Délégation\n"
                     "2:OP 2;Remplacer;Nouveau texte;France\n"
                     "99;Supprimer;;Chili\n"
                     "3;Supprimer;;Chili\n", encoding="utf-8")
    added = screen.amendments.import_file(sheet)
    assert len(added) == 1
    notes = screen.amendments.notes.text()
    assert "1 amendment imported from amendments.csv." in notes
    assert "Row 3: There is no paragraph 99" in notes
    assert ("Row 4: There is a paragraph 3 in more than one list; say which list it is in, "
            "as list:paragraph (1:3, 2:3); left out.") in notes
    assert screen.amendments.table.item(0, 1).text() == "2 — list 2"


def test_comment_threads_in_the_pane(qtbot: QtBot, screen: ConclusionsScreen,
                                     demo: Database) -> None:
    page = screen.editor
    select(page, 2, 1)
    threads = page.pane.threads
    demo.sessions.configure(info={PERSON_KEY: "Ada"})
    qtbot.keyClicks(threads.edit, "Is this too strong?")
    qtbot.mouseClick(threads.comment_button, Qt.MouseButton.LeftButton)
    assert threads.tree.topLevelItemCount() == 1
    top = threads.tree.topLevelItem(0)
    assert top.text(0).startswith("Ada · ") and top.text(0).endswith("Is this too strong?")
    assert not threads.reply_button.isEnabled()
    threads.tree.setCurrentItem(threads.tree.topLevelItem(0))
    demo.sessions.configure(info={PERSON_KEY: "Bob"})
    qtbot.keyClicks(threads.edit, "No, keep it.")
    qtbot.keyClick(threads.edit, Qt.Key.Key_Return)
    top = threads.tree.topLevelItem(0)
    assert top.childCount() == 1 and top.child(0).text(0).startswith("Bob · ")
    threads.tree.setCurrentItem(top)
    assert threads.resolve_button.text() == "Resolve"
    qtbot.mouseClick(threads.resolve_button, Qt.MouseButton.LeftButton)
    top = threads.tree.topLevelItem(0)
    assert "✓ Resolved by Bob" in top.text(0)
    threads.tree.setCurrentItem(top)
    assert threads.resolve_button.text() == "Reopen"
    screen.undo_stack.undo()  # the resolution
    assert "Resolved" not in threads.tree.topLevelItem(0).text(0)


def test_document_view_click_selects_and_typing_saves(qtbot: QtBot,
                                                      screen: ConclusionsScreen,
                                                      reopen_questions: list[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    page = screen.editor
    view = page.document
    assert view.isVisible()
    uid = uid_at(page, 2, 4)
    row = view.rows[uid]
    assert row.number.text() == "5."
    view.ensureWidgetVisible(row)
    qtbot.mouseClick(row.editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 8))
    assert page.current_uid() == uid
    assert view.selected == uid
    assert page.pane.ui.headingLabel.text() == "Paragraph 5."

    monkeypatch.setattr(reopen, "ask", lambda _p, number: (
        reopen_questions.append(number), reopen.Reopen.PROPOSED)[1])
    row.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(row.editor, " [at every level]")
    view.commit()
    assert reopen_questions == ["5."]
    assert page.shown is not None
    shown = next(p for s in page.shown.tree.sections for p in s.paragraphs if p.uid == uid)
    assert shown_text(shown).endswith(" [at every level]")  # as printed
    assert view.rows[uid].editor.toPlainText().endswith(" [at every level]")
    assert shown.status == "proposed"
    assert shown.text.endswith(" at every level") and len(shown.brackets) == 1
    assert page.brackets_button.text() == "Brackets: 1"
    screen.undo_stack.undo()
    assert page.brackets_button.text() == "Brackets: 0"


def test_cancelling_the_question_keeps_the_agreed_text(qtbot: QtBot,
                                                       screen: ConclusionsScreen,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    page = screen.editor
    uid = uid_at(page, 2, 0)
    before = section_rows(page, 2)[0]
    monkeypatch.setattr(reopen, "ask", lambda _p, _n: reopen.Reopen.CANCEL)
    editor = page.document.rows[uid].editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Now.")
    page.document.commit()
    assert section_rows(page, 2)[0] == before
    assert page.document.rows[uid].editor.toPlainText() == before[1]
    assert screen.undo_stack.count() == 0


def test_line_numbers_and_headings(screen: ConclusionsScreen) -> None:
    page = screen.editor
    view = page.document
    first, second = uid_at(page, 2, 0), uid_at(page, 2, 1)
    assert not view.rows[first].gutter.isVisible()
    page.document_actions["lines"].trigger()
    assert view.rows[first].gutter.isVisible()
    assert view.line_of(second) == view.line_of(first) + view.rows[first].editor.line_count()
    select(page, 2, 0)
    page.set_heading(page._section_uid(), "II. Commitments")
    headings = [w.text() for w in view.widget().findChildren(type(view.rows[first].number))
                if w.objectName().startswith("heading-")]
    assert headings == ["II. Commitments"]
    page.document_actions["document"].trigger()
    assert not view.isVisible()


def test_bracket_action_on_words_selected_in_the_document(qtbot: QtBot,
                                                          screen: ConclusionsScreen) -> None:
    page = screen.editor
    uid = uid_at(page, 2, 14)  # "Remain seized of the matter."
    editor = page.document.rows[uid].editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(7)
    cursor.setPosition(13, QTextCursor.MoveMode.KeepAnchor)  # "seized"
    editor.setTextCursor(cursor)
    page.document_actions["bracket"].trigger()
    assert page.document.rows[uid].editor.toPlainText() == "Remain [seized] of the matter."
    assert page.brackets_button.text() == "Brackets: 1"
    assert [r.text for r in page.bracket_rows] == ["seized"]
    page.fill_brackets_menu()
    labels = [a.text() for a in page.brackets_menu.actions()]
    assert labels[0] == "15: [seized]"
    page.brackets_menu.actions()[1].trigger()  # Remove these brackets
    assert page.brackets_button.text() == "Brackets: 0"
    assert page.document.rows[uid].editor.toPlainText() == "Remain seized of the matter."


def test_lead_in_edited_in_the_document(qtbot: QtBot, screen: ConclusionsScreen) -> None:
    page = screen.editor
    assert page.shown is not None
    section = page.shown.tree.sections[2]
    lead = page.document.lead_ins[section.uid]
    assert lead.toPlainText() == section.lead_in
    qtbot.mouseClick(lead.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, 8))
    assert page.current_uid() == section.uid
    lead.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(lead, " together")
    page.document.commit()
    assert page.shown.tree.sections[2].lead_in == section.lead_in + " together"
    screen.undo_stack.undo()
    assert page.shown.tree.sections[2].lead_in == section.lead_in


def test_propose_dialog_suggests_delegations(qtbot: QtBot, screen: ConclusionsScreen) -> None:
    from confdesk.ui.conclusions.amendments import ProposeDialog

    page = screen.amendments
    proposers = page.workspace.read(lambda service: service.proposer_suggestions())
    assert proposers and "Rwanda" in proposers
    uid = uid_at(screen.editor, 2, 2)
    dialog = ProposeDialog(page.paragraph_choices(), uid, page, proposers)
    qtbot.addWidget(dialog)
    assert str(dialog.paragraph.currentData()) == uid
    assert not dialog.target.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("move"))
    assert dialog.target.isEnabled() and not dialog.text.isEnabled()
    dialog.proposer.setText("Rwanda")
    dialog.target.setCurrentIndex(dialog.target.findData(uid_at(screen.editor, 2, 5)))
    amendment = page.propose(**dialog.values())
    assert amendment is not None
    page.accept_selected()
    assert section_rows(screen.editor, 2)[5][1].startswith(
        page.rows[0].original_text[:30])


def test_typing_not_yet_saved_is_saved_before_another_change(
        qtbot: QtBot, screen: ConclusionsScreen) -> None:
    page = screen.editor
    typed_uid, amended_uid = uid_at(page, 2, 14), uid_at(page, 2, 0)
    screen.amendments.propose(paragraph=amended_uid, kind=AmendmentKind.REPLACE,
                              text=NEW_WORDING, proposer="Rwanda")
    editor = page.document.rows[typed_uid].editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Always.")
    assert page.document.pending()
    screen.amendments.table.selectRow(0)
    screen.amendments.accept_selected()
    rows = section_rows(page, 2)
    assert rows[0][1] == NEW_WORDING and rows[14][1].endswith(" Always.")
    assert page.document.rows[amended_uid].editor.toPlainText() == NEW_WORDING
    assert page.document.rows[typed_uid].editor.toPlainText().endswith(" Always.")
