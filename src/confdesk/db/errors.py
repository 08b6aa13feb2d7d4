"""Errors of the persistence layer that are safe to show to a user."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError


class UserError(Exception):
    """A problem caused by the user's input or environment: shown as a message, no traceback."""


class DatabaseTooNewError(UserError):
    """The database was written by a newer confdesk than this one."""


class DatabaseOpenError(UserError):
    """The database cannot be opened (missing server, bad path, not a confdesk database)."""


class _EnvironmentOperationalError(UserError, OperationalError):
    """A driver's OperationalError that the environment caused: a UserError with a message
    of its own, still an SQLAlchemy OperationalError for code that catches those."""

    def __init__(self, path: Path | str | None, statement: str | None, params: Any,
                 orig: BaseException) -> None:
        OperationalError.__init__(self, statement, params, orig)
        self.path = path

    def __str__(self) -> str:
        return self.message()

    def message(self) -> str:
        raise NotImplementedError

    def __reduce__(self) -> Any:  # pickled across threads and processes as itself
        return self.__class__, (self.path, self.statement, self.params, self.orig)


class DatabaseBusyError(_EnvironmentOperationalError):
    """Another program held the SQLite file for writing longer than confdesk waits."""

    def message(self) -> str:
        where = f"The database {self.path}" if self.path else "The database"
        return (f"{where} is busy: another confdesk or another program is writing to it. "
                "Nothing was changed; try again in a moment.")


class DatabaseReadOnlyError(_EnvironmentOperationalError):
    """The SQLite file (or its folder) cannot be written."""

    def message(self) -> str:
        where = f"The database file {self.path}" if self.path else "The database"
        return (f"{where} is read-only (its permissions, its folder, or the disk forbid "
                "writing). Nothing was changed; save a copy elsewhere to work on it.")


class BackupError(UserError):
    """A copy of the database (Save a Copy, the backup before an upgrade) cannot be written."""


class ConcurrentEditError(UserError):
    """A save was refused because someone else changed the same record since it was read."""
