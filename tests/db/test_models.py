"""Models on both engines: derived name fields, optimistic locking, cascades."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from confdesk.db.database import Database
from confdesk.registration.models import Participant
from tests.factories import make_event, make_participant


def test_names_are_cleaned_and_searchable(database: Database) -> None:
    with database.sessions.begin() as s:
        event = make_event(s)
        make_participant(s, event, given_name=" Thorbjørn\n", family_name="Jagland", code="TJ1")
    with database.sessions() as s:
        person = s.scalars(select(Participant)).one()
        assert person.given_name == "Thorbjørn"
        assert person.plain_name == "Thorbjørn Jagland"
        found = s.scalars(
            select(Participant).where(Participant.search_text.contains("thorbjorn"))
        ).all()
        assert [p.code for p in found] == ["TJ1"]


def test_a_stale_save_is_refused(database: Database) -> None:
    with database.sessions.begin() as s:
        pid = make_participant(s, make_event(s), function="Adviser").id
    first, second = database.sessions(), database.sessions()
    try:
        mine = first.get(Participant, pid)
        theirs = second.get(Participant, pid)
        assert mine is not None and theirs is not None
        theirs.function = "Minister"
        second.commit()
        mine.function = "Ambassador"
        with pytest.raises(StaleDataError):
            first.commit()
        first.rollback()
    finally:
        first.close()
        second.close()
    with database.sessions() as s:
        assert s.get(Participant, pid).function == "Minister"  # type: ignore[union-attr]


def test_unicode_round_trip(database: Database) -> None:
    names = ["محمد", "王小明", "Сергей", "Γιώργος", "Zoë Ó Súilleabháin"]
    with database.sessions.begin() as s:
        event = make_event(s)
        for i, name in enumerate(names):
            make_participant(s, event, given_name=name, code=f"U{i}")
    with database.sessions() as s:
        got = sorted(s.scalars(select(Participant.given_name)))
        assert got == sorted(names)
