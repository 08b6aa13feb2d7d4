"""The Floor screen and the projection window: the chair's list, its undo, the projection
following it live (same process, signals), the running clock, the export."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database, open_database
from confdesk.plenary.speakers_models import SpeakerLevel, SpeakerStatus
from confdesk.ui.floor.inscribe_dialog import InscribeDialog
from confdesk.ui.floor.screen import FloorScreen
from confdesk.ui.main_window import MainWindow
from confdesk.ui.settings import Settings
from tests.plenary.floor_helpers import EXPECTED, Plenary, plenary

#: The offscreen platform's notes about window sizes and raising (as in the other screens' tests).
pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")

#: Where screenshots go when CONFDESK_SCREENSHOTS names a folder (kept out of the repository).
SHOTS = os.environ.get("CONFDESK_SCREENSHOTS", "")


@pytest.fixture
def floor(tmp_path: Path) -> Iterator[tuple[Database, Plenary]]:
    db = open_database(tmp_path / "floor.sqlite")
    try:
        yield db, plenary(db)
    finally:
        db.close()


@pytest.fixture
def screen(qtbot: QtBot, floor: tuple[Database, Plenary]) -> FloorScreen:
    db, p = floor
    widget = FloorScreen()
    qtbot.addWidget(widget)
    widget.resize(1400, 760)
    widget.show_event(db, p.service.event_id)
    widget.show()
    widget.select_session(p.session_id)
    return widget


def column(screen: FloorScreen, number: int) -> list[str]:
    model = screen.model
    return [model.data(model.index(r, number)) for r in range(model.rowCount())]


def test_screen_shows_the_list_in_protocol_order(screen: FloorScreen) -> None:
    assert column(screen, 1) == [e[0] for e in EXPECTED]
    assert column(screen, 0)[:3] == ["1", "2", "3"]
    assert column(screen, 3)[-1] == "Right of reply"
    assert screen.next_label.text() == "Next: Ghana"
    assert screen.now_label.text() == "Nobody has the floor."


def test_projection_follows_the_chairs_list(qtbot: QtBot, screen: FloorScreen,
                                            floor: tuple[Database, Plenary]) -> None:
    _db, p = floor
    projection = screen.project()
    qtbot.addWidget(projection)
    assert projection.heading.text() == "Next speaker"
    assert projection.delegation.text() == "Ghana"
    assert projection.then.text() == "Then: Türkiye · Argentina · Rwanda"

    screen.select_ids([p.ids["Ghana"]])
    screen.ui_button("give").click()
    assert projection.heading.text() == "Has the floor"
    assert projection.delegation.text() == "Ghana"
    assert projection.speaker.text() == "H.E. Mr John Mensah, President"
    assert projection.clock.text().endswith("/ 5:00")
    assert projection.next.text() == "Next: Türkiye"
    assert screen.now_label.text() == "Has the floor: Ghana"
    assert column(screen, 5)[0] == "Speaking"
    # the running clock ticks by itself
    qtbot.waitUntil(lambda: projection.clock.text().startswith("0:01"), timeout=4000)
    assert screen.clock_label.text().startswith("0:0")

    # the chair swaps Türkiye and Argentina and withdraws Rwanda: the room sees it at once
    screen.select_ids([p.ids["Türkiye"], p.ids["Argentina"]])
    screen.ui_button("swap").click()
    assert projection.next.text() == "Next: Argentina"
    screen.select_ids([p.ids["Rwanda"]])
    screen.ui_button("withdraw").click()
    assert projection.then.text() == "Then: Türkiye · Bosnia and Herzegovina · Senegal"
    assert column(screen, 1)[-1] == "Rwanda" and column(screen, 0)[-1] == "—"

    # next speaker: Ghana has spoken, Argentina has the floor
    screen.ui_button("next").click()
    assert projection.delegation.text() == "Argentina"
    assert p.service.snapshot(p.session_id).row(p.ids["Ghana"]).status == SpeakerStatus.SPOKE  # type: ignore[union-attr]
    if SHOTS:
        screen.grab().save(str(Path(SHOTS) / "floor-screen.png"))
        projection.grab().save(str(Path(SHOTS) / "floor-projection.png"))

    # undo gives the floor back to Ghana, in the room too
    screen.undo_stack.undo()
    assert projection.delegation.text() == "Ghana"
    screen.undo_stack.undo()  # the withdrawal
    assert "Rwanda" in projection.then.text()
    screen.undo_stack.undo()  # the swap
    assert projection.next.text() == "Next: Türkiye"
    screen.undo_stack.redo()
    assert projection.next.text() == "Next: Argentina"
    screen.ui_button("stop").click()
    assert projection.heading.text() == "Next speaker"
    assert projection.delegation.text() == "Argentina"


def test_inscribe_move_and_mark_with_undo(screen: FloorScreen,
                                          floor: tuple[Database, Plenary]) -> None:
    _db, p = floor
    assert screen.service is not None
    dialog = InscribeDialog(screen.service)
    dialog.set_values("Peru", "H.E. Ms Ana Flores, Minister", SpeakerLevel.MINISTER)
    screen.inscribe(dialog)
    names = column(screen, 1)
    assert names.index("Peru") == names.index("Senegal") + 1
    screen.undo_stack.undo()
    assert "Peru" not in column(screen, 1)
    screen.undo_stack.redo()
    assert "Peru" in column(screen, 1)

    screen.select_ids([p.ids["Denmark"]])
    screen.ui_button("up").click()
    names = column(screen, 1)
    assert names.index("Denmark") == names.index("China") - 1
    assert column(screen, 5)[names.index("Denmark")] == "To speak ↕"
    screen.ui_button("absent").click()
    assert column(screen, 5)[names.index("Denmark")] == "Absent ↕"
    screen.undo_stack.undo()
    screen.undo_stack.undo()
    assert column(screen, 1).index("Denmark") == column(screen, 1).index("China") + 1


def test_refused_undo_over_a_colleagues_change(screen: FloorScreen,
                                               floor: tuple[Database, Plenary],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _db, p = floor
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical",
                        lambda _parent, _title, text: shown.append(text))
    screen.select_ids([p.ids["Denmark"]])
    screen.ui_button("defer").click()
    p.service.set_status(p.ids["Denmark"], SpeakerStatus.ABSENT)  # a colleague's desk
    screen.undo_stack.undo()
    assert shown and "Someone else changed Denmark" in shown[0]
    assert column(screen, 5)[column(screen, 1).index("Denmark")] == "Absent"


def test_export_from_the_screen(screen: FloorScreen, tmp_path: Path) -> None:
    screen.export(tmp_path / "list.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "list.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "High Level Political Session" in text and "Ghana" in text


def test_export_proposes_a_name_and_follows_the_list_language(
        screen: FloorScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The save dialog proposes "<event> – List of speakers – <session> – <date>.pdf" in the
    last folder; with View → List Language → French the file is the French edition."""
    from PySide6.QtWidgets import QFileDialog

    Settings().set_export_folder(str(tmp_path))  # the default store: the test's own
    proposed: list[str] = []
    target = tmp_path / "liste.pdf"

    def choose(_parent: object, _title: str, proposal: str, _filter: str) -> tuple[str, str]:
        proposed.append(proposal)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    screen.set_list_language("fr")
    screen.export()
    assert Path(proposed[0]).parent == tmp_path
    assert Path(proposed[0]).name.startswith(
        "Test 2014 – List of speakers – High Level Political Session – ")
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert "Liste des orateurs" in text and "Chef d’État ou de gouvernement" in text
    assert "List of speakers" not in text


def test_list_language_names_registered_delegations(
        screen: FloorScreen, floor: tuple[Database, Plenary]) -> None:
    """With View → List Language → French, a registered delegation shows its French name;
    one typed by hand keeps its words; back in English, the English name."""
    from confdesk.plenary.speakers_service import InscriptionData
    from confdesk.registration.models import Organisation, OrganisationKind

    db, p = floor
    with db.sessions.begin() as s:
        org = Organisation(name_en="Côte d'Ivoire", name_fr="Côte d’Ivoire (FR)",
                           kind=OrganisationKind.STATE, country_code="CI")
        s.add(org)
        s.flush()
        org_id = org.id
    p.service.inscribe(p.session_id, InscriptionData(
        "Côte d'Ivoire", SpeakerLevel.MINISTER, "", organisation_id=org_id))
    screen.live.reload()
    assert "Côte d'Ivoire" in column(screen, 1)
    screen.set_list_language("fr")
    names = column(screen, 1)
    assert "Côte d’Ivoire (FR)" in names and "Côte d'Ivoire" not in names
    assert "Denmark" in names  # typed, not registered: as typed
    screen.set_list_language("en")
    assert "Côte d'Ivoire" in column(screen, 1)


def test_floor_in_the_main_window(qtbot: QtBot, floor: tuple[Database, Plenary],
                                  settings: Settings) -> None:
    db, _p = floor
    window = MainWindow(settings, db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_screen, FloorScreen)
    assert window.ui.pageTitle.text() == "Floor"
    assert window.current_screen.model.rowCount() == len(EXPECTED)
    assert window.findChild(QAction, "actionFloor").isChecked()


def test_back_to_protocol_order_and_undo(screen: FloorScreen, floor: tuple[Database, Plenary],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _db, p = floor
    screen.select_ids([p.ids["Holy See"]])
    screen.ui_button("up").click()
    moved = column(screen, 1)
    assert moved != [e[0] for e in EXPECTED]
    assert screen.history.count() == 1 and "Holy See → Denmark" in screen.history.item(0).text()
    monkeypatch.setattr("confdesk.ui.floor.screen.confirm", lambda *_a, **_k: True)
    screen.ui_button("protocol").click()
    assert column(screen, 1) == [e[0] for e in EXPECTED]
    assert screen.history.count() == 0
    screen.undo_stack.undo()
    assert column(screen, 1) == moved
    screen.undo_stack.undo()
    assert column(screen, 1) == [e[0] for e in EXPECTED]


def test_inscribe_dialog_offers_the_delegations_people_and_their_level(
        screen: FloorScreen, floor: tuple[Database, Plenary]) -> None:
    from confdesk.events.models import Event
    from confdesk.registration.models import DelegationRole, OrganisationKind
    from tests.factories import make_organisation, make_participant

    db, p = floor
    with db.sessions.begin() as s:
        event = s.get(Event, p.service.event_id)
        assert event is not None
        peru = make_organisation(s, name_en="Peru", kind=OrganisationKind.STATE)
        make_participant(s, event, organisation=peru, given_name="Luis", family_name="Paz",
                         function="Counsellor", delegation_role=DelegationRole.MEMBER)
        make_participant(s, event, organisation=peru, given_name="Ana", family_name="Flores",
                         honorific="H.E. Ms", function="Deputy Minister of Foreign Affairs",
                         delegation_role=DelegationRole.HEAD)
    assert screen.service is not None
    dialog = InscribeDialog(screen.service)
    dialog.delegation.setCurrentIndex(dialog.delegation.findText("Peru"))
    assert dialog.speaker.currentText() == "H.E. Ms Ana Flores, Deputy Minister of Foreign Affairs"
    assert dialog.level.currentText() == "Vice-Minister"
    data = dialog.data()
    assert (data.delegation, data.level, data.participant_id is not None,
            data.organisation_id == peru.id) == ("Peru", SpeakerLevel.VICE_MINISTER, True, True)
    screen.inscribe(dialog)
    assert "Peru" in column(screen, 1)
