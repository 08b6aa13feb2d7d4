"""Event and room operations on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from confdesk.db.database import Database
from confdesk.db.errors import ConcurrentEditError
from confdesk.events.models import Event, Room
from confdesk.events.operations import (
    ConfirmationRequired,
    EventData,
    EventInputError,
    RoomRow,
    add_room,
    create_event,
    delete_event,
    delete_room,
    rename_room,
    reorder_rooms,
    save_rooms,
    update_event,
)
from confdesk.programme.models import Session as ProgrammeSession
from tests.factories import make_event, make_room, make_session

DATA = EventData(
    title="Follow-up Workshop on Early Warning", start_date=date(2015, 5, 4),
    end_date=date(2015, 5, 5), short_name="Geneva 2015", timezone="Europe/Zurich",
    venue="Palais des Nations", city="Geneva", country_code="ch", host="Switzerland",
    co_organisers=("African Union", " European  Union "), working_languages=("en", "FR"),
)


def test_create_event_with_rooms(database: Database) -> None:
    with database.sessions() as s:
        event = create_event(s, DATA, [RoomRow("Salle XX", 700), RoomRow("Room B", None)])
        s.commit()
        event_id = event.id
    with database.sessions() as s:
        event = s.get_one(Event, event_id)
        assert event.country_code == "CH"
        assert event.co_organisers == ["African Union", "European Union"]
        assert event.working_languages == ["en", "fr"]
        assert [(r.name, r.capacity) for r in event.rooms] == [("Salle XX", 700), ("Room B", None)]


@pytest.mark.parametrize(("changes", "message"), [
    ({"title": "  "}, "needs a title"),
    ({"title": "x" * 301}, "at most 300"),
    ({"end_date": date(2015, 5, 3)}, "cannot end"),
    ({"timezone": "Europe/Brusels"}, "not a known time zone"),
    ({"country_code": "XX"}, "not a known ISO 3166"),
    ({"working_languages": ("english",)}, "not an ISO 639-1"),
    ({"working_languages": ()}, "at least one working language"),
])
def test_invalid_event_is_refused(database: Database, changes: dict, message: str) -> None:
    values = {f: getattr(DATA, f) for f in DATA.__dataclass_fields__} | changes
    with database.sessions() as s:
        with pytest.raises(EventInputError, match=message):
            create_event(s, EventData(**values))
        assert s.scalars(select(Event)).all() == []


def test_room_names_unique_and_capacity_checked(database: Database) -> None:
    with database.sessions() as s:
        with pytest.raises(EventInputError, match="Two rooms"):
            create_event(s, DATA, [RoomRow("Salle XX"), RoomRow("salle xx")])
        s.rollback()
        with pytest.raises(EventInputError, match="whole number"):
            create_event(s, DATA, [RoomRow("A", -1)])
        s.rollback()
        event = create_event(s, DATA, [RoomRow("A")])
        with pytest.raises(EventInputError, match="already"):
            add_room(s, event.id, " a ")
        b = add_room(s, event.id, "B", 20)
        assert b.position == 1
        with pytest.raises(EventInputError, match="already"):
            rename_room(s, b.id, "A")


def test_update_reports_sessions_outside_and_checks_version(database: Database) -> None:
    with database.sessions() as s:
        event = make_event(s)
        make_session(s, event, day=date(2014, 4, 1))
        version = event.version
        s.commit()
        event_id = event.id
    with database.sessions() as s:
        changed = EventData(title="Shortened", start_date=date(2014, 3, 31),
                            end_date=date(2014, 3, 31), timezone="Europe/Brussels")
        result = update_event(s, event_id, changed, expected_version=version)
        s.commit()
        assert result.sessions_outside == 1
    with database.sessions() as s:
        assert s.get_one(Event, event_id).title == "Shortened"
        with pytest.raises(ConcurrentEditError, match="changed by someone else"):
            update_event(s, event_id, changed, expected_version=version)


def test_delete_event_needs_confirmation(database: Database) -> None:
    with database.sessions() as s:
        event = make_event(s)
        make_session(s, event)
        s.commit()
        with pytest.raises(ConfirmationRequired, match="also deletes"):
            delete_event(s, event.id)
        delete_event(s, event.id, confirmed=True)
        s.commit()
        assert s.scalars(select(Event)).all() == []
        assert s.scalars(select(ProgrammeSession)).all() == []


def test_delete_room_in_use(database: Database) -> None:
    with database.sessions() as s:
        event = make_event(s)
        room = make_room(s, event, name="Main hall")
        item = make_session(s, event, room=room)
        s.commit()
        with pytest.raises(ConfirmationRequired, match="1 session takes place in “Main hall”"):
            delete_room(s, room.id)
        assert delete_room(s, room.id, clear_sessions=True) == 1
        s.commit()
        s.refresh(item)
        assert item.room_id is None
        assert s.scalars(select(Room)).all() == []


def test_save_rooms_swaps_reorders_adds_and_deletes(database: Database) -> None:
    with database.sessions() as s:
        event = make_event(s)
        a = make_room(s, event, name="A", position=0)
        b = make_room(s, event, name="B", position=1)
        make_room(s, event, name="C", position=2)
        s.commit()
        save_rooms(s, event.id,
                   [RoomRow("A", 5, b.id), RoomRow("New", 9), RoomRow("B", None, a.id)])
        s.commit()
        names = [(r.id, r.name, r.capacity) for r in s.get_one(Event, event.id).rooms]
        assert names[0] == (b.id, "A", 5) and names[2] == (a.id, "B", None)
        assert names[1][1:] == ("New", 9)
        assert "C" not in [n for _, n, _ in names] and len(names) == 3
        reorder_rooms(s, event.id, [a.id, names[1][0], b.id])
        s.commit()
        assert [r.name for r in s.get_one(Event, event.id).rooms] == ["B", "New", "A"]


def test_save_rooms_refuses_over_a_later_change(database: Database) -> None:
    with database.sessions() as s:
        event = make_event(s)
        room = make_room(s, event, name="A", capacity=10)
        read = room.version
        s.commit()
        rename_room(s, room.id, "A", 12)  # a colleague's change
        s.commit()
        with pytest.raises(ConcurrentEditError, match="The room “A” was changed by someone else"):
            save_rooms(s, event.id, [RoomRow("A", 50, room.id, read)])
        s.rollback()
        assert s.get_one(Room, room.id).capacity == 12
