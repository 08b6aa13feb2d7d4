"""Open a confdesk database: engine, schema check, session factory."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from confdesk.db.engine import database_url, make_engine, make_session_factory, sqlite_path
from confdesk.db.migrate import MigrationReport, ensure_schema


@dataclass
class Database:
    """An open database: what the services need to run units of work on it."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    migration: MigrationReport = field(default_factory=MigrationReport)

    @property
    def path(self) -> Path | None:
        """The file of a SQLite database; None for a server."""
        return sqlite_path(self.url)

    @property
    def label(self) -> str:
        path = self.path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: str | Path | URL, *, create: bool = True) -> Database:
    """Open (and, for a new SQLite file, create) a database at its newest schema."""
    url = target if isinstance(target, URL) else database_url(target)
    path = sqlite_path(url)
    if path is not None and not create and not path.exists():
        from confdesk.db.errors import DatabaseOpenError

        raise DatabaseOpenError(f"No such database file: {path}")
    engine = make_engine(url)
    try:
        report = ensure_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, sessions=make_session_factory(engine), migration=report)
