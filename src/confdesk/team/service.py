"""People and roles: the only way the window and `confdesk users` change who may do what.

One method per action, each one transaction. Every change needs the administrator role for
all events (`Permission.MANAGE_USERS`), except while the database has no roles at all: the
first grant also makes the person giving it an administrator, so that nobody locks
themselves out. On PostgreSQL the grants are mirrored in the same transaction by
membership of the `confdesk_<role>` group roles, and `add` creates the person's login role
(`team/postgres.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.events.models import Event
from confdesk.i18n import Marked
from confdesk.team import messages as msg
from confdesk.team import postgres as pg
from confdesk.team.access import Access, access, require, team_mode
from confdesk.team.identity import person_of
from confdesk.team.messages import TeamError
from confdesk.team.models import PERSON_LENGTH, RoleGrant
from confdesk.team.roles import ROLE_CONTEXT, Permission, Role, parse_role

#: A user name that is a PostgreSQL role name without quoting troubles and a sensible name
#: at a desk: a letter, then letters, digits, `.`, `_`, `-`, `@`.
_NAME = re.compile(r"[^\W\d_][\w.@-]*")


@dataclass(frozen=True, slots=True)
class GrantRow:
    """One role held by one person, as the list shows it."""

    person: str
    role: Role
    event_id: int | None
    #: The event's short name or title ("" for all events).
    event_name: str
    granted_by: str
    granted_at: datetime


@dataclass(frozen=True, slots=True)
class PersonRow:
    """A person of the database with their roles."""

    name: str
    grants: tuple[GrantRow, ...]
    #: On PostgreSQL, whether the person has a login role on the server (None on SQLite).
    login: bool | None


def check_name(name: str) -> str:
    """`name` trimmed, or a TeamError when it cannot be a user name."""
    name = name.strip()
    if not _NAME.fullmatch(name) or len(name) > PERSON_LENGTH:
        raise TeamError(msg.BAD_NAME, code="team.bad_name", name=name)
    return name


def role_from_text(text: str) -> Role:
    """The role a user typed (its value or label), or a TeamError naming the roles."""
    try:
        return parse_role(text)
    except ValueError:
        known = ", ".join(r.value for r in Role)
        raise TeamError(msg.UNKNOWN_ROLE, code="team.unknown_role", role=text,
                        known=known) from None


def _held_error(template_all: str, template_event: str, code: str, name: str, role: Role,
                event_id: int | None) -> TeamError:
    """A refusal about one role held (or not) for all events or for one."""
    label = Marked(ROLE_CONTEXT, role.label)
    if event_id is None:
        return TeamError(template_all, code=code, name=name, role=label)
    return TeamError(template_event, code=code, name=name, role=label, event=event_id)


class UsersService:
    """Reads and changes a database's people and roles, one transaction per call."""

    def __init__(self, database: Database) -> None:
        self.database = database

    @property
    def server(self) -> bool:
        """True on PostgreSQL, where people are logins and the server enforces roles."""
        return self.database.engine.dialect.name == "postgresql"

    # -- reading -------------------------------------------------------------------------
    def my_access(self, event_id: int | None) -> Access:
        """What the person working may do in `event_id` (the window's enablement)."""
        with self.database.sessions() as s:
            return access(s, event_id)

    def people(self) -> list[PersonRow]:
        """Everyone holding a role here, by name, with their roles (administrators only)."""
        with self.database.sessions() as s:
            require(s, Permission.MANAGE_USERS)
            rows = s.execute(
                select(RoleGrant, Event.short_name, Event.title)
                .outerjoin(Event, Event.id == RoleGrant.event_id)
                .order_by(RoleGrant.person, RoleGrant.event_id.is_not(None),
                          RoleGrant.event_id, RoleGrant.role)).all()
            grants: dict[str, list[GrantRow]] = {}
            for grant, short, title in rows:
                grants.setdefault(grant.person, []).append(GrantRow(
                    grant.person, grant.role, grant.event_id, short or title or "",
                    grant.granted_by, grant.granted_at))
            login = pg.logins(s.connection(), grants) if self.server else None
        order = {role: i for i, role in enumerate(Role)}
        return [PersonRow(name, tuple(sorted(found, key=lambda g: (
                    g.event_id is not None, g.event_id or 0, order[g.role]))),
                          None if login is None else name in login)
                for name, found in sorted(grants.items(), key=lambda i: i[0].lower())]

    # -- changing ------------------------------------------------------------------------
    def setup(self) -> list[str]:
        """PostgreSQL: create the group roles, grant the tables, put row-level security in
        place (idempotent; as the tables' owner), and make the person running it an
        administrator for all events when nobody is yet. Returns the tables granted."""
        if not self.server:
            raise TeamError(msg.SQLITE_ONLY_NAMES, code="team.sqlite")
        with self.database.sessions.begin() as s:
            require(s, Permission.MANAGE_USERS)
            try:
                with s.begin_nested():
                    tables = pg.setup(s.connection())
            except DBAPIError as exc:
                raise TeamError(msg.SETUP_REFUSED, code="team.setup", detail=_detail(exc)) from exc
            self._bootstrap(s, person_of(s))
            for name in set(s.scalars(select(RoleGrant.person))):
                if pg.login_exists(s.connection(), name):
                    pg.sync_memberships(s.connection(), name, _held(s, name))
            return tables

    def add(self, name: str, role: Role, event_id: int | None = None, *,
            password: str | None = None) -> None:
        """A person with a first role; on PostgreSQL, their login role (with `password`,
        else none: they then log in as the server's configuration allows)."""
        name = check_name(name)
        with self.database.sessions.begin() as s:
            self._check_may_manage(s)
            if self.server:
                connection = s.connection()
                if not pg.group_roles_exist(connection):
                    raise TeamError(msg.NOT_SET_UP, code="team.not_set_up")
                try:
                    with s.begin_nested():
                        if not pg.login_exists(connection, name):
                            pg.create_login(connection, name, password)
                        elif password:
                            pg.set_password(connection, name, password)
                except DBAPIError as exc:
                    raise TeamError(msg.LOGIN_REFUSED, code="team.login", name=name,
                                    detail=_detail(exc)) from exc
            elif password:
                raise TeamError(msg.SQLITE_ONLY_NAMES, code="team.sqlite")
            self._grant(s, name, role, event_id)

    def grant(self, name: str, role: Role, event_id: int | None = None) -> None:
        """Give a person one more role (for one event, or all)."""
        name = check_name(name)
        with self.database.sessions.begin() as s:
            self._check_may_manage(s)
            if self.server and not pg.group_roles_exist(s.connection()):
                raise TeamError(msg.NOT_SET_UP, code="team.not_set_up")
            self._grant(s, name, role, event_id)

    def revoke(self, name: str, role: Role, event_id: int | None = None) -> None:
        """Take one role (for that event, or the all-events grant) from a person."""
        name = check_name(name)
        with self.database.sessions.begin() as s:
            require(s, Permission.MANAGE_USERS)
            grant = s.scalar(select(RoleGrant).where(
                RoleGrant.person == name, RoleGrant.role == role,
                RoleGrant.event_id.is_(None) if event_id is None
                else RoleGrant.event_id == event_id))
            if grant is None:
                raise _held_error(msg.NOT_HELD, msg.NOT_HELD_EVENT, "team.not_held", name,
                                  role, event_id)
            s.delete(grant)
            s.flush()
            self._keep_an_administrator(s, name)
            self._mirror(s, name)

    def remove(self, name: str) -> None:
        """Take every role from a person; on PostgreSQL, drop their login too."""
        name = check_name(name)
        with self.database.sessions.begin() as s:
            require(s, Permission.MANAGE_USERS)
            if name == person_of(s):
                raise TeamError(msg.NOT_YOURSELF, code="team.yourself")
            if not _held(s, name):
                raise TeamError(msg.UNKNOWN_PERSON, code="team.unknown_person", name=name)
            s.execute(delete(RoleGrant).where(RoleGrant.person == name))
            self._keep_an_administrator(s, name)
            if self.server:
                connection = s.connection()
                try:
                    with s.begin_nested():
                        if pg.login_exists(connection, name):
                            pg.sync_memberships(connection, name, set())
                            pg.drop_login(connection, name)
                except DBAPIError as exc:
                    raise TeamError(msg.LOGIN_REFUSED, code="team.login", name=name,
                                    detail=_detail(exc)) from exc

    # -- helpers -------------------------------------------------------------------------
    def _check_may_manage(self, s: Session) -> None:
        """Administrators only, except for the very first grant of a database."""
        if team_mode(s):
            require(s, Permission.MANAGE_USERS)

    def _bootstrap(self, s: Session, me: str) -> None:
        """The first grant of a database makes its giver an administrator for all events."""
        if not team_mode(s):
            s.add(RoleGrant(person=me, role=Role.ADMINISTRATOR, event_id=None, granted_by=me))
            s.flush()

    def _grant(self, s: Session, name: str, role: Role, event_id: int | None) -> None:
        if event_id is not None and s.get(Event, event_id) is None:
            raise TeamError(msg.UNKNOWN_EVENT, code="team.unknown_event", event=event_id)
        me = person_of(s)
        if not (name == me and role is Role.ADMINISTRATOR and event_id is None):
            self._bootstrap(s, me)
        exists = s.scalar(select(RoleGrant.id).where(
            RoleGrant.person == name, RoleGrant.role == role,
            RoleGrant.event_id.is_(None) if event_id is None
            else RoleGrant.event_id == event_id))
        if exists is not None:
            raise _held_error(msg.ALREADY_HELD, msg.ALREADY_HELD_EVENT, "team.already_held",
                              name, role, event_id)
        s.add(RoleGrant(person=name, role=role, event_id=event_id, granted_by=me))
        s.flush()
        self._mirror(s, me)
        self._mirror(s, name)

    def _keep_an_administrator(self, s: Session, name: str) -> None:
        remaining = s.scalar(select(RoleGrant.id).where(
            RoleGrant.role == Role.ADMINISTRATOR, RoleGrant.event_id.is_(None)))
        if remaining is None:
            raise TeamError(msg.LAST_ADMINISTRATOR, code="team.last_administrator", name=name)

    def _mirror(self, s: Session, name: str) -> None:
        """On PostgreSQL, the person's group memberships follow their grants here."""
        if not self.server:
            return
        connection = s.connection()
        if not pg.login_exists(connection, name):
            return
        try:
            with s.begin_nested():
                pg.sync_memberships(connection, name, _held(s, name))
        except DBAPIError as exc:
            raise TeamError(msg.LOGIN_REFUSED, code="team.login", name=name,
                            detail=_detail(exc)) from exc


def _held(s: Session, name: str) -> set[Role]:
    return set(s.scalars(select(RoleGrant.role).where(RoleGrant.person == name)))


def _detail(exc: DBAPIError) -> str:
    """The server's own words, on one line."""
    return " ".join(str(exc.orig or exc).split())
