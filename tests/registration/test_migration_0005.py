"""Migration 0005: stored State names become the UN short names; two spellings of one State
become one delegation; down and up again keeps the data."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from confdesk.db.database import Database
from confdesk.db.migrate import alembic_config, upgrade_to
from tests.factories import make_event


def _downgrade(database: Database, revision: str) -> None:
    config = alembic_config(database.engine)
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def test_stored_state_names_follow_the_un_after_the_upgrade(database: Database) -> None:
    with database.sessions.begin() as s:
        event_id = make_event(s).id
    _downgrade(database, "0002")
    try:
        with database.engine.begin() as conn:
            for oid, kind, name, code in (
                    (1, "state", "Bosnia & Herzegovina", "BA"),
                    (2, "state", "Bosnia and Herzegovina", "BA"),
                    (3, "state", "South Korea", "KR"),
                    (4, "observer_state", "Vatican City", "VA"),
                    (5, "civil_society", "Genocide Watch", "US")):
                conn.execute(text(
                    "INSERT INTO organisation (id, name_en, name_fr, acronym, kind, "
                    "country_code, version, created_at, updated_at) VALUES (:i, :n, '', '', "
                    ":k, :c, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                    {"i": oid, "n": name, "k": kind, "c": code})
            for pid, org in ((1, 1), (2, 2), (3, 3)):
                conn.execute(text(
                    "INSERT INTO participant (id, event_id, code, honorific, given_name, "
                    "family_name, family_name_first, function, organisation_id, "
                    "delegation_role, category, status, email, phone, access_needs, "
                    "dietary_needs, notes, sort_key, search_text, version, created_at, "
                    "updated_at) VALUES (:i, :e, :c, '', 'A', 'B', false, '', :o, 'member', "
                    "'delegate', 'registered', '', '', '', '', '', '', '', 1, "
                    "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                    {"i": pid, "e": event_id, "c": f"CODE{pid}", "o": org})
    finally:
        upgrade_to(database.engine)
    with database.engine.connect() as conn:
        orgs = dict(conn.execute(text("SELECT id, name_en FROM organisation")).all())
        french = dict(conn.execute(text("SELECT id, name_fr FROM organisation")).all())
        moved = dict(conn.execute(text("SELECT id, organisation_id FROM participant")).all())
        consent = conn.execute(text("SELECT do_not_publish FROM participant")).scalars().all()
    assert orgs == {1: "Bosnia and Herzegovina", 3: "Republic of Korea", 4: "Holy See",
                    5: "Genocide Watch"}
    assert french[3] == "République de Corée" and french[5] == ""
    assert moved == {1: 1, 2: 1, 3: 3}
    assert consent == [False, False, False]
