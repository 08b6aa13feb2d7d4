"""The one permission check every writing service call passes: `require(session, ...)`.

Roles apply once a database is in team mode, that is once its grants table holds any row
(`confdesk users add` or `setup` made one). Before that, as on a laptop nobody configured,
everyone may do everything: there is no one to tell apart.

- On PostgreSQL the check is the polite front of what the server enforces anyway: each
  person logs in as their own role, whose table privileges and row-level security follow the
  same grants (`team/postgres.py`). A superuser or the database's owner (who set the server
  up) may do everything, as PostgreSQL lets them.
- On SQLite nothing can be enforced: whoever can open the file can change it with any
  SQLite tool. The check still follows the grants, so that the window offers each person the
  actions of their roles and a slip (a desk laptop editing a paragraph) is refused with a
  message; it is a convenience, not security.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from confdesk.db.reader import SessionReader
from confdesk.team import grants
from confdesk.team.grants import Access
from confdesk.team.identity import person_of
from confdesk.team.roles import Permission, Role

__all__ = ["Access", "access", "require", "roles_held", "server_owner", "team_mode"]

#: The key under which a session caches whether its person is a PostgreSQL superuser/owner.
_OWNER_KEY = "confdesk_owner"


def team_mode(session: Session) -> bool:
    """Whether any role has been granted in this database (roles apply from then on)."""
    return grants.team_mode(SessionReader(session))


def server_owner(session: Session) -> bool:
    """On PostgreSQL, whether the session's login is a superuser or owns the database (they
    may do everything there whatever the grants say); False on SQLite."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    cached = session.info.get(_OWNER_KEY)
    if cached is None:
        cached = bool(session.scalar(text(
            "SELECT r.rolsuper OR d.datdba = r.oid FROM pg_roles r, pg_database d "
            "WHERE r.rolname = current_user AND d.datname = current_database()")))
        session.info[_OWNER_KEY] = cached
    return bool(cached)


def roles_held(session: Session, person: str, event_id: int | None = None) -> frozenset[Role]:
    """The roles `person` holds for `event_id` (grants for it or for all events); with
    event_id None, the roles held for all events."""
    return grants.roles_held(SessionReader(session), person, event_id)


def access(session: Session, event_id: int | None = None) -> Access:
    """What the session's person may do in `event_id` (None: across all events)."""
    return grants.access_of(SessionReader(session), person_of(session), event_id,
                            owner=lambda: server_owner(session))


def require(session: Session, permission: Permission, *, event_id: int | None = None) -> None:
    """Refuse (PermissionRefusedError, naming the role needed) unless the session's person
    may do `permission` in `event_id` (None: an action across events, such as creating
    one or managing people's roles, which needs the role for all events)."""
    grants.require_of(SessionReader(session), person_of(session), permission,
                      event_id=event_id, owner=lambda: server_owner(session))
