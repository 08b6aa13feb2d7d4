"""The events' service: one unit of work per action, refusals leave the database as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from confdesk.db.database import Database
from confdesk.errors import ConcurrentEditError
from confdesk.events.models import Event, Room
from confdesk.events.operations import ConfirmationRequired, EventData, EventInputError, RoomRow
from confdesk.events.service import EventService
from confdesk.programme.models import Session as ProgrammeSession
from tests.factories import make_event, make_room, make_session

DATA = EventData(title="Regional Forum", start_date=date(2015, 9, 7),
                 end_date=date(2015, 9, 8), short_name="Arusha 2015",
                 timezone="Africa/Dar_es_Salaam")


def test_create_then_list_and_read_back(database: Database) -> None:
    service = EventService(database)
    event_id = service.create(DATA, [RoomRow("Kilimanjaro Hall", 800), RoomRow("Room 2")])
    assert [(e.event_id, e.title, e.short_name) for e in service.listing()] == [
        (event_id, "Regional Forum", "Arusha 2015")]
    form = service.form(event_id)
    assert form.data.timezone == "Africa/Dar_es_Salaam"
    assert [(r.name, r.capacity) for r in form.rooms] == [("Kilimanjaro Hall", 800),
                                                         ("Room 2", None)]


def test_a_refused_create_writes_nothing(database: Database) -> None:
    service = EventService(database)
    with pytest.raises(EventInputError, match="room names must differ"):
        service.create(DATA, [RoomRow("Hall"), RoomRow("hall")])
    assert service.listing() == []


def test_update_refuses_over_a_colleagues_change_and_keeps_theirs(database: Database) -> None:
    service = EventService(database)
    event_id = service.create(DATA, [RoomRow("Hall", 100)])
    mine, theirs = service.form(event_id), service.form(event_id)
    service.update(event_id, theirs.version, replace(theirs.data, venue="AICC"))
    with pytest.raises(ConcurrentEditError, match="“Regional Forum” was changed by someone"):
        service.update(event_id, mine.version, replace(mine.data, venue="Mine"), mine.rooms)
    assert service.form(event_id).data.venue == "AICC"


def test_a_room_in_use_is_kept_unless_confirmed(database: Database) -> None:
    with database.sessions() as s:
        event = make_event(s)
        room = make_room(s, event, name="Room A")
        make_room(s, event, name="Room B")
        make_session(s, event, room=room)
        s.commit()
        event_id = event.id
    service = EventService(database)
    form = service.form(event_id)
    rest = tuple(r for r in form.rooms if r.name != "Room A")
    changed = replace(form.data, venue="Palais d'Egmont")
    with pytest.raises(ConfirmationRequired, match="1 session takes place in “Room A”"):
        service.update(event_id, form.version, changed, rest)
    with database.sessions() as s:  # nothing saved: neither the venue nor the rooms
        assert s.get_one(Event, event_id).venue != "Palais d'Egmont"
        assert len(s.get_one(Event, event_id).rooms) == 2
    result = service.update(event_id, form.version, changed, rest, clear_sessions=True)
    assert result.cleared_sessions == 1
    with database.sessions() as s:
        assert [r.name for r in s.get_one(Event, event_id).rooms] == ["Room B"]
        assert s.query(ProgrammeSession).one().room_id is None


def test_a_room_a_colleague_renamed_is_not_overwritten(database: Database) -> None:
    service = EventService(database)
    event_id = service.create(DATA, [RoomRow("Hall", 100)])
    form = service.form(event_id)
    theirs = (replace(form.rooms[0], name="Great Hall"),)
    service.update(event_id, None, form.data, theirs)
    with pytest.raises(ConcurrentEditError, match="The room “Great Hall” was changed"):
        service.update(event_id, None, form.data, (replace(form.rooms[0], capacity=90),))
    with database.sessions() as s:
        assert [(r.name, r.capacity) for r in s.query(Room)] == [("Great Hall", 100)]


def test_delete_and_then_reading_says_it_is_gone(database: Database) -> None:
    service = EventService(database)
    event_id = service.create(DATA)
    assert service.delete(event_id) == "Regional Forum"
    assert service.listing() == []
    with pytest.raises(ConcurrentEditError, match=f"Event {event_id} no longer exists"):
        service.form(event_id)


def test_refusals_carry_a_code_and_params_for_translation(database: Database) -> None:
    service = EventService(database)
    with pytest.raises(EventInputError) as caught:
        service.create(replace(DATA, timezone="Europe/Bruxelles"))
    assert caught.value.code == "event.timezone"
    assert caught.value.params == {"zone": "Europe/Bruxelles"}
    assert caught.value.template.startswith("“{zone}” is not a known time zone")
    assert str(caught.value).startswith("“Europe/Bruxelles” is not a known time zone")
    with pytest.raises(EventInputError) as caught:
        service.create(replace(DATA, working_languages=("xx",)))
    assert (caught.value.code, caught.value.params) == ("event.language", {"language": "xx"})
    with pytest.raises(EventInputError) as caught:
        service.create(replace(DATA, venue_fr="x" * 500))
    assert str(caught.value) == "The French venue is too long: 500 characters, at most 200."
