"""Exports from the screen: the filtered view to XLSX, badges to PDF, run in a worker."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.registration.models import Participant
from confdesk.registration.service import RegistrationService
from confdesk.ui.participants.screen import ParticipantsScreen
from tests.ui.participants.conftest import People


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_filtered_view_to_xlsx(qtbot: QtBot, screen: ParticipantsScreen,
                                   tmp_path: Path) -> None:
    screen.list_page.search.setText("belgique")
    screen.list_page.apply_filter()
    target = tmp_path / "belgium.xlsx"
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000) as done:
        screen.exporter.export_list(target, "xlsx", "en", "filtered")
    assert done.args == [target]
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    names = {(r[rows[0].index("Given name")], r[rows[0].index("Family name")]) for r in rows[1:]}
    assert names == {("Didier", "Reynders"), ("Anne", "Dupont"), ("Zoé", "Martin")}
    assert screen.last_status == f"Wrote 3 participants to {target}"
    assert not list(tmp_path.glob(".*.part"))


def test_the_list_in_french_as_pdf(qtbot: QtBot, screen: ParticipantsScreen,
                                   tmp_path: Path) -> None:
    target = tmp_path / "liste.pdf"
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000):
        screen.exporter.export_list(target, "pdf", "fr", "all")
    text = pdf_text(target)
    assert text.index("Belgique") < text.index("Norvège") < text.index("Aegis Trust")
    assert "Thorbjørn Jagland" in text


def test_badges_of_the_selection_marked_printed_with_undo(
        qtbot: QtBot, screen: ParticipantsScreen, people_database: tuple[Database, People],
        tmp_path: Path) -> None:
    db, ids = people_database
    screen.list_page.select_ids({ids.jagland})
    target = tmp_path / "badges.pdf"
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000):
        screen.exporter.print_badges(target, "selection", "en", mark_printed=True)
    text = pdf_text(target)
    assert "Thorbjørn Jagland" in text and "Norway" in text
    assert "Ingrid" not in text
    with db.sessions() as s:
        assert s.get(Participant, ids.jagland).badge_printed_at is not None  # type: ignore[union-attr]
    screen.undo_stack.undo()
    with db.sessions() as s:
        assert s.get(Participant, ids.jagland).badge_printed_at is None  # type: ignore[union-attr]
    unprinted = tmp_path / "unprinted.pdf"
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000):
        screen.exporter.print_badges(unprinted, "unprinted", "en")
    text = pdf_text(unprinted)
    assert "Thorbjørn Jagland" in text and "Carl" not in text  # cancelled: no badge


def test_a_cancelled_export_writes_no_file(qtbot: QtBot, screen: ParticipantsScreen,
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("confdesk.ui.participants.exporting.show_error",
                        lambda _p, _t, text: shown.append(text))
    release = threading.Event()
    real = RegistrationService._selected  # the service reads the rows first

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)  # the job waits until the user has pressed Cancel
        return real(*args, **kwargs)

    monkeypatch.setattr(RegistrationService, "_selected", held)
    target = tmp_path / "badges.pdf"
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000) as done:
        screen.exporter.print_badges(target, "all", "en")
        assert screen.exporter.progress is not None
        cancel = screen.exporter.progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        cancel.click()
        release.set()
    assert isinstance(done.args[0], Exception)
    assert not target.exists()
    assert shown == []  # the user cancelled: no error message


def test_export_dialog_then_file_dialog_then_status(
        qtbot: QtBot, screen: ParticipantsScreen, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog, QFileDialog

    from confdesk.ui.participants.export_dialogs import ListExportDialog

    chosen: list[dict[str, int]] = []

    def choose_csv(dialog: ListExportDialog) -> int:
        chosen.append({s: int(b.isEnabled()) for s, b in dialog.scope.buttons.items()})
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        dialog.scope.buttons["all"].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ListExportDialog, "exec", choose_csv)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "everybody"), ""))
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000):
        screen.export_action.trigger()
    assert chosen == [{"all": 1, "filtered": 1, "selection": 0}]  # nothing selected
    text = (tmp_path / "everybody.csv").read_text(encoding="utf-8-sig")
    assert len(text.strip().splitlines()) == 9 and "Thorbjørn" in text
    assert screen.last_status == f"Wrote 8 participants to {tmp_path / 'everybody.csv'}"


def test_badge_counts_leave_out_people_who_will_not_come(screen: ParticipantsScreen,
                                                         people_database: tuple[Database, People]
                                                         ) -> None:
    screen.list_page.select_ids({people_database[1].cancelled, people_database[1].jagland})
    assert screen.exporter.badge_counts() == {"all": 7, "filtered": 7, "selection": 1,
                                              "unprinted": 7}


def test_the_export_dialog_offers_the_published_list_and_its_issue(
        qtbot: QtBot, screen: ParticipantsScreen, tmp_path: Path,
        people_database: tuple[Database, People]) -> None:
    from datetime import date

    from PySide6.QtCore import QDate
    from sqlalchemy import select

    from confdesk.registration.revisions import ListRevision
    from confdesk.ui.participants.export_dialogs import ListExportDialog

    dialog = ListExportDialog({"all": 8, "filtered": 8, "selection": 0}, "en", screen)
    qtbot.addWidget(dialog)
    assert dialog.attending.isChecked() and dialog.consent.isChecked()  # PDF: published
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert not dialog.attending.isChecked() and not dialog.changes.isEnabled()
    assert not dialog.options().published
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.issue.setChecked(True)
    dialog.issued_on.setDate(QDate(2014, 3, 30))
    options = dialog.options()
    assert options.published and not options.include_inactive and options.issue
    assert options.issued_on == date(2014, 3, 30)
    target = tmp_path / "issued.pdf"
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000):
        screen.exporter.export_list(target, "pdf", "en", "all", options)
    text = pdf_text(target)
    assert "Issued on 30 March 2014" in text and "Carl Cancel" not in text
    assert "Diallo" not in text  # the press are not in the published list by default
    assert screen.last_status == f"Wrote 6 participants to {target}"
    with people_database[0].sessions() as s:
        assert s.scalars(select(ListRevision.number)).all() == [0]
