"""Large synthetic events for benchmarks: tens of thousands of invented participants.

Everything is inserted in bulk (one statement per table), so 20,000 participants build in
a couple of seconds. The same seed gives the same event.
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from confdesk.demo import data
from confdesk.demo.organisations import ensure_organisations, state_organisation
from confdesk.demo.pools import NamePools
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
    if participants < 0 or sessions < 0:
        raise ValueError("participants and sessions must not be negative")
    if days < 1 or rooms < 1:
        raise ValueError("an event needs at least one day and one room")
    slots = max(1, math.ceil(sessions / (days * rooms)))
    slot_minutes = _minutes(DAY_START, DAY_END) // slots
    if slot_minutes < MIN_SLOT_MINUTES:
        raise ValueError(
            f"{sessions} sessions do not fit in {days} days × {rooms} rooms "
            f"(slots would be {slot_minutes} minutes)"
        )
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

    org_ids = _organisations(session)
    people = _participants(session, rng, event, participants, org_ids)
    _programme(session, rng, event, sessions, slots, slot_minutes, people)
    session.flush()
    return event


def _minutes(a: time, b: time) -> int:
    return int((datetime.combine(date.min, b) - datetime.combine(date.min, a)).total_seconds()
               // 60)


def _organisations(session: Session) -> list[int]:
    wanted: dict[str, Organisation] = {s.code: state_organisation(s) for s in all_states()}
    for i, kind in enumerate(_OTHER_KINDS * 5):
        wanted[f"org{i}"] = Organisation(
            name_en=f"Synthetic {kind.value.replace('_', ' ')} {i + 1}", kind=kind,
        )
    return list(ensure_organisations(session, wanted).values())


def _participants(session: Session, rng: random.Random, event: Event, count: int,
                  org_ids: list[int]) -> list[int]:
    pools = NamePools(data.load("names"))
    cultures = sorted(pools.cultures)
    codes = generate_codes(count, existing=existing_codes(session), rng=rng)
    statuses, status_w = list(_STATUS_WEIGHTS), list(_STATUS_WEIGHTS.values())
    categories, category_w = list(_CATEGORY_WEIGHTS), list(_CATEGORY_WEIGHTS.values())
    rows: list[dict[str, Any]] = []
    for i, code in enumerate(codes):
        name = pools.draw(rng, cultures, female=rng.random() < 0.45)
        email = f"{name.email_local or 'person'}.{i + 1}@synthetic.example.org"
        rows.append({
            "event_id": event.id, "code": code, "honorific": "",
            "given_name": name.given, "family_name": name.family,
            "family_name_first": name.family_first, "function": "",
            "organisation_id": rng.choice(org_ids),
            "delegation_role": DelegationRole.MEMBER,
            "category": rng.choices(categories, category_w)[0],
            "status": rng.choices(statuses, status_w)[0],
            "email": email,
            "sort_key": _sort_key(name.given, name.family),
            "search_text": _search_text(name.given, name.family, email, code),
        })
    if not rows:
        return []
    return list(session.scalars(
        insert(Participant).returning(Participant.id, sort_by_parameter_order=True), rows
    ))


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
        })
    if not rows:
        return
    session_ids = list(session.scalars(
        insert(ProgrammeSession).returning(ProgrammeSession.id, sort_by_parameter_order=True),
        rows,
    ))
    if not people:
        return
    roles: list[dict[str, Any]] = []
    for sid in session_ids:
        chosen = rng.sample(people, min(len(people), rng.randint(2, 5)))
        for position, pid in enumerate(chosen):
            role = RoleKind.CHAIR if position == 0 else RoleKind.SPEAKER
            roles.append({"session_id": sid, "participant_id": pid, "role": role,
                          "position": 0 if position == 0 else position - 1})
    session.execute(insert(SessionRole), roles)
