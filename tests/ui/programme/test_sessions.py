"""Sessions through the dialog: create, refuse, edit people, undo and redo; the list."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.programme.models import RoleKind, SessionKind
from confdesk.ui.programme.people_dialogs import PersonPicker
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.programme.session_dialog import Person, SessionDialog
from tests.ui.programme.conftest import programme

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


def fill(dialog: SessionDialog, title: str, start: tuple[int, int], end: tuple[int, int],
         room: str) -> None:
    ui = dialog.ui
    ui.titleEdit.setText(title)
    ui.startEdit.setTime(QTime(*start))
    ui.endEdit.setTime(QTime(*end))
    ui.roomCombo.setCurrentIndex(ui.roomCombo.findText(room))
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findText("Plenary"))


def save(qtbot: QtBot, dialog: SessionDialog) -> None:
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)


def titles(db: Database) -> list[str]:
    return [s.title for s in programme(db).sessions]


def test_create_in_the_dialog_then_undo_and_redo(qtbot: QtBot, screen: ProgrammeScreen,
                                                 demo: Database) -> None:
    dialog = screen.new_session()
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.dayCombo.currentText() == "Monday 31 March 2014"
    fill(dialog, "Working group on early warning", (15, 0), (16, 0), "Bilateral Meeting Room")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    created = next(s for s in programme(demo).sessions
                   if s.title == "Working group on early warning")
    assert (created.day, created.start_time, created.end_time) == (
        date(2014, 3, 31), time(15, 0), time(16, 0))
    assert created.room is not None and created.room.name == "Bilateral Meeting Room"
    assert created.kind == SessionKind.PLENARY
    assert created.id in screen.grid.blocks
    assert screen.grid.selected_session() == created.id

    screen.undo_stack.undo()
    assert "Working group on early warning" not in titles(demo)
    assert created.id not in screen.grid.blocks
    screen.undo_stack.redo()
    again = programme(demo).session(created.id)  # the same id: calendar UIDs stay stable
    assert again.title == "Working group on early warning"
    assert created.id in screen.grid.blocks


def test_double_click_on_an_empty_cell_proposes_its_room_and_time(
    qtbot: QtBot, screen: ProgrammeScreen
) -> None:
    grid = screen.grid
    cell = grid.mapFromScene(grid.column_width * 3.5 + 56, 42 + 7 * 60 * grid.scale_factor)
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = screen.findChild(SessionDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.roomCombo.currentText() == "Press Room"
    assert dialog.ui.startEdit.time() == QTime(15, 0)
    assert dialog.ui.endEdit.time() == QTime(16, 0)


def test_an_impossible_time_is_refused_and_the_dialog_keeps_the_input(
    qtbot: QtBot, screen: ProgrammeScreen, demo: Database
) -> None:
    before = titles(demo)
    dialog = screen.new_session()
    assert dialog is not None
    fill(dialog, "Backwards session", (16, 0), (15, 0), "Second Hall")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "must end after it starts: 16:00 to 15:00 is impossible" in \
        dialog.ui.errorLabel.text()
    assert dialog.ui.titleEdit.text() == "Backwards session"
    assert dialog.ui.startEdit.time() == QTime(16, 0)
    assert titles(demo) == before
    assert screen.undo_stack.count() == 0

    dialog.ui.titleEdit.clear()
    dialog.ui.endEdit.setTime(QTime(17, 0))
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.errorLabel.text() == "A session needs a title."
    dialog.ui.titleEdit.setText("Forwards session")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert "Forwards session" in titles(demo)


def picker_choosing(screen: ProgrammeScreen, search: str, role: RoleKind):  # type: ignore[no-untyped-def]
    """A chooser that searches the real picker and takes its first match."""

    def choose(parent: QWidget) -> Person | None:
        picker = screen.person_picker(parent)
        picker.search_edit.setText(search)
        picker.role_combo.setCurrentIndex(picker.role_combo.findData(role))
        picker.accept()
        return picker.chosen

    return choose


def test_assigning_a_speaker_by_accent_blind_search_and_reordering(
    qtbot: QtBot, screen: ProgrammeScreen, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = programme(demo)
    session_three = next(s for s in stored.sessions if s.title.startswith("Session III"))
    original = [p.display_name for p in session_three.people(RoleKind.SPEAKER)]
    assert "Prof. Jürgen Krüger" not in original
    monkeypatch.setattr(screen, "choose_person", picker_choosing(screen, "jurgen kruger",
                                                                 RoleKind.SPEAKER))
    dialog = screen.edit_session(session_three.id)
    assert dialog is not None
    dialog.add_person()
    tree = dialog.ui.rolesTree
    names = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    # the new speaker comes after the last speaker, before the other roles that follow
    assert names.index("Prof. Jürgen Krüger") == names.index(original[-1]) + 1
    assert tree.currentItem().text(1) == "Prof. Jürgen Krüger"
    dialog.move_selected(-1)
    dialog.move_selected(-1)
    save(qtbot, dialog)
    speakers = [p.display_name for p in programme(demo).session(session_three.id)
                .people(RoleKind.SPEAKER)]
    assert speakers == [*original[:-2], "Prof. Jürgen Krüger", *original[-2:]]
    screen.undo_stack.undo()
    assert [p.display_name for p in programme(demo).session(session_three.id)
            .people(RoleKind.SPEAKER)] == original


def test_search_in_the_picker_ignores_accents_and_case(screen: ProgrammeScreen) -> None:
    picker = screen.person_picker(screen)
    picker.search_edit.setText("BERARD")
    shown = [picker.results.item(i).text() for i in range(picker.results.count())]
    assert shown and all("Bérard" in text for text in shown)
    assert any(text.startswith("Mr Étienne Bérard") for text in shown)


def test_registering_a_speaker_on_the_fly(qtbot: QtBot, screen: ProgrammeScreen,
                                          demo: Database) -> None:
    picker = screen.person_picker(screen)
    assert isinstance(picker, PersonPicker)
    picker.search_edit.setText("Adama Dieng")
    assert picker.results.count() == 0
    picker.role_combo.setCurrentIndex(picker.role_combo.findData(RoleKind.KEYNOTE_SPEAKER))
    form = picker.register_new()
    assert (form.given.text(), form.family.text()) == ("Adama", "Dieng")
    form.honorific.setCurrentText("Mr")
    form.function.setText("Special Adviser on the Prevention of Genocide")
    form.organisation.setText("United Nations")
    form.accept()
    assert picker.chosen is not None
    assert picker.chosen.name == "Mr Adama Dieng"
    assert picker.chosen.role == RoleKind.KEYNOTE_SPEAKER
    rows = screen.service.participants()  # type: ignore[union-attr]
    new = next(r for r in rows if r.id == picker.chosen.participant_id)
    assert (new.display_name, new.function) == (
        "Mr Adama Dieng", "Special Adviser on the Prevention of Genocide")
    assert new.organisation_name == "United Nations"
    assert new.category == "speaker"
    again = screen.person_picker(screen)  # the next search finds them
    again.search_edit.setText("dieng")
    assert [again.results.item(i).text() for i in range(again.results.count())] == [
        "Mr Adama Dieng — Special Adviser on the Prevention of Genocide, United Nations"]


def test_a_nameless_new_participant_is_refused(screen: ProgrammeScreen) -> None:
    picker = screen.person_picker(screen)
    form = picker.register_new()
    form.accept()
    assert form.isVisible() and "name is required" in form.error_label.text()
    assert picker.chosen is None


def test_delete_and_duplicate_are_undone(screen: ProgrammeScreen, demo: Database) -> None:
    stored = programme(demo)
    press = next(s for s in stored.sessions if s.title == "Press briefing")
    screen.select_session(press.id)
    assert screen.day_tabs.currentIndex() == 1 and screen.grid.selected_session() == press.id
    screen.duplicate_action.trigger()
    assert titles(demo).count("Press briefing (copy)") == 1
    screen.undo_stack.undo()
    assert "Press briefing (copy)" not in titles(demo)
    screen.select_session(press.id)
    screen.delete_action.trigger()
    assert "Press briefing" not in titles(demo)
    screen.undo_stack.undo()
    restored = programme(demo).session(press.id)
    assert restored.people(RoleKind.SPEAKER)[0].display_name == "Ms Élodie Delacroix"


def test_the_list_searches_and_sorts(screen: ProgrammeScreen) -> None:
    model = screen.model
    assert model.rowCount() == 19
    screen.search_edit.setText("COFFEE foyer")
    assert [model.data(model.index(r, 6)) for r in range(model.rowCount())] == [
        "Registration and welcome coffee", "Coffee break", "Coffee break", "Welcome coffee",
        "Coffee break"]
    screen.search_edit.setText("reynders")  # no title names him: found through the people
    assert [model.data(model.index(r, 6)) for r in range(model.rowCount())] == [
        "Opening session: welcome address", "High Level Political Session",
        "Closing session: call for action by the chair"]
    screen.search_edit.clear()
    screen.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # kind, last kind first
    kinds = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
    assert kinds[:3] == ["Side event"] * 3 and kinds[-1] == "Opening"
    assert model.rowCount() == 19
