"""Screens behind the one in front are built when first shown (ui/screens.py), and are then
like screens built with the window: their menu, event, list language, undo stack and the
person's roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from confdesk.db.database import open_database
from confdesk.demo.builder import build_demo
from confdesk.team.identity import PERSON_ENV
from confdesk.team.roles import Role
from confdesk.team.service import UsersService
from confdesk.ui.main_window import MainWindow
from confdesk.ui.mnemonics import widget_mnemonics
from confdesk.ui.screens import CONCLUSIONS, FLOOR, KINDS, PARTICIPANTS, PROGRAMME
from confdesk.ui.settings import Settings
from tests.ui.conftest import Events


def _window(qtbot: QtBot, settings: Settings, path: Path) -> MainWindow:
    window = MainWindow(settings, open_database(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _letters_match(qtbot: QtBot) -> None:
    for kind in KINDS:
        screen = kind.build()
        qtbot.addWidget(screen)
        assert type(screen).__name__ == kind.class_name
        assert screen.title() == kind.translated_title()
        assert screen.icon_name == kind.icon_name
        assert "".join(sorted(widget_mnemonics(screen))) == kind.alt_letters()


def test_each_kind_names_its_screen_and_its_letters(qtbot: QtBot) -> None:
    _letters_match(qtbot)


@pytest.mark.usefixtures("french")
def test_each_kind_names_its_screen_and_its_letters_in_french(qtbot: QtBot) -> None:
    _letters_match(qtbot)


def test_only_the_screen_in_front_is_built_and_the_others_on_first_show(
        qtbot: QtBot, settings: Settings, two_events: tuple[Path, Events]) -> None:
    window = _window(qtbot, settings, two_events[0])
    assert [type(s).__name__ for s in window.built_screens()] == ["ParticipantsScreen"]
    assert window.built(PROGRAMME) is None and window.built(CONCLUSIONS) is None
    # The navigation, View and each screen's menu are there before the screens are.
    assert [window.ui.navigation.item(i).text() for i in range(4)] == [
        "Participants", "Programme", "Conclusions", "Floor"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[3:7] == ["&Participants", "Pro&gramme", "Co&nclusions", "F&loor"]
    assert [m.title() for m in window.screen_menus] == titles[3:7]
    for widget in (window.ui.pages.widget(i) for i in range(1, 4)):
        assert type(widget) is QWidget  # a place kept, nothing read

    window.set_list_language("fr")
    window.ui.actionProgramme.trigger()
    programme = window.built(PROGRAMME)
    assert programme is not None and window.current_screen is programme
    assert window.ui.pages.indexOf(programme) == 1 and window.ui.pages.count() == 4
    assert programme.list_language == "fr"
    assert programme.event_id == window.event_id and not programme.stale_event
    assert programme.summary.title.text() == "Follow-up Workshop"
    menu = window.screen_menus[1]
    assert menu.menuAction().isVisible()
    assert [a for a in menu.actions() if not a.isSeparator()] == [
        a for a in programme.menu_actions() if not a.isSeparator()]
    assert all("&" in a.text() for a in menu.actions() if not a.isSeparator())
    # Its undo stack is the group's active one, as a screen built with the window.
    assert window.undo_group.activeStack() is programme.undo_stack
    assert programme.undo_stack in window.undo_group.stacks()

    # Another event shown while the Conclusions are not built: built on show, they read it.
    assert window.select_event(two_events[1].conference)
    assert window.built(CONCLUSIONS) is None
    window.show_screen(2)
    conclusions = window.built(CONCLUSIONS)
    assert conclusions is not None and conclusions.event_id == two_events[1].conference
    window.show_screen(3)
    floor = window.built(FLOOR)
    assert floor is not None and floor.list_language == "fr"
    # Asking for every screen builds none twice.
    assert window.screens == [window.built(PARTICIPANTS), programme, conclusions, floor]


@pytest.fixture
def desk_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo conference where ana is administrator and ben works at the desk."""
    path = tmp_path / "desk.sqlite"
    monkeypatch.setenv(PERSON_ENV, "ana")
    db = open_database(path)
    try:
        with db.sessions.begin() as s:
            build_demo(s)
        UsersService(db).add("ben", Role.DESK)
    finally:
        db.close()
    return path


def test_a_screen_built_later_follows_the_persons_roles(
        qtbot: QtBot, settings: Settings, desk_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PERSON_ENV, "ben")
    window = _window(qtbot, settings, desk_file)
    assert window.built(PROGRAMME) is None
    window.show_screen(1)
    programme = window.built(PROGRAMME)
    assert programme is not None
    assert not programme.new_action.isEnabled()
    assert "Needs the Programme role." in programme.delete_action.toolTip()
    assert not any(a.isEnabled() for a in programme.export_actions.values())
    window.show_screen(2)
    conclusions = window.built(CONCLUSIONS)
    assert conclusions is not None
    qtbot.waitUntil(lambda: conclusions.editor.locked)
    assert not conclusions.editor.edit_actions["insert"].isEnabled()
    assert conclusions.editor.read_only
