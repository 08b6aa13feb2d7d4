"""The Registration desk never guesses: a choice among several matches, messages that belong
to the person shown, and codes scanned through an AZERTY keyboard."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.events.models import Event
from confdesk.registration.models import OrganisationKind, Participant, Status
from confdesk.ui.participants import desk_page
from confdesk.ui.participants.desk_page import DeskPage
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.settings import Settings
from tests.factories import make_organisation, make_participant
from tests.ui.participants.conftest import People

#: Seven people called Ashworth, as in the demo: (given name, delegation, status, code).
ASHWORTHS = [
    ("Catherine", "Mongolia", Status.CONFIRMED, "HEA7M3"),
    ("Graham", "Nauru", Status.CONFIRMED, "YK7K6Y"),
    ("Sarah", "Papua New Guinea", Status.CONFIRMED, "5P0F00"),
    ("Daniel", "United Kingdom", Status.CONFIRMED, "WD7AEH"),
    ("James", "United States", Status.CONFIRMED, "ZTQQ79"),
    ("Patrick", "United Nations Development Programme", Status.CONFIRMED, "40A965"),
    ("Claire", "Asia Review Weekly", Status.REGISTERED, "2F25RS"),
]


@dataclass(frozen=True)
class Desk:
    page: DeskPage
    db: Database
    #: Participant ids by code.
    ids: dict[str, int]


@pytest.fixture
def desk(qtbot: QtBot, people_database: tuple[Database, People], settings: Settings) -> Desk:
    """The screen's desk on the small event plus the seven Ashworths and two people whose
    codes are all digits (as scanned through AZERTY they arrive as symbols)."""
    db, people = people_database
    with db.sessions() as s:
        event = s.get(Event, people.event)
        assert event is not None
        for given, org_name, status, code in ASHWORTHS:
            org = make_organisation(s, name_en=org_name, kind=OrganisationKind.OTHER)
            make_participant(s, event, given_name=given, family_name="Ashworth",
                             organisation=org, status=status, code=code)
        make_participant(s, event, given_name="Nadia", family_name="Lambert",
                         status=Status.CONFIRMED, code="123450", category="delegate")
        make_participant(s, event, given_name="Marc", family_name="Peeters",
                         status=Status.CONFIRMED, code="678901", category="delegate")
        s.commit()
        ids = {p.code: p.id for p in s.query(Participant)}
    screen = ParticipantsScreen(settings=settings)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show_event(db, people.event)
    screen.tabs.setCurrentWidget(screen.desk_page)
    return Desk(screen.desk_page, db, ids)


def type_keys(widget: QWidget, text: str) -> None:
    """Key presses as a keyboard sends them, accented letters included (QTest.keyClicks
    aborts on characters outside ASCII): each key's code and the character it types."""
    for ch in text:
        key = Qt.Key(ord(ch.upper()))  # Qt's key codes of Latin-1 are the upper-case points
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, ch,
                           Qt.KeyboardModifier.NoModifier)


def statuses(db: Database) -> dict[str, Status]:
    with db.sessions() as s:
        return {p.code: p.status for p in s.query(Participant)}


def listed(page: DeskPage) -> list[list[str]]:
    tree = page.matches
    return [[tree.topLevelItem(i).text(c) for c in (0, 1, 3, 4)]  # type: ignore[union-attr]
            for i in range(tree.topLevelItemCount())]


def test_enter_with_seven_matches_lists_them_and_checks_in_nobody(
        qtbot: QtBot, desk: Desk) -> None:
    page = desk.page
    before = statuses(desk.db)
    qtbot.keyClicks(page.field, "Ashworth")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert sorted(listed(page)) == sorted(
        [f"{given} Ashworth", org, "Registered" if status == Status.REGISTERED else "Confirmed",
         code] for given, org, status, code in ASHWORTHS)
    assert statuses(desk.db) == before  # nobody was checked in
    assert page.matches.selectedItems() == []
    assert page.message.text() == ("7 people match “Ashworth”: choose who to check in "
                                   "(↓ ↑ then Enter, or double-click). Nobody was checked in.")
    assert "7 people match “Ashworth”." in page.details.text()
    qtbot.keyClick(page.field, Qt.Key.Key_Return)  # Enter again still picks nobody
    assert statuses(desk.db) == before


def test_choosing_one_of_the_matches_checks_in_exactly_that_person(
        qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    page = desk.page
    monkeypatch.setattr(desk_page, "confirm", lambda *_a, **_k: True)  # if unconfirmed
    before = statuses(desk.db)
    qtbot.keyClicks(page.field, "ashworth")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.keyClick(page.field, Qt.Key.Key_Down)  # the arrows choose from the field
    qtbot.keyClick(page.field, Qt.Key.Key_Down)
    chosen = page.matches.selectedItems()
    assert len(chosen) == 1
    code, name = chosen[0].text(4), chosen[0].text(0)
    assert code == page.matches.topLevelItem(1).text(4)  # type: ignore[union-attr]
    assert "Code: " + code in page.details.text()
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    after = statuses(desk.db)
    assert after[code] == Status.CHECKED_IN
    assert {c for c in after if after[c] != before[c]} == {code}
    assert f"{name} checked in at" in page.message.text()


def test_a_double_click_on_a_match_checks_in_that_person(qtbot: QtBot, desk: Desk) -> None:
    page = desk.page
    qtbot.keyClicks(page.field, "Ashworth")
    page.update_matches()
    sarah = next(page.matches.topLevelItem(i) for i in range(page.matches.topLevelItemCount())
                 if page.matches.topLevelItem(i).text(4) == "5P0F00")  # type: ignore[union-attr]
    assert sarah is not None
    page.matches.itemActivated.emit(sarah, 0)
    changed = {c for c, s in statuses(desk.db).items() if s == Status.CHECKED_IN}
    assert changed == {"5P0F00"}


def test_a_message_concerns_the_person_shown_and_goes_with_a_new_search(
        qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    page = desk.page
    monkeypatch.setattr(desk_page, "confirm", lambda *_a, **_k: False)
    qtbot.keyClicks(page.field, "Claire Ashworth")  # registered, not confirmed: asked, No
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.message.text() == "Claire Ashworth was not checked in."
    # another search starts: the message about Claire goes at the first key
    qtbot.keyClicks(page.field, "J")
    assert page.message.text() == ""
    page.field.clear()
    # a check-in leaves its message and the person shown until the next search
    qtbot.keyClicks(page.field, "WD7AEH")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert "Daniel Ashworth checked in at" in page.message.text()
    assert page.field.text() == ""
    assert "Daniel Ashworth" in page.details.text() and "Checked in" in page.details.text()
    qtbot.keyClicks(page.field, "Ashworth")
    assert page.message.text() == ""
    page.update_matches()
    assert "Daniel Ashworth" not in page.details.text()
    # a message about one match goes when another is chosen
    qtbot.keyClick(page.field, Qt.Key.Key_Down)
    first = page.matches.selectedItems()[0].text(0)
    page._say("note about the first", "#000", person=page.selected_id())
    qtbot.keyClick(page.field, Qt.Key.Key_Down)
    assert page.matches.selectedItems()[0].text(0) != first
    assert page.message.text() == ""


def test_nobody_matches_goes_when_the_text_changes(qtbot: QtBot, desk: Desk) -> None:
    page = desk.page
    qtbot.keyClicks(page.field, "Ashworthx")
    page.update_matches()
    assert page.message.text() == "Nobody matches “Ashworthx”."
    qtbot.keyClick(page.field, Qt.Key.Key_Backspace)
    assert page.message.text() == ""


@pytest.mark.parametrize("typed, code", [
    ("&é\"'(à", "123450"),       # French and Belgian AZERTY, no Shift
    ("&É\"'(À", "123450"),       # with Caps Lock on
    ("§è!çà&", "678901"),        # Belgian AZERTY: § for 6, ! for 8
    ("-è_çà&", "678901"),        # French AZERTY: - for 6, _ for 8
    ("§È!ÇÀ&", "678901"),
    ("678901", "678901"),        # with Shift the row gives digits
])
def test_a_code_typed_through_an_azerty_keyboard_is_read(
        qtbot: QtBot, desk: Desk, typed: str, code: str) -> None:
    page = desk.page
    type_keys(page.field, typed)
    assert page.field.text() == typed
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    after = statuses(desk.db)
    assert after[code] == Status.CHECKED_IN
    assert [c for c, s in after.items() if s == Status.CHECKED_IN] == [code]


def test_the_ashworth_letters_scanned_through_azerty_are_read(qtbot: QtBot, desk: Desk) -> None:
    # HEA7M3 from a US-layout scanner on an AZERTY keyboard: A→Q, 7→è, M→?, 3→"
    type_keys(desk.page.field, 'HEQè?"')
    qtbot.keyClick(desk.page.field, Qt.Key.Key_Return)
    assert statuses(desk.db)["HEA7M3"] == Status.CHECKED_IN


def test_choosing_a_match_clears_the_question_about_the_search(qtbot: QtBot, desk: Desk) -> None:
    page = desk.page
    qtbot.keyClicks(page.field, "Ashworth")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert "choose who to check in" in page.message.text()
    qtbot.keyClick(page.field, Qt.Key.Key_Down)
    assert page.message.text() == ""
    assert "Catherine Ashworth" in page.details.text()
