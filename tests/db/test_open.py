"""Opening a database: created at the newest schema, upgraded with a backup, or refused."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from confdesk.db.backup import backup_sqlite, save_copy
from confdesk.db.database import open_database
from confdesk.db.engine import make_engine
from confdesk.db.errors import DatabaseOpenError, DatabaseTooNewError, UserError
from confdesk.db.migrate import current_revision, head_revision, upgrade_to
from confdesk.events.models import Event
from tests.db.test_migrations import revisions_oldest_first

HEAD = head_revision()
FIRST = revisions_oldest_first()[0].revision
EARLIER = [s.revision for s in revisions_oldest_first() if s.revision != HEAD]


def sqlite_rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows read with the plain sqlite3 module, independent of confdesk's engine."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def insert_event_at_first_revision(engine: Engine, title: str) -> None:
    """One event row in the shape of revision 0001's `event` table."""
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO event (title, short_name, kind, start_date, end_date, timezone, "
                "venue, city, host, co_organisers, working_languages, description, version) "
                "VALUES (:title, 'Brussels 2014', 'conference', '2014-03-31', '2014-04-01', "
                "'Europe/Brussels', 'Egmont Palace', 'Brussels', 'Belgium', '[]', '[\"en\"]', "
                "'', 1)"
            ),
            {"title": title},
        )


def test_new_sqlite_file_is_created_at_head(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    db = open_database(path)
    try:
        assert db.migration.created and db.migration.backup is None
        assert db.path == path.resolve()
        assert current_revision(db.engine) == HEAD
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        db.close()
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    assert sqlite_rows(path, "PRAGMA journal_mode") == [("wal",)]


def test_reopening_changes_nothing_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "kept.sqlite"
    db = open_database(path)
    with db.sessions() as session, session.begin():
        session.add(Event(title="Kept", short_name="K", start_date=date(2014, 3, 31),
                          end_date=date(2014, 4, 1), timezone="Europe/Brussels",
                          venue="Egmont Palace", city="Brussels"))
    db.close()

    again = open_database(path, create=False)
    try:
        assert not again.migration.created
        assert again.migration.upgraded_from is None and again.migration.backup is None
        with again.sessions() as session:
            assert session.scalars(select(Event.title)).all() == ["Kept"]
    finally:
        again.close()
    assert list(tmp_path.glob("*before-upgrade*")) == []


@pytest.mark.parametrize(
    "revision",
    EARLIER or [pytest.param(None, marks=pytest.mark.skip(reason="only one revision so far"))],
)
def test_older_sqlite_database_is_upgraded_after_a_backup(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    upgrade_to(engine, FIRST)
    insert_event_at_first_revision(engine, "International Conference on Genocide Prevention")
    upgrade_to(engine, revision)
    engine.dispose()

    db = open_database(path, create=False)
    try:
        assert db.migration.upgraded_from == revision
        assert current_revision(db.engine) == HEAD
        with db.sessions() as session:
            titles = session.scalars(select(Event.title)).all()
        assert titles == ["International Conference on Genocide Prevention"]
    finally:
        db.close()

    backup = db.migration.backup
    assert backup is not None and backup.exists()
    assert backup.parent == path.parent.resolve()
    assert backup.name.startswith(f"old.before-upgrade-{revision}-")
    assert sqlite_rows(backup, "SELECT version_num FROM alembic_version") == [(revision,)]
    assert sqlite_rows(backup, "SELECT title FROM event") == [
        ("International Conference on Genocide Prevention",)
    ]


@pytest.mark.skipif(not EARLIER, reason="only one revision so far")
def test_older_postgresql_database_is_upgraded(tmp_path: Path) -> None:
    from tests.db.test_migrations import scratch_engine

    with scratch_engine("postgresql", tmp_path) as engine:
        upgrade_to(engine, EARLIER[-1])
        insert_event_at_first_revision(engine, "Kept across the upgrade")
        db = open_database(engine.url)
        try:
            assert db.migration.upgraded_from == EARLIER[-1]
            assert db.migration.backup is None  # pg_dump is the server's own backup
            assert current_revision(db.engine) == HEAD
            with db.sessions() as session:
                assert session.scalars(select(Event.title)).all() == ["Kept across the upgrade"]
        finally:
            db.close()


def test_database_from_a_newer_confdesk_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()

    with pytest.raises(DatabaseTooNewError) as raised:
        open_database(path, create=False)
    message = str(raised.value)
    assert "newer version of confdesk" in message and "9999_from_the_future" in message
    assert isinstance(raised.value, UserError)
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [
        ("9999_from_the_future",)
    ]
    assert list(tmp_path.glob("*before-upgrade*")) == []


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "x.sqlite"
    with pytest.raises(DatabaseOpenError, match="folder .* does not exist"):
        open_database(target)
    assert not (tmp_path / "no").exists()


def test_missing_file_without_create_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="No such database file"):
        open_database(tmp_path / "absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()


def test_a_file_that_is_not_sqlite_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    content = b"Participants list, draft 3\n" * 200
    path.write_bytes(content)
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(path, create=False)
    assert str(raised.value) == (
        f"{path.resolve()} is not a SQLite database (or it is damaged); "
        "choose a confdesk database file."
    )
    assert path.read_bytes() == content


def test_a_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseOpenError, match="tables that confdesk did not create"):
        open_database(path, create=False)
    assert sqlite_rows(path, "SELECT name FROM sqlite_master WHERE type='table'") == [
        ("recipes",)
    ]


def test_postgresql_server_that_is_not_there_is_a_clear_error() -> None:
    # Port 1 on loopback: nothing listens there, so the connection is refused at once.
    url = "postgresql+psycopg://confdesk:secret@127.0.0.1:1/confdesk"
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(url)
    message = str(raised.value)
    assert message.startswith("Cannot connect to the database postgresql+psycopg://confdesk:")
    assert "127.0.0.1" in message and "refused" in message.lower()
    assert "secret" not in message
    assert "sqlalche.me" not in message


def test_unknown_kind_of_url_is_a_clear_error() -> None:
    with pytest.raises(DatabaseOpenError, match="Unknown kind of database: notadialect://"):
        open_database("notadialect://host/db")


def test_backup_sqlite_writes_a_consistent_copy_beside_the_file(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (n INTEGER)"))
        conn.execute(text("INSERT INTO t VALUES (1), (2), (3)"))
    # Still open, with rows only in the write-ahead log: the copy must hold them all.
    copy = backup_sqlite(engine, path, suffix="manual")
    engine.dispose()
    assert copy.parent == tmp_path
    assert copy.name.startswith("live.manual-") and copy.suffix == ".sqlite"
    assert sqlite_rows(copy, "SELECT n FROM t ORDER BY n") == [(1,), (2,), (3,)]


def test_save_copy_replaces_an_older_copy(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "live.sqlite")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (n INTEGER)"))
        conn.execute(text("INSERT INTO t VALUES (42)"))
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"stale")
    save_copy(engine, target)
    engine.dispose()
    assert sqlite_rows(target, "SELECT n FROM t") == [(42,)]


def test_a_failed_save_copy_keeps_the_earlier_copy(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from confdesk.db import backup

    engine = make_engine(tmp_path / "live.sqlite")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (n INTEGER)"))
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"yesterday's copy")

    def disk_full(src: str, dst: str) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(backup.os, "replace", disk_full)
    with pytest.raises(UserError, match="No space.*the earlier file of that name is unchanged"):
        save_copy(engine, target)
    engine.dispose()
    assert target.read_bytes() == b"yesterday's copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite", "live.sqlite"]
