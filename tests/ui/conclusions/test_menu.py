"""The Conclusions screen has its menu, like every screen: the editor's actions with their
shortcuts, shown while the screen is in front."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from confdesk.db.database import open_database
from confdesk.ui.conclusions.screen import ConclusionsScreen
from confdesk.ui.main_window import MainWindow
from confdesk.ui.settings import Settings
from tests.ui.conftest import Events

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


def test_the_conclusions_menu_holds_the_editors_actions(
        qtbot: QtBot, settings: Settings, two_events: tuple[Path, Events]) -> None:
    window = MainWindow(settings, open_database(two_events[0]))
    qtbot.addWidget(window)
    window.show()
    index = next(i for i, s in enumerate(window.screens) if isinstance(s, ConclusionsScreen))
    screen = window.screens[index]
    assert isinstance(screen, ConclusionsScreen)
    menu = window.findChild(QMenu, "menuConclusionsScreen")
    assert menu is not None and not menu.menuAction().isVisible()
    window.show_screen(index)
    assert menu.menuAction().isVisible()
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    # each item has its mnemonic (ui/mnemonics.py), the menu's title too
    assert all("&" in a.text() for a in menu.actions() if not a.isSeparator())
    assert "&" in menu.title()
    assert {"Insert", "Delete", "Split", "Merge", "Find", "Replace", "Document",
            "Line Numbers", "Bracket", "Heading…"} <= set(texts)
    assert screen.editor.edit_actions["find"] in menu.actions()
    keyed = [a for a in menu.actions() if not a.isSeparator() and not a.isCheckable()
             and a.text().replace("&", "") != "Heading…"]
    assert all(not a.shortcut().isEmpty() for a in keyed), [a.text() for a in keyed]
    window.show_screen(0)
    assert not menu.menuAction().isVisible()
    window.close()
