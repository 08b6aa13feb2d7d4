"""The window's quick start (ui/opening.py): on a SQLite file at the newest schema the
Participants list is painted before SQLAlchemy is imported, and the database opens just
after; the window then works as ever, and what the user does before that waits for it."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from confdesk.app import EXIT_AFTER_SHOW, start
from confdesk.db.database import open_database
from confdesk.registration.models import Participant
from confdesk.team.roles import Role
from confdesk.team.service import UsersService
from confdesk.ui.main_window import MainWindow
from confdesk.ui.participants.editor import ParticipantDialog
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.screens import PARTICIPANTS
from confdesk.ui.settings import Settings
from tests.ui.conftest import Events


def args(database: str) -> argparse.Namespace:
    return argparse.Namespace(database=database, demo=False, fresh_demo=False)


def quick_window(qtbot: QtBot, settings: Settings, path: Path) -> MainWindow:
    window = start(args(str(path)), settings)
    qtbot.addWidget(window)
    assert not window.ready  # (the event loop has not turned yet: nothing painted)
    return window


@pytest.fixture
def conference_shown(settings: Settings, two_events: tuple[Path, Events]
                     ) -> tuple[Path, Events]:
    """The two events' file with the conference (12 people) as the event last shown."""
    path, events = two_events
    settings.set_last_event(str(path), events.conference)
    return path, events


def shown_names(screen: ParticipantsScreen) -> list[str]:
    model = screen.list_page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def fill_and_save(dialog: ParticipantDialog, **texts: str) -> None:
    for name, text in texts.items():
        widget = getattr(dialog.ui, name)
        widget.setCurrentText(text) if hasattr(widget, "setCurrentText") else widget.setText(text)
    dialog.save()


_PROBE = r"""
import sys
import confdesk.ui.first_paint as first_paint

said = first_paint.report


def report(moment, what):
    print("confdesk: sqlalchemy loaded at the paint:", "sqlalchemy" in sys.modules, flush=True)
    said(moment, what)


first_paint.report = report
from confdesk.cli import main

main(sys.argv[1:])
"""


@pytest.mark.gui
def test_the_list_is_painted_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    from confdesk.cli import main

    database = tmp_path / "small.sqlite"
    assert main(["demo", str(database), "--participants", "60", "--sessions", "4",
                 "--days", "1", "--rooms", "2"]) == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), XDG_CACHE_HOME=str(tmp_path / "k"))
    env[EXIT_AFTER_SHOW] = "1"
    result = subprocess.run([sys.executable, "-c", _PROBE, "--database", str(database)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "confdesk: list painted" in lines  # the filled list, 60 people
    assert "confdesk: sqlalchemy loaded at the paint: False" in lines


def test_the_quick_start_shows_what_the_usual_start_shows(
        qtbot: QtBot, settings: Settings, conference_shown: tuple[Path, Events]) -> None:
    path, events = conference_shown
    window = quick_window(qtbot, settings, path)
    screen = window.screen_of(PARTICIPANTS)
    quick = (window.windowTitle(), window.database_status.text(), window.event_id,
             window.ui.eventCombo.count(), shown_names(screen), screen.list_page.count.text(),
             window.team.person_label.text(),
             [a.isEnabled() for a in screen.menu_actions()],
             [c.name("en") for c in screen.categories])
    assert not window.ready and window.opening is not None
    window.show()
    with qtbot.waitSignal(window.database_ready, timeout=10000):
        pass  # opened on the turn of the event loop after the first paint
    assert window.ready and window.opening is None
    # the same as a window given the open database
    usual = MainWindow(settings, open_database(path))
    qtbot.addWidget(usual)
    other = usual.screen_of(PARTICIPANTS)
    assert quick == (usual.windowTitle(), usual.database_status.text(), usual.event_id,
                     usual.ui.eventCombo.count(), shown_names(other),
                     other.list_page.count.text(), usual.team.person_label.text(),
                     [a.isEnabled() for a in other.menu_actions()],
                     [c.name("en") for c in other.categories])
    assert len(shown_names(screen)) == 12
    usual.close()
    window.close()


def test_the_window_works_fully_once_the_database_is_open(
        qtbot: QtBot, settings: Settings, conference_shown: tuple[Path, Events],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path, events = conference_shown
    window = quick_window(qtbot, settings, path)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=10000)
    screen = window.screen_of(PARTICIPANTS)
    assert screen.database is window.database is not None
    assert screen.desk_page.field.isEnabled()
    # the figures come after the paint, as ever
    qtbot.waitUntil(lambda: screen.summary.title.text() == "Conference on Prevention")

    # edit a participant, then undo
    pid = screen.list_page.model.row_at(0).id
    monkeypatch.setattr(screen, "open_dialog",
                        lambda dialog: fill_and_save(dialog, function="Rapporteur"))
    screen.edit(pid)
    model = screen.list_page.model
    assert model.index(model.row_of(pid), 5).data() == "Rapporteur"
    window.undo_action.trigger()
    assert model.index(model.row_of(pid), 5).data() != "Rapporteur"
    database = window.database
    assert database is not None
    with database.sessions() as s:
        person = s.get(Participant, pid)
        assert person is not None and person.function != "Rapporteur"

    # another screen reads the same event
    window.show_screen(1)
    programme = window.current_screen
    assert isinstance(programme, ProgrammeScreen)
    assert programme.database is database and programme.event_id == events.conference
    # the live refresh follows the database
    assert window.team_actions.live.feed is not None
    window.close()


def test_an_action_before_the_database_is_open_waits_for_it(
        qtbot: QtBot, settings: Settings, conference_shown: tuple[Path, Events],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path, events = conference_shown
    window = quick_window(qtbot, settings, path)
    screen = window.screen_of(PARTICIPANTS)
    monkeypatch.setattr(screen, "open_dialog", lambda dialog: fill_and_save(
        dialog, givenName="Adama", familyName="Dieng", organisation="Belgium"))
    # Add…, triggered at once (before any paint): the database opens, the person is added
    ready: list[bool] = []
    window.database_ready.connect(lambda: ready.append(True))
    screen.add_action.trigger()
    assert ready == [True] and window.ready
    assert "Adama Dieng" in shown_names(screen)
    assert screen.list_page.count.text() == "13 of 13 participants"
    window.undo_action.trigger()
    assert "Adama Dieng" not in shown_names(screen)
    window.close()


def test_a_click_before_the_database_is_open_is_not_lost(
        qtbot: QtBot, settings: Settings, conference_shown: tuple[Path, Events],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path, events = conference_shown
    window = quick_window(qtbot, settings, path)
    screen = window.screen_of(PARTICIPANTS)
    monkeypatch.setattr(screen, "open_dialog", lambda dialog: fill_and_save(
        dialog, givenName="Adama", familyName="Dieng"))
    button = next(b for b in screen.toolbar.findChildren(QToolButton)
                  if b.defaultAction() is screen.add_action)
    window.show()  # (shown, not painted yet: no turn of the event loop)
    assert not window.ready
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.ready
    assert "Adama Dieng" in shown_names(screen)
    window.close()


def test_typing_before_the_database_is_open_is_not_lost(
        qtbot: QtBot, settings: Settings, conference_shown: tuple[Path, Events]) -> None:
    path, events = conference_shown
    window = quick_window(qtbot, settings, path)
    screen = window.screen_of(PARTICIPANTS)
    window.show()
    assert not window.ready
    qtbot.keyClicks(screen.list_page.search, "zzz")  # the first key opens the database
    assert window.ready
    assert screen.list_page.search.text() == "zzz"
    qtbot.waitUntil(lambda: shown_names(screen) == [])  # the search applies as ever
    window.close()


def test_closing_before_the_database_is_open_opens_nothing(
        qtbot: QtBot, settings: Settings, two_events: tuple[Path, Events]) -> None:
    window = quick_window(qtbot, settings, two_events[0])
    opening = window.opening
    assert opening is not None
    window.close()
    assert window.opening is None and window._database is None
    with pytest.raises(Exception, match="closed"):
        opening.reader.rows("SELECT 1")


def test_team_mode_starts_the_usual_way(
        qtbot: QtBot, settings: Settings, two_events: tuple[Path, Events]) -> None:
    database = open_database(two_events[0])
    try:
        UsersService(database).add("ana", Role.ADMINISTRATOR)
    finally:
        database.close()
    window = start(args(str(two_events[0])), settings)
    qtbot.addWidget(window)
    assert window.ready  # (the grants are read through the session, as ever)
    window.close()


def test_another_screen_in_front_or_a_url_starts_the_usual_way(
        qtbot: QtBot, settings: Settings, two_events: tuple[Path, Events]) -> None:
    path = two_events[0]
    settings.set_screen(1)  # the Programme was in front when the window last closed
    window = start(args(str(path)), settings)
    qtbot.addWidget(window)
    assert window.ready and isinstance(window.current_screen, ProgrammeScreen)
    window.close()
    settings.set_screen(0)
    again = start(args(f"sqlite:///{path}"), settings)
    qtbot.addWidget(again)
    assert again.ready and again.database is not None and again.database.path == path
    again.close()


def test_a_quick_read_that_fails_falls_back_to_the_usual_way(
        qtbot: QtBot, settings: Settings, conference_shown: tuple[Path, Events],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import confdesk.ui.participants.screen as participants_screen
    from confdesk.errors import UserError

    def unreadable(_reader: object, _event_id: int) -> tuple[str, ...]:
        raise UserError("The database could not be read: disk I/O error")

    monkeypatch.setattr(participants_screen, "protocol_groups", unreadable)
    path, events = conference_shown
    window = start(args(str(path)), settings)
    qtbot.addWidget(window)
    assert window.ready  # opened at once, and read through the session
    assert len(shown_names(window.screen_of(PARTICIPANTS))) == 12
    window.close()


def test_an_unexpected_error_opening_the_database_leaves_no_half_open_window(
        qtbot: QtBot, settings: Settings, two_events: tuple[Path, Events],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An error confdesk does not know (the file's permissions changed after the list was
    read) while the database opens: the window shows no database, not a file whose actions
    do nothing, and the error goes on to the exception hook, which reports it."""
    from confdesk.ui.opening import DatabaseOpening

    def refused(self: DatabaseOpening) -> object:
        self.reader.close()
        raise PermissionError(13, "Permission denied", str(self.path))

    monkeypatch.setattr(DatabaseOpening, "open", refused)
    path, _events = two_events
    window = quick_window(qtbot, settings, path)
    screen = window.screen_of(PARTICIPANTS)
    assert shown_names(screen) and not window.ready
    with pytest.raises(PermissionError):
        window.finish_opening()
    assert window.ready and window.database is None
    assert path.name not in window.windowTitle()
    assert not window.ui.actionSaveCopy.isEnabled()
    assert window.ui.eventCombo.count() == 0
    assert shown_names(screen) == []
    assert screen.opening is None


def test_a_failed_read_of_the_persons_access_starts_the_usual_way(
        qtbot: QtBot, settings: Settings, conference_shown: tuple[Path, Events],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import confdesk.ui.main_window as main_window
    from confdesk.errors import UserError

    def unreadable(*_args: object) -> object:
        raise UserError("The database could not be read: database is locked")

    monkeypatch.setattr(main_window, "access_of", unreadable)
    path, events = conference_shown
    window = start(args(str(path)), settings)
    qtbot.addWidget(window)
    assert window.ready and window.database is not None  # opened at once instead
    assert len(shown_names(window.screen_of(PARTICIPANTS))) == 12
    window.close()
