"""The errors the database itself causes (busy, read-only, a backup that cannot be
written), and a re-export of `confdesk.errors`, where the UserError family lives.

The re-exports stay only while other modules still import the family from here; new code
imports it from `confdesk.errors`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError

from confdesk.errors import (
    ConcurrentEditError,
    DatabaseOpenError,
    DatabaseTooNewError,
    UndoRefusedError,
    UserError,
)

__all__ = [
    "BackupError",
    "ConcurrentEditError",
    "DatabaseBusyError",
    "DatabaseOpenError",
    "DatabaseReadOnlyError",
    "DatabaseTooNewError",
    "UndoRefusedError",
    "UserError",
]


class _EnvironmentOperationalError(UserError, OperationalError):  # type: ignore[misc]  # SQLAlchemy's code and params win
    """A driver's OperationalError that the environment caused: a UserError with a message
    of its own, still an SQLAlchemy OperationalError for code that catches those."""

    def __init__(self, path: Path | str | None, statement: str | None, params: Any,
                 orig: BaseException) -> None:
        OperationalError.__init__(self, statement, params, orig)
        self.path = path
        # UserError.__init__ is not run: `code` and `params` are SQLAlchemy's here. An empty
        # template makes the window show str(self), the English message (not yet translated).
        self.template = ""

    def __str__(self) -> str:
        return self.message()

    def message(self) -> str:
        raise NotImplementedError

    def __reduce__(self) -> Any:  # pickled across threads and processes as itself
        return self.__class__, (self.path, self.statement, self.params, self.orig)


class DatabaseBusyError(_EnvironmentOperationalError):
    """Another program held the SQLite file for writing longer than confdesk waits."""

    default_code = "database.busy"

    def message(self) -> str:
        where = f"The database {self.path}" if self.path else "The database"
        return (f"{where} is busy: another confdesk or another program is writing to it. "
                "Nothing was changed; try again in a moment.")


class DatabaseReadOnlyError(_EnvironmentOperationalError):
    """The SQLite file (or its folder) cannot be written."""

    default_code = "database.read_only"

    def message(self) -> str:
        where = f"The database file {self.path}" if self.path else "The database"
        return (f"{where} is read-only (its permissions, its folder, or the disk forbid "
                "writing). Nothing was changed; save a copy elsewhere to work on it.")


class BackupError(UserError):
    """A copy of the database (Save a Copy, the backup before an upgrade) cannot be written."""

    default_code = "database.backup"
