"""A walk through every screen of the French window on the demo conference, at 1024×768:
no English word of the interface left, no label or button cut short.

Only the window's own words are read (labels, buttons, tabs, menus, column headings,
placeholders), not the data it shows: the demo's session titles are English on purpose.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from confdesk.db.database import open_database
from confdesk.demo.builder import write_demo_database
from confdesk.ui.main_window import MainWindow
from confdesk.ui.settings import Settings

pytestmark = [pytest.mark.slow,
              pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")]

#: English words of the interface that have no place in the French window (whole words,
#: matched case-sensitively as the interface writes them).
ENGLISH = {
    "File", "Edit", "View", "Help", "Open", "Save", "Close", "Delete", "Cancel", "Undo",
    "Redo", "Search", "Find", "New", "Add", "Remove", "Import", "Settings", "Language",
    "Status", "Category", "Country", "Delegation", "Delegations", "Speakers",
    "Drafts", "Draft", "Rooms", "Room", "Timetable", "Overview", "Zoom", "Colour", "Themes",
    "Conflicts", "Summary", "List", "Monday", "Tuesday", "March", "April", "Mon",
    "Tue", "Mar", "Apr", "Event", "Events", "Reload", "Print", "Show", "Hide", "Name",
    "Given", "Family", "Title", "Function", "Registered", "Confirmed", "Invited", "Declined",
    "Checked", "Previous", "Next", "Day", "Days", "Sessions", "Comments",
    "Paragraph", "Paragraphs", "Outline", "Compare", "Snapshot", "Working", "Text", "Words",
    "Attending", "Expected", "Members", "Only", "All", "None", "Back", "Forward", "Recent",
    "Quit", "About", "Duplicate", "Properties", "Export", "Users", "History", "Roles",
}
WORD = re.compile(r"[A-Za-z]+")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("french-walk") / "demo.sqlite"
    write_demo_database(path)
    return path



def visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def interface_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every word the window itself shows."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str) -> None:
        text = text.replace("&", "").strip()
        if text:
            found.append((where, text))

    def walk_menu(menu: QMenu, path: str) -> None:
        add(f"menu {path}", menu.title())
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            add(f"menu {path}", action.text())
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk_menu(sub, f"{path} › {sub.title()}")

    assert isinstance(window, QMainWindow)
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.isVisible():
            walk_menu(menu, menu.title().replace("&", ""))
    for widget in window.findChildren(QWidget):
        if not visible(widget):
            continue
        name = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        if isinstance(widget, QLabel) and widget.pixmap().isNull():
            if "<" not in widget.text():
                add(name, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(name, widget.text())
            add(f"{name} tooltip", widget.toolTip())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(name, widget.tabText(index))
        elif isinstance(widget, QGroupBox):
            add(name, widget.title())
        elif isinstance(widget, QLineEdit):
            add(f"{name} placeholder", widget.placeholderText())
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            header = (widget.horizontalHeader() if isinstance(widget, QTableView)
                      else widget.header())
            for column in range(header.count()):
                if header.isSectionHidden(column):
                    continue
                heading = widget.model().headerData(column, Qt.Orientation.Horizontal)
                if isinstance(heading, str):
                    add(f"{name} heading", heading)
    return found


def clipped(window: QWidget) -> list[str]:
    """Labels and buttons whose one line of text is wider than the room they have."""
    cut = []
    for widget in window.findChildren(QWidget):
        if not visible(widget) or isinstance(widget, QComboBox):
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.pixmap().isNull():
            text = widget.text()
            if "<" in text or "\n" in text or not text:
                continue
            need = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
            if need > widget.contentsRect().width() + 1:
                cut.append(f"{type(widget).__name__} “{text}” needs {need}px, has "
                           f"{widget.contentsRect().width()}px")
    return cut


def test_every_screen_in_french_at_1024_by_768(
        qtbot: QtBot, french: None, settings: Settings, demo_file: Path) -> None:
    database = open_database(demo_file)
    window = MainWindow(settings, database)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    # the event selector names the event in French, from its French edition
    assert window.ui.eventCombo.currentText().startswith(
        "Conférence internationale sur la prévention du génocide (31 mars")
    # the detectors see what they look for: French words, and a label too narrow for its text
    assert ("menu Fichier", "Fichier") in interface_texts(window)
    probe = QLabel("Débat de haut niveau", window.start_page.parentWidget())
    probe.setFixedWidth(30)
    probe.show()
    assert any("Débat de haut niveau" in c for c in clipped(window))
    probe.deleteLater()
    probe.hide()
    english: dict[str, set[str]] = {}
    cut: list[str] = []
    for index in range(len(window.screens)):
        window.show_screen(index)
        screen = window.screens[index]
        tabs = [w for w in screen.findChildren(QTabBar) if visible(w)]
        pages = [(bar, i) for bar in tabs for i in range(bar.count())] or [(None, 0)]
        for bar, tab in pages:
            if bar is not None:
                bar.setCurrentIndex(tab)
            qtbot.wait(50)
            for where, text in interface_texts(window):
                words = set(WORD.findall(text)) & ENGLISH
                if words:
                    english.setdefault(f"{screen.title()}: {where}: “{text}”", set()).update(words)
            cut += [f"{screen.title()}: {c}" for c in clipped(window)]
    window.close()
    assert not english, "English left in the French window:\n" + "\n".join(sorted(english))
    assert not cut, "cut short at 1024×768:\n" + "\n".join(sorted(set(cut)))
