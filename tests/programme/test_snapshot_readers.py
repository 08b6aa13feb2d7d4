"""The programme snapshot is one SQL text read through any reader (issue 14): through a
session on SQLite and PostgreSQL (the window, the services) and through Python's sqlite3 on
a SQLite file (`confdesk check`, `export programme`) it is the same snapshot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from confdesk.db.database import Database, open_database
from confdesk.db.reader import SessionReader, open_sqlite_reader
from confdesk.demo.builder import build_demo
from confdesk.errors import UserError
from confdesk.events.models import Event
from confdesk.plenary.interpretation_models import SessionLanguages
from confdesk.programme.models import SessionRole
from confdesk.programme.queries import ProgrammeSnapshot, load_programme
from confdesk.registration.models import Status


def _build(db: Database) -> int:
    """The demo conference, one session with languages of its own, one speaker who
    cancelled: every kind of value the snapshot reads (JSON lists, dates, times, flags,
    enumerations, French names)."""
    with db.sessions() as s:
        event = build_demo(s)
        sessions = sorted(event.sessions, key=lambda x: x.id)
        s.add(SessionLanguages(session_id=sessions[1].id, floor_language="fr",
                               interpretation=["en", "ar"]))
        speaker = next(r.participant for x in sessions for r in x.roles)
        speaker.status = Status.CANCELLED
        speaker.family_name_first = True
        s.commit()
        return event.id


def _plain(snapshot: ProgrammeSnapshot) -> Any:
    """What a user sees of a snapshot, without the database's ids (a server's sequences
    need not start where a new file's do)."""
    event = snapshot.event
    return (
        (event.title, event.short_name, event.start_date, event.end_date, event.timezone,
         event.venue, event.city, event.country_code, event.host, event.co_organisers,
         event.working_languages, event.description, event.french),
        [(r.name, r.capacity, r.position) for r in snapshot.rooms],
        [(t.name, t.colour, t.position) for t in snapshot.themes],
        [(s.version, s.day, s.start_time, s.end_time, s.kind, s.title, s.description,
          s.room.name if s.room else None, s.theme.name if s.theme else None,
          s.floor_language, s.interpretation,
          [(r.role, r.position, r.person.honorific, r.person.given_name,
            r.person.family_name, r.person.family_name_first, r.person.function,
            r.person.organisation, r.person.status, r.person.sort_key,
            r.person.organisation_acronym, r.person.organisation_fr) for r in s.roles])
         for s in snapshot.sessions],
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    path = tmp_path_factory.mktemp("snapshot") / "demo.sqlite"
    db = open_database(path)
    event_id = _build(db)
    db.close()
    yield path, event_id


def _light(path: Path, event_id: int | None = None) -> ProgrammeSnapshot:
    reader = open_sqlite_reader(path)
    assert reader is not None
    with reader:
        return load_programme(reader, event_id)


def test_a_session_and_sqlite3_read_the_same_snapshot(demo_file: tuple[Path, int]) -> None:
    path, event_id = demo_file
    light = _light(path)
    db = open_database(path)
    try:
        with db.sessions() as s:
            through_session = load_programme(SessionReader(s), event_id)
    finally:
        db.close()
    assert through_session == light
    assert [s.id for s in through_session.sessions] == [s.id for s in light.sessions]
    assert light.event.id == event_id
    # the values come converted whatever the driver gave
    own = [s for s in light.sessions if s.floor_language == "fr"]
    assert len(own) == 1 and own[0].interpretation == ("en", "ar")
    assert light.event.working_languages == ("en", "fr")
    assert light.event.co_organisers and all(isinstance(c, str)
                                             for c in light.event.co_organisers)
    assert any(r.person.is_inactive and r.person.family_name_first
               for s in light.sessions for r in s.roles)


def test_every_engine_gives_the_snapshot_sqlite3_gives(database: Database,
                                                       demo_file: tuple[Path, int]) -> None:
    event_id = _build(database)
    with database.sessions() as s:
        through_session = load_programme(SessionReader(s), event_id)
        latest = load_programme(SessionReader(s))  # the only event
    assert latest == through_session
    assert _plain(through_session) == _plain(_light(demo_file[0]))


def test_the_event_is_the_one_asked_for_else_the_most_recent(tmp_path: Path) -> None:
    path = tmp_path / "two.sqlite"
    db = open_database(path)
    first = _build(db)
    with db.sessions() as s:
        older = s.get(Event, first)
        assert older is not None
        later = Event(title="Geneva 2015", short_name="Geneva 2015",
                      start_date=older.start_date.replace(year=2015),
                      end_date=older.end_date.replace(year=2015))
        s.add(later)
        s.commit()
        second = later.id
    db.close()
    assert _light(path).event.id == second
    assert _light(path).sessions == ()
    assert _light(path, first).event.id == first
    with pytest.raises(UserError, match="There is no event with id 999"):
        _light(path, 999)


def test_no_event_yet_is_said(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    open_database(path).close()
    with pytest.raises(UserError) as raised:
        _light(path)
    assert raised.value.code == "event.none"


def test_a_session_reader_sees_what_the_session_has_not_flushed(database: Database) -> None:
    event_id = _build(database)
    with database.sessions() as s:
        role = s.scalars(select(SessionRole).order_by(SessionRole.id)).first()
        assert role is not None
        role.participant.family_name = "Changed-Not-Flushed"
        snapshot = load_programme(SessionReader(s), event_id)
        names = {r.person.family_name for x in snapshot.sessions for r in x.roles}
        s.rollback()
    assert "Changed-Not-Flushed" in names


def test_cleaning_a_snapshot_keeps_the_sort_keys_as_stored(demo_file: tuple[Path, int]) -> None:
    """The exporters clean every text of a snapshot; a sort key is not text to print: its
    separators stay, so the list of speakers keeps the stored order (Morozov before
    Morozova) and no person is rebuilt."""
    from confdesk.text import clean_data

    snapshot = _light(demo_file[0])
    cleaned = clean_data(snapshot)
    assert cleaned is snapshot
    assert any("\x01" in r.person.sort_key for s in cleaned.sessions for r in s.roles)
