"""Starting the window: which database it opens and how it reports one it cannot open."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import confdesk.app
import confdesk.demo.copy
import confdesk.ui.main_window
from confdesk.app import application, install_translators, interface_locale, start
from confdesk.ui import relaunch
from confdesk.ui.settings import Settings
from tests.ui.conftest import Events


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def critical(_parent: object, title: str, text: str, *args: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def args(database: str | None = None, demo: bool = False,
         fresh_demo: bool = False) -> argparse.Namespace:
    return argparse.Namespace(database=database, demo=demo, fresh_demo=fresh_demo)


def test_application_names_settings(qapp: QApplication) -> None:
    app = application()
    assert app is qapp
    assert (app.organizationName(), app.applicationName()) == ("confdesk", "confdesk")


def test_start_opens_the_database_given(
    qtbot: QtBot, settings: Settings, two_events: tuple[Path, Events]
) -> None:
    window = start(args(str(two_events[0])), settings)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.database is not None and window.database.path == two_events[0]
    assert window.ui.eventCombo.count() == 2
    window.close()


def test_start_reports_a_database_it_cannot_open(
    qtbot: QtBot, settings: Settings, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:
    missing_folder = tmp_path / "no such folder" / "x.sqlite"
    window = start(args(str(missing_folder)), settings)
    qtbot.addWidget(window)
    assert errors == [("Cannot open the database", f"The folder {missing_folder.parent} "
                       "does not exist.")]
    assert window.database is None
    assert window.current_screen.summary.title.text() == "No database is open."
    assert not window.ui.actionSaveCopy.isEnabled()
    window.close()


@pytest.mark.slow
def test_demo_copy_is_made_once_and_kept_between_starts(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "demo.sqlite"
    monkeypatch.setattr(confdesk.demo.copy, "demo_copy_path", lambda: path)
    window = start(args(demo=True), settings)
    qtbot.addWidget(window)
    assert window.database is not None and window.database.path == path
    summary = window.current_screen.summary
    # the figures come just after the list is painted
    qtbot.waitUntil(
        lambda: summary.title.text() == "International Conference on Genocide Prevention")
    assert int(summary.cards["participants"].value.text().replace(",", "")) >= 400
    # a trial edit on the demo: the event gets another title
    assert window.event_id is not None
    window.database.engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE event SET title = 'My trial run'")
    window.close()

    again = start(args(demo=True), settings)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.current_screen.summary.title.text() == "My trial run")
    again.close()

    fresh = start(args(fresh_demo=True), settings)
    qtbot.addWidget(fresh)
    qtbot.waitUntil(lambda: fresh.current_screen.summary.title.text() == (
        "International Conference on Genocide Prevention"))
    fresh.close()


@pytest.mark.slow
def test_reset_demo_replaces_the_copy_after_asking(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "demo.sqlite"
    path.write_bytes(b"an old, spoilt copy")
    monkeypatch.setattr(confdesk.ui.main_window, "demo_copy_path", lambda: path)
    monkeypatch.setattr(confdesk.demo.copy, "demo_copy_path", lambda: path)
    asked: list[str] = []
    answers = [False, True]

    def answer(_parent: object, _title: str, text: str, **_options: object) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(confdesk.ui.main_window, "confirm", answer)
    window = start(args(), settings)
    qtbot.addWidget(window)
    window.ui.actionResetDemo.trigger()  # the user says Cancel: nothing happens
    assert path.read_bytes() == b"an old, spoilt copy"
    window.ui.actionResetDemo.trigger()
    assert len(asked) == 2 and "demo conference" in asked[0]
    # the copy is written in the job runner; the window opens it once it is there
    qtbot.waitUntil(lambda: window.database is not None and window.database.path == path,
                    timeout=60000)
    qtbot.waitUntil(lambda: window.current_screen.summary.title.text() == (
        "International Conference on Genocide Prevention"))
    window.close()


def test_confdesk_without_a_command_opens_the_window(
    qapp: QApplication, two_events: tuple[Path, Events], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QSettings

    from confdesk.cli import main

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    previous_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    shown: list[str] = []

    def exec_once(app: QApplication) -> int:
        # instead of an event loop: note what is on screen and close it, as a user would
        window = next(w for w in app.topLevelWidgets() if w.isVisible())
        shown.append(window.windowTitle())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    # the system's translators would outlive this test; test_translations covers them
    monkeypatch.setattr(confdesk.app, "install_translators", lambda app, locale=None: [])
    try:
        assert main(["--database", str(two_events[0])]) == 0
    finally:
        QSettings.setDefaultFormat(previous_format)
    assert shown == ["events.sqlite — confdesk"]
    settings_file = tmp_path / "confdesk" / "confdesk.ini"
    assert str(two_events[0]) in settings_file.read_text()


def test_the_interface_language_chosen_applies_from_the_next_start(
    qtbot: QtBot, qapp: QApplication, settings: Settings, two_events: tuple[Path, Events],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = start(args(str(two_events[0])), settings)
    qtbot.addWidget(window)
    assert window.ui.actionInterfaceSystem.isChecked()
    monkeypatch.setattr(relaunch, "ask_restart", lambda _parent, _language: False)  # Later
    window.ui.actionInterfaceFrench.trigger()
    assert settings.interface_language() == "fr"
    assert "next start" in window.statusBar().currentMessage()
    window.close()

    # the next start: French translators, French dates
    locale = interface_locale(settings)
    try:
        translators = install_translators(qapp, locale)
        again = start(args(str(two_events[0])), settings)
        qtbot.addWidget(again)
        assert again.ui.actionInterfaceFrench.isChecked()
        assert again.ui.menuFile.title() == "&Fichier"
        assert QLocale().toString(QDate(2014, 3, 31), "dddd d MMMM") == "lundi 31 mars"
        again.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    settings.set_interface_language("")
    assert interface_locale(settings).name() == QLocale.system().name()
