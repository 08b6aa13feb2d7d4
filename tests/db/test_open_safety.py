"""Opening a database changes nothing that is not confdesk's, creates only when asked, keeps
files private, and turns the environment's refusals (another writer, a read-only file, a
server that is not there) into messages."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from confdesk.cli import main
from confdesk.db import engine as engine_module
from confdesk.db.backup import backup_sqlite, save_copy
from confdesk.db.database import open_database
from confdesk.db.errors import DatabaseBusyError, DatabaseOpenError
from confdesk.db.migrate import open_error
from confdesk.paths import default_database_path
from tests.conftest import POSTGRES_URL

READ_COMMANDS = [
    ["stats"], ["check"], ["event", "list"],
    ["export", "participants", "-o", "{tmp}/list.csv"],
    ["export", "programme", "-o", "{tmp}/programme.pdf"],
    ["export", "document", "-o", "{tmp}/document.txt"],
]
CREATE = ["event", "create", "--title", "Conference", "--start", "2014-03-31",
          "--end", "2014-04-01"]


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data_home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    return data_home


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(argv: list[str], tmp_path: Path, database: str,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main([*(a.format(tmp=tmp_path) for a in argv), "--database", database])
    return code, capsys.readouterr().err


@pytest.fixture
def foreign_sqlite(tmp_path: Path) -> Path:
    """Another application's database, in the rollback-journal mode it chose."""
    path = tmp_path / "other-app.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("argv", READ_COMMANDS)
def test_another_applications_file_is_refused_untouched(
        argv: list[str], foreign_sqlite: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = _digest(foreign_sqlite)
    code, err = _run(argv, tmp_path, str(foreign_sqlite), capsys)
    assert code == 2
    assert "tables that confdesk did not create" in err and "Traceback" not in err
    assert _digest(foreign_sqlite) == before
    conn = sqlite3.connect(foreign_sqlite)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in foreign_sqlite.parent.iterdir()
                  if p.name.startswith("other-app")) == ["other-app.db"]


@pytest.mark.parametrize("argv", READ_COMMANDS)
def test_an_empty_file_stays_empty(argv: list[str], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    code, err = _run(argv, tmp_path, str(empty), capsys)
    assert code == 2
    assert "is empty: it is not a confdesk database yet" in err
    assert empty.stat().st_size == 0


def test_creating_an_event_may_create_the_database(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    code, err = _run(CREATE, tmp_path, str(empty), capsys)
    assert code == 0, err
    code, err = _run(["stats"], tmp_path, str(empty), capsys)
    assert code == 0, err


@pytest.fixture
def empty_postgres() -> Iterator[str]:
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set CONFDESK_TEST_POSTGRES_URL)")
    admin = create_engine(make_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
    name = f"confdesk_empty_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.parametrize("argv", READ_COMMANDS[:3])
def test_an_empty_postgres_database_gets_no_tables(argv: list[str], empty_postgres: str,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(argv, tmp_path, empty_postgres, capsys)
    assert code == 2
    assert "is empty: it is not a confdesk database yet" in err
    probe = create_engine(empty_postgres)
    assert inspect(probe).get_table_names() == []
    probe.dispose()


# -- privacy ---------------------------------------------------------------------------------

def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_default_database_and_its_folder_are_private(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(CREATE) == 0, capsys.readouterr().err
    path = default_database_path()
    assert path.is_relative_to(tmp_path)
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    for companion in path.parent.glob("confdesk.sqlite-*"):  # -wal, -shm
        assert _mode(companion) == 0o600, companion


def test_copies_and_backups_are_private(tmp_path: Path) -> None:
    db = open_database(tmp_path / "db.sqlite")
    try:
        assert _mode(tmp_path / "db.sqlite") == 0o600
        copy = tmp_path / "copy.sqlite"
        save_copy(db.engine, copy)
        assert _mode(copy) == 0o600
        assert db.path is not None
        assert _mode(backup_sqlite(db.engine, db.path, suffix="before-upgrade-0001")) == 0o600
    finally:
        db.close()


def test_recent_server_urls_carry_no_password() -> None:
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set CONFDESK_TEST_POSTGRES_URL)")
    db = open_database(make_url(POSTGRES_URL).set(password="s3cret"))
    try:
        assert "s3cret" not in db.recent_target and "***" not in db.recent_target
        reopened = open_database(db.recent_target)  # the password comes from libpq's files
        reopened.close()
    finally:
        db.close()


def test_a_refused_password_points_to_pgpass() -> None:
    url = make_url("postgresql+psycopg://alice@db.example.org/conference")
    error = open_error(url, Exception(
        'connection failed: FATAL:  password authentication failed for user "alice"'))
    assert "~/.pgpass" in str(error) and "PGPASSWORD" in str(error)


# -- the environment's refusals --------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "postgresql+psycopg://postgres@127.0.0.1:abc/x",
    "postgresql+psycopg://postgres@127.0.0.1:99999/x",
    "postgresql+psycopg://postgres@127.0.0.1:1/x",
    "postgresql+psycopg://postgres@no-such-host.invalid/x",
])
def test_an_unreachable_server_is_a_message(url: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(["stats"], tmp_path, url, capsys)
    assert code == 2
    assert err.startswith("confdesk: ") and "Traceback" not in err


def test_another_writer_holding_the_file_is_a_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "db.sqlite"
    assert _run(CREATE, tmp_path, str(path), capsys)[0] == 0
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing, for longer than we wait
    try:
        code, err = _run(CREATE, tmp_path, str(path), capsys)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 2
    assert "is busy: another confdesk or another program is writing to it" in err
    assert "Nothing was changed" in err and "Traceback" not in err
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM event").fetchone()[0] == 1
    conn.close()


def test_busy_is_still_an_operational_error_for_code_that_catches_those(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    db = open_database(tmp_path / "db.sqlite")
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    db.engine.dispose()  # new connections take the short timeout
    holder = sqlite3.connect(tmp_path / "db.sqlite", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(OperationalError) as caught, db.engine.begin() as conn:
            conn.execute(text("INSERT INTO event (title) VALUES ('x')"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        db.close()
    assert isinstance(caught.value, DatabaseBusyError)
    assert str(caught.value).startswith(f"The database {tmp_path / 'db.sqlite'} is busy")


def test_an_immutable_file_reads_and_refuses_writes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "db.sqlite"
    assert _run(CREATE, tmp_path, str(path), capsys)[0] == 0
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot make a file immutable here (chattr needs root and ext4/tmpfs)")
    try:
        code, err = _run(["stats"], tmp_path, str(path), capsys)
        assert code == 0, err
        code, err = _run(CREATE, tmp_path, str(path), capsys)
        assert code == 2
        assert "is read-only" in err and "Nothing was changed" in err
        assert "Traceback" not in err
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="is a folder"):
        open_database(tmp_path)


def test_an_older_confdesks_readable_default_database_is_made_private(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(CREATE) == 0, capsys.readouterr().err
    path = default_database_path()
    path.chmod(0o644)
    path.parent.chmod(0o755)
    assert main(["stats"]) == 0, capsys.readouterr().err
    assert (_mode(path), _mode(path.parent)) == (0o600, 0o700)


def test_a_copy_onto_a_full_disk_is_a_message(tmp_path: Path) -> None:
    """Save a Copy (and the backup before an upgrade) on a disk that fills up."""
    from confdesk.db.errors import BackupError

    point = tmp_path / "small"
    point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(point)],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    db = open_database(tmp_path / "db.sqlite")
    try:
        with db.engine.begin() as conn:  # about 400 KB of data
            conn.execute(text("CREATE TABLE filler (t TEXT)"))
            for _ in range(100):
                conn.execute(text("INSERT INTO filler VALUES (:t)"), {"t": "x" * 4000})
        target = point / "copy.sqlite"
        target.write_bytes(b"yesterday's copy")
        with pytest.raises(BackupError, match="the disk is full|No space left"):
            save_copy(db.engine, target)
        assert target.read_bytes() == b"yesterday's copy"
        assert [p.name for p in point.iterdir()] == ["copy.sqlite"]
        with pytest.raises(BackupError, match="is a folder"):
            save_copy(db.engine, tmp_path)
    finally:
        db.close()
        subprocess.run(["umount", str(point)], check=False)


def test_a_server_that_drops_the_connection_mid_command_is_a_message(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The server ends the session while `stats` reads (an administrator, a restart)."""
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set CONFDESK_TEST_POSTGRES_URL)")
    from confdesk.commands import stats as stats_command

    admin = create_engine(make_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
    name = f"confdesk_drop_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    try:
        assert main([*CREATE, "--database", url]) == 0
        capsys.readouterr()

        def dropped(reader, event_id):  # type: ignore[no-untyped-def]
            reader.rows("SELECT pg_terminate_backend(pg_backend_pid())")

        monkeypatch.setattr(stats_command, "event_stats", dropped)
        code, err = _run(["stats"], tmp_path, url, capsys)
        assert code == 2
        assert "stopped the command" in err and "terminating connection" in err
        assert "Traceback" not in err
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_colleagues_long_transaction_on_the_server_is_a_busy_message(
        empty_postgres: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """On PostgreSQL a write waits for another transaction's lock up to the same limit as on
    SQLite (it waited for as long as the other transaction lasted), then says so."""
    assert _run(CREATE, tmp_path, empty_postgres, capsys)[0] == 0
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    holder = create_engine(empty_postgres)
    with holder.connect() as conn:
        conn.execute(text("LOCK TABLE event IN EXCLUSIVE MODE"))  # a long import, say
        code, err = _run(CREATE, tmp_path, empty_postgres, capsys)
        conn.rollback()
    holder.dispose()
    assert code == 2
    assert "is busy: another confdesk or another program is writing to it" in err
    assert "Nothing was changed" in err
    probe = create_engine(empty_postgres)
    with probe.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM event")).scalar() == 1
    probe.dispose()
