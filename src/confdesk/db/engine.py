"""Engines and sessions for SQLite files and server URLs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from confdesk.db import messages as msg
from confdesk.db.cleaning import clean_parameters
from confdesk.db.errors import DatabaseBusyError, DatabaseOpenError, DatabaseReadOnlyError


def database_url(target: str | Path) -> URL:
    """Turn what a user typed (a file path or an SQLAlchemy URL) into a URL."""
    text = str(target)
    if "://" in text:
        try:
            return make_url(text)
        except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
            # Not echoed: the text may hold a password.
            raise DatabaseOpenError(msg.NOT_A_URL, code="database.url") from exc
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    if is_sqlite(url) and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


#: How long a write waits for another writer (another confdesk, a backup tool) to finish
#: before it gives up with DatabaseBusyError: long enough for any single save or a large
#: import to end, short enough that a window never looks hung for long.
BUSY_TIMEOUT_MS = 15_000


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys are off by default in SQLite. The journal mode is not set here: switching
    # to WAL changes the file, which is done only once it is known to be confdesk's
    # (see use_wal).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cursor.close()


def use_wal(engine: Engine) -> bool:
    """Put a confdesk SQLite file in WAL mode (kept in the file), so that the window reads
    while a job writes. False when the file cannot be changed (read-only): it is then used
    in the mode it has."""
    try:
        with engine.connect() as conn:
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
            if str(mode).lower() != "wal":
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    except DatabaseReadOnlyError:
        return False
    return True


def make_engine(target: str | Path | URL, *, echo: bool = False, wal: bool = True) -> Engine:
    """An engine for a SQLite file or a server URL, whose errors of the environment (another
    writer holding a SQLite file, a read-only file) arrive as `UserError`s. `wal=False`
    leaves a SQLite file's journal mode alone (see `use_wal`)."""
    url = target if isinstance(target, URL) else database_url(target)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None and not path.parent.is_dir():
            raise DatabaseOpenError(msg.NO_FOLDER, code="database.folder",
                                    folder=str(path.parent))
        engine = create_engine(url, echo=echo)
        event.listen(engine, "connect", _sqlite_on_connect)
        _listen(engine)
        if wal:
            use_wal(engine)
        return engine
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        if "connect_timeout" not in url.query:
            # An unreachable host fails within seconds instead of waiting for TCP's timeout.
            connect_args["connect_timeout"] = 10
        if "options" not in url.query:
            # A write waiting for a colleague's transaction gives up as on SQLite, instead of
            # leaving the window hung for as long as the other transaction lasts.
            connect_args["options"] = f"-c lock_timeout={int(BUSY_TIMEOUT_MS)}"
    try:
        engine = create_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args)
    except NoSuchModuleError as exc:
        raise DatabaseOpenError(msg.UNKNOWN_KIND, code="database.kind",
                                driver=url.drivername) from exc
    except ModuleNotFoundError as exc:
        raise DatabaseOpenError(msg.NO_DRIVER, code="database.driver",
                                backend=url.get_backend_name(), module=exc.name) from exc
    _listen(engine)
    return engine


#: PostgreSQL's error code when lock_timeout ran out (psycopg's errors.LockNotAvailable).
_PG_LOCK_NOT_AVAILABLE = "55P03"


def _listen(engine: Engine) -> None:
    event.listen(engine, "before_execute", clean_parameters, retval=True)
    event.listen(engine, "handle_error", _environment_error)


def _environment_error(context: ExceptionContext) -> None:
    """Raise a UserError for what the environment causes: a SQLite file held by another
    writer past the busy timeout, or one that cannot be written."""
    original = context.original_exception
    if getattr(original, "sqlstate", None) == _PG_LOCK_NOT_AVAILABLE:
        server = (context.engine.url.render_as_string(hide_password=True)
                  if context.engine is not None else None)
        raise DatabaseBusyError(server, context.statement, context.parameters, original)
    if not isinstance(original, sqlite3.OperationalError):
        return
    message = str(original).lower()
    where = sqlite_path(context.engine.url) if context.engine is not None else None
    if "database is locked" in message or "database is busy" in message:
        raise DatabaseBusyError(where, context.statement, context.parameters, original)
    if "readonly database" in message or "read-only" in message:
        raise DatabaseReadOnlyError(where, context.statement, context.parameters, original)


def make_session_factory(engine: Engine, person: str | None = None) -> sessionmaker[Session]:
    """Sessions on `engine`, each carrying the name of the person it works for (see
    confdesk.team.identity)."""
    from confdesk.team.identity import PERSON_KEY

    info = {PERSON_KEY: person} if person else {}
    return sessionmaker(engine, expire_on_commit=False, info=info)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with factory() as session, session.begin():
        yield session
