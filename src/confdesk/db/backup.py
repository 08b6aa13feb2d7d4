"""Consistent copies of a SQLite database, taken while it is open."""

from __future__ import annotations

import sqlite3
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
    if target.exists():
        target.unlink()
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        raw.close()
