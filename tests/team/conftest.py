"""Desks of several people on one database: SQLite desks named by CONFDESK_USER, PostgreSQL
desks logging in as login roles of their own (created here with unique names, granted all
they need by plain GRANTs, dropped afterwards)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine, text

from confdesk.db.database import Database, open_database
from confdesk.team.identity import PERSON_ENV

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
