"""The import as the window does it: the question about tracked changes, the preview of the
structure read, and nothing written until Import is pressed."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from confdesk.imports.document_text import import_document
from confdesk.ui.conclusions import dialogs, import_preview
from confdesk.ui.conclusions.import_preview import ImportPreviewDialog
from confdesk.ui.conclusions.screen import ConclusionsScreen
from tests.imports.word_files import tracked_changes_file
from tests.ui.conclusions.test_editor import section_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ACCEPTED = QDialog.DialogCode.Accepted
REJECTED = QDialog.DialogCode.Rejected


def word_file(path: Path) -> Path:
    word = docx.Document()
    word.add_heading("I. Findings", level=1)
    word.add_paragraph("The participants note that:")
    word.add_paragraph("Genocide is the gravest crime;", style="List Number")
    word.add_paragraph("Prevention is possible.", style="List Number")
    word.add_paragraph("They also note:")
    word.add_paragraph("one thing;", style="List Bullet")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Belgium", "A focal point"
    word.save(path)
    return path


def rows(item: QTreeWidgetItem) -> list[tuple[str, str]]:
    return [(item.child(i).text(0), item.child(i).text(1)) for i in range(item.childCount())]


def test_the_preview_shows_parts_titles_lead_ins_numbers_and_the_report(
        qtbot: QtBot, tmp_path: Path) -> None:
    imported = import_document(word_file(tmp_path / "draft.docx"), title="Summary")
    dialog = ImportPreviewDialog(imported)
    qtbot.addWidget(dialog)
    tree = dialog.ui.structureTree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "Part 1: list, numbered", "Part 2: list, bullets", "Part 3: free text"]
    assert rows(tree.topLevelItem(0)) == [
        ("Title", "I. Findings"), ("Lead-in", "The participants note that:"),
        ("1.", "Genocide is the gravest crime;"), ("2.", "Prevention is possible.")]
    assert rows(tree.topLevelItem(1)) == [("Lead-in", "They also note:"), ("•", "one thing;")]
    assert rows(tree.topLevelItem(2)) == [("", "Belgium | A focal point")]
    notes = [dialog.ui.notesList.item(i).text() for i in range(dialog.ui.notesList.count())]
    assert "1 table converted to text: 1 paragraph, one per row, cells separated by “ | ”." in (
        notes)
    summary = dialog.ui.summaryLabel.text()  # English plural forms (confdesk_en.qm)
    assert summary.startswith("“Summary”: 3 parts, 4 paragraphs.")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "&Import"
    dialog.resize(900, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "preview.png"))


def _open(monkeypatch: pytest.MonkeyPatch, path: Path, *, as_new: bool = True) -> None:
    def fill(dialog: dialogs.ImportDialog) -> int:
        dialog.open_file(path)
        (dialog.ui.asNewRadio if as_new else dialog.ui.asDraftRadio).setChecked(True)
        dialog.ui.titleEdit.setText("Imported")
        return ACCEPTED

    monkeypatch.setattr(dialogs.ImportDialog, "exec", fill)


def test_cancelling_the_preview_writes_nothing(
        monkeypatch: pytest.MonkeyPatch, screen: ConclusionsScreen, tmp_path: Path) -> None:
    before = screen.documents.ui.documentCombo.count()
    _open(monkeypatch, word_file(tmp_path / "draft.docx"))
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda _dialog: REJECTED)
    screen.documents.ask_import()
    assert screen.documents.ui.documentCombo.count() == before


def test_the_window_asks_about_tracked_changes_then_imports_the_accepted_text(
        monkeypatch: pytest.MonkeyPatch, screen: ConclusionsScreen, tmp_path: Path) -> None:
    asked: list[str] = []

    def answer(_parent: object, summary: str) -> str:
        asked.append(summary)
        return "accept"

    monkeypatch.setattr(import_preview, "ask_tracked_changes", answer)
    previewed: list[str] = []

    def preview(dialog: ImportPreviewDialog) -> int:
        previewed.append(dialog.ui.notesList.item(0).text())
        return ACCEPTED

    monkeypatch.setattr(ImportPreviewDialog, "exec", preview)
    _open(monkeypatch, tracked_changes_file(tmp_path / "tracked.docx"))
    screen.documents.ask_import()
    assert asked == ["tracked.docx holds 8 tracked changes (2 insertions, 5 deletions, 1 move)."]
    assert previewed == ["8 tracked changes (2 insertions, 5 deletions, 1 move) accepted."]
    assert screen.documents.ui.documentCombo.currentText() == "Imported"
    assert section_rows(screen.editor, 0)[:2] == [
        ("1.", "The participants warmly welcome the report;"),
        ("2.", "First half of a sentence;")]


def test_cancelling_the_tracked_changes_question_writes_nothing(
        monkeypatch: pytest.MonkeyPatch, screen: ConclusionsScreen, tmp_path: Path) -> None:
    before = screen.documents.ui.documentCombo.count()
    monkeypatch.setattr(import_preview, "ask_tracked_changes", lambda _p, _s: None)
    _open(monkeypatch, tracked_changes_file(tmp_path / "tracked.docx"))
    screen.documents.ask_import()
    assert screen.documents.ui.documentCombo.count() == before


def test_a_windows_1252_text_file_is_read_and_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "draft.txt"
    source.write_bytes("The participants — in Genève — note that:\r\n1. Only point.\r\n"
                       .encode("cp1252"))
    dialog = dialogs.ImportDialog(has_document=False)
    qtbot.addWidget(dialog)
    dialog.open_file(source)
    assert dialog.ui.fileLabel.text() == "draft.txt (read as Windows-1252 (Western European))"
    imported = dialog.imported()
    assert imported.tree.sections[0].lead_in == "The participants — in Genève — note that:"
    assert imported.notes[0] == "Read as Windows-1252 (Western European) text."


def test_the_outline_shows_section_titles_and_list_styles(
        monkeypatch: pytest.MonkeyPatch, screen: ConclusionsScreen, tmp_path: Path) -> None:
    _open(monkeypatch, word_file(tmp_path / "draft.docx"))
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda _dialog: ACCEPTED)
    screen.documents.ask_import()
    model = screen.editor.model
    assert [model.item(r, 0).text() for r in range(model.rowCount())] == [
        "I. Findings — The participants note that:", "They also note:", "Opening text"]
    assert section_rows(screen.editor, 0) == [("1.", "Genocide is the gravest crime;"),
                                              ("2.", "Prevention is possible.")]
    assert section_rows(screen.editor, 1) == [("•", "one thing;")]
