"""The demo conference: Brussels 2014, built from the facts in `resources/demo/`.

`build_demo` adds the event, its rooms, themes, organisations, about 500 participants from
125 States and the two-day programme to a session; `write_demo_database` writes all that to a
new SQLite file. The same seed gives the same demo every time.
"""

from __future__ import annotations

import os
import random
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from babel import Locale
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from confdesk.conclusions.demo import add_demo_documents
from confdesk.db.database import open_database
from confdesk.db.errors import UserError
from confdesk.db.reader import SessionReader
from confdesk.demo import data
from confdesk.demo.crowd import ORG, PERSON, Crowd
from confdesk.demo.floor import add_demo_floor
from confdesk.demo.organisations import ensure_organisations, state_organisation
from confdesk.demo.pools import NamePools
from confdesk.events.models import Event, EventKind, Room
from confdesk.plenary.seating_demo import add_demo_seating
from confdesk.programme.models import RoleKind, SessionKind, SessionRole, Theme
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration import names
from confdesk.registration.codes import existing_codes, generate_codes
from confdesk.registration.models import Organisation, OrganisationKind, Participant, search_text
from confdesk.registration.names import fold
from confdesk.registration.states import State, all_states, state
from confdesk.reports.stats import event_stats
from confdesk.team.access import require
from confdesk.team.roles import Permission


def build_demo(session: Session) -> Event:
    """Add the whole demo conference to `session` and flush; the caller commits."""
    facts = data.load("event")
    population = data.load("population")
    rng = random.Random(population["seed"])

    event = _add_event(session, facts)
    delegations = _choose_states(rng, population)
    org_ids = _add_organisations(session, delegations, data.load("organisations"))
    person_ids = _add_participants(session, rng, event, delegations, org_ids)
    _add_programme(session, event, data.load("programme"), person_ids)

    # Later additions to the demo (the chair's conclusions drafts, once the outcome-document
    # model exists) go here, after the programme and participants they may refer to.
    add_demo_documents(session, event)
    add_demo_floor(session, event, person_ids)
    add_demo_seating(session, event)

    session.flush()
    return event


def write_demo_database(path: Path, *, replace: bool = False) -> str:
    """Write the demo to a new SQLite file at `path`; return a one-line summary.

    The file is built beside `path` under a temporary name and moved into place at the end, so
    a failure leaves no half-built file and an existing file is replaced only on success.
    """
    path = Path(path)
    if path.exists() and not replace:
        raise UserError(f"{path} exists already; choose a new file or replace it.")
    if not path.parent.resolve().is_dir():
        raise UserError(f"The folder {path.parent} does not exist.")
    partial = path.with_name(f".{path.name}.partial")
    _remove_sqlite_files(partial)
    db = open_database(partial)
    try:
        with db.sessions.begin() as session:
            event = build_demo(session)
            stats = event_stats(SessionReader(session), event.id)
    except BaseException:
        db.close()
        _remove_sqlite_files(partial)
        raise
    db.close()
    _remove_sqlite_files(path)
    os.replace(partial, path)
    return _summary(stats)


def write_demo_to_server(url: str) -> str:
    """Add the demo conference to the database at `url` (a shared PostgreSQL server, made
    confdesk's if empty) in one transaction; return a one-line summary. Refused when the
    database holds the demo already."""
    db = open_database(url)
    try:
        with db.sessions.begin() as session:
            require(session, Permission.EDIT_EVENTS)
            spec = data.load("event")["event"]
            if session.scalar(select(Event.id).where(
                    Event.title == spec["title"],
                    Event.start_date == date.fromisoformat(spec["start_date"]))) is not None:
                raise UserError(f"{db.label} holds the demo conference already.")
            event = build_demo(session)
            stats = event_stats(SessionReader(session), event.id)
    finally:
        db.close()
    return _summary(stats)


def _summary(stats: Any) -> str:
    others = stats.organisations - stats.states
    return (
        f"1 event, {stats.participants} participants from {stats.states} States and "
        f"{others} organisations, {stats.sessions} sessions"
    )


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _add_event(session: Session, facts: dict[str, Any]) -> Event:
    spec = facts["event"]
    event = Event(
        title=spec["title"], short_name=spec["short_name"], kind=EventKind(spec["kind"]),
        start_date=date.fromisoformat(spec["start_date"]),
        end_date=date.fromisoformat(spec["end_date"]),
        timezone=spec["timezone"], venue=spec["venue"], city=spec["city"],
        country_code=spec["country_code"], host=spec["host"],
        co_organisers=list(spec["co_organisers"]),
        working_languages=list(spec["working_languages"]), description=spec["description"],
        title_fr=spec.get("title_fr", ""), venue_fr=spec.get("venue_fr", ""),
        city_fr=spec.get("city_fr", ""), host_fr=spec.get("host_fr", ""),
    )
    event.rooms = [
        Room(name=r["name"], capacity=r["capacity"], position=i)
        for i, r in enumerate(facts["rooms"])
    ]
    event.themes = [
        Theme(name=t["name"], colour=t["colour"], description=t["description"], position=i)
        for i, t in enumerate(facts["themes"])
    ]
    session.add(event)
    session.flush()
    return event


def _choose_states(rng: random.Random, population: dict[str, Any]) -> list[State]:
    """The States that send delegations: the required ones, the rest drawn at random."""
    required = []
    for code in population["required_states"]:
        found = state(code)
        if found is None:
            raise ValueError(f"population.json: {code} is not a UN Member or observer State")
        required.append(found)
    order = _draw_order()
    others = [s for s in order if s not in required]
    chosen = {*required, *rng.sample(others, population["state_count"] - len(required))}
    return [s for s in order if s in chosen]


def _draw_order() -> list[State]:
    """The States in the order the demo draws them: by their CLDR English names, as
    confdesk listed them before it took the UN's names, so that the same seed still gives
    the same delegations and people (the demo's tests and screenshots name them)."""
    cldr = Locale("en").territories
    own = {"VA": "Holy See", "PS": "State of Palestine"}
    return sorted(all_states(), key=lambda s: fold(own.get(s.code) or cldr[s.code]))


def _add_organisations(
    session: Session, delegations: list[State], orgs: dict[str, Any]
) -> dict[str, int]:
    """Organisation ids by key ("state:BE", "un", …), reusing rows that already exist."""
    wanted = {f"state:{s.code}": state_organisation(s) for s in delegations}
    for spec in orgs["organisations"]:
        wanted[spec["key"]] = Organisation(
            name_en=spec["name_en"], name_fr=spec["name_fr"], acronym=spec["acronym"],
            kind=OrganisationKind(spec["kind"]), country_code=spec["country_code"],
        )
    return ensure_organisations(session, wanted)


def _add_participants(
    session: Session, rng: random.Random, event: Event, delegations: list[State],
    org_ids: dict[str, int],
) -> dict[str, int]:
    """Insert every participant in one statement; return the ids of the people.json keys."""
    people = data.load("people")["people"]
    crowd = Crowd(rng, NamePools(data.load("names")), data.load("population"), event.timezone)
    by_state: dict[str, list[dict[str, Any]]] = {}
    by_org: dict[str, list[dict[str, Any]]] = {}
    for person in people:
        if "state" in person:
            by_state.setdefault(person["state"], []).append(person)
        else:
            by_org.setdefault(person["org"], []).append(person)
    missing = set(by_state) - {s.code for s in delegations}
    if missing:
        raise ValueError(f"people.json names States without a delegation: {sorted(missing)}")
    for s in delegations:
        crowd.state_delegation(s, by_state.get(s.code, []))
    for spec in data.load("organisations")["organisations"]:
        crowd.organisation(spec, by_org.get(spec["key"], []))
    crowd.stamp_times()

    codes = generate_codes(len(crowd.rows), existing=existing_codes(session), rng=rng)
    keyed: dict[str, str] = {}
    rows = []
    for row, code in zip(crowd.rows, codes, strict=True):
        row = dict(row)
        person_key = row.pop(PERSON, None)
        if person_key:
            keyed[person_key] = code
        row["organisation_id"] = org_ids[row.pop(ORG)]
        row.update(
            event_id=event.id, code=code,
            sort_key=names.sort_key(row["given_name"], row["family_name"]),
            search_text=search_text(row["given_name"], row["family_name"], row["email"], code),
        )
        rows.append(row)
    session.execute(insert(Participant), rows)
    ids = dict(
        session.execute(
            select(Participant.code, Participant.id).where(
                Participant.event_id == event.id, Participant.code.in_(keyed.values())
            )
        ).all()
    )
    return {key: ids[code] for key, code in keyed.items()}


def _add_programme(
    session: Session, event: Event, programme: dict[str, Any], person_ids: dict[str, int]
) -> None:
    rooms = {spec["key"]: room for spec, room in zip(data.load("event")["rooms"], event.rooms,
                                                      strict=True)}
    themes = {spec["key"]: theme for spec, theme in zip(data.load("event")["themes"],
                                                         event.themes, strict=True)}
    for spec in programme["sessions"]:
        item = ProgrammeSession(
            event=event,
            day=event.start_date + timedelta(days=spec["day"] - 1),
            start_time=time.fromisoformat(spec["start"]),
            end_time=time.fromisoformat(spec["end"]),
            room=rooms[spec["room"]],
            kind=SessionKind(spec["kind"]),
            theme=themes[spec["theme"]] if "theme" in spec else None,
            title=spec["title"],
            description=spec.get("description", ""),
        )
        for role, keys in spec.get("roles", {}).items():
            for position, key in enumerate(keys):
                item.roles.append(SessionRole(
                    role=RoleKind(role), participant_id=person_ids[key], position=position,
                ))
        session.add(item)
    session.flush()
