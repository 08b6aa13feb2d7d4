"""The List tab: rows, search, filters, sorting, add/edit/delete and bulk changes with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from confdesk.db.database import Database
from confdesk.registration.models import Participant, Status
from confdesk.ui import messages
from confdesk.ui.participants.editor import ParticipantDialog
from confdesk.ui.participants.screen import ParticipantsScreen
from tests.ui.participants.conftest import People, shown_names


def db_count(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Participant)) or 0


def db_status(db: Database, pid: int) -> Status:
    with db.sessions() as s:
        person = s.get(Participant, pid)
        assert person is not None
        return person.status


def test_table_shows_every_participant_with_count(screen: ParticipantsScreen) -> None:
    names = shown_names(screen)
    assert len(names) == 8
    assert names[:3] == ["Ingrid Berg", "Carl Cancel", "Amina Diallo"]  # by family name
    model = screen.list_page.model
    row = names.index("H.E. Mr Thorbjørn Jagland")
    assert [model.index(row, c).data() for c in range(model.columnCount())] == [
        "H.E. Mr Thorbjørn Jagland", "Norway", "Norway", "Delegate", "Confirmed",
        "Secretary General", "tj@example.org", "NRW001"]
    assert screen.list_page.count.text() == "8 of 8 participants"


def test_search_ignores_accents_and_case_after_a_pause(qtbot: QtBot,
                                                       screen: ParticipantsScreen) -> None:
    qtbot.keyClicks(screen.list_page.search, "thorbjorn")
    assert len(shown_names(screen)) == 8  # debounced: nothing filtered on the keystroke
    qtbot.waitUntil(lambda: shown_names(screen) == ["H.E. Mr Thorbjørn Jagland"])
    assert screen.list_page.count.text() == "1 of 8 participants"
    screen.list_page.search.setText("NORVEGE")  # the organisation's French name
    screen.list_page.apply_filter()
    assert shown_names(screen) == ["Ingrid Berg", "H.E. Mr Thorbjørn Jagland"]


def test_filters_by_status_kind_and_delegation(screen: ParticipantsScreen,
                                               people_database: tuple[Database, People]) -> None:
    page = screen.list_page
    page.status.set_values([Status.CANCELLED])
    assert shown_names(screen) == ["Carl Cancel"]
    page.status.set_values(())
    page.delegation.setCurrentIndex(page.delegation.findData(people_database[1].belgium))
    assert shown_names(screen) == ["Anne Dupont", "Zoé Martin", "Didier Reynders"]
    assert page.count.text() == "3 of 8 participants"


def test_header_click_sorts_on_the_column(qtbot: QtBot, screen: ParticipantsScreen) -> None:
    header = screen.list_page.table.horizontalHeader()
    status_x = header.sectionViewportPosition(4) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + type(header.rect().topLeft())(status_x, 5))
    model = screen.list_page.model
    statuses = [model.index(r, 4).data() for r in range(model.rowCount())]
    assert statuses == ["Invited", "Registered"] + ["Confirmed"] * 5 + ["Cancelled"]
    screen.list_page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 4).data() == "Cancelled"
    screen.list_page.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 7).data() for r in range(3)] == ["BEL001", "BEL002", "BEL003"]


def fill_and_save(dialog: ParticipantDialog, **texts: str) -> None:
    for name, text in texts.items():
        widget = getattr(dialog.ui, name)
        widget.setCurrentText(text) if hasattr(widget, "setCurrentText") else widget.setText(text)
    dialog.save()


def test_add_in_the_dialog_then_undo_and_redo(screen: ParticipantsScreen,
                                              people_database: tuple[Database, People],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    db = people_database[0]
    seen: list[ParticipantDialog] = []

    def drive(dialog: ParticipantDialog) -> None:
        seen.append(dialog)
        fill_and_save(dialog, givenName="Adama", familyName="Dieng", email="not-an-address")
        assert dialog.result() != QDialog.DialogCode.Accepted  # refused: bad e-mail
        assert "not a valid e-mail address" in dialog.ui.problems.text()
        assert dialog.ui.givenName.text() == "Adama"  # nothing typed is lost
        fill_and_save(dialog, email="adieng@example.org", organisation="Belgium")
        assert dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(screen, "open_dialog", drive)
    screen.add()
    assert seen
    assert "Adama Dieng" in shown_names(screen)
    assert screen.list_page.count.text() == "9 of 9 participants"
    assert db_count(db) == 9
    assert screen.undo_stack.undoText() == "Add Adama Dieng"
    screen.undo_stack.undo()
    assert "Adama Dieng" not in shown_names(screen)
    assert db_count(db) == 8
    screen.undo_stack.redo()
    assert "Adama Dieng" in shown_names(screen)
    assert db_count(db) == 9
    row = shown_names(screen).index("Adama Dieng")
    assert screen.list_page.model.index(row, 1).data() == "Belgium"


def test_duplicate_warning_needs_a_second_save(screen: ParticipantsScreen,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def drive(dialog: ParticipantDialog) -> None:
        fill_and_save(dialog, givenName="Thorbjorn", familyName="JAGLAND", organisation="Norway")
        assert dialog.ui.duplicates.isVisibleTo(dialog)
        assert "Thorbjørn Jagland" in dialog.ui.duplicates.text()
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.save()
        assert dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(screen, "open_dialog", drive)
    screen.add()
    assert screen.list_page.count.text() == "9 of 9 participants"


def test_edit_in_the_dialog_and_undo(screen: ParticipantsScreen,
                                     people_database: tuple[Database, People],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    db, ids = people_database

    def drive(dialog: ParticipantDialog) -> None:
        assert dialog.ui.givenName.text() == "Thorbjørn"
        assert dialog.ui.organisation.currentText() == "Norway"
        fill_and_save(dialog, function="Chair of the Conference")

    monkeypatch.setattr(screen, "open_dialog", drive)
    screen.edit(ids.jagland)
    model = screen.list_page.model
    row = model.row_of(ids.jagland)
    assert model.index(row, 5).data() == "Chair of the Conference"
    screen.undo_stack.undo()
    assert model.index(model.row_of(ids.jagland), 5).data() == "Secretary General"
    with db.sessions() as s:
        assert s.get(Participant, ids.jagland).function == "Secretary General"  # type: ignore[union-attr]


def test_stale_edit_is_refused_and_the_dialog_keeps_the_input(
        screen: ParticipantsScreen, people_database: tuple[Database, People],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db, ids = people_database

    def drive(dialog: ParticipantDialog) -> None:
        with db.sessions() as s:  # someone else saves meanwhile
            s.get(Participant, ids.jagland).function = "Elsewhere"  # type: ignore[union-attr]
            s.commit()
        fill_and_save(dialog, function="Mine")
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "changed by someone else" in dialog.ui.problems.text()
        assert dialog.ui.function.text() == "Mine"

    monkeypatch.setattr(screen, "open_dialog", drive)
    screen.edit(ids.jagland)
    assert screen.undo_stack.count() == 0


def select_names(screen: ParticipantsScreen, names: list[str]) -> None:
    shown = shown_names(screen)
    screen.list_page.select_ids({screen.list_page.model.row_at(shown.index(n)).id
                                 for n in names})


def test_bulk_status_then_undo(screen: ParticipantsScreen,
                               people_database: tuple[Database, People]) -> None:
    db = people_database[0]
    select_names(screen, ["Anne Dupont", "Zoé Martin"])
    assert screen.status_menu.isEnabled()
    ids = screen.list_page.selected_ids()
    screen.bulk_status(Status.CONFIRMED)
    assert [db_status(db, pid) for pid in ids] == [Status.CONFIRMED] * 2
    model = screen.list_page.model
    assert {model.index(model.row_of(pid), 4).data() for pid in ids} == {"Confirmed"}
    screen.undo_stack.undo()
    assert [db_status(db, pid) for pid in ids] == [Status.REGISTERED, Status.INVITED]
    assert [model.index(model.row_of(pid), 4).data() for pid in ids] == ["Registered", "Invited"]


def test_undo_refuses_to_overwrite_a_later_change_by_someone_else(
        screen: ParticipantsScreen, people_database: tuple[Database, People],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Undo put the whole row back as it was, wiping what another laptop saved meanwhile."""
    db = people_database[0]
    select_names(screen, ["Anne Dupont"])
    [pid] = screen.list_page.selected_ids()
    failures: list[str] = []
    monkeypatch.setattr("confdesk.ui.messages.show_error",
                        lambda _parent, _title, text: failures.append(text))
    screen.bulk_status(Status.CONFIRMED)
    with db.sessions() as s:  # a colleague, on the same database, adds a phone number
        person = s.get(Participant, pid)
        assert person is not None
        person.phone = "+32 2 501 81 11"
        s.commit()
    screen.undo_stack.undo()
    assert failures and "Someone else changed “Anne Dupont”" in failures[0]
    # the refused step is dropped: no "Redo" that would fail again
    assert not screen.undo_stack.canRedo() and screen.undo_stack.count() == 0
    with db.sessions() as s:
        person = s.get(Participant, pid)
        assert person is not None
        assert (person.phone, person.status) == ("+32 2 501 81 11", Status.CONFIRMED)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_delete_asks_first_and_undo_brings_people_back(
        qtbot: QtBot, screen: ParticipantsScreen, people_database: tuple[Database, People],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = people_database[0]
    answers: list[str] = []

    def refuse(_parent: object, _title: str, text: str, **_kw: object) -> bool:
        answers.append(text)
        return False

    select_names(screen, ["James Smith", "Amina Diallo"])
    monkeypatch.setattr(messages, "confirm", refuse)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.list_page.table.setFocus()
    qtbot.keyClick(screen.list_page.table, Qt.Key.Key_Delete)
    assert answers and "Delete 2 participants" in answers[0]
    assert db_count(db) == 8  # refused: nothing deleted
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    screen.delete_selected()
    assert db_count(db) == 6
    assert "James Smith" not in shown_names(screen)
    assert screen.list_page.count.text() == "6 of 6 participants"
    screen.undo_stack.undo()
    assert db_count(db) == 8
    assert {"James Smith", "Amina Diallo"} <= set(shown_names(screen))
    screen.undo_stack.redo()
    assert db_count(db) == 6


def test_bulk_category_then_undo(screen: ParticipantsScreen) -> None:
    select_names(screen, ["Anne Dupont", "James Smith"])
    ids = screen.list_page.selected_ids()
    model = screen.list_page.model
    screen.bulk_category("press")
    assert [model.index(model.row_of(pid), 3).data() for pid in ids] == ["Media", "Media"]
    assert screen.list_page.selected_ids() == ids  # the selection stays for the next action
    screen.undo_stack.undo()
    assert [model.index(model.row_of(pid), 3).data() for pid in ids] == ["Delegate", "Speaker"]


def test_a_typed_organisation_is_created(screen: ParticipantsScreen,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen, "open_dialog", lambda dialog: fill_and_save(
        dialog, givenName="Mô", familyName="Bleeker",
        organisation="Global Centre for the Responsibility to Protect"))
    screen.add()
    model = screen.list_page.model
    row = shown_names(screen).index("Mô Bleeker")
    assert model.index(row, 1).data() == "Global Centre for the Responsibility to Protect"
    page = screen.list_page
    assert page.delegation.findText("Global Centre for the Responsibility to Protect") > 0


def test_dialog_keeps_the_chosen_one_of_two_organisations_with_one_name(qtbot: QtBot) -> None:
    """The organisation was looked up by its text, so saving a person of the second of two
    organisations called alike moved them silently to the first."""
    from confdesk.registration.operations import ParticipantData

    organisations = [(1, "Red Cross"), (2, "Red Cross"), (3, "UNESCO")]
    dialog = ParticipantDialog(organisations, lambda _r: None, lambda _d: [],
                               data=ParticipantData(given_name="Ana", family_name="Lima",
                                                    organisation_id=2))
    qtbot.addWidget(dialog)
    assert dialog.result_data().data.organisation_id == 2
    dialog.ui.organisation.setEditText("unesco")  # typed: still found by its name
    assert dialog.result_data().data.organisation_id == 3


def test_status_filter_takes_several_statuses(qtbot: QtBot, screen: ParticipantsScreen) -> None:
    page = screen.list_page
    menu = page.status.menu()
    ticks = {a.data(): a for a in menu.actions() if a.isCheckable()}
    ticks[Status.CANCELLED].trigger()
    ticks[Status.INVITED].trigger()
    assert shown_names(screen) == ["Carl Cancel", "Zoé Martin"]
    assert page.status.text() == "Invited, Cancelled"
    assert page.count.text() == "2 of 8 participants"
    attending = next(a for a in menu.actions() if a.text().startswith("Attending"))
    attending.trigger()
    assert "Carl Cancel" not in shown_names(screen) and len(shown_names(screen)) == 7
    assert page.status.text() == "4 statuses"
    next(a for a in menu.actions() if a.text() == "All statuses").trigger()
    assert len(shown_names(screen)) == 8 and page.status.text() == "All statuses"


def test_dialog_lists_un_names_and_takes_everyday_spellings(qtbot: QtBot) -> None:
    from confdesk.registration.operations import ParticipantData

    dialog = ParticipantDialog([], lambda _r: None, lambda _d: [],
                               data=ParticipantData(given_name="Ji-woo", family_name="Kim",
                                                    do_not_publish=True))
    qtbot.addWidget(dialog)
    countries = [dialog.ui.country.itemText(i) for i in range(dialog.ui.country.count())]
    assert "Republic of Korea" in countries and "South Korea" not in countries
    assert dialog.ui.doNotPublish.isChecked()
    dialog.ui.country.setEditText("South Korea")  # typed as people say it
    result = dialog.result_data().data
    assert result.country_code == "KR" and result.do_not_publish
    dialog.ui.doNotPublish.setChecked(False)
    assert not dialog.result_data().data.do_not_publish


def test_organisation_and_country_complete_on_any_part_of_a_name(qtbot: QtBot) -> None:
    dialog = ParticipantDialog([(1, "World Health Organization"), (2, "Belgium")],
                               lambda result: None, lambda data: [])
    qtbot.addWidget(dialog)
    for combo, typed, found in ((dialog.ui.organisation, "HEALTH", "World Health Organization"),
                                (dialog.ui.country, "zealand", "New Zealand")):
        completer = combo.completer()
        assert completer is not None
        completer.setCompletionPrefix(typed)
        assert completer.completionCount() >= 1
        assert completer.currentCompletion() == found


def test_an_empty_country_shows_the_delegations_state(qtbot: QtBot) -> None:
    """The list shows a State delegation's member under the State; the dialog's empty
    Country says so too (greyed), instead of looking blank."""
    from confdesk.registration.operations import ParticipantData

    dialog = ParticipantDialog([(1, "Mongolia"), (2, "UNESCO")], lambda _r: None,
                               lambda _d: [], delegation_countries={1: "MN"},
                               data=ParticipantData(given_name="Bat", family_name="Erdene",
                                                    organisation_id=1))
    qtbot.addWidget(dialog)
    edit = dialog.ui.country.lineEdit()
    assert edit is not None and edit.text() == ""
    assert edit.placeholderText() == "Mongolia (the delegation's)"
    assert dialog.result_data().data.country_code is None  # nothing stored by the hint
    dialog.ui.organisation.setCurrentIndex(dialog.ui.organisation.findData(2))
    assert edit.placeholderText() == ""
