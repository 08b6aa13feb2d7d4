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

from confdesk.db.errors import UserError
from confdesk.paths import PRIVATE_FILE


class WriteError(UserError):
    """A file could not be written; any earlier file of that name is unchanged."""


def check_target(path: Path) -> Path:
    """Refuse, with a message, a target that cannot become a regular file: a folder, a device
    (`/dev/full`), a missing folder. Returns the path."""
    path = Path(path)
    if path.is_dir():
        raise WriteError(f"{path} is a folder: give the name of a file to write.")
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        raise WriteError(f"{path} is not an ordinary file (a device or a pipe): "
                         "give the name of a file to write.")
    if not path.parent.is_dir():
        raise WriteError(f"The folder {path.parent} does not exist.")
    return path


def write_error(path: Path, exc: OSError) -> WriteError:
    """A message a user can act on for an operating system's refusal to write `path`."""
    code = exc.errno
    tail = " Nothing was written" + (", and the earlier file of that name is unchanged."
                                     if path.exists() else ".")
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return WriteError(f"The disk is full (or the file too large) writing {path}.{tail}")
    if code == errno.EROFS:
        return WriteError(f"The folder {path.parent} is on a read-only disk.{tail}")
    if code in (errno.EACCES, errno.EPERM):
        return WriteError(f"No permission to write {path} (in {path.parent}).{tail}")
    if code == errno.EISDIR:
        return WriteError(f"{path} is a folder: give the name of a file to write.")
    return WriteError(f"Cannot write {path}: {exc.strerror or exc}.{tail}")


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

