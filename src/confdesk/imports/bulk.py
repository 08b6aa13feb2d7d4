"""Bulk work: `roomy_cache` gives SQLite the page cache an import's INSERTs need; an import
also runs with the cyclic garbage collector paused (`confdesk.collector.paused`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session



#: SQLite's page cache while an import writes, in KiB: the participants' six indexes and the
#: audit trail's five take random pages all over a database of 100,000 people, and with the
#: default 2 MB cache SQLite spills and re-reads them through the whole INSERT (at 100,000
#: rows: 6.7 s of processor time and 38 s of waiting, against 4.0 s and 12 s with 64 MiB).
IMPORT_CACHE_KIB = 65_536


@contextmanager
def roomy_cache(session: Session) -> Iterator[None]:
    """On SQLite, a page cache of `IMPORT_CACHE_KIB` for the session's connection during
    the block, and its previous size again after it (a no-op on PostgreSQL)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        # Only a size: a failure to put it back must not hide the block's own error.
        with suppress(SQLAlchemyError):
            connection.exec_driver_sql(f"PRAGMA cache_size={before}")
