"""A PostgreSQL database set up for people and roles, with real login roles.

Roles are server-wide, so each run's logins have unique names and are dropped afterwards
(the `confdesk_<role>` groups are confdesk's fixed names, shared by every database of the
server, and stay).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from confdesk.db.database import Database, open_database
from confdesk.demo.builder import build_demo
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
