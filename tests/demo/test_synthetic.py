"""The synthetic-event generator: sizes, a sound timetable, codes unique beside the demo."""

from __future__ import annotations

from collections import defaultdict

import pytest
from sqlalchemy import func, select

from confdesk.db.database import Database, open_database
from confdesk.db.reader import SessionReader
from confdesk.demo.builder import build_demo
from confdesk.demo.synthetic import generate_event
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.programme.models import SessionRole
from confdesk.registration import names
from confdesk.registration.models import Participant, search_text
from confdesk.reports.stats import event_stats


def test_generated_event_has_the_sizes_asked_for(database: Database) -> None:
    with database.sessions.begin() as s:
        demo_id = build_demo(s).id
        event = generate_event(s, participants=1500, sessions=90, days=3, rooms=4, seed=2)
        event_id = event.id
    with database.sessions() as s:
        stats = event_stats(SessionReader(s), event_id)
        assert stats.participants == 1500
        assert stats.sessions == 90
        assert stats.rooms == 4
        assert len(stats.sessions_per_day) == 3
        assert stats.states > 150
        codes = list(s.scalars(select(Participant.code)))
        demo_stats = event_stats(SessionReader(s), demo_id)
        assert len(codes) == len(set(codes)) == 1500 + demo_stats.participants
        # Names are folded for search and ordering exactly as the ORM would have done.
        for p in s.scalars(select(Participant).where(Participant.event_id == event_id)):
            assert p.sort_key == names.sort_key(p.given_name, p.family_name)
            assert p.search_text == search_text(p.given_name, p.family_name, p.email, p.code)
        sessions = list(s.scalars(
            select(ProgrammeSession).where(ProgrammeSession.event_id == event_id)))
        by_room = defaultdict(list)
        for x in sessions:
            assert event.start_date <= x.day <= event.end_date
            assert x.start_time < x.end_time
            by_room[(x.room_id, x.day)].append((x.start_time, x.end_time))
        for slots in by_room.values():
            slots.sort()
            assert all(a[1] <= b[0] for a, b in zip(slots, slots[1:], strict=False))
        roles = s.scalar(select(func.count()).select_from(SessionRole).join(ProgrammeSession)
                         .where(ProgrammeSession.event_id == event_id))
        assert roles is not None and roles >= 2 * 90


def test_the_same_seed_gives_the_same_people(sqlite_database: Database) -> None:
    with sqlite_database.sessions.begin() as s:
        a = generate_event(s, participants=200, sessions=10, days=2, rooms=2, seed=5).id
    with sqlite_database.sessions() as s:
        first = list(s.scalars(select(Participant.email).where(Participant.event_id == a)
                               .order_by(Participant.id)))
    # A second database with the same seed: same names and e-mails.
    other = open_database(sqlite_database.path.with_name("other.sqlite"))  # type: ignore[union-attr]
    try:
        with other.sessions.begin() as s:
            b = generate_event(s, participants=200, sessions=10, days=2, rooms=2, seed=5).id
        with other.sessions() as s:
            second = list(s.scalars(select(Participant.email).where(Participant.event_id == b)
                                    .order_by(Participant.id)))
    finally:
        other.close()
    assert first == second


def test_the_default_benchmark_size(sqlite_database: Database) -> None:
    with sqlite_database.sessions.begin() as s:
        event_id = generate_event(s).id
    with sqlite_database.sessions() as s:
        stats = event_stats(SessionReader(s), event_id)
    assert (stats.participants, stats.sessions, stats.rooms) == (20000, 400, 6)
    assert len(stats.sessions_per_day) == 10


@pytest.mark.parametrize(
    "kwargs",
    [{"participants": -1}, {"days": 0}, {"rooms": 0}, {"sessions": 1000, "days": 1, "rooms": 2}],
)
def test_impossible_sizes_are_refused(sqlite_database: Database, kwargs: dict[str, int]) -> None:
    with sqlite_database.sessions() as s, pytest.raises(ValueError):
        generate_event(s, **kwargs)
