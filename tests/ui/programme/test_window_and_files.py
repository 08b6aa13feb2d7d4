"""The Programme screen inside the window, keyboard and wheel, refusals, every export format."""

from __future__ import annotations

import subprocess
from datetime import time
from pathlib import Path

import openpyxl
import pytest
from lxml import etree
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from confdesk.db.database import Database
from confdesk.events.models import Event
from confdesk.exports.registry import ExportKind
from confdesk.ui.main_window import MainWindow
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.programme.session_dialog import SessionDialog
from confdesk.ui.settings import Settings
from tests.ui.programme.conftest import programme

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of the error messages shown, instead of blocking the test."""
    shown: list[str] = []

    def critical(_parent: object, _title: str, text: str, *args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def test_in_the_window_edit_undo_reverts_a_move(qtbot: QtBot, settings: Settings,
                                                demo: Database) -> None:
    window = MainWindow(settings, demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with demo.sessions() as s:
        assert window.select_event(s.scalars(select(Event.id)).one())
    window.ui.actionProgramme.trigger()
    screen = window.current_screen
    assert isinstance(screen, ProgrammeScreen)
    assert len(screen.grid.blocks) == 9
    lunch = next(s for s in programme(demo).sessions if s.title == "Lunch")
    screen.move_session(lunch.id, lunch.room.id if lunch.room else None, time(13, 0))
    assert programme(demo).session(lunch.id).start_time == time(13, 0)
    assert window.undo_action.isEnabled()
    assert window.undo_action.text().endswith("Move “Lunch”")
    window.undo_action.trigger()
    assert programme(demo).session(lunch.id).start_time == time(13, 15)
    window.redo_action.trigger()
    assert programme(demo).session(lunch.id).start_time == time(13, 0)


def test_enter_on_a_selected_block_opens_its_dialog(qtbot: QtBot,
                                                    screen: ProgrammeScreen) -> None:
    stored = programme(screen.database)  # type: ignore[arg-type]
    session_two = next(s for s in stored.sessions if s.title.startswith("Session II:"))
    screen.select_session(session_two.id)
    screen.grid.setFocus()
    qtbot.keyClick(screen.grid, Qt.Key.Key_Return)
    dialog = screen.findChild(SessionDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.titleEdit.text() == session_two.title
    tree = dialog.ui.rolesTree
    assert tree.topLevelItem(0).text(0) == "Chair"
    assert tree.topLevelItem(0).text(1) == "Judge Liesbeth Willems"


def test_control_wheel_zooms(screen: ProgrammeScreen) -> None:
    grid = screen.grid
    before = grid.scale_factor
    centre = QPointF(grid.viewport().rect().center())
    event = QWheelEvent(centre, grid.viewport().mapToGlobal(centre), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(grid.viewport(), event)
    assert grid.scale_factor > before


def test_a_refused_move_says_why_and_changes_nothing(screen: ProgrammeScreen, demo: Database,
                                                     errors: list[str]) -> None:
    session_one = next(s for s in programme(demo).sessions if s.title.startswith("Session I:"))
    screen.move_session(session_one.id, None, time(23, 0))
    assert errors and "cannot start at 23:00" in errors[0]
    after = programme(demo).session(session_one.id)
    assert (after.start_time, after.room) == (session_one.start_time, session_one.room)
    assert screen.undo_stack.count() == 0
    assert screen.grid.blocks[session_one.id].column == 0


def _export(qtbot: QtBot, screen: ProgrammeScreen, kind: ExportKind, path: Path) -> None:
    watcher = screen.export_to(kind, path)
    assert watcher is not None
    with qtbot.waitSignal(watcher.completed, timeout=30000):
        pass


def _pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                            capture_output=True, text=True, check=True)
    return " ".join(result.stdout.split())


def test_every_export_format_from_the_screen(qtbot: QtBot, screen: ProgrammeScreen,
                                             tmp_path: Path, shared_dir: Path) -> None:
    files = {kind: tmp_path / f"out-{kind.value}{kind.suffix}" for kind in ExportKind}
    for kind, path in files.items():
        _export(qtbot, screen, kind, path)
    a4 = _pdf_text(files[ExportKind.PDF_A4])
    assert "International Conference on Genocide Prevention" in a4
    assert "Session III: The role of civil society" in a4
    assert "Session I: Status of academic research on genocide" in _pdf_text(
        files[ExportKind.PDF_A5])
    assert "Krüger" in _pdf_text(files[ExportKind.SPEAKERS_PDF])
    workbook = openpyxl.load_workbook(files[ExportKind.XLSX])
    assert workbook.sheetnames[0] == "All sessions" and len(workbook.sheetnames) == 3
    speakers = openpyxl.load_workbook(files[ExportKind.SPEAKERS_XLSX])
    assert speakers.active is not None and speakers.active.max_row > 10
    parser = etree.XMLParser(no_network=True)
    schema = etree.XMLSchema(etree.parse(str(shared_dir / "schemas" / "schedule.xml.xsd"),
                                         parser))
    schema.assertValid(etree.parse(str(files[ExportKind.FRAB]), parser))


def test_pdf_exports_in_french_from_the_screen(qtbot: QtBot, screen: ProgrammeScreen,
                                               tmp_path: Path) -> None:
    screen.french_action.setChecked(True)
    programme_pdf, speakers_pdf = tmp_path / "programme.pdf", tmp_path / "intervenants.pdf"
    _export(qtbot, screen, ExportKind.PDF_A4, programme_pdf)
    _export(qtbot, screen, ExportKind.SPEAKERS_PDF, speakers_pdf)
    text = _pdf_text(programme_pdf)
    assert "Conférence internationale sur la prévention du génocide" in text
    assert "lundi 31 mars 2014" in text and "Jour 1" in text and "Monday" not in text
    assert "S. E. M." in text and "H.E." not in text
    speakers = _pdf_text(speakers_pdf)
    assert "Liste des intervenants" in speakers and "mar. 1er avril" in speakers


def test_enter_in_the_list_opens_the_dialog_of_the_current_row(
    qtbot: QtBot, screen: ProgrammeScreen
) -> None:
    screen.tabs.setCurrentIndex(1)
    screen.search_edit.setText("press briefing")
    assert screen.model.rowCount() == 1
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(0, 6))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen.findChild(SessionDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.titleEdit.text() == "Press briefing"
    assert dialog.ui.roomCombo.currentText() == "Press Room"
