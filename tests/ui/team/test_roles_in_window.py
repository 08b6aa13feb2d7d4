"""The window follows the person's roles: a desk person finds the actions of other roles
disabled (their tooltips naming the role), can still check in, and the administrator's
Users dialog gives and takes roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from confdesk.db.database import open_database
from confdesk.demo.builder import build_demo
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration.models import Participant, Status
from confdesk.team.identity import PERSON_ENV
from confdesk.team.roles import Role
from confdesk.team.service import UsersService
from confdesk.ui.conclusions.screen import ConclusionsScreen
from confdesk.ui.main_window import MainWindow
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.settings import Settings
from confdesk.ui.team import users_dialog
from confdesk.ui.team.users_dialog import GrantDialog, UsersDialog


@pytest.fixture
def desk_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo conference where ana is administrator and ben works at the desk."""
    path = tmp_path / "desk.sqlite"
    monkeypatch.setenv(PERSON_ENV, "ana")
    db = open_database(path)
    try:
        with db.sessions.begin() as s:
            build_demo(s)
        UsersService(db).add("ben", Role.DESK)
    finally:
        db.close()
    return path


def _window(qtbot: QtBot, settings: Settings, path: Path) -> MainWindow:
    window = MainWindow(settings, open_database(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_desk_person_finds_other_roles_actions_disabled(
        qtbot: QtBot, settings: Settings, desk_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PERSON_ENV, "ben")
    window = _window(qtbot, settings, desk_file)
    participants, programme, conclusions = window.screens[:3]
    assert isinstance(participants, ParticipantsScreen)
    assert isinstance(programme, ProgrammeScreen)
    assert isinstance(conclusions, ConclusionsScreen)

    assert not participants.import_action.isEnabled()
    assert "Needs the Registrar role." in participants.import_action.toolTip()
    assert not participants.add_action.isEnabled()
    assert participants.badges_action.isEnabled()  # reprints are the desk's
    # Selecting people would enable Delete; it stays disabled for the desk.
    participants.list_page.table.selectAll()
    qtbot.wait(10)
    assert not participants.delete_action.isEnabled()
    assert not any(a.isEnabled() for a in participants.status_menu.actions())
    buttons = [b for b in participants.toolbar.findChildren(QToolButton)
               if b.menu() in (participants.status_menu, participants.category_menu)]
    assert len(buttons) == 2 and not any(b.isEnabled() for b in buttons)
    assert window.team.person_label.text() == "ben · Registration desk"
    assert not window.ui.actionEventProperties.isEnabled()
    assert not window.team.users_action.isEnabled()

    window.show_screen(1)
    assert not programme.new_action.isEnabled()
    assert "Needs the Programme role." in programme.delete_action.toolTip()
    # the desk prints no programme, and the grid chooses sessions without moving them
    assert programme.export_actions and not any(
        a.isEnabled() for a in programme.export_actions.values())
    assert "Needs the" in next(iter(programme.export_actions.values())).toolTip()
    qtbot.waitUntil(lambda: programme.snapshot is not None)
    assert programme.snapshot is not None
    first = next(x for x in programme.snapshot.sessions if x.title.startswith("Session I:"))
    programme.select_session(first.id)
    programme.grid.setFocus()
    qtbot.keyClick(programme.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    with window.database.sessions() as s:  # type: ignore[union-attr]
        assert s.get(ProgrammeSession, first.id).start_time == first.start_time  # type: ignore[union-attr]
    assert window.statusBar().currentMessage() == "Needs the Programme role."
    assert programme.undo_stack.count() == 0
    window.show_screen(2)
    qtbot.waitUntil(lambda: conclusions.editor.locked)
    assert not conclusions.editor.edit_actions["insert"].isEnabled()
    assert conclusions.editor.edit_actions["find"].isEnabled()
    assert conclusions.editor.read_only

    # What the desk may do still works: a check-in through the service the desk page uses.
    window.show_screen(0)
    service = participants.service
    assert service is not None
    with window.database.sessions() as s:  # type: ignore[union-attr]
        person = s.query(Participant).filter(Participant.status == Status.CONFIRMED).first()
        assert person is not None
        code, pid = person.code, person.id
    service.check_in(code)
    with window.database.sessions() as s:  # type: ignore[union-attr]
        assert s.get(Participant, pid).status == Status.CHECKED_IN  # type: ignore[union-attr]
    window.grab().save("/tmp/h12a-desk-window.png")


def test_the_administrator_gives_and_takes_roles_in_the_users_dialog(
        qtbot: QtBot, settings: Settings, desk_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, settings, desk_file)
    participants = window.screens[0]
    assert isinstance(participants, ParticipantsScreen)
    assert participants.import_action.isEnabled()
    assert window.team.users_action.isEnabled()

    database = window.database
    assert database is not None
    dialog = UsersDialog(UsersService(database), [], window)
    qtbot.addWidget(dialog)
    shown = [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
             for r in range(dialog.table.rowCount())]
    assert shown == [("ana", "Administrator"), ("ben", "Registration desk")]

    def fill(grant: GrantDialog) -> QDialog.DialogCode:
        grant.name_edit.setText("cy")
        grant.role_combo.setCurrentIndex(grant.role_combo.findData(Role.RAPPORTEUR.value))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(users_dialog.GrantDialog, "exec", fill)
    dialog.add_button.click()
    assert ("cy", "Rapporteur") in [(dialog.table.item(r, 0).text(),
                                     dialog.table.item(r, 1).text())
                                    for r in range(dialog.table.rowCount())]
    # Taking ana's only administrator role is refused with a message; the list stays.
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _p, _t, text, *a: refusals.append(text) or 0)
    dialog.table.selectRow(0)
    dialog.revoke_button.click()
    assert refusals and "last administrator" in refusals[0]
    dialog.table.selectRow(1)  # ben, desk
    dialog.revoke_button.click()
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == \
        ["ana", "cy"]
    dialog.grab().save("/tmp/h12a-users-dialog.png")
