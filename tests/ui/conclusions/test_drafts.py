"""Drafts, comparison, rapporteurs' items, exports and imports on the demo document."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from confdesk.conclusions.demo import DRAFT_1, DRAFT_2, FINAL
from confdesk.conclusions.queries import WORKING
from confdesk.imports.document_text import parse_text
from confdesk.ui.conclusions.draft_names import shown_draft_name
from confdesk.ui.conclusions.screen import ConclusionsScreen
from tests.ui.conclusions.test_editor import section_rows, select, uid_at

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def cell(table: QTableWidget, row: int, column: int) -> str:
    """The text a table shows in a cell ("" for an empty cell)."""
    item = table.item(row, column)
    return item.text() if item is not None else ""


def choose_session(screen: ConclusionsScreen, title: str) -> None:
    combo = screen.rapporteurs.ui.sessionCombo
    index = combo.findText(title, Qt.MatchFlag.MatchContains)
    assert index >= 0
    assert screen.rapporteurs.select_session(int(combo.itemData(index)))


def test_drafts_listed_newest_first(screen: ConclusionsScreen) -> None:
    names = [row.name for row in screen.drafts.rows]
    assert names == ["Working text", FINAL, DRAFT_2, DRAFT_1]
    # the final draft named "Final" says it once (not "Final  (final)")
    assert cell(screen.drafts.ui.draftsTable, 1, 0) == "Final"
    assert cell(screen.drafts.ui.draftsTable, 3, 1) == "31 March 2014 20:00"


def test_draft_names_in_the_window() -> None:
    assert shown_draft_name("Final", final=True) == "Final"
    assert shown_draft_name("final ", final=False) == "Final"
    assert shown_draft_name("Draft 5", final=True) == "Draft 5  (final)"
    assert shown_draft_name("Version définitive", final=True) == "Version définitive"
    assert shown_draft_name("Draft 2", final=False) == "Draft 2"
    assert shown_draft_name("Working text") == "Working text"


def test_snapshot_then_compare_shows_the_word_inserted(screen: ConclusionsScreen) -> None:
    page = screen.editor
    select(page, 2, 14)
    page.pane.ui.textBox.setPlainText("Remain firmly seized of the matter.")
    page.commit_text()
    assert screen.drafts.take_snapshot("Draft 4 — 2 April 2014 10:00",
                                       datetime(2014, 4, 2, 10, 0))
    assert screen.drafts.rows[1].name == "Draft 4 — 2 April 2014 10:00"
    screen.comparison.choose(FINAL, "Draft 4 — 2 April 2014 10:00")
    html = screen.comparison.browser.toHtml()
    assert "firmly" in html
    comparison = screen.comparison.comparison
    assert comparison is not None and len(comparison.uids("changed")) == 1
    text = " ".join(screen.comparison.browser.toPlainText().split())
    assert "0 inserted · 0 deleted · 0 moved · 1 reworded · 0 renumbered" in text
    assert "15. Remain firmly seized of the matter." in text
    # The inserted word is underlined in the view.
    cursor = screen.comparison.browser.document().find("firmly")
    assert cursor.charFormat().fontUnderline()


def test_comparison_of_two_drafts_marks_moves_and_deletions(screen: ConclusionsScreen) -> None:
    screen.comparison.choose(DRAFT_1, DRAFT_2)
    comparison = screen.comparison.comparison
    assert comparison is not None and comparison.uids("deleted")
    text = " ".join(screen.comparison.browser.toPlainText().split())
    assert "deleted Increasing international cooperation towards" in text
    cursor = screen.comparison.browser.document().find("Increasing international cooperation")
    assert cursor.charFormat().fontStrikeOut()


def test_open_draft_read_only_and_restore_it(screen: ConclusionsScreen) -> None:
    page = screen.editor
    draft = next(r for r in screen.drafts.rows if r.name == DRAFT_1)
    assert draft.id is not None
    screen.open_draft(draft.id)
    assert page.read_only and page.banner.isVisibleTo(screen)
    draft_rows = [section_rows(page, s) for s in range(page.model.rowCount())]
    assert screen.status_line.text().endswith(DRAFT_1)
    assert not page.edit_actions["insert"].isEnabled()
    select(page, 2, 0)
    assert page.pane.ui.textBox.isReadOnly()
    page.leave_draft.emit()
    assert not page.read_only and len(section_rows(page, 2)) == 15

    assert screen.drafts.restore(draft.id)
    assert [section_rows(page, s) for s in range(page.model.rowCount())] == draft_rows
    assert screen.status_line.text().endswith("Working text")
    screen.undo_stack.undo()
    assert len(section_rows(page, 2)) == 15
    assert screen.status_line.text().endswith(FINAL)


def test_promote_an_item_creates_a_linked_paragraph(screen: ConclusionsScreen) -> None:
    page = screen.rapporteurs
    choose_session(screen, "Session III")
    new_id = page.add("Teach the history of past genocides in schools.", "Mr Dirk Janssens",
                      datetime(2014, 3, 31, 16, 0))
    assert new_id is not None
    row = [r.id for r in page.rows].index(new_id)
    assert cell(page.ui.itemsTable, row, 3) == "Not reflected"
    assert cell(page.ui.itemsTable, row, 1) == "Mr Dirk Janssens"
    uid = page.promote()
    assert uid is not None
    assert cell(page.ui.itemsTable, row, 3) == "Reflected in paragraph 16 of “…resolve to”"
    rows = section_rows(screen.editor, 2)
    assert rows[15] == ("16.", "Teach the history of past genocides in schools.")
    assert screen.editor.model.item(2, 0).child(15, 2).text() == "Session III"
    screen.undo_stack.undo()
    assert cell(page.ui.itemsTable, row, 3) == "Not reflected"
    assert len(section_rows(screen.editor, 2)) == 15
    screen.undo_stack.redo()
    assert cell(page.ui.itemsTable, row, 3) == "Reflected in paragraph 16 of “…resolve to”"


def test_items_edited_moved_deleted_with_undo(screen: ConclusionsScreen) -> None:
    page = screen.rapporteurs
    choose_session(screen, "Session II:")
    texts = [r.text for r in page.rows]
    reflected = [r.reflected_in for r in page.rows]
    assert len(texts) == 3 and all(reflected)
    page.select_item(page.rows[0].id)
    page.move_by(1)
    assert [r.text for r in page.rows] == [texts[1], texts[0], *texts[2:]]
    page.edit(page.rows[0].id, "Reworded.", "A. Rapporteur", None)
    assert (page.rows[0].text, page.rows[0].author) == ("Reworded.", "A. Rapporteur")
    page.select_item(page.rows[0].id)
    page.delete()
    assert [r.text for r in page.rows] == [texts[0], *texts[2:]]
    for _ in range(3):
        screen.undo_stack.undo()
    assert [r.text for r in page.rows] == texts
    assert [r.reflected_in for r in page.rows] == reflected


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_export_pdf_of_a_draft(qtbot: QtBot, screen: ConclusionsScreen, tmp_path: Path) -> None:
    draft = next(r for r in screen.drafts.rows if r.name == DRAFT_2)
    target = tmp_path / "draft2.pdf"
    job = screen.drafts.export(draft.id, "pdf", target)
    assert job is not None
    with qtbot.waitSignal(job.completed, timeout=20000):
        pass
    text = pdf_text(target)
    assert "DRAFT" in text and "Draft 2" in text
    assert "Chair's Conclusions" in text or "Chair’s Conclusions" in text


def test_export_working_text_and_press_extract(qtbot: QtBot, screen: ConclusionsScreen,
                                               tmp_path: Path) -> None:
    target = tmp_path / "final.pdf"
    job = screen.drafts.export(None, "pdf", target)
    assert job is not None
    with qtbot.waitSignal(job.completed, timeout=20000):
        pass
    text = " ".join(pdf_text(target).split())
    assert "15. Remain seized of the matter." in text and "DRAFT" not in text
    press = tmp_path / "press.txt"
    job = screen.drafts.export(None, "press", press, (uid_at(screen.editor, 2, 14),))
    assert job is not None
    with qtbot.waitSignal(job.completed, timeout=20000):
        pass
    assert press.read_text(encoding="utf-8").strip() == "• remain seized of the matter."


def test_redline_exports(qtbot: QtBot, screen: ConclusionsScreen, tmp_path: Path) -> None:
    screen.comparison.choose(DRAFT_2, WORKING)
    for fmt in ("pdf", "docx"):
        target = tmp_path / f"redline.{fmt}"
        job = screen.comparison.export(fmt, target)
        assert job is not None
        with qtbot.waitSignal(job.completed, timeout=20000):
            pass
    text = " ".join(pdf_text(tmp_path / "redline.pdf").split())
    assert "Remain seized of the matter." in text
    import docx

    document = docx.Document(str(tmp_path / "redline.docx"))
    words = " ".join(p.text for p in document.paragraphs)
    assert "Remain seized of the matter." in words


def test_import_pasted_text_as_new_document_and_as_draft(screen: ConclusionsScreen) -> None:
    text = ("Opening words of a short text.\n\nThe participants note that:\n"
            "1. First point;\n2. Second point.\n")
    doc_id = screen.documents.import_tree(parse_text(text), as_draft=False, title="Summary")
    assert doc_id is not None
    assert screen.documents.ui.documentCombo.currentText() == "Summary"
    assert section_rows(screen.editor, 1) == [("1.", "First point;"), ("2.", "Second point.")]
    again = text.replace("Second point.", "Second point, amended.\n3. Third point.")
    screen.documents.import_tree(parse_text(again), as_draft=True, draft_name="Draft 2")
    assert section_rows(screen.editor, 1)[1:] == [("2.", "Second point, amended."),
                                                  ("3.", "Third point.")]
    names = [r.name for r in screen.drafts.rows]
    # The first text was never saved as a draft: the import kept it as one before replacing it.
    assert names[0] == "Working text" and "Draft 2" in names and len(names) == 3
    assert any(n.startswith("Working text before import") for n in names)
    screen.undo_stack.undo()
    assert len(section_rows(screen.editor, 1)) == 2
    screen.documents.ui.documentCombo.setCurrentIndex(0)
    assert len(section_rows(screen.editor, 2)) == 15


def test_new_empty_document_takes_paragraphs(screen: ConclusionsScreen) -> None:
    assert screen.documents.new_document("Declaration") is not None
    page = screen.editor
    assert page.model.rowCount() == 2
    page.select(str(page.model.item(1, 0).data(0x0101)))
    page.edit_actions["insert"].trigger()
    page.pane.ui.textBox.setPlainText("Agree to meet again.")
    page.commit_text()
    assert section_rows(page, 1) == [("1.", "Agree to meet again.")]


def test_rapporteurs_page_offers_sessions_not_breaks_and_buttons_follow_the_selection(
        screen: ConclusionsScreen) -> None:
    page = screen.rapporteurs
    page.reload()
    combo = page.ui.sessionCombo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels and not any("Coffee break" in t or "Lunch" in t for t in labels)
    assert "Coffee break" not in combo.currentText()
    assert page.ui.promoteButton.text() == "Make a Paragraph of"
    page.ui.itemsTable.clearSelection()
    assert page.ui.addButton.isEnabled()
    assert not page.ui.editButton.isEnabled() and not page.ui.promoteButton.isEnabled()
    with_items = next((i for i in range(combo.count())
                       if (page.select_session(int(combo.itemData(i))) and page.rows)), None)
    assert with_items is not None, "the demo has rapporteur's items"
    page.ui.itemsTable.selectRow(0)
    assert page.ui.editButton.isEnabled() and page.ui.deleteButton.isEnabled()
    assert page.ui.promoteButton.isEnabled()
