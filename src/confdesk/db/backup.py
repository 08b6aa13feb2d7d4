"""Consistent copies of a SQLite database, taken while it is open."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from confdesk.db import messages as msg
from confdesk.db.errors import BackupError
from confdesk.errors import NOTHING_WRITTEN, NOTHING_WRITTEN_KEPT, Message


def backup_sqlite(engine: Engine, path: Path, *, suffix: str = "backup") -> Path:
    """Copy the database beside itself as `NAME.SUFFIX-YYYYmmdd-HHMMSS.sqlite` and return it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{suffix}-{stamp}{path.suffix or '.sqlite'}")
    save_copy(engine, target)
    return target


def save_copy(engine: Engine, target: Path) -> None:
    """Write a consistent copy of a SQLite database to `target` (SQLite's online backup),
    private to its owner. A copy that cannot be written is a BackupError."""
    target = Path(target)
    if target.is_dir():
        raise BackupError(msg.BACKUP_TO_FOLDER, code="backup.folder", path=str(target))
    # Into a new file beside the target (mkstemp makes it 0600), renamed at the end: a failed
    # copy (disk full) leaves an earlier copy of the same name as it was.
    try:
        handle, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                           suffix=".partial")
    except OSError as exc:
        raise _copy_error(target, exc) from exc
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
        with open(partial, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        raise _copy_error(target, exc) from exc
    finally:
        raw.close()
        Path(partial).unlink(missing_ok=True)


def _copy_error(target: Path, exc: Exception) -> BackupError:
    detail: str = getattr(exc, "strerror", None) or str(exc)
    if isinstance(exc, sqlite3.Error) and "full" in detail.lower():
        detail = Message(msg.DISK_FULL, code="backup.disk_full")
    tail = Message(NOTHING_WRITTEN_KEPT if target.exists() else NOTHING_WRITTEN,
                   code="write.nothing")
    return BackupError(msg.BACKUP_FAILED, code="backup.failed", path=str(target), detail=detail,
                       tail=tail)
