"""The Delegations tab (protocol order, head first) and the Registration desk (check-in)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.registration.models import Participant, Status
from confdesk.ui.participants import desk_page
from confdesk.ui.participants.delegations_page import DelegationsPage
from confdesk.ui.participants.screen import ParticipantsScreen
from tests.ui.participants.conftest import People, shown_names


def tree_rows(tree) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]


def top_item(page: DelegationsPage, row: int) -> QTreeWidgetItem:
    """A delegation of the tree, by its row."""
    item = page.tree.topLevelItem(row)
    assert item is not None
    return item


def test_delegations_in_protocol_order_with_the_head_first(screen: ParticipantsScreen) -> None:
    screen.tabs.setCurrentWidget(screen.delegations_page)
    page = screen.delegations_page
    assert tree_rows(page.tree) == [
        ["Belgium", "Member States", "Didier Reynders", "3"],
        ["Norway", "Member States", "H.E. Mr Thorbjørn Jagland", "2"],
        ["Aegis Trust", "Civil society", "", "2"],
        ["Individual participants", "", "", "1"],
    ]
    page.tree.setCurrentItem(top_item(page, 1))
    assert [r[:2] for r in tree_rows(page.members)] == [
        ["H.E. Mr Thorbjørn Jagland", "Head of delegation"], ["Ingrid Berg", "Member"]]
    assert page.title.text() == "Norway: 2 members"


def test_french_lists_order_states_by_their_french_names(screen: ParticipantsScreen) -> None:
    screen.set_list_language("fr")
    screen.tabs.setCurrentWidget(screen.delegations_page)
    names = [row[0] for row in tree_rows(screen.delegations_page.tree)]
    assert names[:2] == ["Belgique", "Norvège"]
    assert names[-1] == "Participants à titre individuel"


def test_opening_a_delegation_filters_the_list(screen: ParticipantsScreen) -> None:
    page = screen.delegations_page
    screen.tabs.setCurrentWidget(page)
    page.tree.setCurrentItem(top_item(page, 1))
    page.list_button.click()
    assert screen.tabs.currentWidget() is screen.list_page
    assert shown_names(screen) == ["Ingrid Berg", "H.E. Mr Thorbjørn Jagland"]


def status_of(db: Database, pid: int) -> tuple[Status, datetime | None]:
    with db.sessions() as s:
        person = s.get(Participant, pid)
        assert person is not None
        return person.status, person.checked_in_at


def test_check_in_by_code_then_undo(qtbot: QtBot, screen: ParticipantsScreen,
                                    people_database: tuple[Database, People]) -> None:
    db, ids = people_database
    desk = screen.desk_page
    screen.tabs.setCurrentWidget(desk)
    delegate_bar = desk.bars["delegate"][1]
    assert delegate_bar.format() == "0 / 4"
    qtbot.keyClicks(desk.field, "nrw-001")  # typed with a dash and in lower case
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    status, when = status_of(db, ids.jagland)
    assert status == Status.CHECKED_IN and when is not None
    assert "Thorbjørn Jagland checked in" in desk.message.text()
    assert delegate_bar.format() == "1 / 4"
    assert desk.field.text() == ""
    list_row = screen.list_page.model.row_of(ids.jagland)
    assert screen.list_page.model.index(list_row, 4).data() == "Checked in"
    assert desk.undo_button.isEnabled()
    desk.undo_button.click()
    assert status_of(db, ids.jagland) == (Status.CONFIRMED, None)
    assert delegate_bar.format() == "0 / 4"
    screen.undo_stack.redo()
    assert status_of(db, ids.jagland) == (Status.CHECKED_IN, when)


def test_undo_of_a_check_in_after_a_colleagues_change_is_refused_and_dropped(
        qtbot: QtBot, screen: ParticipantsScreen, people_database: tuple[Database, People],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Undo would have put "Confirmed" back over the secretariat's cancellation; it is
    refused with the reason, and the step leaves the stack (no "Redo" that fails again)."""
    db, ids = people_database
    shown: list[str] = []
    monkeypatch.setattr("confdesk.ui.messages.show_error",
                        lambda _parent, _title, text: shown.append(text))
    desk = screen.desk_page
    screen.tabs.setCurrentWidget(desk)
    qtbot.keyClicks(desk.field, "NRW001")
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    with db.sessions.begin() as s:  # the secretariat, on another laptop
        person = s.get(Participant, ids.jagland)
        assert person is not None
        person.status = Status.CANCELLED
    desk.undo_button.click()
    assert len(shown) == 1
    assert "Someone else changed Thorbjørn Jagland's registration since the check-in (now " \
           "cancelled)" in shown[0]
    assert status_of(db, ids.jagland)[0] == Status.CANCELLED
    assert screen.undo_stack.count() == 0 and not screen.undo_stack.canRedo()
    assert not desk.undo_button.isEnabled()
    assert "undone" not in desk.message.text()
    list_row = screen.list_page.model.row_of(ids.jagland)
    assert screen.list_page.model.index(list_row, 4).data() == "Cancelled"


def test_a_cancelled_registration_asks_before_checking_in(
        qtbot: QtBot, screen: ParticipantsScreen, people_database: tuple[Database, People],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db, ids = people_database
    desk = screen.desk_page
    asked: list[str] = []
    answer = [False]

    def confirm(_parent: object, title: str, text: str, **_kw: object) -> bool:
        asked.append(f"{title}: {text}")
        return answer[0]

    monkeypatch.setattr(desk_page, "confirm", confirm)
    qtbot.keyClicks(desk.field, "carl canc")
    desk.check_in_current()
    assert asked == ["Registration cancelled: The registration of Carl Cancel is "
                     "<b>cancelled</b>. Check Carl Cancel in anyway?"]
    assert status_of(db, ids.cancelled) == (Status.CANCELLED, None)
    assert "was not checked in" in desk.message.text()
    answer[0] = True
    qtbot.keyClicks(desk.field, "carl")
    desk.check_in_current()
    assert status_of(db, ids.cancelled)[0] == Status.CHECKED_IN
    assert "although the registration was cancelled" in desk.message.text()


def test_an_unconfirmed_registration_asks_too(qtbot: QtBot, screen: ParticipantsScreen,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def confirm(_parent: object, title: str, _text: str, **_kw: object) -> bool:
        asked.append(title)
        return False

    monkeypatch.setattr(desk_page, "confirm", confirm)
    qtbot.keyClicks(screen.desk_page.field, "zoe martin")
    screen.desk_page.check_in_current()
    assert asked == ["Registration not confirmed"]


def test_unknown_text_says_nobody_matches(qtbot: QtBot, screen: ParticipantsScreen) -> None:
    qtbot.keyClicks(screen.desk_page.field, "ZZZZZZ")
    screen.desk_page.check_in_current()
    assert screen.desk_page.message.text() == "Nobody matches “ZZZZZZ”."


def test_the_summary_tab_keeps_the_event_figures(screen: ParticipantsScreen) -> None:
    screen.tabs.setCurrentWidget(screen.summary)
    assert screen.summary.cards["participants"].value.text() == "8"
    assert screen.tabs.tabText(3) == "&Summary"


def test_without_a_database_nothing_is_listed_and_actions_are_off(
        screen: ParticipantsScreen) -> None:
    screen.show_event(None, None)
    assert screen.list_page.model.rowCount() == 0
    assert screen.list_page.count.text() == "0 of 0 participants"
    assert not screen.add_action.isEnabled() and not screen.import_action.isEnabled()


def test_the_highlighted_match_is_described(qtbot: QtBot, screen: ParticipantsScreen) -> None:
    desk = screen.desk_page
    qtbot.keyClicks(desk.field, "NRW001")
    desk.update_matches()
    details = desk.details.text()
    assert "H.E. Mr Thorbjørn Jagland" in details and "Secretary General" in details
    assert "Status: Confirmed" in details and "badge not printed yet" in details
