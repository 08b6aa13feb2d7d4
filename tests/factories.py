"""Small builders of valid rows for tests: each takes overrides and fills in the rest."""

from __future__ import annotations

import itertools
from datetime import date, time
from typing import Any

from sqlalchemy.orm import Session

from confdesk.events.models import Event, Room
from confdesk.programme.models import RoleKind, SessionRole, Theme
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration.models import Organisation, OrganisationKind, Participant

_counter = itertools.count(1)


def make_event(session: Session, **kw: Any) -> Event:
    values: dict[str, Any] = {
        "title": "Test Conference on Prevention",
        "short_name": "Test 2014",
        "start_date": date(2014, 3, 31),
        "end_date": date(2014, 4, 1),
        "timezone": "Europe/Brussels",
        "venue": "Egmont Palace",
        "city": "Brussels",
        "country_code": "BE",
    }
    values.update(kw)
    event = Event(**values)
    session.add(event)
    session.flush()
    return event


def make_room(session: Session, event: Event, **kw: Any) -> Room:
    values: dict[str, Any] = {"name": f"Room {next(_counter)}", "capacity": 100}
    values.update(kw)
    room = Room(event=event, **values)
    session.add(room)
    session.flush()
    return room


def make_organisation(session: Session, **kw: Any) -> Organisation:
    n = next(_counter)
    values: dict[str, Any] = {
        "name_en": f"Organisation {n}", "kind": OrganisationKind.CIVIL_SOCIETY,
    }
    values.update(kw)
    org = Organisation(**values)
    session.add(org)
    session.flush()
    return org


def make_participant(session: Session, event: Event, **kw: Any) -> Participant:
    n = next(_counter)
    values: dict[str, Any] = {
        "code": f"T{n:05d}",
        "given_name": f"Given{n}",
        "family_name": f"Family{n}",
        "email": f"person{n}@example.org",
    }
    values.update(kw)
    person = Participant(event=event, **values)
    session.add(person)
    session.flush()
    return person


def make_theme(session: Session, event: Event, **kw: Any) -> Theme:
    values: dict[str, Any] = {"name": f"Theme {next(_counter)}", "colour": "#336699"}
    values.update(kw)
    theme = Theme(event=event, **values)
    session.add(theme)
    session.flush()
    return theme


def make_session(session: Session, event: Event, **kw: Any) -> ProgrammeSession:
    values: dict[str, Any] = {
        "title": f"Session {next(_counter)}",
        "day": event.start_date,
        "start_time": time(9, 0),
        "end_time": time(10, 30),
    }
    values.update(kw)
    item = ProgrammeSession(event=event, **values)
    session.add(item)
    session.flush()
    return item


def add_role(session: Session, item: ProgrammeSession, person: Participant, role: RoleKind,
             position: int = 0) -> SessionRole:
    link = SessionRole(session=item, participant=person, role=role, position=position)
    session.add(link)
    session.flush()
    return link
