"""Fixtures of the team-mode tests, on a real PostgreSQL server with real login roles.

- `team`: a demo database set up for people and roles (confdesk's group roles, grants and
  row-level security), with one login per role. Roles are server-wide, so each run's logins
  have unique names and are dropped afterwards (the `confdesk_<role>` groups are confdesk's
  fixed names, shared by every database of the server, and stay).
- `desk_for`: desks of several people on one database: SQLite desks named by CONFDESK_USER,
  PostgreSQL desks logging in as login roles of their own (created with unique names,
  granted all they need by plain GRANTs, dropped afterwards).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from confdesk.db.database import Database, open_database
from confdesk.demo.builder import build_demo
from confdesk.team.identity import PERSON_ENV
from confdesk.team.roles import Role
from confdesk.team.service import UsersService

POSTGRES_URL = os.environ.get("CONFDESK_TEST_POSTGRES_URL", "")
PASSWORD = "correct horse: battery 'staple'"


@dataclass
class Team:
    """A demo database on the server, set up, with one login per role."""

    admin_url: URL
    url: URL
    event_id: int
    #: Login name by role key ("desk", "registrar", …).
    logins: dict[str, str] = field(default_factory=dict)
    opened: list[Database] = field(default_factory=list)

    def url_of(self, key: str) -> URL:
        return self.url.set(username=self.logins[key], password=PASSWORD)

    def open_as(self, key: str) -> Database:
        db = open_database(self.url_of(key), create=False)
        self.opened.append(db)
        return db


def _server() -> URL:
    if not POSTGRES_URL:
        if os.environ.get("CONFDESK_REQUIRE_POSTGRES") == "1":
            pytest.fail("CONFDESK_TEST_POSTGRES_URL is not set but PostgreSQL is required")
        pytest.skip("no PostgreSQL server (set CONFDESK_TEST_POSTGRES_URL)")
    return make_url(POSTGRES_URL)


@pytest.fixture
def team() -> Iterator[Team]:
    server = _server()
    tag = uuid.uuid4().hex[:8]
    name = f"confdesk_team_{tag}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\''))
    url = server.set(database=name)
    found = Team(server, url, 0)
    try:
        owner = open_database(url)
        try:
            with owner.sessions.begin() as s:
                found.event_id = build_demo(s).id
            users = UsersService(owner)
            users.setup()
            for key, role in (("desk", Role.DESK), ("registrar", Role.REGISTRAR),
                              ("rapporteur", Role.RAPPORTEUR), ("programme", Role.PROGRAMME)):
                login = f"cd_{key}_{tag}"
                users.add(login, role, None if key == "desk" else found.event_id,
                          password=PASSWORD)
                found.logins[key] = login
        finally:
            owner.close()
        yield found
    finally:
        for db in found.opened:
            db.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for login in conn.execute(text(
                    "SELECT rolname FROM pg_roles WHERE rolname LIKE :pattern"),
                    {"pattern": f"cd\\_%\\_{tag}"}).scalars().all():
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()


#: (target to open, the person's name as the trail records it)
Desk = tuple[str, str]


@pytest.fixture
def desk_for(database: Database) -> Iterator[Callable[[str], Desk]]:
    """`desk_for("ana")`: a database target on which `ana` works, and her recorded name."""
    roles: list[str] = []

    def make(name: str) -> Desk:
        if database.engine.dialect.name != "postgresql":
            return str(database.path), name
        role = f"{name}_{uuid.uuid4().hex[:8]}"
        with database.engine.begin() as conn:
            conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
            conn.execute(text(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{role}"'))
            conn.execute(text(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))
            conn.execute(text("GRANT EXECUTE ON FUNCTION "
                              f'confdesk_audit_pseudonymise(text[], text) TO "{role}"'))
        roles.append(role)
        url = database.url.set(username=role, password=None)
        return url.render_as_string(hide_password=False), role

    yield make
    if roles:
        admin = create_engine(database.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for role in roles:
                conn.execute(text(f'DROP OWNED BY "{role}"'))
                conn.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


def run_as(desk: Desk, argv: list[str], capsys: pytest.CaptureFixture[str]
           ) -> tuple[int, str, str]:
    """`confdesk ARGV -d DESK` as the desk's person (SQLite: CONFDESK_USER names them)."""
    from confdesk.cli import main

    saved = os.environ.get(PERSON_ENV)
    os.environ[PERSON_ENV] = desk[1]
    try:
        code = main([*argv, "-d", desk[0]])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    finally:
        if saved is None:
            os.environ.pop(PERSON_ENV, None)
        else:
            os.environ[PERSON_ENV] = saved
    out, err = capsys.readouterr()
    return code, out, err


def open_as(desk: Desk) -> Database:
    """The database opened by the desk's person (SQLite: the name chosen at start)."""
    target, person = desk
    return open_database(target, person=person if "://" not in target else None)
