"""What a person may do, read from the grants table in plain SQL (no SQLAlchemy).

`confdesk.team.access` answers for a session (the window, the services), passing
`SessionReader(session)`; a light command on a SQLite file (`confdesk export programme`)
passes its sqlite3 reader and the desk's person. Both read the grants through the functions
below, so the rule is written once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from confdesk.db.reader import Reader, SessionReader
from confdesk.errors import PERMISSION_NEEDS_ROLE, PERMISSION_NO_ROLE, PermissionRefusedError
from confdesk.i18n import Marked, MarkedList
from confdesk.team.identity import desk_person
from confdesk.team.roles import NEEDED_ROLE, ROLE_CONTEXT, Permission, Role, permissions_of


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


def team_mode(reader: Reader) -> bool:
    """Whether any role has been granted in this database (roles apply from then on)."""
    return bool(reader.rows("SELECT 1 FROM team_role_grant LIMIT 1"))


def roles_held(reader: Reader, person: str, event_id: int | None = None) -> frozenset[Role]:
    """The roles `person` holds for `event_id` (grants for it or for all events); with
    event_id None, the roles held for all events."""
    if event_id is None:
        rows = reader.rows("SELECT role FROM team_role_grant "
                           "WHERE person = ? AND event_id IS NULL", (person,))
    else:
        rows = reader.rows("SELECT role FROM team_role_grant WHERE person = ? "
                           "AND (event_id IS NULL OR event_id = ?)", (person, event_id))
    return frozenset(Role(role) for role, in rows)


def access_of(reader: Reader, person: str, event_id: int | None = None, *,
              owner: Callable[[], bool] = lambda: False) -> Access:
    """What `person` may do in `event_id` (None: across all events); `owner()` says whether
    they own the server's database (asked only in team mode; a SQLite desk has no owner)."""
    roles = roles_held(reader, person, event_id)
    return Access(person, not team_mode(reader) or owner(), roles)


def require_of(reader: Reader, person: str, permission: Permission, *,
               event_id: int | None = None,
               owner: Callable[[], bool] = lambda: False) -> None:
    """Refuse (PermissionRefusedError, naming the role needed) unless `person` may do
    `permission` in `event_id`."""
    found = access_of(reader, person, event_id, owner=owner)
    if not found.may(permission):
        raise found.refusal(permission)


def require_reading(reader: Reader, permission: Permission, *,
                    event_id: int | None = None) -> None:
    """`require_of` for the person a command's reader works for (`commands.common.reading`):
    a session's person (and, on PostgreSQL, the server's owner), else the SQLite desk's."""
    if isinstance(reader, SessionReader):
        from confdesk.team.access import require

        require(reader.session, permission, event_id=event_id)
        return
    require_of(reader, desk_person(), permission, event_id=event_id)
