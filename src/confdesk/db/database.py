"""Open a confdesk database: engine, schema check, session factory."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, configure_mappers, sessionmaker

from confdesk import collector
from confdesk.db import messages as msg
from confdesk.db.engine import (
    database_url,
    make_engine,
    make_session_factory,
    sqlite_path,
    use_wal,
)
from confdesk.db.errors import DatabaseOpenError
from confdesk.db.migrate import MigrationReport, ensure_schema
from confdesk.paths import PRIVATE_FILE
from confdesk.team.identity import connection_person

#: A database's session factory (`Database.sessions`), named so that the faces can pass one
#: along without importing SQLAlchemy.
Sessions = sessionmaker[Session]


@dataclass
class Database:
    """An open database: what the services need to run units of work on it."""

    url: URL
    engine: Engine
    sessions: Sessions
    migration: MigrationReport = field(default_factory=MigrationReport)
    #: The person working (PostgreSQL login role, or the SQLite desk's chosen/OS user).
    person: str = ""

    @property
    def path(self) -> Path | None:
        """The file of a SQLite database; None for a server."""
        return sqlite_path(self.url)

    @property
    def label(self) -> str:
        path = self.path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @property
    def recent_target(self) -> str:
        """What File → Open Recent remembers: the file, or the URL without its password
        (never stored; libpq finds it in ~/.pgpass or PGPASSWORD when the URL is reopened)."""
        path = self.path
        if path:
            return str(path)
        url = self.url
        bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                          url.query)
        return bare.render_as_string(hide_password=False)

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: str | Path | URL, *, create: bool = True,
                  person: str | None = None) -> Database:
    """Open a database at its newest schema (upgrading an older one after a backup).

    With `create`, a new SQLite file (private to its owner) or an empty database gets
    confdesk's tables; without it, a missing or empty one is refused and left as it was.
    Nothing is changed in a database that is not confdesk's: not even the journal mode,
    which is switched to WAL only once the schema is known to be confdesk's.

    `person` names the person at an SQLite desk (default: $CONFDESK_USER, else the
    operating-system user); on PostgreSQL the person is the login role.
    """
    with collector.paused():
        # The audit trail's hooks, and with them every class it records (events,
        # registration, programme, documents): a command that imports only its own modules
        # still records every change it makes. The plenary's and the team's classes are
        # mapped by the modules that use them (the window imports them all;
        # `confdesk.db.models` holds every one, for Alembic and whatever walks all tables).
        import confdesk.team.audit  # noqa: F401

        configure_mappers()  # what the first query would do; here, with the collector paused

    url = target if isinstance(target, URL) else database_url(target)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create=create)
    engine = make_engine(url, wal=False)
    try:
        report = ensure_schema(engine, create=create)
        if path is not None:
            use_wal(engine)
    except BaseException:
        engine.dispose()
        raise
    who = connection_person(engine, person)
    return Database(url=url, engine=engine, sessions=make_session_factory(engine, who),
                    migration=report, person=who)


def _check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse what cannot be a database file; create a new one private to its owner."""
    if path.is_dir():
        raise DatabaseOpenError(msg.IS_A_FOLDER, code="database.folder", path=str(path))
    if not path.exists():
        if not create:
            raise DatabaseOpenError(msg.NO_SUCH_FILE, code="database.missing", path=str(path))
        if path.parent.is_dir():
            try:  # an empty file is an empty SQLite database; SQLite would make it 0644
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
            except FileExistsError:
                pass
            except OSError as exc:
                raise DatabaseOpenError(msg.CANNOT_CREATE, code="database.create",
                                        path=str(path), reason=exc.strerror or str(exc)) from exc
    elif not create and path.stat().st_size == 0:
        raise DatabaseOpenError(msg.EMPTY_FILE, code="database.empty", path=str(path))
