"""Locks taken in the database, so that two writers on two machines wait for each other.

Two imports of the same sheet into one event, started at once, each checked the people
already registered before the other had written, and both added everyone. A lock held in
the database for the rest of the transaction serialises them on either engine: SQLite's
`BEGIN IMMEDIATE` takes the database's write lock at once (so the duplicate check that
follows sees the other import's rows), and PostgreSQL's transaction-level advisory lock,
keyed on the event, lets imports into other events run side by side. Both end with the
transaction, committed or rolled back; nothing is left to release.
"""

from __future__ import annotations

import sqlite3
import time

from sqlalchemy import text
from sqlalchemy.orm import Session

from confdesk.db import messages as msg
from confdesk.db.errors import UserError

#: The first key of confdesk's PostgreSQL advisory locks ("CD" 0x4344 + kind 1: imports),
#: so that other applications' advisory locks on the same server do not collide with ours.
IMPORT_LOCK_CLASS = 0x43440001
#: How long a second import waits for the first to finish before giving up.
WAIT_SECONDS = 120.0


class LockTimeoutError(UserError):
    """Another writer held the lock longer than we wait; nothing was changed."""


def lock_event_for_import(session: Session, event_id: int, *,
                          wait: float = WAIT_SECONDS) -> None:
    """Hold the event's import lock until the session's transaction ends (waiting at most
    `wait` seconds for another holder). Call it before reading what the import depends on."""
    connection = session.connection()
    dialect = connection.dialect.name
    deadline = time.monotonic() + wait
    if dialect == "sqlite":
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        if raw.in_transaction:
            _upgrade(raw)
            return
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")  # waits up to the busy timeout itself
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
            if time.monotonic() >= deadline:
                raise _timeout(wait)
    elif dialect == "postgresql":
        while not connection.execute(
                text("SELECT pg_try_advisory_xact_lock(:kind, :event)"),
                {"kind": IMPORT_LOCK_CLASS, "event": event_id}).scalar_one():
            if time.monotonic() >= deadline:
                raise _timeout(wait)
            time.sleep(0.05)


def _upgrade(raw: sqlite3.Connection) -> None:
    """Take the write lock inside a transaction already begun (by an earlier write, which
    holds it already, or by a driver that begins on every read): a write that changes
    nothing takes it, waiting for other writers up to the busy timeout. When another writer
    has committed since this transaction first read, SQLite refuses (its snapshot is stale)
    and the import must start again."""
    try:
        raw.execute("UPDATE alembic_version SET version_num = version_num WHERE 0")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        raise LockTimeoutError(msg.CHANGED_DURING_IMPORT, code="import.changed") from exc


def _timeout(wait: float) -> LockTimeoutError:
    return LockTimeoutError(msg.IMPORT_RUNNING, code="import.busy", seconds=f"{wait:.0f}")
