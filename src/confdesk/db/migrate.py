"""Bring a database to the newest schema: create, upgrade with a backup first, or refuse.

Opening an older database writes a backup copy beside it and upgrades it; a database written
by a newer confdesk is refused, since this one would not understand its tables.

Alembic (about 0.1 s to import) is only imported when the schema is not the newest one: a
database already at the head is recognised by one SELECT of `alembic_version`, compared with
the head read from the revision files' `revision =` / `down_revision =` lines.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL

from confdesk.db import messages as msg
from confdesk.db.backup import backup_sqlite
from confdesk.db.engine import sqlite_path
from confdesk.db.errors import BackupError, DatabaseOpenError, DatabaseTooNewError
from confdesk.db.revisions import MIGRATIONS_DIR, quick_head_revision

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory



def alembic_config(engine: Engine | None = None) -> Config:
    """Alembic's configuration for the shipped migrations (and `engine`'s database)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return config


@cache
def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision of the schema, as Alembic reads it."""
    head = _script().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision `engine`'s database is at (None: no schema yet)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stored_revisions(engine: Engine) -> list[str]:
    """The rows of `alembic_version` (none when the table is absent), in one SELECT."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return []
        return [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]


@dataclass(frozen=True)
class MigrationReport:
    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None


def upgrade_to(engine: Engine, revision: str = "head") -> None:
    """Upgrade `engine`'s database to `revision` in one transaction."""
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def ensure_schema(engine: Engine, *, create: bool = True) -> MigrationReport:
    """Create (only with `create`) or upgrade the schema of `engine`'s database; refuse one
    from a newer confdesk, and one holding other tables."""
    try:
        stored = _stored_revisions(engine)
        if len(stored) == 1 and stored[0] == quick_head_revision():
            return MigrationReport()  # the usual case, decided without importing Alembic
        current = current_revision(engine)
    except Exception as exc:  # the driver's own error: no server, wrong password, not a db
        raise open_error(engine.url, exc) from exc
    head = head_revision()
    if current == head:
        return MigrationReport()
    if current is None:
        if _has_foreign_tables(engine):
            raise DatabaseOpenError(msg.FOREIGN_TABLES, code="database.foreign")
        if not create:
            raise DatabaseOpenError(msg.EMPTY_DATABASE, code="database.empty",
                                    where=_where(engine.url))
        upgrade_to(engine)
        return MigrationReport(created=True)
    if not _known(current):
        raise DatabaseTooNewError(msg.TOO_NEW, schema=current)
    backup = None
    path = sqlite_path(engine.url)
    if path is not None:
        try:
            backup = backup_sqlite(engine, path, suffix=f"before-upgrade-{current}")
        except BackupError as exc:
            raise DatabaseOpenError(msg.BACKUP_BEFORE_UPGRADE_FAILED, code="database.backup",
                                    reason=exc) from exc
    upgrade_to(engine)
    return MigrationReport(upgraded_from=current, backup=backup)


def open_error(url: URL, exc: Exception) -> DatabaseOpenError:
    """A message a user can act on, from a driver's error (without SQLAlchemy's decorations)."""
    cause = getattr(exc, "orig", None) or exc
    detail = " ".join(str(cause).split())
    path = sqlite_path(url)
    if path is not None:
        if isinstance(cause, sqlite3.DatabaseError) and "not a database" in detail:
            return DatabaseOpenError(msg.NOT_SQLITE, code="database.not_sqlite",
                                     path=str(path))
        return DatabaseOpenError(msg.CANNOT_OPEN_FILE, code="database.open", path=str(path),
                                 detail=detail)
    where = url.render_as_string(hide_password=True)
    lowered = detail.lower()
    if "password" in lowered and ("authentication failed" in lowered
                                  or "no password supplied" in lowered):
        return DatabaseOpenError(msg.NEEDS_PASSWORD, code="database.password", where=where,
                                 detail=detail)
    return DatabaseOpenError(msg.CANNOT_CONNECT, code="database.connect", where=where,
                             detail=detail)


def _where(url: URL) -> str:
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return f"The database {url.render_as_string(hide_password=True)}"


def _known(revision: str) -> bool:
    try:
        return _script().get_revision(revision) is not None
    except Exception:  # noqa: BLE001 (any failure to read the script means: not ours)
        return False


def _has_foreign_tables(engine: Engine) -> bool:
    names = set(inspect(engine).get_table_names())
    return bool(names - {"alembic_version"})
