"""The window, like the command line, answers a busy database or an export that cannot be
written with a message, and changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from confdesk.db import engine as engine_module
from confdesk.db.database import Database
from confdesk.registration.models import Status
from confdesk.ui.participants.screen import ParticipantsScreen
from tests.ui.participants.conftest import People
from tests.ui.participants.test_list import db_status, select_names


def test_a_change_while_another_program_writes_is_a_message(
        screen: ParticipantsScreen, people_database: tuple[Database, People],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = people_database[0]
    if db.path is None:
        pytest.skip("the lock of a file: SQLite only")
    shown: list[str] = []
    monkeypatch.setattr("confdesk.ui.messages.show_error",
                        lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    db.engine.dispose()  # new connections wait 0.2 s
    select_names(screen, ["Anne Dupont"])
    [pid] = screen.list_page.selected_ids()
    holder = sqlite3.connect(db.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        screen.bulk_status(Status.CONFIRMED)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(shown) == 1
    assert "is busy: another confdesk or another program is writing to it" in shown[0]
    assert "Nothing was changed" in shown[0]
    assert db_status(db, pid) == Status.REGISTERED
    assert screen.undo_stack.count() == 0


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv"])
def test_an_export_onto_a_folder_is_a_message(qtbot: QtBot, screen: ParticipantsScreen,
                                              tmp_path: Path, fmt: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("confdesk.ui.participants.exporting.show_error",
                        lambda _p, _t, text: shown.append(text))
    out = tmp_path / "out"
    folder = out / f"list.{fmt}"
    folder.mkdir(parents=True)
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000):
        screen.exporter.export_list(folder, fmt, "en", "all")
    assert shown == [f"{folder} is a folder: give the name of a file to write."]
    assert [p.name for p in out.iterdir()] == [folder.name]


def test_a_new_export_is_private_and_replaces_the_earlier_whole(
        qtbot: QtBot, screen: ParticipantsScreen, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "badges.pdf"
    target.write_bytes(b"earlier")
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000):
        screen.exporter.print_badges(target, "all", "en")
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.iterdir()] == ["badges.pdf"]
