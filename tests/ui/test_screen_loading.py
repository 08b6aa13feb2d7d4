"""Screens behind the one in front read their event when they come to the front, not before."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from confdesk.db.database import open_database
from confdesk.ui.conclusions.screen import ConclusionsScreen
from confdesk.ui.main_window import MainWindow
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.settings import Settings
from tests.ui.conftest import Events, fill_two_events


def _window(qtbot: QtBot, settings: Settings, path: Path) -> MainWindow:
    window = MainWindow(settings, open_database(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _screens(window: MainWindow) -> tuple[ParticipantsScreen, ProgrammeScreen,
                                          ConclusionsScreen]:
    participants, programme, conclusions = window.screens[:3]
    assert isinstance(participants, ParticipantsScreen)
    assert isinstance(programme, ProgrammeScreen)
    assert isinstance(conclusions, ConclusionsScreen)
    return participants, programme, conclusions


def _days(programme: ProgrammeScreen) -> list[str]:
    return [programme.day_tabs.tabText(i) for i in range(programme.day_tabs.count())]


def test_only_the_screen_in_front_reads_the_event_at_start(
    qtbot: QtBot, settings: Settings, two_events: tuple[Path, Events]
) -> None:
    window = _window(qtbot, settings, two_events[0])
    participants, programme, conclusions = _screens(window)
    assert participants.list_page.model.rowCount() == 3  # the workshop's three
    assert programme.stale_event and programme.service is None
    assert conclusions.stale_event
    window.show_screen(1)
    assert not programme.stale_event
    assert programme.summary.title.text() == "Follow-up Workshop"
    window.show_screen(2)
    assert conclusions.summary.title.text() == "Follow-up Workshop"


def test_a_screen_behind_shows_the_event_chosen_meanwhile(
    qtbot: QtBot, settings: Settings, two_events: tuple[Path, Events]
) -> None:
    window = _window(qtbot, settings, two_events[0])
    participants, programme, _conclusions = _screens(window)
    window.show_screen(1)
    assert _days(programme) == ["Mon 4 May"]  # the workshop's one day
    window.show_screen(0)
    assert window.select_event(two_events[1].conference)
    assert participants.list_page.model.rowCount() == 12  # in front: read at once
    assert programme.stale_event
    window.show_screen(1)
    assert programme.summary.title.text() == "Conference on Prevention"
    assert _days(programme) == ["Mon 31 Mar", "Tue 1 Apr"]
    # The event changes while the Programme is in front: the list behind waits for it.
    assert window.select_event(two_events[1].workshop)
    assert _days(programme) == ["Mon 4 May"] and participants.stale_event
    window.show_screen(0)
    assert participants.list_page.model.rowCount() == 3


def test_a_screen_behind_shows_the_database_opened_meanwhile(
    qtbot: QtBot, settings: Settings, two_events: tuple[Path, Events], tmp_path: Path
) -> None:
    window = _window(qtbot, settings, two_events[0])
    _participants, programme, _conclusions = _screens(window)
    window.show_screen(1)
    window.show_screen(0)
    other = tmp_path / "other.sqlite"
    db = open_database(other)
    try:
        fill_two_events(db)
    finally:
        db.close()
    assert window.open_target(str(other))
    assert window.select_event(1)  # the conference, first made in the new file
    assert programme.stale_event
    window.show_screen(1)
    assert programme.database is window.database
    assert programme.summary.title.text() == "Conference on Prevention"
    assert len(_days(programme)) == 2
