"""Writes that fail for reasons outside confdesk (a full disk, a read-only file, a lost
server), told as a message that says what happened and that nothing was changed.

The driver's own text carries the SQL statement and, for a bulk INSERT, every row's values:
thousands of lines that must not reach a dialog or a terminal. Errors that are not the
environment's (a broken constraint, a programming error) are bugs, and stay exceptions.
"""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from confdesk.db.errors import UserError

#: SQLite's error names (sqlite3's `sqlite_errorname`, Python 3.11+) by what they mean.
_SQLITE = {
    "SQLITE_FULL": "full",
    "SQLITE_READONLY": "read-only",
    "SQLITE_IOERR": "io",
    "SQLITE_BUSY": "busy",
    "SQLITE_LOCKED": "busy",
    "SQLITE_CORRUPT": "corrupt",
    "SQLITE_NOTADB": "corrupt",
    "SQLITE_CANTOPEN": "io",
    "SQLITE_PERM": "read-only",
    "SQLITE_AUTH": "read-only",
}
#: PostgreSQL's SQLSTATE classes and codes by what they mean.
_POSTGRES = {
    "53100": "full",  # disk_full
    "53200": "memory",  # out_of_memory
    "25006": "read-only",  # read_only_sql_transaction
    "42501": "read-only",  # insufficient_privilege
    "55P03": "busy",  # lock_not_available
    "57014": "busy",  # query_canceled (statement_timeout)
    "40001": "busy",  # serialization_failure
    "40P01": "busy",  # deadlock_detected
    "58030": "io",  # io_error
}
_POSTGRES_CLASSES = {"08": "connection", "57": "connection", "53": "full", "58": "io"}

_MESSAGES = {
    "full": "the disk that holds the database is full: {outcome}. Free some space, then try "
            "again.",
    "read-only": "the database cannot be written here (the file or its disk is read-only, "
                 "or the account may only read): {outcome}.",
    "io": "the disk failed while writing the database ({detail}): {outcome}. Check the disk "
          "or the network share, then try again.",
    "busy": "the database is busy with another writer (another confdesk, or a program "
            "holding it): {outcome}. Try again in a moment.",
    "corrupt": "the database file is damaged ({detail}): {outcome}. Restore it from a backup.",
    "memory": "the database server ran out of memory: {outcome}.",
    "connection": "the connection to the database server was lost ({detail}): {outcome}. "
                  "Check the server and the network, then try again.",
}


class WriteFailedError(UserError):
    """A write was refused by the disk, the file or the server; nothing was changed."""


def _kind(exc: BaseException) -> tuple[str, str] | None:
    """(kind, short detail) of an environmental failure, or None."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return "full", exc.strerror or ""
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "read-only", exc.strerror or ""
        return "io", exc.strerror or str(exc)
    if not isinstance(exc, DBAPIError) or exc.orig is None:
        return None
    orig = exc.orig
    if isinstance(orig, sqlite3.Error):
        name = getattr(orig, "sqlite_errorname", "") or ""
        for prefix, kind in _SQLITE.items():
            if name.startswith(prefix):
                return kind, _first_line(orig) or name
        return None
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if sqlstate:
        pg_kind = _POSTGRES.get(sqlstate) or _POSTGRES_CLASSES.get(sqlstate[:2])
        return (pg_kind, _first_line(orig)) if pg_kind else None
    if exc.connection_invalidated or type(orig).__name__ == "OperationalError":
        return "connection", _first_line(orig)
    return None


def _first_line(error: BaseException) -> str:
    """The first line of a driver's message, cut short (the rest is SQL and values)."""
    lines = str(error).strip().splitlines()
    return lines[0][:120] if lines else ""


def write_failure(exc: BaseException, outcome: str = "nothing was changed"
                  ) -> WriteFailedError | None:
    """The message for a write that failed because of the disk, the file or the server
    (`outcome` says what the user is left with, e.g. "nothing was imported"), or None
    when `exc` is not such a failure."""
    if not isinstance(exc, SQLAlchemyError | OSError):
        return None
    found = _kind(exc)
    if found is None:
        return None
    kind, detail = found
    text = _MESSAGES[kind].format(outcome=outcome, detail=detail or "no detail given")
    return WriteFailedError(text[0].upper() + text[1:])
