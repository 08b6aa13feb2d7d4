"""The Participants screen in the main window: its menu, and work running while the window
closes or the event or database changes (asked, cancelled and waited for, or left running)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from confdesk.db.database import Database
from confdesk.imports import participants as participants_import
from confdesk.registration.models import Participant
from confdesk.ui import messages
from confdesk.ui.main_window import MainWindow
from confdesk.ui.participants import export_dialogs, exporting, import_wizard
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.settings import Settings
from tests.factories import make_event, make_participant
from tests.ui.participants.conftest import People, shown_names

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, people_database: tuple[Database, People],
           settings: Settings) -> Iterator[MainWindow]:
    """The main window on the Participants screen of the eight people's event."""
    db, ids = people_database
    main = MainWindow(settings, db)
    qtbot.addWidget(main)
    main.show()
    main.show_screen(0)
    main.select_event(ids.event)
    yield main
    main.screens_released = lambda: True  # type: ignore[method-assign]


def participants(window: MainWindow) -> ParticipantsScreen:
    screen = window.screens[0]
    assert isinstance(screen, ParticipantsScreen)
    return screen


class Answers:
    """Stands for the question 'cancel the running work?': records it, answers as told."""

    def __init__(self, screen: ParticipantsScreen, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[list[str]] = []
        self.answer = False
        monkeypatch.setattr(screen, "confirm_cancel", self)

    def __call__(self, jobs: list[str]) -> bool:
        self.asked.append(jobs)
        return self.answer


def hold_until_cancelled(monkeypatch: pytest.MonkeyPatch, module: object, name: str
                         ) -> threading.Event:
    """Make module.`name` (a job taking `cancelled`) wait until its worker is cancelled."""
    started = threading.Event()
    real: Callable[..., Any] = getattr(module, name)

    def hold(*args: Any, **kwargs: Any) -> Any:
        cancelled = kwargs.get("cancelled") or args[-1]
        started.set()
        waited = time.monotonic()
        while not cancelled() and time.monotonic() - waited < 10:
            time.sleep(0.01)  # the job's cancel flag, whichever runner holds it
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, hold)
    return started


def count(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Participant)) or 0


def start_import(qtbot: QtBot, screen: ParticipantsScreen, tmp_path: Path,
                 monkeypatch: pytest.MonkeyPatch) -> import_wizard.ImportWizard:
    """An import of two people, held in its worker until someone cancels it."""
    path = tmp_path / "two.csv"
    path.write_text("Given name,Family name,E-mail\nKofi,Annan,kofi@example.org\n"
                    "Aïcha,Bah,aicha@example.org\n", encoding="utf-8")
    started = hold_until_cancelled(monkeypatch, participants_import, "run_import")
    wizard = screen.make_import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10000)
    wizard.next()
    assert started.wait(10)
    return wizard


def test_closing_during_an_import_asks_and_cancels_it_cleanly(
        qtbot: QtBot, window: MainWindow, people_database: tuple[Database, People],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = people_database[0]
    screen = participants(window)
    answers = Answers(screen, monkeypatch)
    wizard = start_import(qtbot, screen, tmp_path, monkeypatch)

    assert not window.close()  # "let it finish"
    assert answers.asked == [["Importing registrations"]]
    assert window.isVisible() and window.database is db and wizard.worker is not None

    answers.answer = True
    assert window.close()
    assert not window.isVisible() and not wizard.isVisible()
    assert wizard.worker is None and window.database is None
    assert wizard.run_page.report.toPlainText() == "Import cancelled: nothing was imported."
    assert count(db) == 8  # nothing half-imported


def test_switching_event_during_an_import_asks_first(
        qtbot: QtBot, window: MainWindow, people_database: tuple[Database, People],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, ids = people_database
    with db.sessions() as s:
        other = make_event(s, title="Follow-up Workshop", short_name="WS")
        make_participant(s, other, given_name="Only", family_name="Here")
        s.commit()
        other_id = other.id
    window.set_database(db)  # the selector lists the new event
    window.select_event(ids.event)
    screen = participants(window)
    answers = Answers(screen, monkeypatch)
    start_import(qtbot, screen, tmp_path, monkeypatch)

    window.select_event(other_id)  # "let it finish": the selector goes back
    assert answers.asked == [["Importing registrations"]]
    assert window.event_id == ids.event and "Ingrid Berg" in shown_names(screen)

    answers.answer = True
    window.select_event(other_id)
    assert window.event_id == other_id and shown_names(screen) == ["Only Here"]
    assert count(db) == 9  # the eight, and the workshop's one: the import left nothing


def test_opening_another_database_during_an_export_asks_and_leaves_no_file(
        qtbot: QtBot, window: MainWindow, people_database: tuple[Database, People],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = participants(window)
    answers = Answers(screen, monkeypatch)
    started = hold_until_cancelled(monkeypatch, exporting, "export_list")
    target = tmp_path / "out" / "participants.xlsx"
    target.parent.mkdir()
    screen.exporter.export_list(target, "xlsx", "en", "all")
    assert started.wait(10)

    other = tmp_path / "other.sqlite"
    assert not window.open_target(str(other), create=True)
    assert answers.asked == [["Writing the list of participants…"]]
    assert window.database is people_database[0] and not other.exists()

    answers.answer = True
    assert window.open_target(str(other), create=True)
    assert window.database is not None and window.database.path == other
    assert screen.exporter.worker is None
    assert list(target.parent.iterdir()) == []  # neither the file nor a partial one


def test_nothing_running_closes_without_a_question(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = Answers(participants(window), monkeypatch)
    assert window.close()
    assert answers.asked == []


def menu_titled(window: MainWindow, title: str) -> QMenu:
    for action in window.ui.menuBar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.title().replace("&", "") == title:
            return menu
    raise AssertionError(f"no menu {title}")


def texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions()]


def test_the_screen_actions_are_in_a_participants_menu_shown_with_the_screen(
        window: MainWindow, people_database: tuple[Database, People],
        monkeypatch: pytest.MonkeyPatch) -> None:
    menu = menu_titled(window, "Participants")
    assert texts(menu) == ["&Add…", "&Edit…", "&Delete…", "&Find", "Set &status",
                           "Set &category", "&Badges…", "E&xport…", "&Import…", "Ca&tegories…"]
    bar = [a.text() for a in window.ui.menuBar.actions() if a.isVisible()]
    assert bar == ["&File", "&Edit", "&View", "&Participants", "&Help"]
    window.show_screen(1)
    assert not menu.menuAction().isVisible()
    window.show_screen(0)
    assert menu.menuAction().isVisible()

    screen = participants(window)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    delete = next(a for a in menu.actions() if a.text() == "&Delete…")
    assert not delete.isEnabled()  # nobody selected
    screen.list_page.select_ids({people_database[1].jagland})
    assert delete.isEnabled()
    delete.trigger()
    assert "H.E. Mr Thorbjørn Jagland" not in shown_names(screen)
    assert count(people_database[0]) == 7
    window.undo_action.trigger()  # Edit → Undo in the same window
    assert "H.E. Mr Thorbjørn Jagland" in shown_names(screen)


def reachable(menu: QMenu) -> list[QAction]:
    out: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            out += reachable(sub)
        elif not action.isSeparator():
            out.append(action)
    return out


def test_no_two_menu_actions_share_a_key_on_any_screen(window: MainWindow) -> None:
    for index in range(len(window.screens)):
        window.show_screen(index)
        menus = [a.menu() for a in window.ui.menuBar.actions() if a.isVisible()]
        keys = [key.toString() for m in menus if isinstance(m, QMenu)
                for action in reachable(m) for key in action.shortcuts()]
        assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    participants_keys = {k.toString() for a in reachable(menu_titled(window, "Participants"))
                         for k in a.shortcuts()}
    assert {"Ins", "F2", "Del", "Ctrl+F", "Ctrl+B", "Ctrl+Shift+E", "Ctrl+I"} \
        <= participants_keys


@pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")
def test_import_export_and_badge_keys_open_their_dialogs(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []

    def exec_(dialog: object) -> int:  # the dialog is opened, and closed at once
        opened.append(type(dialog).__name__)
        return 0

    for cls in (import_wizard.ImportWizard, export_dialogs.ListExportDialog,
                export_dialogs.BadgeExportDialog):
        monkeypatch.setattr(cls, "exec", exec_)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = participants(window).list_page.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_I, ctrl)
    qtbot.keyClick(table, Qt.Key.Key_E, ctrl | shift)
    qtbot.keyClick(table, Qt.Key.Key_B, ctrl)
    assert opened == ["ImportWizard", "ListExportDialog", "BadgeExportDialog"]
