"""The import wizard end to end on a small workbook: mapping, preview, run, cancel, report."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from confdesk.db.database import Database
from confdesk.imports import participants as participants_import
from confdesk.imports.participants import Action
from confdesk.registration.models import Participant
from confdesk.ui.participants.import_wizard import ImportWizard
from confdesk.ui.participants.screen import ParticipantsScreen
from tests.ui.participants.conftest import People, shown_names


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    """A mission's list: a title row, French headings, a duplicate and an odd column."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Inscriptions"
    sheet.append(["Liste des participants"])
    sheet.append(["Prénom", "Nom", "Pays", "Courriel", "Remarque interne"])
    sheet.append(["Thorbjørn", "Jagland", "Norvège", "tj@example.org", "x"])
    sheet.append(["Kofi", "Annan", "Ghana", "kofi@example.org", "y"])
    sheet.append(["Aïcha", "Bah", "Guinée", "aicha@example.org", ""])
    path = tmp_path / "inscriptions.xlsx"
    book.save(path)
    return path


def count(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Participant)) or 0


def open_wizard(qtbot: QtBot, screen: ParticipantsScreen, path: Path) -> ImportWizard:
    wizard = screen.make_import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    expected = path.stem if path.suffix == ".csv" else "Inscriptions"
    assert wizard.file_page.sheet.currentText() == expected
    wizard.next()  # reads the file in a worker, then moves on
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    return wizard


def to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Next on the mapping page: the preview is built in a worker, then shown."""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10000)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_import_end_to_end_with_a_remembered_mapping(
        qtbot: QtBot, screen: ParticipantsScreen, workbook: Path,
        people_database: tuple[Database, People]) -> None:
    db = people_database[0]
    wizard = open_wizard(qtbot, screen, workbook)
    page = wizard.mapping_page
    assert "headings found on row 2" in page.header_info.text()
    assert [c.currentData() for c in page.combos] == [
        "given_name", "family_name", "country", "email", None]
    page.combos[4].setCurrentIndex(page.combos[4].findData("notes"))  # the user's correction
    to_preview(qtbot, wizard)
    preview = wizard.preview_page
    model = preview.model
    assert model.rowCount() == 3
    assert model.index(0, 1).data() == "Thorbjørn Jagland"
    assert "already registered" in model.index(0, 3).data()
    assert model.index(0, 4).data() == "Skip ▾"
    assert preview.summary.text() == "3 rows: 2 to add, 0 to update, 1 to skip, 0 invalid."
    model.setData(model.index(0, 4), Action.UPDATE)
    assert preview.summary.text() == "3 rows: 2 to add, 1 to update, 0 to skip, 0 invalid."
    with qtbot.waitSignal(wizard.import_finished, timeout=10000):
        wizard.next()
    assert wizard.run_page.report.toPlainText().startswith("Added 2, updated 1, skipped 0.")
    assert wizard.run_page.title() == "Import done"
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert count(db) == 10
    assert {"Kofi Annan", "Aïcha Bah"} <= set(shown_names(screen))
    with db.sessions() as s:
        notes = s.scalar(select(Participant.notes).where(Participant.family_name == "Annan"))
    assert notes == "y"
    wizard.accept()

    again = open_wizard(qtbot, screen, workbook)
    assert "as you matched them last time" in again.mapping_page.header_info.text()
    assert again.mapping_page.combos[4].currentData() == "notes"
    again.reject()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_cancel_imports_nothing(qtbot: QtBot, screen: ParticipantsScreen, workbook: Path,
                                people_database: tuple[Database, People],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    db = people_database[0]
    started, release = threading.Event(), threading.Event()
    real = participants_import.run_import  # the service imports it when it commits

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(participants_import, "run_import", held)
    wizard = open_wizard(qtbot, screen, workbook)
    to_preview(qtbot, wizard)
    with qtbot.waitSignal(wizard.import_finished, timeout=10000):
        wizard.next()
        assert started.wait(10)
        wizard.run_page.cancel_button.click()
        release.set()
    assert wizard.run_page.report.toPlainText() == "Import cancelled: nothing was imported."
    assert wizard.run_page.title() == "Nothing imported"
    assert count(db) == 8
    assert wizard.isVisible()  # Cancel stopped the import, not the wizard


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_sheet_without_names_is_refused_on_the_mapping_page(
        qtbot: QtBot, screen: ParticipantsScreen, tmp_path: Path) -> None:
    path = tmp_path / "no-names.csv"
    path.write_text("Country,E-mail\nGhana,kofi@example.org\n", encoding="utf-8")
    wizard = open_wizard(qtbot, screen, path)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert "No column holds names" in wizard.mapping_page.problem.text()
