"""Reads in plain SQL (confdesk.db.reader): the same text through a session on SQLite and
PostgreSQL, and through Python's sqlite3 on a file at the newest schema, read-only."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path

import pytest

from confdesk.db.database import Database, open_database
from confdesk.db.reader import (
    SessionReader,
    as_bool,
    as_date,
    as_datetime,
    as_time,
    open_sqlite_reader,
    sqlite_file,
)
from confdesk.errors import UserError
from tests.factories import make_event


def _an_event(db: Database) -> int:
    with db.sessions.begin() as s:
        event = make_event(s, title="Conférence « 100 % »", start_date=date(2014, 3, 31),
                           end_date=date(2014, 4, 1))
        s.flush()
        return event.id


def test_the_same_text_runs_through_a_session_on_both_engines(database: Database) -> None:
    event_id = _an_event(database)
    with database.sessions() as session:
        reader = SessionReader(session)
        # a ? placeholder and a literal % in one statement (psycopg writes them %s and %%)
        rows = reader.rows("SELECT title, start_date FROM event WHERE id = ? AND title LIKE "
                           "'%100 %%'", (event_id,))
        assert [(t, as_date(d)) for t, d in rows] == [("Conférence « 100 % »", date(2014, 3, 31))]
        batches = list(reader.batches("SELECT id FROM event WHERE id >= ?", (event_id,), size=1))
        assert [list(map(tuple, b)) for b in batches] == [[(event_id,)]]


def test_a_sqlite_file_at_the_newest_schema_is_read_with_sqlite3(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    event_id = _an_event(db)
    db.close()
    reader = open_sqlite_reader(path)
    assert reader is not None
    with reader:
        assert reader.rows("SELECT title FROM event WHERE id = ?", (event_id,)) == [
            ("Conférence « 100 % »",)]
        with pytest.raises(UserError, match="could not be read"):
            reader.rows("DELETE FROM event")  # read-only: refused, said in words
        with pytest.raises(UserError, match="could not be read"):
            reader.rows("SELECT nothing FROM nowhere")
    assert open_sqlite_reader(f"sqlite:///{path}") is not None


def test_anything_else_is_left_to_the_usual_way(tmp_path: Path) -> None:
    assert open_sqlite_reader(tmp_path / "missing.sqlite") is None
    assert not (tmp_path / "missing.sqlite").exists()  # not created either
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert open_sqlite_reader(empty) is None
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("not a database", "utf-8")
    assert open_sqlite_reader(text_file) is None
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as con:
        con.execute("CREATE TABLE t (x)")
    assert open_sqlite_reader(foreign) is None
    older = tmp_path / "older.sqlite"
    open_database(older).close()
    with sqlite3.connect(older) as con:  # as if written by an older confdesk
        con.execute("UPDATE alembic_version SET version_num = '0001'")
    assert open_sqlite_reader(older) is None
    assert open_sqlite_reader(tmp_path) is None  # a folder
    assert sqlite_file("postgresql+psycopg://u@h/db") is None
    assert sqlite_file("sqlite://") is None


def test_reading_loads_no_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    open_database(path).close()
    code = ("import sys; from confdesk.db.reader import open_sqlite_reader; "
            f"r = open_sqlite_reader({str(path)!r}); r.rows('SELECT id FROM event'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_values_as_either_driver_gives_them() -> None:
    assert as_date("2014-03-31") == as_date(date(2014, 3, 31)) == date(2014, 3, 31)
    assert as_time("09:30:00") == as_time(time(9, 30)) == time(9, 30)
    assert as_datetime("2014-03-31 09:30:00.000000") == datetime(2014, 3, 31, 9, 30)
    assert as_date(None) is as_time(None) is as_datetime(None) is None
    assert as_bool(1) is True and as_bool(0) is False and as_bool(True) is True
