"""The demo conference on both engines: its facts, its crowd, its programme."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from confdesk.db.database import Database, open_database
from confdesk.db.reader import SessionReader
from confdesk.demo.builder import build_demo
from confdesk.events.models import Event
from confdesk.programme.models import RoleKind, SessionKind
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration.codes import is_code
from confdesk.registration.models import (
    Organisation,
    OrganisationKind,
    Participant,
    Status,
)
from confdesk.reports.stats import event_stats

SUBSTANTIVE = (SessionKind.PANEL, SessionKind.KEYNOTE, SessionKind.HIGH_LEVEL)


@pytest.fixture
def demo(database: Database) -> Iterator[tuple[Session, int]]:
    """The demo, committed, and a fresh session to read it with."""
    with database.sessions.begin() as s:
        event_id = build_demo(s).id
    with database.sessions() as s:
        yield s, event_id


@pytest.fixture
def sqlite_demo(sqlite_database: Database) -> Iterator[tuple[Session, int]]:
    """The demo on SQLite only, for checks of what was built rather than of the engine."""
    with sqlite_database.sessions.begin() as s:
        event_id = build_demo(s).id
    with sqlite_database.sessions() as s:
        yield s, event_id


def _people(s: Session, event_id: int) -> list[Participant]:
    return list(s.scalars(select(Participant).where(Participant.event_id == event_id)))


def test_the_event_is_brussels_2014(sqlite_demo: tuple[Session, int]) -> None:
    s, event_id = sqlite_demo
    event = s.get(Event, event_id)
    assert event is not None
    assert event.title == "International Conference on Genocide Prevention"
    assert (event.start_date, event.end_date) == (date(2014, 3, 31), date(2014, 4, 1))
    assert (event.venue, event.city, event.country_code) == ("Egmont Palace", "Brussels", "BE")
    assert event.timezone == "Europe/Brussels"
    assert event.host == "Government of Belgium"
    assert event.co_organisers == ["African Union", "European Union", "United Nations"]
    assert event.working_languages == ["en", "fr"]
    assert [t.name for t in event.themes] == [
        "Status of Academic Research on Genocide",
        "An Integrated International Human Rights Law – International Criminal Law Perspective",
        "Role of Civil Society",
        "Parliaments, National and Institutional Responses",
    ]
    assert all(r.capacity and r.capacity > 0 for r in event.rooms)
    assert "Main Conference Hall" in [r.name for r in event.rooms]


def test_about_500_participants_from_exactly_125_states(demo: tuple[Session, int]) -> None:
    s, event_id = demo
    stats = event_stats(SessionReader(s), event_id)
    assert 500 <= stats.participants <= 560
    assert stats.states == 125
    kinds = set(s.scalars(
        select(Organisation.kind).join(Participant).where(Participant.event_id == event_id)
    ))
    assert kinds == set(OrganisationKind)
    # Mostly attending; a few declined or cancelled; the categories of a conference's people
    # are well filled (observers are the two observer States' few, guests none).
    by_status = stats.participants_by_status
    attending = by_status["confirmed"] + by_status["checked_in"]
    assert attending > 0.75 * stats.participants
    assert 0 < by_status["declined"] + by_status["cancelled"] < 0.1 * stats.participants
    for category in ("delegate", "speaker", "international_organisation", "civil_society",
                     "academia", "press", "staff"):
        assert stats.participants_by_category[category] >= 10


def test_every_state_delegation_has_an_attending_head(sqlite_demo: tuple[Session, int]) -> None:
    s, event_id = sqlite_demo
    heads = s.execute(
        select(Organisation.country_code, Participant.honorific, Participant.status)
        .join(Participant)
        .where(Participant.event_id == event_id, Participant.delegation_role == "head",
               Organisation.kind.in_([OrganisationKind.STATE, OrganisationKind.OBSERVER_STATE]))
    ).all()
    assert len({code for code, _, _ in heads}) == 125
    assert all(status in (Status.CONFIRMED, Status.CHECKED_IN) for _, _, status in heads)
    assert {"H.E. Mr", "H.E. Ms", "Ambassador"} <= {honorific for _, honorific, _ in heads}


def test_codes_and_emails_are_unique_and_fictitious(sqlite_demo: tuple[Session, int]) -> None:
    s, event_id = sqlite_demo
    people = _people(s, event_id)
    codes = [p.code for p in people]
    assert len(set(codes)) == len(codes)
    assert all(is_code(c) for c in codes)
    emails = [p.email for p in people if p.email]
    assert len(set(emails)) == len(emails) > 450
    assert all(e.split("@")[1].endswith((".example.org", ".example.edu", ".example.net"))
               for e in emails)


def test_the_public_figures_are_there_with_their_functions(
    sqlite_demo: tuple[Session, int],
) -> None:
    s, event_id = sqlite_demo
    by_family = {p.family_name: p for p in _people(s, event_id)}
    assert by_family["Reynders"].display_name == "H.E. Mr Didier Reynders"
    assert by_family["Reynders"].function == (
        "Deputy Prime Minister and Minister of Foreign Affairs of Belgium")
    assert by_family["Reynders"].organisation.name_en == "Belgium"  # type: ignore[union-attr]
    assert by_family["Ban"].plain_name == "Ban Ki-moon"
    assert by_family["Ban"].function == "Secretary-General of the United Nations"
    assert by_family["Jagland"].plain_name == "Thorbjørn Jagland"
    assert by_family["Jagland"].function == "Secretary General of the Council of Europe"
    assert by_family["Dlamini-Zuma"].function == "Chairperson of the African Union Commission"
    assert by_family["Dlamini-Zuma"].organisation.acronym == "AU"  # type: ignore[union-attr]


def test_names_in_many_scripts(demo: tuple[Session, int]) -> None:
    s, event_id = demo
    people = _people(s, event_id)
    scripts: set[str] = set()
    for p in people:
        for ch in p.given_name + p.family_name:
            if ch.isalpha():
                scripts.add(unicodedata.name(ch).split()[0])
    assert {"LATIN", "CYRILLIC", "GREEK", "ARABIC", "CJK"} <= scripts
    assert any(not p.family_name for p in people)  # people known by one name
    chinese = [p for p in people if p.family_name_first and "CJK" in unicodedata.name(
        p.family_name[0])]
    assert chinese and chinese[0].plain_name == chinese[0].family_name + " " + chinese[0].given_name
    accented = [p.family_name for p in people
                if p.family_name and unicodedata.name(p.family_name[0]).startswith("LATIN")
                and unicodedata.normalize("NFD", p.family_name) != p.family_name]
    assert len(accented) >= 20  # Latin names with diacritics: Šimić, Lefèvre, Yılmaz…


def test_sessions_lie_inside_the_event_and_rooms_are_not_double_booked(
    demo: tuple[Session, int],
) -> None:
    s, event_id = demo
    event = s.get(Event, event_id)
    assert event is not None
    sessions = list(s.scalars(
        select(ProgrammeSession).where(ProgrammeSession.event_id == event_id)
    ))
    assert len(sessions) >= 14
    assert {x.day for x in sessions} == set(event.days)
    by_room: dict[tuple[int, date], list[ProgrammeSession]] = defaultdict(list)
    for x in sessions:
        assert x.end_time > x.start_time, x
        assert x.room is not None, x
        by_room[(x.room.id, x.day)].append(x)
    for items in by_room.values():
        items.sort(key=lambda x: x.start_time)
        for before, after in zip(items, items[1:], strict=False):
            assert before.end_time <= after.start_time, (before, after)


def test_the_programme_follows_the_texts(demo: tuple[Session, int]) -> None:
    s, event_id = demo
    sessions = list(s.scalars(
        select(ProgrammeSession).where(ProgrammeSession.event_id == event_id)
        .options(selectinload(ProgrammeSession.roles))
        .order_by(ProgrammeSession.day, ProgrammeSession.start_time)
    ))
    by_kind = defaultdict(list)
    for x in sessions:
        by_kind[x.kind].append(x)
    (opening,) = by_kind[SessionKind.OPENING]
    assert opening.day == date(2014, 3, 31)
    assert [p.family_name for p in opening.people(RoleKind.SPEAKER)] == ["Reynders"]
    (high_level,) = by_kind[SessionKind.HIGH_LEVEL]
    assert high_level.title == "High Level Political Session"
    assert high_level.day == date(2014, 4, 1)
    speakers = [p.family_name for p in high_level.people(RoleKind.SPEAKER)]
    # Institutional responses follow the ministerial interventions.
    assert speakers[-3:] == ["Jagland", "Dlamini-Zuma", "Ban"]
    assert all(p.function.startswith(("Minister", "Deputy Minister"))
               for p in high_level.people(RoleKind.SPEAKER)[:-3])
    (closing,) = by_kind[SessionKind.CLOSING]
    assert closing is sessions[-1]
    assert [p.family_name for p in closing.people(RoleKind.CHAIR)] == ["Reynders"]
    assert "call for action" in closing.title
    titles = " ".join(x.title.lower() for x in sessions)
    for topic in ("academic research", "legal framework", "civil society",
                  "political actions, reactions and initiatives"):
        assert topic in titles
    assert len(by_kind[SessionKind.BREAK]) >= 4
    for x in sessions:
        if x.kind in SUBSTANTIVE:
            assert x.people(RoleKind.CHAIR) or x.people(RoleKind.MODERATOR), x
            assert x.people(RoleKind.SPEAKER) or x.people(RoleKind.KEYNOTE_SPEAKER), x
            assert x.people(RoleKind.RAPPORTEUR), x
            assert x.theme is not None, x
    speakers_category = {r.participant.category for x in sessions for r in x.roles
                         if r.role is RoleKind.KEYNOTE_SPEAKER}
    assert speakers_category == {"speaker"}


def test_a_second_demo_in_the_same_database_shares_organisations(database: Database) -> None:
    with database.sessions.begin() as s:
        first = build_demo(s).id
        second = build_demo(s).id
    with database.sessions() as s:
        assert event_stats(SessionReader(s), second).states == 125
        assert s.scalar(select(func.count()).select_from(Organisation)) == event_stats(
            SessionReader(s), first).organisations
        codes = list(s.scalars(select(Participant.code)))
        first_stats = event_stats(SessionReader(s), first)
        assert len(codes) == len(set(codes)) == 2 * first_stats.participants


def _snapshot(db: Database) -> list[tuple[object, ...]]:
    with db.sessions() as s:
        return [tuple(row) for row in s.execute(
            select(Participant.code, Participant.honorific, Participant.given_name,
                   Participant.family_name, Participant.function, Participant.status,
                   Participant.email, Participant.checked_in_at, Organisation.name_en)
            .join(Organisation).order_by(Participant.code)
        )]


def test_the_demo_is_the_same_every_time(tmp_path: Path) -> None:

    snapshots = []
    for name in ("a.sqlite", "b.sqlite"):
        db = open_database(tmp_path / name)
        try:
            with db.sessions.begin() as s:
                build_demo(s)
            snapshots.append(_snapshot(db))
        finally:
            db.close()
    assert snapshots[0] == snapshots[1]
    assert len(snapshots[0]) > 500
