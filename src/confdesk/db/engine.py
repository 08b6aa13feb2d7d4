"""Engines and sessions for SQLite files and server URLs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from confdesk.db.errors import DatabaseOpenError


def database_url(target: str | Path) -> URL:
    """Turn what a user typed (a file path or an SQLAlchemy URL) into a URL."""
    text = str(target)
    if "://" in text:
        try:
            return make_url(text)
        except ArgumentError as exc:
            raise DatabaseOpenError(f"Not a database URL: {text}") from exc
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    if is_sqlite(url) and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys are off by default in SQLite; WAL lets the window read while a job writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(target: str | Path | URL, *, echo: bool = False) -> Engine:
    url = target if isinstance(target, URL) else database_url(target)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None and not path.parent.is_dir():
            raise DatabaseOpenError(f"The folder {path.parent} does not exist.")
        engine = create_engine(url, echo=echo)
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        # An unreachable host fails within seconds instead of waiting for TCP's own timeout.
        connect_args["connect_timeout"] = 10
    try:
        return create_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args)
    except NoSuchModuleError as exc:
        raise DatabaseOpenError(
            f"Unknown kind of database: {url.drivername}://. Give a file path or a "
            "postgresql+psycopg:// URL."
        ) from exc
    except ModuleNotFoundError as exc:
        raise DatabaseOpenError(
            f"The driver for {url.get_backend_name()} is not installed ({exc.name}). "
            "Install confdesk[postgresql] for PostgreSQL."
        ) from exc


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with factory() as session, session.begin():
        yield session
