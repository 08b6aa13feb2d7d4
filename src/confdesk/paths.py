"""Where confdesk finds its shipped files and keeps the user's data.

`resources/` and `forms/` sit at the top of a source checkout; a wheel carries them inside
the package as `confdesk/resources` and `confdesk/forms`. Both layouts are looked up here and
nowhere else.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "confdesk"
ORG_NAME = "confdesk"

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


def user_data_dir() -> Path:
    """The platform's per-user data folder (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "confdesk.sqlite"
