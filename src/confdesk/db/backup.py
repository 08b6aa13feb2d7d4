"""Consistent copies of a SQLite database, taken while it is open."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine


def backup_sqlite(engine: Engine, path: Path, *, suffix: str = "backup") -> Path:
    """Copy the database beside itself as `NAME.SUFFIX-YYYYmmdd-HHMMSS.sqlite` and return it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{suffix}-{stamp}{path.suffix or '.sqlite'}")
    save_copy(engine, target)
    return target


def save_copy(engine: Engine, target: Path) -> None:
    """Write a consistent copy of a SQLite database to `target` (SQLite's online backup)."""
    target = Path(target)
    # Into a new file beside the target, renamed at the end: a failed copy (disk full) leaves
    # an earlier copy of the same name as it was.
    handle, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                       suffix=".partial")
    os.close(handle)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    finally:
        raw.close()
        Path(partial).unlink(missing_ok=True)
