"""Team mode in the window: History panels, personal data, a colleague's change shown live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from confdesk.db.database import Database, open_database
from confdesk.registration.models import Participant, Status
from confdesk.registration.service import RegistrationService
from confdesk.ui import messages
from confdesk.ui.main_window import MainWindow
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.settings import Settings
from confdesk.ui.team import actions as team_actions
from tests.ui.conftest import Events

#: Dialogs shown offscreen make the platform plugin say this.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, events_database: Database) -> MainWindow:
    shown = MainWindow(settings, events_database)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.select_event(1)
    shown.show_screen(0)
    return shown


def _participants(window: MainWindow) -> ParticipantsScreen:
    screen = window.screens[0]
    assert isinstance(screen, ParticipantsScreen)
    return screen


def _first_ids(db: Database, event_id: int, n: int) -> list[int]:
    with db.sessions() as s:
        return list(s.scalars(select(Participant.id).where(Participant.event_id == event_id)
                              .order_by(Participant.id).limit(n)))


def test_history_of_a_participant_and_a_session(window: MainWindow,
                                                two_events: tuple[Path, Events]) -> None:
    screen = _participants(window)
    event_id = two_events[1].conference
    [pid] = _first_ids(window.database, event_id, 1)  # type: ignore[arg-type]
    screen.list_page.select_ids({pid})
    screen.bulk_status(Status.CANCELLED)
    screen.list_page.select_ids({pid})
    window.ui.menuEdit.aboutToShow.emit()
    actions = window.team_actions
    assert actions.export_action.isEnabled() and actions.erase_action.isEnabled()
    assert window.team_actions.history_action in screen.context_actions
    dialog = window.team_actions.show_history()
    assert dialog is not None
    lines = dialog.lines()
    assert "Registration: set status" in lines[0] and "changed" in lines[0]
    assert lines[1] == "Status: confirmed → cancelled"
    assert any("created" in line for line in lines)
    assert dialog.windowTitle().startswith("History of ")
    dialog.close()

    window.show_screen(1)
    programme = window.screens[1]
    assert isinstance(programme, ProgrammeScreen)
    session_id = programme.snapshot.sessions[0].id if programme.snapshot else 0
    programme.select_session(session_id)
    window.ui.menuEdit.aboutToShow.emit()
    assert not window.team_actions.erase_action.isEnabled()  # not a person
    dialog = window.team_actions.show_history()
    assert dialog is not None and "created" in dialog.lines()[0]
    dialog.close()

    dialog = window.team_actions.show_trail()  # the event's latest changes, newest first
    assert dialog is not None and dialog.windowTitle().startswith("Audit Trail of ")
    assert "Registration: set status" in dialog.lines()[0]
    dialog.close()


def test_export_and_erase_a_person_from_the_window(
        window: MainWindow, two_events: tuple[Path, Events], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    screen = _participants(window)
    [pid] = _first_ids(window.database, two_events[1].conference, 1)  # type: ignore[arg-type]
    assert window.team_actions.export_person_to(pid, tmp_path / "person.json")
    data = json.loads((tmp_path / "person.json").read_text("utf-8"))
    name = data["person"]["name"]
    assert data["registrations"][0]["id"] == pid
    asked: list[str] = []
    monkeypatch.setattr(team_actions, "confirm",
                        lambda _parent, _title, text, **_kw: asked.append(text) or True)
    screen.list_page.select_ids({pid})
    assert window.team_actions.erase_person()
    assert asked == [f"Erase {name} everywhere?"]
    shown = [screen.list_page.model.row_at(r).display_name
             for r in range(screen.list_page.model.rowCount())]
    assert name not in shown and any(n.startswith("Erased person ") for n in shown)
    assert "Erased as Erased person" in window.ui.statusBar.currentMessage()


def test_a_colleagues_change_shows_without_reloading(
        qtbot: QtBot, window: MainWindow, two_events: tuple[Path, Events]) -> None:
    screen = _participants(window)
    event_id = two_events[1].conference
    mine, theirs = _first_ids(window.database, event_id, 2)  # type: ignore[arg-type]
    screen.list_page.select_ids({mine})
    colleague = open_database(two_events[0], person="Rui")
    try:
        RegistrationService(colleague, event_id).set_status([theirs], Status.CHECKED_IN)
    finally:
        colleague.close()
    model = screen.list_page.model

    def status_shown() -> Status:
        row = next(r for r in range(model.rowCount()) if model.row_at(r).id == theirs)
        return model.row_at(row).status

    qtbot.waitUntil(lambda: status_shown() == Status.CHECKED_IN, timeout=5000)
    message = window.ui.statusBar.currentMessage()
    assert message.startswith("Updated by Rui at ")
    assert screen.list_page.selected_ids() == [mine]  # the selection stays


def test_history_needs_a_selection(window: MainWindow, monkeypatch: pytest.MonkeyPatch
                                   ) -> None:
    screen = _participants(window)
    screen.list_page.table.clearSelection()
    screen.list_page.table.setCurrentIndex(screen.list_page.model.index(-1, -1))
    assert window.team_actions.show_history() is None
    assert "Select a participant" in window.ui.statusBar.currentMessage()
    assert messages  # the module's guard against unexpected message boxes is on
