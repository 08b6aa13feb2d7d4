"""Large synthetic events, for benchmarks and for anyone trying confdesk at scale
(`confdesk demo PATH --participants N --sessions S --days D --rooms R`).

Every person is invented: a given and a family name of the culture of their delegation's
State (Latin, Cyrillic, Greek, Arabic and Chinese scripts among them, see
`resources/demo/names.json`), in the delegation of a real State or of an invented body. The
sessions fill the event's days and rooms in slots of equal length.

Everything is inserted with Core executemany (one statement per table, values that are
clean text already), so 100,000 participants build in seconds. The same seed gives the same
event.
"""

from __future__ import annotations

import math
import os
import random
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from confdesk.db.base import utcnow
from confdesk.db.cleaning import ALREADY_CLEAN
from confdesk.demo import data
from confdesk.demo.organisations import ensure_organisations, state_organisation
from confdesk.demo.pools import NamePools
from confdesk.errors import UserError
from confdesk.events.models import Event, EventKind, Room
from confdesk.programme.models import RoleKind, SessionKind, SessionRole, Theme
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration import names
from confdesk.registration.codes import existing_codes, generate_codes
from confdesk.registration.models import (
    DelegationRole,
    Organisation,
    OrganisationKind,
    Participant,
    Status,
    search_text,
)
from confdesk.registration.states import all_states

#: The programme runs from DAY_START to DAY_END in every room; slots get a 15-minute gap.
DAY_START, DAY_END = time(8, 0), time(20, 0)
GAP_MINUTES = 15
MIN_SLOT_MINUTES = 30

_STATUS_WEIGHTS = {
    Status.CHECKED_IN: 55, Status.CONFIRMED: 25, Status.REGISTERED: 10, Status.INVITED: 4,
    Status.DECLINED: 4, Status.CANCELLED: 2,
}
_CATEGORY_WEIGHTS = {
    "delegate": 64, "observer": 6, "speaker": 6, "international_organisation": 6,
    "civil_society": 5, "academia": 3, "press": 5, "interpreter": 1, "staff": 2, "guest": 2,
}
_KINDS = (SessionKind.PANEL, SessionKind.PLENARY, SessionKind.KEYNOTE, SessionKind.SIDE_EVENT)
_TOPICS = (
    "Early warning", "Hate speech and incitement", "Accountability", "Education and memory",
    "Regional mechanisms", "National focal points", "Media and prevention", "Peacekeeping",
)
_OTHER_KINDS = [k for k in OrganisationKind
                if k not in (OrganisationKind.STATE, OrganisationKind.OBSERVER_STATE)]


def generate_event(
    session: Session, *, participants: int = 20000, sessions: int = 400, days: int = 10,
    rooms: int = 6, seed: int = 1,
) -> Event:
    """Add a synthetic event of the given size to `session` and flush; the caller commits."""
    slots, slot_minutes = check_size(participants=participants, sessions=sessions, days=days,
                                     rooms=rooms)
    rng = random.Random(seed)
    start = date(2030, 1, 7)
    event = Event(
        title=f"Synthetic benchmark conference (seed {seed})", short_name=f"Synthetic {seed}",
        kind=EventKind.CONFERENCE, start_date=start, end_date=start + timedelta(days=days - 1),
        timezone="Europe/Brussels", venue="Benchmark Centre", city="Brussels",
        country_code="BE", host="confdesk benchmarks", co_organisers=[],
        working_languages=["en", "fr"],
        description="Generated for benchmarks: every person and organisation is invented.",
    )
    event.rooms = [Room(name=f"Room {i + 1}", capacity=100 + 50 * i, position=i)
                   for i in range(rooms)]
    event.themes = [Theme(name=topic, colour=f"#{rng.randrange(0x1000000):06x}", position=i)
                    for i, topic in enumerate(_TOPICS)]
    session.add(event)
    session.flush()

    delegations = _organisations(session)
    people = _participants(session, rng, event, participants, delegations)
    _programme(session, rng, event, sessions, slots, slot_minutes, people)
    session.flush()
    return event


#: Sizes past which a synthetic event stops being a test of scale and becomes a test of
#: patience (and of the codes: 6 characters of the code alphabet run out near a billion).
MAX_PARTICIPANTS, MAX_DAYS, MAX_ROOMS = 1_000_000, 366, 200


def check_size(*, participants: int, sessions: int, days: int, rooms: int) -> tuple[int, int]:
    """(slots per room and day, minutes per slot) for an event of that size; ValueError with
    a sentence to show when it cannot be built."""
    if participants < 0 or sessions < 0:
        raise ValueError("The numbers of participants and sessions must not be negative.")
    if days < 1 or rooms < 1:
        raise ValueError("An event needs at least one day and one room.")
    if participants > MAX_PARTICIPANTS or days > MAX_DAYS or rooms > MAX_ROOMS:
        raise ValueError(f"At most {MAX_PARTICIPANTS:,} participants, {MAX_DAYS} days and "
                         f"{MAX_ROOMS} rooms.")
    slots = max(1, math.ceil(sessions / (days * rooms)))
    slot_minutes = _minutes(DAY_START, DAY_END) // slots
    if slot_minutes < MIN_SLOT_MINUTES:
        raise ValueError(
            f"{sessions} sessions do not fit in {days} days × {rooms} rooms "
            f"(slots would be {slot_minutes} minutes, at least {MIN_SLOT_MINUTES} are needed)."
        )
    return slots, slot_minutes


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


def _minutes(a: time, b: time) -> int:
    return int((datetime.combine(date.min, b) - datetime.combine(date.min, a)).total_seconds()
               // 60)


def _organisations(session: Session) -> list[tuple[int, str | None]]:
    """(id, country code) of every delegation: the States, then invented bodies."""
    wanted: dict[str, Organisation] = {s.code: state_organisation(s) for s in all_states()}
    for i, kind in enumerate(_OTHER_KINDS * 5):
        wanted[f"org{i}"] = Organisation(
            name_en=f"Synthetic {kind.value.replace('_', ' ')} {i + 1}", kind=kind,
        )
    states = {s.code for s in all_states()}
    return [(oid, key if key in states else None)
            for key, oid in ensure_organisations(session, wanted).items()]


def _participants(session: Session, rng: random.Random, event: Event, count: int,
                  delegations: list[tuple[int, str | None]]) -> list[int]:
    """Insert `count` people, each named after the culture of their delegation's State (an
    invented body's staff come from anywhere); return their ids."""
    pools = NamePools(data.load("names"))
    everywhere = sorted(pools.cultures)
    cultures_of = {oid: pools.cultures_for(country) if country else everywhere
                   for oid, country in delegations}
    org_ids = [oid for oid, _country in delegations]
    codes = generate_codes(count, existing=existing_codes(session), rng=rng)
    statuses, status_w = list(_STATUS_WEIGHTS), list(_STATUS_WEIGHTS.values())
    categories, category_w = list(_CATEGORY_WEIGHTS), list(_CATEGORY_WEIGHTS.values())
    chosen_orgs = rng.choices(org_ids, k=count)
    chosen_categories = rng.choices(categories, category_w, k=count)
    chosen_statuses = rng.choices(statuses, status_w, k=count)
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for i, code in enumerate(codes):
        org_id = chosen_orgs[i]
        name = pools.draw(rng, cultures_of[org_id], female=rng.random() < 0.45)
        email = f"{name.email_local or 'person'}.{i + 1}@synthetic.example.org"
        rows.append({
            "event_id": event.id, "code": code, "honorific": "",
            "given_name": name.given, "family_name": name.family,
            "family_name_first": name.family_first, "function": "",
            "organisation_id": org_id,
            "delegation_role": DelegationRole.MEMBER,
            "category": chosen_categories[i],
            "status": chosen_statuses[i],
            "email": email,
            "sort_key": _sort_key(name.given, name.family),
            "search_text": _search_text(name.given, name.family, email, code),
            "version": 1, "created_at": now, "updated_at": now,
        })
    if not rows:
        return []
    connection = session.connection()
    connection.execute(insert(Participant).execution_options(**ALREADY_CLEAN), rows)
    return list(session.scalars(select(Participant.id).where(Participant.event_id == event.id)))


# Names repeat a lot in 20,000 draws: fold each pair once.
_sort_key = cache(names.sort_key)
_name_text = cache(lambda given, family: search_text(given, family, None, None))


def _search_text(given: str, family: str, email: str, code: str) -> str:
    """`search_text` of the models, with the folded name taken from a cache."""
    tail = search_text(None, None, email, code)
    head = _name_text(given, family)
    return f"{head} {tail}" if head and tail else head or tail


def _programme(session: Session, rng: random.Random, event: Event, count: int, slots: int,
               slot_minutes: int, people: list[int]) -> None:
    rows: list[dict[str, Any]] = []
    now = utcnow()
    length = timedelta(minutes=max(slot_minutes - GAP_MINUTES, MIN_SLOT_MINUTES - GAP_MINUTES))
    for i in range(count):
        slot, room_index = i % slots, (i // slots) % len(event.rooms)
        day = event.start_date + timedelta(days=i // (slots * len(event.rooms)))
        begins = datetime.combine(day, DAY_START) + timedelta(minutes=slot * slot_minutes)
        theme = rng.choice(event.themes)
        rows.append({
            "event_id": event.id, "day": day, "start_time": begins.time(),
            "end_time": (begins + length).time(), "room_id": event.rooms[room_index].id,
            "kind": rng.choice(_KINDS), "theme_id": theme.id,
            "title": f"Session {i + 1}: {theme.name}", "description": "",
            "version": 1, "created_at": now, "updated_at": now,
        })
    if not rows:
        return
    connection = session.connection()
    connection.execute(insert(ProgrammeSession).execution_options(**ALREADY_CLEAN),
                       rows)
    session_ids = list(session.scalars(
        select(ProgrammeSession.id).where(ProgrammeSession.event_id == event.id)
        .order_by(ProgrammeSession.id)))
    if not people:
        return
    roles: list[dict[str, Any]] = []
    for sid in session_ids:
        chosen = rng.sample(people, min(len(people), rng.randint(2, 5)))
        for position, pid in enumerate(chosen):
            role = RoleKind.CHAIR if position == 0 else RoleKind.SPEAKER
            roles.append({"session_id": sid, "participant_id": pid, "role": role,
                          "position": 0 if position == 0 else position - 1})
    connection.execute(insert(SessionRole).execution_options(**ALREADY_CLEAN), roles)


def write_synthetic_database(
    path: Path, *, participants: int, sessions: int, days: int, rooms: int, seed: int = 1,
    replace: bool = False,
) -> str:
    """Write a synthetic event of the given size to a new SQLite file at `path`; return a
    one-line summary. Built under a temporary name and moved into place at the end, as
    `write_demo_database` does: a failure leaves no half-built file."""
    from confdesk.db.database import open_database
    from confdesk.demo.builder import _remove_sqlite_files

    path = Path(path)
    if path.exists() and not replace:
        raise UserError(f"{path} exists already; choose a new file or replace it.")
    if not path.parent.resolve().is_dir():
        raise UserError(f"The folder {path.parent} does not exist.")
    try:
        check_size(participants=participants, sessions=sessions, days=days, rooms=rooms)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    partial = path.with_name(f".{path.name}.partial")
    _remove_sqlite_files(partial)
    db = open_database(partial)
    try:
        with db.sessions.begin() as session:
            event = generate_event(session, participants=participants, sessions=sessions,
                                   days=days, rooms=rooms, seed=seed)
            summary = (f"1 event ({event.start_date} – {event.end_date}), {participants:,} "
                       f"participants, {sessions:,} sessions in {_plural(rooms, 'room')} "
                       f"over {_plural(days, 'day')}")
    except BaseException:
        db.close()
        _remove_sqlite_files(partial)
        raise
    db.close()
    _remove_sqlite_files(path)
    os.replace(partial, path)
    return summary
