"""View → Interface Language offers to restart now: the window closes by its normal path
(settings saved, database closed) and the same program starts again with the same options
on the same database; Later leaves the window as it is."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from confdesk.db.database import open_database
from confdesk.ui import relaunch
from confdesk.ui.main_window import MainWindow
from confdesk.ui.relaunch import relaunch_command
from confdesk.ui.settings import Settings
from tests.ui.conftest import Events

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


def test_the_command_keeps_the_options_and_names_the_database_open(tmp_path: Path) -> None:
    demo = tmp_path / "demo.sqlite"
    other = tmp_path / "other events.sqlite"
    for path in (demo, other):
        open_database(path).close()
    argv = ["/usr/bin/confdesk", "--user", "ann", "--fresh-demo"]
    db = open_database(demo)
    try:
        assert relaunch_command(db, argv=argv, executable="/usr/bin/python3", frozen=False,
                                demo_path=demo) == (
            "/usr/bin/python3", ["-m", "confdesk", "--user", "ann", "--demo"])
    finally:
        db.close()
    db = open_database(other)
    try:
        # started on the demo, then File → Open: the database open now is the one reopened
        assert relaunch_command(db, argv=["confdesk", "--demo", "--database=x.sqlite",
                                          "--user=bob"],
                                executable="/opt/confdesk/confdesk", frozen=True,
                                demo_path=demo) == (
            "/opt/confdesk/confdesk", ["--user=bob", "--database", str(other)])
        assert relaunch_command(db, argv=["confdesk", "--database", "x.sqlite"],
                                executable="py", frozen=False, demo_path=demo) == (
            "py", ["-m", "confdesk", "--database", str(other)])
    finally:
        db.close()
    assert relaunch_command(None, argv=["confdesk", "--database", "gone.sqlite"],
                            executable="py", frozen=True, demo_path=demo) == ("py", [])


@pytest.fixture
def window(qtbot: QtBot, settings: Settings,
           two_events: tuple[Path, Events]) -> MainWindow:
    shown = MainWindow(settings, open_database(two_events[0]))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_restart_now_closes_as_usual_then_starts_the_same_program_on_the_same_database(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, settings: Settings,
        two_events: tuple[Path, Events]) -> None:
    asked: list[str] = []
    monkeypatch.setattr(relaunch, "ask_restart",
                        lambda _parent, language: asked.append(language) or True)
    monkeypatch.setattr(sys, "argv", ["/usr/local/bin/confdesk", "--user", "ann"])
    started: list[tuple[str, list[str], bool]] = []

    def recorder(program: str, arguments: list[str]) -> bool:
        # the old window has closed its database before the new one starts
        started.append((program, arguments, window.database is None))
        return True

    window.relauncher = recorder  # type: ignore[assignment,method-assign]
    window.show_screen(1)
    window.ui.actionInterfaceFrench.trigger()
    assert asked == ["français"]
    assert started == [(sys.executable, ["-m", "confdesk", "--user", "ann", "--database",
                                         str(two_events[0])], True)]
    assert not window.isVisible()
    assert settings.interface_language() == "fr"
    assert settings.screen() == 1  # the normal close path remembered where the user was


def test_later_keeps_the_window_and_says_when_the_language_applies(
        monkeypatch: pytest.MonkeyPatch, window: MainWindow, settings: Settings) -> None:
    monkeypatch.setattr(relaunch, "ask_restart", lambda _parent, _language: False)
    started: list[object] = []
    window.relauncher = lambda *args: started.append(args) or True  # type: ignore[assignment,method-assign]
    window.ui.actionInterfaceFrench.trigger()
    assert settings.interface_language() == "fr" and not started
    assert window.isVisible() and window.database is not None
    assert window.statusBar().currentMessage() == (
        "The window will be in français from the next start.")


def test_a_restart_the_window_refuses_to_close_for_starts_nothing(
        monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
    monkeypatch.setattr(relaunch, "ask_restart", lambda _parent, _language: True)
    monkeypatch.setattr(window, "screens_released", lambda: False)  # work the user keeps
    started: list[object] = []
    window.relauncher = lambda *args: started.append(args) or True  # type: ignore[assignment,method-assign]
    window.ui.actionInterfaceEnglish.trigger()
    assert not started and window.isVisible()
    assert "from the next start" in window.statusBar().currentMessage()


@pytest.mark.parametrize("button, answer", [("Restart Now", True), ("Later", False)])
def test_the_question_offers_restart_now_and_later(
        qtbot: QtBot, window: MainWindow, button: str, answer: bool) -> None:
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "restartQuestion"
        seen.append(box.text())
        seen.extend(b.text().replace("&", "") for b in box.buttons())
        target = next(b for b in box.findChildren(QPushButton)
                      if b.text().replace("&", "") == button)
        target.click()

    QTimer.singleShot(0, click)
    assert relaunch.ask_restart(window, "français") is answer
    assert seen[0] == "confdesk will speak français from its next start."
    assert sorted(seen[1:]) == ["Later", "Restart Now"]
