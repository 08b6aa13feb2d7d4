"""The schema's newest revision read from the migration files, without Alembic nor SQLAlchemy.

Opening a database already at the head (the window, every command) and the light readers of
`confdesk.db.reader` compare `alembic_version` with this; Alembic decides whenever the history
is anything but one plain line of revisions.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_REVISION_LINE = re.compile(
    r"""^(down_revision|revision)\b[^=\n]*=\s*(?:None|'([^'\n]*)'|"([^"\n]*)")\s*(?:\#.*)?$""",
    re.MULTILINE,
)


@cache
def quick_head_revision() -> str | None:
    """The head read from the revision files without Alembic; None unless the history is
    one plain line of revisions (then `head_revision()` decides)."""
    parents: dict[str, str | None] = {}
    for path in sorted((_folder() / "versions").glob("*.py")):
        found = dict((m[1], m[2] or m[3]) for m in _REVISION_LINE.finditer(path.read_text("utf-8")))
        if set(found) != {"revision", "down_revision"} or not found["revision"]:
            return None
        revision = found["revision"]
        if revision in parents:
            return None
        parents[revision] = found["down_revision"]
    children = [parent for parent in parents.values() if parent is not None]
    heads = set(parents) - set(children)
    if len(heads) != 1 or len(children) != len(set(children)) or not set(children) <= set(parents):
        return None
    return heads.pop()


def _folder() -> Path:
    """The migrations folder (tests point it elsewhere through this module's attribute)."""
    return MIGRATIONS_DIR
