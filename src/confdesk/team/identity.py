"""Who is working: the person every change is recorded under.

On PostgreSQL each person logs in as their own database role, so the person is the
connection's `current_user`. On SQLite (one laptop) it is the name chosen at start, else the
operating-system user; nothing is enforced there, the name is only recorded.

The person travels with the session factory (`sessionmaker(info=...)`), so every session a
service receives knows who it works for: `person_of(session)`.
"""

from __future__ import annotations

import getpass
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

# SQLAlchemy is imported by `connection_person`: a light command on a SQLite file names
# the desk's person (`desk_person`) without it.

#: The key under which a session's `info` carries the person's name.
PERSON_KEY = "confdesk_person"

#: Environment variable that names the person at an SQLite desk (else the OS user).
PERSON_ENV = "CONFDESK_USER"


def os_user() -> str:
    """The operating-system user's login name ("unknown" where none can be found)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) and no LOGNAME/USER
        return "unknown"


def desk_person(chosen: str | None = None) -> str:
    """The person at an SQLite desk: the name chosen at start, else $CONFDESK_USER, else the
    operating-system user."""
    for name in (chosen, os.environ.get(PERSON_ENV)):
        if name and name.strip():
            return " ".join(name.split())
    return os_user()


def connection_person(engine: Engine, chosen: str | None = None) -> str:
    """The person an engine works for: PostgreSQL's login role, or the SQLite desk's person."""
    if engine.dialect.name == "postgresql":
        from sqlalchemy import text

        with engine.connect() as connection:
            return str(connection.execute(text("SELECT current_user")).scalar_one())
    return desk_person(chosen)


def person_of(session: Session) -> str:
    """The person a session works for (set by `open_database`); the desk's person when a
    session was made without one (tests, scripts)."""
    name = session.info.get(PERSON_KEY)
    return str(name) if name else desk_person()
