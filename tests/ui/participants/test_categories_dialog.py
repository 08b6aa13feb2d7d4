"""Participants → Categories…: rename, recolour, add, reorder, remove with a move."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from confdesk.db.database import Database
from confdesk.registration.categories import categories
from confdesk.registration.models import Participant
from confdesk.ui.participants.categories_dialog import (
    COLOUR,
    LISTED,
    NAME_EN,
    NAME_FR,
    PEOPLE,
    CategoriesDialog,
)
from confdesk.ui.participants.screen import ParticipantsScreen
from tests.ui.participants.conftest import People


def row_named(dialog: CategoriesDialog, name: str) -> int:
    table = dialog.table
    return next(r for r in range(table.rowCount()) if table.item(r, NAME_EN).text() == name)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_edit_the_categories_from_the_screen(
        qtbot: QtBot, screen: ParticipantsScreen,
        people_database: tuple[Database, People], monkeypatch: pytest.MonkeyPatch) -> None:
    db, ids = people_database
    assert screen.categories_action.isEnabled()
    seen: list[CategoriesDialog] = []

    def drive(dialog: CategoriesDialog) -> None:
        seen.append(dialog)
        table = dialog.table
        media = row_named(dialog, "Media")
        assert table.item(media, PEOPLE).text() == "1"  # Amina Diallo
        table.item(media, NAME_EN).setText("Press and media")
        table.item(media, NAME_FR).setText("Presse et médias")
        listed = table.cellWidget(media, LISTED)
        assert isinstance(listed, QCheckBox) and not listed.isChecked()
        listed.setChecked(True)
        dialog.add_category()
        new = table.rowCount() - 1
        table.item(new, NAME_EN).setText("Youth")
        colour = table.cellWidget(new, COLOUR)
        assert isinstance(colour, QPushButton)
        dialog._set_colour(colour, "#00aa88")
        dialog.table.selectRow(new)
        dialog.move_row(-1)
        # Observers (Zoé Martin, Carl Cancel) go to the delegates when the category goes.
        dialog.table.selectRow(row_named(dialog, "Observer"))
        dialog.remove_category(move_to="delegate")
        # A clash of names is refused and the dialog stays open with the input.
        guest = row_named(dialog, "Guest")
        table.item(guest, NAME_EN).setText("Speaker")
        dialog.accept()
        assert "Two categories are named “Speaker”" in dialog.problem.text()
        table.item(guest, NAME_EN).setText("Guest")
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()

    monkeypatch.setattr(screen, "open_dialog", drive)
    screen.edit_categories()
    assert seen
    with db.sessions() as s:
        after = categories(s, ids.event)
        moved = {p.family_name: p.category for p in s.scalars(select(Participant))}
    names = [c.name_en for c in after]
    assert "Observer" not in names
    assert names[-3:] == ["Staff / secretariat", "Youth", "Guest"]
    media = next(c for c in after if c.code == "press")
    assert (media.name_en, media.name_fr, media.in_published_list) == (
        "Press and media", "Presse et médias", True)
    assert next(c for c in after if c.name_en == "Youth").colour == "#00AA88"
    assert moved["Martin"] == "delegate" and moved["Cancel"] == "delegate"
    # The screen shows the new names: the filter, the bulk menu, the cells.
    combo = screen.list_page.category
    assert [combo.itemText(i) for i in range(combo.count())][-3:] == [
        "Staff / secretariat", "Youth", "Guest"]
    assert "Press and media" in [a.text() for a in screen.category_menu.actions()]
    model = screen.list_page.model
    cells = {model.index(r, 0).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert cells["Amina Diallo"] == "Press and media"
