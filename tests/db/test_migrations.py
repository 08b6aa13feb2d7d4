"""Alembic migrations: from empty to head, every revision down and up again, models agree.

Runs on SQLite and, when CONFDESK_TEST_POSTGRES_URL names a server, on PostgreSQL, each test
in a database of its own. New revisions (0002, …) are picked up by walking the script folder.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import Script, ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url

from confdesk.db.engine import make_engine
from confdesk.db.migrate import alembic_config, current_revision, head_revision, upgrade_to
from confdesk.db.models import Base


def revisions_oldest_first() -> list[Script]:
    """Every revision of the migration history, from the first to the head."""
    script = ScriptDirectory.from_config(alembic_config())
    return list(reversed(list(script.walk_revisions("base", "heads"))))


def downgrade_to(engine: Engine, revision: str) -> None:
    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def model_tables() -> set[str]:
    return set(Base.metadata.tables)


def tables_of(engine: Engine) -> set[str]:
    inspector = inspect(engine)
    return set(inspector.get_table_names()) - {"alembic_version"}


@contextmanager
def scratch_engine(kind: str, tmp_path: Path) -> Iterator[Engine]:
    """An engine on a brand-new, empty database (no tables, no alembic_version)."""
    if kind == "sqlite":
        engine = make_engine(tmp_path / "scratch.sqlite")
        try:
            yield engine
        finally:
            engine.dispose()
        return
    server = os.environ.get("CONFDESK_TEST_POSTGRES_URL", "")
    if not server:
        if os.environ.get("CONFDESK_REQUIRE_POSTGRES") == "1":
            pytest.fail("CONFDESK_TEST_POSTGRES_URL is not set but PostgreSQL is required")
        pytest.skip("no PostgreSQL server (set CONFDESK_TEST_POSTGRES_URL)")
    admin = create_engine(make_url(server), isolation_level="AUTOCOMMIT")
    name = f"confdesk_scratch_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8'"))
    engine = make_engine(make_url(server).set(database=name))
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty database on each engine in turn."""
    with scratch_engine(request.param, tmp_path) as engine:
        yield engine


def test_history_is_linear_and_starts_at_0001() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1, "two migration heads: merge them"
    first = revisions_oldest_first()[0]
    assert first.down_revision is None
    assert first.revision.startswith("0001")


def test_upgrade_from_empty_to_head_creates_every_model_table(empty_engine: Engine) -> None:
    assert current_revision(empty_engine) is None
    upgrade_to(empty_engine)
    assert current_revision(empty_engine) == head_revision()
    assert tables_of(empty_engine) == model_tables()


def test_each_revision_goes_down_and_up_again(empty_engine: Engine) -> None:
    for script in revisions_oldest_first():
        below = script.down_revision
        assert isinstance(below, str | None), "merge revisions are not expected"
        upgrade_to(empty_engine, script.revision)
        assert current_revision(empty_engine) == script.revision
        tables_at_revision = tables_of(empty_engine)

        downgrade_to(empty_engine, below or "base")
        assert current_revision(empty_engine) == below
        if below is None:
            assert tables_of(empty_engine) == set(), "downgrade to base must drop every table"

        upgrade_to(empty_engine, script.revision)
        assert current_revision(empty_engine) == script.revision
        assert tables_of(empty_engine) == tables_at_revision
    assert current_revision(empty_engine) == head_revision()


def test_models_and_newest_migration_agree(empty_engine: Engine) -> None:
    upgrade_to(empty_engine)
    with empty_engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "target_metadata": Base.metadata}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == [], (
        "the models differ from the newest migration; write a new revision:\n"
        + "\n".join(map(str, differences))
    )
