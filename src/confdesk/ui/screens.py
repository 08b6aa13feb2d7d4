"""The main window's screens, known by name, icon and place before they are built.

The window shows one screen at a time. Only the one in front at start is built with the
window; the others, and everything their modules import (the outcome-document editor, the
programme's day grid, the plenary's floor: about a third of the window's start-up), are built
the first time they come to the front or are asked for (`MainWindow.screens`). The
navigation, the View menu and each screen's menu title are there from the start.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeGuard, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from confdesk.ui.screen import Screen

if TYPE_CHECKING:
    from confdesk.ui.conclusions.screen import ConclusionsScreen
    from confdesk.ui.floor.screen import FloorScreen
    from confdesk.ui.participants.screen import ParticipantsScreen
    from confdesk.ui.programme.screen import ProgrammeScreen

S = TypeVar("S", bound=Screen)


@dataclass(frozen=True)
class ScreenKind(Generic[S]):
    """One screen of the window, before and after it is built."""

    #: The module defining the screen's class, imported when the screen is built.
    module: str
    #: The class's name, also the context its title is translated in.
    class_name: str
    #: The screen's title in English (the class's `title()` gives the same, translated).
    title: str
    #: File name of the navigation icon in resources/icons/ (the class's `icon_name`).
    icon_name: str
    #: The letters its widgets answer to with Alt (tabs, buttons, labelled fields) in English
    #: and in French, which the menu bar's titles avoid before the screen is built as after
    #: (ui/mnemonics.py; tests/ui/test_screens.py checks them against the built screen).
    letters: str = ""
    letters_fr: str = ""

    def translated_title(self) -> str:
        """The title in the window's language, without building the screen."""
        return QCoreApplication.translate(self.class_name, self.title)

    def alt_letters(self) -> str:
        """`letters` in the window's language."""
        french = QLocale().language() == QLocale.Language.French
        return self.letters_fr if french else self.letters

    def build(self) -> S:
        """A new screen of this kind (importing its module if it was not yet)."""
        kind = getattr(importlib.import_module(self.module), self.class_name)
        screen = kind()
        assert isinstance(screen, Screen)
        return screen  # type: ignore[return-value]

    def holds(self, screen: object) -> TypeGuard[S]:
        """Whether `screen` is of this kind; a kind whose module was never imported has no
        screen yet, and is not imported to find that out."""
        module = sys.modules.get(self.module)
        kind = getattr(module, self.class_name, None) if module is not None else None
        return kind is not None and isinstance(screen, kind)


PARTICIPANTS: ScreenKind[ParticipantsScreen] = ScreenKind(
    "confdesk.ui.participants.screen", "ParticipantsScreen", "Participants", "participants.svg",
    "cdelsu", "acdelmrt")
PROGRAMME: ScreenKind[ProgrammeScreen] = ScreenKind(
    "confdesk.ui.programme.screen", "ProgrammeScreen", "Programme", "programme.svg", "ost", "htv")
CONCLUSIONS: ScreenKind[ConclusionsScreen] = ScreenKind(
    "confdesk.ui.conclusions.screen", "ConclusionsScreen", "Conclusions", "conclusions.svg",
    "adeor", "aopr")
FLOOR: ScreenKind[FloorScreen] = ScreenKind(
    "confdesk.ui.floor.screen", "FloorScreen", "Floor", "floor.svg", "s", "s")

#: The window's screens in the order of the navigation and of View (Ctrl+1 … Ctrl+4).
KINDS: tuple[ScreenKind[Screen], ...] = (PARTICIPANTS, PROGRAMME, CONCLUSIONS,  # type: ignore[assignment]
                                         FLOOR)


def floor_view_action(window: QWidget, menu: QMenu, after: QAction) -> QAction:
    """View → Floor (Ctrl+4), placed after `after` in the View menu (the other screens'
    actions come from the window's form)."""
    action = QAction(QCoreApplication.translate("FloorScreen", "&Floor"), window)
    action.setObjectName("actionFloor")
    action.setCheckable(True)
    action.setShortcut(QKeySequence("Ctrl+4"))
    actions = menu.actions()
    following = actions.index(after) + 1 if after in actions else len(actions)
    if following < len(actions):
        menu.insertAction(actions[following], action)
    else:
        menu.addAction(action)
    return action
