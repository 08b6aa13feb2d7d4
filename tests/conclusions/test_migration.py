"""Migration 0002 (outcome documents) down to 0001 and up again, on both engines."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select

from confdesk.conclusions import operations as ops
from confdesk.db.database import Database
from confdesk.db.migrate import alembic_config, current_revision, upgrade_to
from confdesk.events.models import Event
from tests.factories import make_event

TABLES = {"outcome_document", "outcome_section", "outcome_snapshot", "paragraph",
          "paragraph_comment", "paragraph_session", "paragraph_recommendation",
          "recommendation"}


def _downgrade(database: Database, revision: str) -> None:
    config = alembic_config(database.engine)
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def test_0002_down_and_up_keeps_other_data(database: Database) -> None:
    with database.sessions.begin() as s:
        event = make_event(s, title="Kept through the downgrade")
        doc = ops.create_document(s, event, "Chair's Summary")
        ops.take_snapshot(s, doc, "Draft 1")
    assert set(inspect(database.engine).get_table_names()) >= TABLES
    _downgrade(database, "0001")
    try:
        assert current_revision(database.engine) == "0001"
        assert not TABLES & set(inspect(database.engine).get_table_names())
        with database.sessions() as s:
            assert s.scalars(select(Event.title)).all() == ["Kept through the downgrade"]
    finally:
        upgrade_to(database.engine)
    assert set(inspect(database.engine).get_table_names()) >= TABLES
    with database.sessions.begin() as s:
        event = s.scalars(select(Event)).one()
        doc = ops.create_document(s, event, "Chair's Conclusions")
        assert ops.take_snapshot(s, doc, "Final", final=True).id is not None
