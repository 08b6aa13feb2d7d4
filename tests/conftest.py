"""Shared fixtures.

`database` runs a test on SQLite and on PostgreSQL. The PostgreSQL server is the one named by
CONFDESK_TEST_POSTGRES_URL (an SQLAlchemy URL to a server where the user may create
databases); `.ci/run` starts one on loopback. Without it the PostgreSQL half is skipped, unless
CONFDESK_REQUIRE_POSTGRES=1, when its absence fails the run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from confdesk.db.database import Database, open_database
from confdesk.db.models import Base

POSTGRES_URL = os.environ.get("CONFDESK_TEST_POSTGRES_URL", "")
REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"
#: The reference texts and XML schemas, copied from ../shared/ (tests/data/SOURCES.md).
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def _postgres_database() -> Iterator[str]:
    """A throw-away database on the test server, migrated once for the whole run."""
    if not POSTGRES_URL:
        if os.environ.get("CONFDESK_REQUIRE_POSTGRES") == "1":
            pytest.fail("CONFDESK_TEST_POSTGRES_URL is not set but PostgreSQL is required")
        pytest.skip("no PostgreSQL server (set CONFDESK_TEST_POSTGRES_URL)")
    admin_url = make_url(POSTGRES_URL)
    name = f"confdesk_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\''))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _empty_all_tables(db: Database) -> None:
    with db.engine.begin() as conn:
        if db.engine.dialect.name == "postgresql":
            # The audit trail's trigger refuses DELETE; a superuser's replica mode skips it.
            conn.execute(text("SET LOCAL session_replication_role = replica"))
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty confdesk database at the newest schema, on each engine in turn."""
    if request.param == "sqlite":
        db = open_database(tmp_path / "test.sqlite")
        try:
            yield db
        finally:
            db.close()
        return
    url = request.getfixturevalue("_postgres_database")
    db = open_database(url)
    _empty_all_tables(db)
    try:
        yield db
    finally:
        _empty_all_tables(db)
        db.close()


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator[Database]:
    """An empty SQLite database, for tests that concern no engine difference."""
    db = open_database(tmp_path / "test.sqlite")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    """A session on `database`; the test commits what it wants to keep."""
    with database.sessions() as s:
        yield s


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The reference texts (`reference/`) and XML schemas (`schemas/`): the copies in
    tests/data/ of what ../shared/ holds, so that no golden test depends on a folder outside
    the repository (and none can turn into a skip when it is missing)."""
    return TEST_DATA
