"""A write that fails during an import (a full disk, a read-only database) is a message
saying nothing was imported, and nothing is: CLI and window alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import event, func, select
from sqlalchemy.engine import make_url

from confdesk.cli import main
from confdesk.db import engine as engine_module
from confdesk.db.database import Database
from confdesk.db.failures import WriteFailedError
from confdesk.imports.mapping import detect
from confdesk.imports.participants import prepare
from confdesk.imports.tables import read_table
from confdesk.registration.models import Organisation, Participant
from confdesk.registration.service import RegistrationService
from confdesk.ui.jobs import JobControl, JobSignals
from confdesk.ui.participants.import_wizard import import_job
from tests.factories import make_event

PEOPLE = 600


def big_sheet(path: Path) -> Path:
    book = Workbook()
    book.active.append(["Given name", "Family name", "E-mail", "Organisation", "Notes"])
    for i in range(PEOPLE):
        book.active.append([f"Given{i}", f"Family{i}", f"p{i}@example.org",
                            f"New Organisation {i % 7}", "n" * 200])
    book.save(path)
    return path


def counts(database: Database) -> tuple[int, int]:
    with database.sessions() as session:
        return (session.scalar(select(func.count()).select_from(Participant)) or 0,
                session.scalar(select(func.count()).select_from(Organisation)) or 0)


def _no_room(dbapi_connection: Any, _record: Any) -> None:
    """Every later write finds the disk full (SQLite: no page may be added) or the database
    read-only (PostgreSQL)."""
    cursor = dbapi_connection.cursor()
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages}")
    else:
        cursor.execute("SET default_transaction_read_only = on")
        dbapi_connection.commit()
    cursor.close()


@pytest.fixture
def full(database: Database) -> Iterator[Database]:
    """`database` with one event, on a full disk (SQLite) or read-only (PostgreSQL)."""
    with database.sessions() as session:
        make_event(session)
        session.commit()
    database.engine.dispose()
    event.listen(database.engine, "connect", _no_room)
    try:
        yield database
    finally:
        event.remove(database.engine, "connect", _no_room)
        database.engine.dispose()


def expected(database: Database) -> str:
    if database.path is not None:
        return "The disk that holds the database is full: nothing was imported. Free some space"
    return "The database cannot be written here"


def test_the_window_import_says_nothing_was_imported(full: Database, tmp_path: Path) -> None:
    before = counts(full)
    table = read_table(big_sheet(tmp_path / "people.xlsx"))
    with full.sessions() as session:
        preview = prepare(session, 1, table, detect(table.rows))
    job = import_job(RegistrationService(full, 1), preview, False)
    with pytest.raises(WriteFailedError) as caught:
        job(JobControl(JobSignals()))
    message = str(caught.value)
    assert message.startswith(expected(full)), message
    assert "INSERT" not in message and len(message) < 400
    full.engine.dispose()
    event.remove(full.engine, "connect", _no_room)
    assert counts(full) == before
    event.listen(full.engine, "connect", _no_room)


def test_the_cli_import_exits_2_with_one_line(full: Database, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before = counts(full)
    sheet = big_sheet(tmp_path / "people.xlsx")
    if full.path is not None:
        target = str(full.path)
        on_connect = engine_module._sqlite_on_connect

        def connect(dbapi_connection: Any, record: Any) -> None:
            on_connect(dbapi_connection, record)
            _no_room(dbapi_connection, record)
        monkeypatch.setattr(engine_module, "_sqlite_on_connect", connect)
    else:
        url = full.url.update_query_dict({"options": "-c default_transaction_read_only=on"})
        target = make_url(url).render_as_string(hide_password=False)
    code = main(["import", "participants", str(sheet), "--database", target])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("confdesk: " + expected(full)), err
    full.engine.dispose()
    event.remove(full.engine, "connect", _no_room)
    assert counts(full) == before
    event.listen(full.engine, "connect", _no_room)
