"""The screen's dialogs, built from forms/conclusions_*.ui, driven as a user fills them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from confdesk.conclusions.demo import FINAL
from confdesk.ui.conclusions import dialogs, progress
from confdesk.ui.conclusions.import_preview import ImportPreviewDialog
from confdesk.ui.conclusions.screen import ConclusionsScreen
from confdesk.ui.conclusions.workspace import to_qdatetime
from confdesk.ui.jobs import JobWatcher
from tests.ui.conclusions.test_drafts import cell, choose_session
from tests.ui.conclusions.test_editor import section_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ACCEPTED = QDialog.DialogCode.Accepted


def test_snapshot_dialog_records_a_named_dated_final_draft(
        monkeypatch: pytest.MonkeyPatch, screen: ConclusionsScreen) -> None:
    seen: list[str] = []

    def fill(dialog: dialogs.SnapshotDialog) -> int:
        seen.append(dialog.ui.nameEdit.text())
        dialog.ui.nameEdit.setText("Draft 4 — adopted")
        dialog.ui.whenEdit.setDateTime(to_qdatetime(datetime(2014, 4, 1, 17, 30)))
        dialog.ui.noteEdit.setText("As read out by the chair")
        dialog.ui.finalCheck.setChecked(True)
        return ACCEPTED

    monkeypatch.setattr(dialogs.SnapshotDialog, "exec", fill)
    screen.drafts.ask_snapshot()
    assert seen[0].startswith("Draft 4 — ")  # three drafts exist: the next is the fourth
    table = screen.drafts.ui.draftsTable
    assert cell(table, 1, 0) == "Draft 4 — adopted  (final)"
    assert cell(table, 1, 1) == "1 April 2014 17:30"
    assert cell(table, 1, 2) == "As read out by the chair"


def test_a_cancelled_snapshot_dialog_records_nothing(
        monkeypatch: pytest.MonkeyPatch, screen: ConclusionsScreen) -> None:
    monkeypatch.setattr(dialogs.SnapshotDialog, "exec",
                        lambda _d: QDialog.DialogCode.Rejected)
    before = [r.name for r in screen.drafts.rows]
    screen.drafts.ask_snapshot()
    assert [r.name for r in screen.drafts.rows] == before


def test_new_document_dialog_sets_title_and_lead_in(
        monkeypatch: pytest.MonkeyPatch, screen: ConclusionsScreen) -> None:
    def fill(dialog: dialogs.NewDocumentDialog) -> int:
        assert dialog.ui.titleEdit.text() == "Chair's Conclusions"
        dialog.ui.titleEdit.setText("Declaration")
        dialog.ui.leadInEdit.setText("The participants resolve to:")
        return ACCEPTED

    monkeypatch.setattr(dialogs.NewDocumentDialog, "exec", fill)
    screen.documents.ask_new()
    assert screen.documents.ui.documentCombo.currentText() == "Declaration"
    assert screen.editor.model.item(1, 0).text() == "The participants resolve to:"


def test_import_dialog_pasted_text_becomes_a_draft(
        monkeypatch: pytest.MonkeyPatch, screen: ConclusionsScreen) -> None:
    def fill(dialog: dialogs.ImportDialog) -> int:
        assert dialog.ui.asDraftRadio.isChecked()
        dialog.ui.textEdit.setPlainText("Opening.\n\nThe participants note that:\n"
                                        "1. One;\n2. Two.\n")
        dialog.ui.draftNameEdit.setText("Pasted draft")
        return ACCEPTED

    monkeypatch.setattr(dialogs.ImportDialog, "exec", fill)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda _dialog: ACCEPTED)
    screen.documents.ask_import()
    assert section_rows(screen.editor, 1) == [("1.", "One;"), ("2.", "Two.")]
    assert screen.drafts.rows[1].name == "Pasted draft"


def test_import_dialog_reads_a_txt_file_into_the_box(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "draft.txt"
    source.write_text("The participants note that:\n1. Only point.\n", encoding="utf-8")
    dialog = dialogs.ImportDialog(has_document=False)
    qtbot.addWidget(dialog)
    assert dialog.ui.asNewRadio.isChecked() and not dialog.ui.asDraftRadio.isEnabled()
    dialog.open_file(source)
    assert dialog.ui.fileLabel.text() == "draft.txt"
    assert "1. Only point." in dialog.ui.textEdit.toPlainText()
    tree = dialog.tree()
    assert [p.text for _s, p, _d in tree.paragraphs()] == ["Only point."]


def test_export_dialog_offers_paragraphs_only_for_the_press_extract(
        monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, screen: ConclusionsScreen,
        tmp_path: Path) -> None:
    target = tmp_path / "press.txt"
    states: list[bool] = []

    def fill(dialog: dialogs.ExportDialog) -> int:
        states.append(dialog.ui.paragraphsList.isEnabled())
        dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData("press"))
        states.append(dialog.ui.paragraphsList.isEnabled())
        listing = dialog.ui.paragraphsList
        for row in range(listing.count()):
            if listing.item(row).text().startswith("15. Remain seized"):
                listing.item(row).setCheckState(Qt.CheckState.Checked)
        return ACCEPTED

    monkeypatch.setattr(dialogs.ExportDialog, "exec", fill)
    monkeypatch.setattr("confdesk.ui.conclusions.drafts.ask_path", lambda *_a: target)
    started: list[JobWatcher] = []
    real_run = progress.run_export

    def run(*args: Any) -> JobWatcher:
        started.append(real_run(*args))
        return started[-1]

    monkeypatch.setattr("confdesk.ui.conclusions.drafts.run_export", run)
    screen.drafts.select_draft(FINAL)
    screen.drafts.ask_export()
    assert states == [False, True]
    with qtbot.waitSignal(started[0].completed, timeout=20000):
        pass
    assert target.read_text(encoding="utf-8").strip() == "• remain seized of the matter."


def test_export_dialog_prints_and_keeps_the_document_symbol(
        monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, screen: ConclusionsScreen,
        tmp_path: Path) -> None:
    import subprocess

    target = tmp_path / "final.pdf"
    seen: list[tuple[str, bool]] = []

    def fill(dialog: dialogs.ExportDialog) -> int:
        ui = dialog.ui
        ui.formatCombo.setCurrentIndex(ui.formatCombo.findData("txt"))
        seen.append((ui.symbolEdit.text(), ui.symbolEdit.isEnabled()))
        ui.formatCombo.setCurrentIndex(ui.formatCombo.findData("pdf"))
        seen.append((ui.symbolEdit.text(), ui.symbolEdit.isEnabled()))
        ui.symbolEdit.setText("  GPC/2014/1 ")
        return ACCEPTED

    monkeypatch.setattr(dialogs.ExportDialog, "exec", fill)
    monkeypatch.setattr("confdesk.ui.conclusions.drafts.ask_path", lambda *_a: target)
    started: list[JobWatcher] = []
    real_run = progress.run_export

    def run(*args: Any) -> JobWatcher:
        started.append(real_run(*args))
        return started[-1]

    monkeypatch.setattr("confdesk.ui.conclusions.drafts.run_export", run)
    screen.drafts.select_draft(FINAL)
    screen.drafts.ask_export()
    with qtbot.waitSignal(started[0].completed, timeout=20000):
        pass
    assert seen == [("", False), ("", True)]
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 2 and all("GPC/2014/1" in p for p in pages)
    # The next export offers the symbol again: it is the document's.
    screen.drafts.ask_export()
    with qtbot.waitSignal(started[1].completed, timeout=20000):
        pass
    assert seen[-1] == ("GPC/2014/1", True)


def test_item_dialog_adds_and_edits_an_item(
        monkeypatch: pytest.MonkeyPatch, screen: ConclusionsScreen) -> None:
    choose_session(screen, "Session III")
    page = screen.rapporteurs
    count = len(page.rows)

    def add(dialog: dialogs.ItemDialog) -> int:
        dialog.ui.textEdit.setPlainText("Train judges in early warning.")
        dialog.ui.authorEdit.setText("A. Rapporteur")
        dialog.ui.whenEdit.setDateTime(QDateTime(2014, 4, 1, 11, 5, 0))
        return ACCEPTED

    monkeypatch.setattr(dialogs.ItemDialog, "exec", add)
    page.ask_add()
    assert len(page.rows) == count + 1
    row = page.ui.itemsTable.currentRow()
    assert [cell(page.ui.itemsTable, row, c) for c in range(3)] == [
        "Train judges in early warning.", "A. Rapporteur", "11:05"]

    def edit(dialog: dialogs.ItemDialog) -> int:
        assert dialog.ui.textEdit.toPlainText() == "Train judges in early warning."
        dialog.ui.textEdit.setPlainText("Train judges and prosecutors.")
        return ACCEPTED

    monkeypatch.setattr(dialogs.ItemDialog, "exec", edit)
    page.ask_edit()
    table = page.ui.itemsTable
    assert cell(table, table.currentRow(), 0) == "Train judges and prosecutors."



def test_export_dialog_prints_line_numbers_when_ticked(
        monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, screen: ConclusionsScreen,
        tmp_path: Path) -> None:
    import re
    import subprocess

    target = tmp_path / "numbered.pdf"
    enabled: list[tuple[str, bool]] = []

    def fill(dialog: dialogs.ExportDialog) -> int:
        ui = dialog.ui
        for fmt in ("txt", "docx", "press", "pdf"):
            ui.formatCombo.setCurrentIndex(ui.formatCombo.findData(fmt))
            enabled.append((fmt, ui.lineNumbersCheck.isEnabled()))
        assert not ui.lineNumbersCheck.isChecked()  # off unless asked
        ui.lineNumbersCheck.setChecked(True)
        return ACCEPTED

    monkeypatch.setattr(dialogs.ExportDialog, "exec", fill)
    monkeypatch.setattr("confdesk.ui.conclusions.drafts.ask_path", lambda *_a: target)
    started: list[JobWatcher] = []
    real_run = progress.run_export

    def run(*args: Any) -> JobWatcher:
        started.append(real_run(*args))
        return started[-1]

    monkeypatch.setattr("confdesk.ui.conclusions.drafts.run_export", run)
    screen.drafts.select_draft(FINAL)
    screen.drafts.ask_export()
    with qtbot.waitSignal(started[0].completed, timeout=20000):
        pass
    assert enabled == [("txt", False), ("docx", True), ("press", False), ("pdf", True)]
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    numbers = [int(m.group(1)) for m in re.finditer(r"(?m)^\s*(\d+)\s{2,}\S", text)]
    assert numbers[:5] == [1, 2, 3, 4, 5] and numbers == list(range(1, len(numbers) + 1))
