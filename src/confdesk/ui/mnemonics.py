"""Mnemonics (the underlined letter reached with Alt) for every menu of the window.

Texts written with their own "&" keep it. Any other menu title or menu item gets one here, in
the language it is shown in: the first letter of a word not yet taken in its menu, else any
letter not yet taken, as KDE's accelerator manager does. So every action of the menus can be
reached from the keyboard (Alt+letter, then its letter) in English and in French alike,
without each translation having to choose its letters.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QMenuBar, QTabBar, QWidget

#: An "&" that marks a mnemonic (not the "&&" of a literal ampersand).
_MARK = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str:
    """The mnemonic letter of a text, lower-cased ("" when it has none)."""
    found = _MARK.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else ""


def _with_mnemonic(text: str, taken: set[str]) -> str:
    """`text` with an "&" before its best free letter (unchanged when none is free)."""
    starts = [i for i, ch in enumerate(text)
              if ch.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, ch in enumerate(text) if ch.isalnum() and i not in starts]
    for i in [*starts, *others]:
        letter = text[i].casefold()
        if letter not in taken and text[i - 1:i] != "&":
            taken.add(letter)
            return text[:i] + "&" + text[i:]
    return text


def assign_mnemonics(actions: list[QAction], avoid: set[str] | frozenset[str] = frozenset()
                     ) -> None:
    """Give a mnemonic to each of these actions (one menu's) that has none; letters in
    `avoid` are used only when no other is free."""
    taken = {mnemonic(a.text()) for a in actions} - {""}
    for action in actions:
        text = action.text()
        if action.isSeparator() or not text.strip() or mnemonic(text):
            continue
        plain = text.replace("&&", "\0")
        marked = _with_mnemonic(plain, taken | set(avoid))
        if marked == plain:
            marked = _with_mnemonic(plain, taken)
        taken.add(mnemonic(marked.replace("\0", "")))
        marked = marked.replace("\0", "&&")
        if marked != text:
            action.setText(marked)


def widget_mnemonics(window: QWidget) -> set[str]:
    """The letters the window's own widgets answer to with Alt (buttons, tabs, labels of
    fields, boxes): a menu title given the same letter would make Alt+letter ambiguous."""
    letters = set()
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            letters.add(mnemonic(widget.text()))
        elif isinstance(widget, QGroupBox):
            letters.add(mnemonic(widget.title()))
        elif isinstance(widget, QTabBar):
            letters.update(mnemonic(widget.tabText(i)) for i in range(widget.count()))
    return letters - {""}


def mnemonics_for_menus(bar: QMenuBar, window: QWidget | None = None) -> None:
    """Mnemonics for the menu bar's titles (avoiding, when it can, the letters of `window`'s
    widgets) and, each time a menu opens, for its items (items are added or renamed while
    the window runs: recent files, categories, screens' menus). Items' mnemonics act only
    in their open menu, so they cannot clash with the window's."""
    assign_mnemonics(bar.actions(), widget_mnemonics(window) if window is not None else set())
    seen: set[int] = set()

    def follow(menu: QMenu) -> None:
        if id(menu) in seen:
            return
        seen.add(id(menu))
        refresh(menu)
        menu.aboutToShow.connect(lambda m=menu: refresh(m))

    def refresh(menu: QMenu) -> None:
        assign_mnemonics(menu.actions())
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                follow(sub)

    for action in bar.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            follow(sub)
