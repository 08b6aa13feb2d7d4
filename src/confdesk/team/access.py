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

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from confdesk.db.reader import SessionReader
from confdesk.errors import PERMISSION_NEEDS_ROLE, PERMISSION_NO_ROLE, PermissionRefusedError
from confdesk.i18n import Marked, MarkedList
from confdesk.team.identity import person_of
from confdesk.team.models import RoleGrant
from confdesk.team.roles import (
    NEEDED_ROLE,
    ROLE_CONTEXT,
    Permission,
    Role,
    any_role_granted,
    permissions_of,
)

#: The key under which a session caches whether its person is a PostgreSQL superuser/owner.
_OWNER_KEY = "confdesk_owner"


@dataclass(frozen=True)
class Access:
    """What one person may do in one event (or, event_id None, across all events)."""

    person: str
    #: True when no role limits the person (no team mode, or a server superuser/owner).
    unrestricted: bool
    #: The roles the person holds there.
    roles: frozenset[Role] = frozenset()

    @property
    def permissions(self) -> frozenset[Permission]:
        return frozenset(Permission) if self.unrestricted else permissions_of(self.roles)

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions

    def refusal(self, permission: Permission) -> PermissionRefusedError:
        """The error that says which role `permission` needs and which the person holds."""
        needed = NEEDED_ROLE[permission]
        label = Marked(ROLE_CONTEXT, needed.label)
        if not self.roles:
            return PermissionRefusedError(PERMISSION_NO_ROLE, code="permission.no_role",
                                          needed=label, person=self.person)
        held = MarkedList([Marked(ROLE_CONTEXT, r.label) for r in sorted(self.roles, key=_order)])
        return PermissionRefusedError(PERMISSION_NEEDS_ROLE, code="permission.refused",
                                      needed=label, held=held)


def _order(role: Role) -> int:
    return list(Role).index(role)


def team_mode(session: Session) -> bool:
    """Whether any role has been granted in this database (roles apply from then on)."""
    if session.autoflush:  # a grant added in this session counts, as with an ORM query
        session.flush()
    return any_role_granted(SessionReader(session))


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
    query = select(RoleGrant.role).where(RoleGrant.person == person)
    if event_id is None:
        query = query.where(RoleGrant.event_id.is_(None))
    else:
        query = query.where((RoleGrant.event_id.is_(None)) | (RoleGrant.event_id == event_id))
    return frozenset(session.scalars(query))


def access(session: Session, event_id: int | None = None) -> Access:
    """What the session's person may do in `event_id` (None: across all events)."""
    person = person_of(session)
    roles = roles_held(session, person, event_id)
    unrestricted = not team_mode(session) or server_owner(session)
    return Access(person, unrestricted, roles)


def require(session: Session, permission: Permission, *, event_id: int | None = None) -> None:
    """Refuse (PermissionRefusedError, naming the role needed) unless the session's person
    may do `permission` in `event_id` (None: an action across events, such as creating
    one or managing people's roles, which needs the role for all events)."""
    found = access(session, event_id)
    if not found.may(permission):
        raise found.refusal(permission)
