"""Where confdesk finds its shipped files and keeps the user's data.

`resources/` and `forms/` sit at the top of a source checkout; a wheel carries them inside
the package as `confdesk/resources` and `confdesk/forms`. Both layouts are looked up here and
nowhere else.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

APP_NAME = "confdesk"
ORG_NAME = "confdesk"

#: Permissions of the files confdesk creates (databases, copies, exports), and of the folders
#: it creates for them: they hold names, e-mail addresses, dietary and access needs.
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_dir(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    checkout = _PACKAGE_DIR.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"confdesk is incompletely installed: no {name}/ folder found")


@cache
def resources_dir() -> Path:
    """The folder of shipped data: demo conference, reference lists, icons, fonts."""
    return _shipped_dir("resources")


@cache
def forms_dir() -> Path:
    """The folder of Qt Designer `.ui` files, the source of every form."""
    return _shipped_dir("forms")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def private_folder(path: Path) -> Path:
    """Create `path` (and missing parents) readable by its owner only; an existing folder is
    left as it is (the user may have shared it on purpose)."""
    path = Path(path)
    if not path.is_dir():
        path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        os.chmod(path, PRIVATE_FOLDER)  # mkdir's mode is masked by the umask
    return path


def _make_private(path: Path, mode: int) -> None:
    """Take away the group's and others' access (older versions created them 0755 and 0644)."""
    try:
        if path.stat().st_mode & 0o077:
            os.chmod(path, mode)
    except OSError:  # not ours, or a file system without permissions: leave it
        pass


def user_data_dir() -> Path:
    """The platform's per-user data folder (created on demand, private to the user; one an
    older confdesk left readable by others is made private)."""
    import platformdirs  # only where the user's data folder is asked for (light commands)

    path = private_folder(Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME)))
    _make_private(path, PRIVATE_FOLDER)
    return path


def default_database_path() -> Path:
    """The user's own database, in the data folder; made private if an older confdesk left it
    (and its -wal and -shm files) readable by others."""
    path = user_data_dir() / "confdesk.sqlite"
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if companion.exists():
            _make_private(companion, PRIVATE_FILE)
    return path
