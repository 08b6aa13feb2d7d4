"""Reads written once in plain SQL, run through whichever connection is at hand.

A read that must be fast at the scale of a summit (the participants list, the programme,
an event's figures) is written as SQL text with `?` placeholders, the same on SQLite and
PostgreSQL, and run through a `Reader`:

- `SessionReader(session)`: inside a SQLAlchemy session's transaction (the window, the
  services, every kind of database). SQLAlchemy's events and error handling apply (a busy or
  vanished database gives the usual messages); no result processing runs per value.
- `SqliteReader`, from `open_sqlite_reader(target)`: Python's own `sqlite3`, read-only, on a
  SQLite file already at the newest schema. Nothing of SQLAlchemy is imported: a command that
  only reads (`stats`, `check`, the exports) starts in a tenth of the time, since importing
  SQLAlchemy and the models alone costs 0.4–0.6 s of processor time on a small laptop.
  Anything else (a server URL, a file to create, upgrade or refuse) gets None, and the
  caller opens the database the usual way (`confdesk.db.database.open_database`), which
  says what is wrong.

This module imports nothing beyond the standard library and confdesk's ground; keep it so
(tests/test_cli_imports.py checks that the light commands load no SQLAlchemy).

Values come as the driver gives them: on SQLite a date or time is ISO text and a boolean is
0 or 1, on PostgreSQL they come converted. `as_date`, `as_time`, `as_datetime` and
`as_bool` take either.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from confdesk.db.revisions import quick_head_revision
from confdesk.errors import UserError
from confdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: A read that failed half-way (a disk error, a file replaced under the command).
READ_FAILED = QT_TRANSLATE_NOOP(
    "UserError", "The database {path} could not be read: {detail}")

#: Bytes of a SQLite file the light reader maps into memory at most (address space only).
MMAP_SIZE = 1 << 30

#: Rows fetched from the driver at a time by `Reader.batches`.
BATCH = 2000


class Reader(Protocol):
    """Runs SQL text (`?` placeholders) and gives the driver's rows as tuples."""

    #: "sqlite" or "postgresql": for the rare statement that must differ.
    dialect: str

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Every row of `sql`."""
        ...

    def batches(self, sql: str, params: Sequence[Any] = (), size: int = BATCH
                ) -> Iterator[Sequence[tuple[Any, ...]]]:
        """The rows of `sql`, `size` at a time (only one batch of driver tuples alive)."""
        ...


class SessionReader:
    """A reader inside `session`'s transaction (any database SQLAlchemy opens)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name
        # psycopg's placeholders are %s (and a literal % is written %%); SQLite's are ?
        self._positional = self.dialect != "sqlite"

    def _run(self, sql: str, params: Sequence[Any]) -> Any:
        if self.session.autoflush:  # see the session's pending changes, as an ORM query does
            self.session.flush()
        if self._positional:
            sql = sql.replace("%", "%%").replace("?", "%s")
        return self.session.connection().exec_driver_sql(sql, tuple(params))

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        result = self._run(sql, params)
        try:
            return [tuple(row) for row in result.cursor.fetchall()] if result.returns_rows else []
        finally:
            result.close()

    def batches(self, sql: str, params: Sequence[Any] = (), size: int = BATCH
                ) -> Iterator[Sequence[tuple[Any, ...]]]:
        result = self._run(sql, params)
        cursor = result.cursor
        try:
            while batch := cursor.fetchmany(size):
                yield batch
        finally:
            result.close()


class SqliteReader:
    """A read-only `sqlite3` connection to a confdesk file at the newest schema."""

    dialect = "sqlite"

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.connection.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise self._failed(exc) from exc

    def batches(self, sql: str, params: Sequence[Any] = (), size: int = BATCH
                ) -> Iterator[Sequence[tuple[Any, ...]]]:
        try:
            cursor = self.connection.execute(sql, tuple(params))
            while batch := cursor.fetchmany(size):
                yield batch
        except sqlite3.Error as exc:
            raise self._failed(exc) from exc

    def _failed(self, exc: sqlite3.Error) -> UserError:
        return UserError(READ_FAILED, code="database.read", path=str(self.path),
                         detail=" ".join(str(exc).split()))

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> SqliteReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def sqlite_file(target: str | Path) -> Path | None:
    """The file `target` names when it is a SQLite file path (or a sqlite:/// URL)."""
    text = str(target)
    if "://" in text:
        prefix = next((p for p in ("sqlite:///", "sqlite+pysqlite:///") if text.startswith(p)),
                      None)
        if prefix is None or "?" in text:
            return None
        text = text[len(prefix):]
        if not text or text == ":memory:":
            return None
    return Path(text).expanduser().resolve()


def open_sqlite_reader(target: str | Path) -> SqliteReader | None:
    """A read-only reader of `target` when it is an existing confdesk SQLite file at the
    newest schema; None for anything else (the caller then opens it the usual way)."""
    path = sqlite_file(target)
    head = quick_head_revision()
    if path is None or head is None or not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True,
                                     timeout=15.0, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        connection.execute("PRAGMA query_only=ON")
        # Pages read through a memory map, not a read() each: a list read in its index's
        # order at 100,000 people reads a third faster (the file is only read).
        connection.execute(f"PRAGMA mmap_size={MMAP_SIZE}")
        stored = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error:  # not a database, not confdesk's, locked for good: the usual way
        connection.close()
        return None
    if stored != [head]:  # to be created, upgraded or refused: the usual way
        connection.close()
        return None
    return SqliteReader(connection, path)


def as_date(value: Any) -> date | None:
    """A stored date as the driver gives it (SQLite: ISO text)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def as_time(value: Any) -> time | None:
    """A stored time of day as the driver gives it (SQLite: ISO text)."""
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(value)


def as_datetime(value: Any) -> datetime | None:
    """A stored moment as the driver gives it (SQLite: ISO text)."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def as_bool(value: Any) -> bool:
    """A stored flag as the driver gives it (SQLite: 0 or 1)."""
    return bool(value)
