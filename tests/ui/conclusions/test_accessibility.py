"""Screen readers name each outline row by its section or paragraph number and first words,
and describe it by status, sources and whole text, through the tree view's accessible
cells."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from pytestqt.qtbot import QtBot

from confdesk.ui.conclusions.outline import UID_ROLE
from confdesk.ui.conclusions.screen import ConclusionsScreen

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def cells(screen: ConclusionsScreen) -> list[QAccessibleInterface]:
    """Every accessible cell of the outline, as Qt gives them to assistive technology."""
    view = screen.editor.view
    view.expandAll()
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None
    found = [iface.child(i) for i in range(iface.childCount())]
    return [cell for cell in found if cell is not None]


def test_rows_are_named_by_number_and_first_words(screen: ConclusionsScreen) -> None:
    names = [cell.text(NAME) for cell in cells(screen)]
    assert "Section 1: Opening text" in names
    assert "Section 2: 65 years after the adoption of the UN…" in names
    assert "Paragraph 1: Sign, ratify and domesticate the above mentioned international…" in names
    assert "Paragraph 15: Remain seized of the matter." in names
    assert sum(name.startswith("Unnumbered paragraph: ") for name in names) == 3


def test_rows_are_described_by_status_sources_and_whole_text(
        screen: ConclusionsScreen) -> None:
    by_name = {cell.text(NAME): cell for cell in cells(screen)}
    last = by_name["Paragraph 15: Remain seized of the matter."]
    assert last.text(DESCRIPTION).startswith("Agreed. ")
    assert last.text(DESCRIPTION).endswith(". Remain seized of the matter.")
    section = by_name["Section 3: " + next(
        n.split(": ", 1)[1] for n in by_name if n.startswith("Section 3: "))]
    assert section.text(DESCRIPTION).endswith(("15 paragraphs", "15 paragraph(s)"))
    text_cell = by_name["Remain seized of the matter."]  # the text column keeps its text
    assert text_cell.text(DESCRIPTION) == "Paragraph 15. Agreed"


def test_sub_paragraphs_and_deleted_paragraphs_say_so(
        qtbot: QtBot, screen: ConclusionsScreen) -> None:
    page = screen.editor
    assert page.select(str(page.model.item(2, 0).child(1, 0).data(UID_ROLE)))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)  # the second paragraph becomes 1 (a)
    assert page.select(str(page.model.item(2, 0).child(1, 0).data(UID_ROLE)))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)  # and the third, now second, is deleted
    # (Qt refreshes the cells it gave out only while a screen reader listens: ask once.)
    names = [cell.text(NAME) for cell in cells(screen)]
    assert "Sub-paragraph (a) of paragraph 1: Ensure that national strategies and policies " \
        "fully respect…" in names
    assert "Deleted paragraph: Protect and promote the fundamental rights of all…" in names
    assert "Paragraph 2: Take all necessary measures to prevent incitement to…" in names
