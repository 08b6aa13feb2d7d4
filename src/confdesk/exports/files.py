"""Writing export files safely: whole or not at all, private, and with a message on failure.

Every file confdesk writes (exports from the command line and the window, database copies)
goes through `atomic_path` or `write_atomically`: the content goes to a new file beside the
target, is flushed to the disk, then renamed over the target in one step. A full disk, a
killed process or a cancelled export leaves any earlier file of that name as it was, and no
half-written file behind. New files are private to their owner (0600): exports and copies
hold names, e-mail addresses, dietary and access needs.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from confdesk.errors import (
    NOTHING_WRITTEN,
    NOTHING_WRITTEN_KEPT,
    WRITE_DISK_FULL,
    WRITE_FAILED,
    WRITE_NO_FOLDER,
    WRITE_NO_PERMISSION,
    WRITE_READ_ONLY,
    WRITE_TARGET_FOLDER,
    WRITE_TARGET_SPECIAL,
    Message,
    UserError,
)
from confdesk.paths import PRIVATE_FILE


class WriteError(UserError):
    """A file could not be written; any earlier file of that name is unchanged."""


def check_target(path: Path) -> Path:
    """Refuse, with a message, a target that cannot become a regular file: a folder, a device
    (`/dev/full`), a missing folder. Returns the path."""
    path = Path(path)
    if path.is_dir():
        raise WriteError(WRITE_TARGET_FOLDER, code="write.folder", path=str(path))
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        raise WriteError(WRITE_TARGET_SPECIAL, code="write.special", path=str(path))
    if not path.parent.is_dir():
        raise WriteError(WRITE_NO_FOLDER, code="write.no_folder", folder=str(path.parent))
    return path


def write_error(path: Path, exc: OSError) -> WriteError:
    """A message a user can act on for an operating system's refusal to write `path`."""
    code = exc.errno
    tail = Message(NOTHING_WRITTEN_KEPT if path.exists() else NOTHING_WRITTEN,
                   code="write.nothing")
    where = {"path": str(path), "folder": str(path.parent), "tail": tail}
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return WriteError(WRITE_DISK_FULL, code="write.disk_full", **where)
    if code == errno.EROFS:
        return WriteError(WRITE_READ_ONLY, code="write.read_only", **where)
    if code in (errno.EACCES, errno.EPERM):
        return WriteError(WRITE_NO_PERMISSION, code="write.permission", **where)
    if code == errno.EISDIR:
        return WriteError(WRITE_TARGET_FOLDER, code="write.folder", path=str(path))
    return WriteError(WRITE_FAILED, code="write.failed", reason=exc.strerror or str(exc),
                      **where)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (a no-op where folders cannot be opened, e.g. Windows)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


@contextmanager
def atomic_path(path: Path, *, suffix: str = "") -> Iterator[Path]:
    """A new private file beside `path` to write into; renamed over `path` when the block ends
    without error, removed otherwise. Operating-system errors become `WriteError`."""
    path = check_target(Path(path))
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                        suffix=suffix or ".partial")
        os.close(handle)
    except OSError as exc:
        raise write_error(path, exc) from exc
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        os.chmod(temporary, PRIVATE_FILE)  # a writer may have replaced the file
        os.replace(temporary, path)
    except OSError as exc:
        raise write_error(path, exc) from exc
    finally:
        temporary.unlink(missing_ok=True)
    _fsync_folder(path.parent)


def write_atomically(path: Path, data: bytes) -> Path:
    """Write `data` to `path` whole or not at all (see the module's docstring)."""
    path = Path(path)
    with atomic_path(path) as temporary, open(temporary, "wb") as stream:
        stream.write(data)
    return path

