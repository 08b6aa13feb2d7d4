"""Mnemonics given to menu titles and items that have none (ui/mnemonics.py)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from confdesk.ui.mnemonics import assign_mnemonics, mnemonic, mnemonics_for_menus


def test_items_get_a_free_letter_word_starts_first(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    texts = ["&Insert", "Indent", "Line Numbers", "Document", "Sessions && rooms", ""]
    actions = [QAction(t, window) for t in texts]
    assign_mnemonics(actions)
    shown = [a.text() for a in actions]
    assert shown[0] == "&Insert"  # its own kept
    assert shown[1] == "I&ndent"  # I is taken: the next free letter
    assert shown[2] == "&Line Numbers"
    assert shown[3] == "&Document"
    assert shown[4] == "&Sessions && rooms"  # a literal ampersand stays one
    assert shown[5] == ""
    letters = [mnemonic(t) for t in shown if t]
    assert len(letters) == len(set(letters))


def test_menu_titles_avoid_the_windows_letters_and_items_follow_their_menu(
        qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QPushButton("&Programme", window))  # Alt+P is the button's
    menu = QMenu("Programme", window)
    window.menuBar().addMenu(QMenu("&File", window))
    window.menuBar().addMenu(menu)
    menu.addAction("Export")
    mnemonics_for_menus(window.menuBar(), window)
    assert menu.title() == "P&rogramme"
    assert menu.actions()[0].text() == "&Export"
    menu.addAction("Zoom in")  # added later: lettered when the menu opens
    menu.aboutToShow.emit()
    assert menu.actions()[1].text() == "&Zoom in"
