"""Around every export: a telling file name in the last folder used, and a notice with Open
and Show in Folder once the file is written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QToolButton
from pytestqt.qtbot import QtBot

from confdesk.db.database import open_database
from confdesk.ui.exported import ExportNotice, ask_save_path, suggested_name
from confdesk.ui.main_window import MainWindow
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.settings import Settings
from tests.ui.conftest import Events


@pytest.fixture
def private_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings() in a private file, not the user's own."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    before = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    try:
        yield
    finally:
        QSettings.setDefaultFormat(before)


def test_the_proposed_name_says_event_what_and_date() -> None:
    assert suggested_name("ICGP 2014", "List of participants", ".pdf", date(2026, 12, 3)) == (
        "ICGP 2014 – List of participants – 2026-12-03.pdf")
    # what a file system refuses in a name is replaced, not dropped silently
    assert suggested_name("A/B: C?", "Redline draft 1 - draft 2", "docx",
                          date(2014, 3, 31)) == (
        "A-B- C- – Redline draft 1 - draft 2 – 2014-03-31.docx")


def test_the_dialog_proposes_the_last_folder_and_adds_the_suffix(
        qapp: QApplication, tmp_path: Path, private_settings: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    proposed: list[str] = []
    answers = [str(tmp_path / "exports" / "mine"), ""]

    def dialog(_parent: object, _title: str, proposal: str, _filter: str) -> tuple[str, str]:
        proposed.append(proposal)
        return answers.pop(0), ""

    (tmp_path / "exports").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    first = ask_save_path(qapp.activeWindow() or QLabel(), "Export", "ICGP", "Badges", ".pdf")
    assert first == tmp_path / "exports" / "mine.pdf"
    today = date.today().isoformat()
    assert Path(proposed[0]).name == f"ICGP – Badges – {today}.pdf"
    # the next export starts where the last one went; Cancel gives nothing
    assert ask_save_path(QLabel(), "Export", "ICGP", "Programme", ".ics") is None
    assert Path(proposed[1]) == tmp_path / "exports" / f"ICGP – Programme – {today}.ics"


def test_a_written_export_offers_open_and_show_in_folder(
        qtbot: QtBot, settings: Settings, two_events: tuple[Path, Events], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = MainWindow(settings, open_database(two_events[0]))
    qtbot.addWidget(window)
    window.show()
    screen = window.current_screen
    assert isinstance(screen, ParticipantsScreen)
    target = tmp_path / "out" / "list.csv"
    target.parent.mkdir()
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000):
        screen.exporter.export_list(target, "csv", "en", "all")
    notice = window.findChild(ExportNotice, "exportNotice")
    assert notice is not None and notice.isVisible()
    assert str(target) in notice.text.text()
    notice.findChild(QToolButton, "exportNoticeOpen").click()
    notice.findChild(QToolButton, "exportNoticeFolder").click()
    assert [url.toLocalFile() for url in opened] == [str(target), str(target.parent)]
    notice.findChild(QToolButton, "exportNoticeClose").click()
    assert not notice.isVisible()
    window.close()
