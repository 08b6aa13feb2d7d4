"""Exporting a programme with conflicts from the window asks first; either answer is kept."""

from __future__ import annotations

import subprocess
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.exports.registry import ExportKind
from confdesk.ui.programme.screen import ProgrammeScreen
from tests.ui.programme.conftest import programme

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


class Answer:
    """Clicks a button of the next message box once it is shown, and keeps what it said."""

    def __init__(self, button: str) -> None:
        self.button, self.title, self.text, self.details = button, "", "", ""
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        self.timer.stop()
        self.title, self.text = box.windowTitle(), box.text()
        self.details = box.informativeText()
        button = next(b for b in box.buttons() if b.text() == self.button)
        button.click()


def clash(screen: ProgrammeScreen, demo: Database) -> None:
    """Move the side event into Session III's hall and time: one hall, two sessions."""
    stored = programme(demo)
    side = next(s for s in stored.sessions if s.title.startswith("Side event: Focal"))
    three = next(s for s in stored.sessions if s.title.startswith("Session III"))
    assert three.room is not None
    screen.move_session(side.id, three.room.id, time(15, 0))


def test_no_question_without_conflicts(qtbot: QtBot, screen: ProgrammeScreen,
                                       tmp_path: Path) -> None:
    watcher = screen.export_to(ExportKind.PDF_A4, tmp_path / "clean.pdf")
    assert watcher is not None  # no message box (the guard of tests/ui/conftest.py)
    with qtbot.waitSignal(watcher.completed, timeout=30000):
        pass


def test_cancel_in_the_question_writes_nothing(qtbot: QtBot, screen: ProgrammeScreen,
                                               demo: Database, tmp_path: Path) -> None:
    clash(screen, demo)
    target = tmp_path / "programme.pdf"
    answer = Answer("Cancel")
    assert screen.export_to(ExportKind.PDF_A4, target) is None
    assert answer.title == "Export a programme with conflicts?"
    # the English plural forms (confdesk_en.qm)
    assert answer.text == "The programme has 1 conflict. programme.pdf would show it as it stands."
    assert "• Main Conference Hall holds two sessions at once" in answer.details
    assert answer.details.endswith("Export anyway?")
    assert not target.exists()
    assert screen.status.text() == "Export cancelled; nothing was written."


def test_export_anyway_writes_the_programme_as_it_stands(
        qtbot: QtBot, screen: ProgrammeScreen, demo: Database, tmp_path: Path) -> None:
    clash(screen, demo)
    target = tmp_path / "programme.pdf"
    answer = Answer("Export anyway")
    watcher = screen.export_to(ExportKind.PDF_A4, target)
    assert watcher is not None and answer.title == "Export a programme with conflicts?"
    with qtbot.waitSignal(watcher.completed, timeout=30000):
        pass
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "15:00–16:15" in text and "Side event: Focal Points for Prevention" in text
    assert screen.status.text() == f"Wrote {target}."
