"""Seating by lot: the drawn State first, the others alphabetically by UN name, wrapping."""

from __future__ import annotations

import random

import pytest

from confdesk.db.database import Database
from confdesk.errors import UndoRefusedError, UserError
from confdesk.plenary.seating import parse_rows
from confdesk.plenary.seating_service import LayoutSpec, SeatingService
from confdesk.registration.models import OrganisationKind, Status
from tests.factories import make_event, make_organisation, make_participant, make_room

#: (ISO code, name as typed by the registration desk, kind): the stored names are CLDR's or
#: anything; the plan must use the UN short names and their English order.
STATES = [
    ("KR", "South Korea", OrganisationKind.STATE),  # Republic of Korea: under R
    ("BO", "Bolivia", OrganisationKind.STATE),  # Bolivia (Plurinational State of)
    ("TR", "Turkey", OrganisationKind.STATE),  # Türkiye
    ("NL", "Netherlands", OrganisationKind.STATE),  # Netherlands (Kingdom of the)
    ("AF", "Afghanistan", OrganisationKind.STATE),
    ("ZW", "Zimbabwe", OrganisationKind.STATE),
    ("PE", "Peru", OrganisationKind.STATE),
    ("BE", "Belgium", OrganisationKind.STATE),
    ("GB", "UK", OrganisationKind.STATE),  # United Kingdom of Great Britain and Northern Ireland
    ("VA", "Holy See", OrganisationKind.OBSERVER_STATE),
    ("PS", "State of Palestine", OrganisationKind.OBSERVER_STATE),
]


def _populate(database: Database) -> tuple[int, int]:
    with database.sessions.begin() as s:
        event = make_event(s)
        room = make_room(s, event, name="Main Hall", capacity=300)
        for code, name, kind in STATES:
            org = make_organisation(s, name_en=name, kind=kind, country_code=code)
            make_participant(s, event, organisation=org)
        # organisations, registered in an order that is not the published list's
        for name, kind in [("United Nations Secretariat", OrganisationKind.UN_SYSTEM),
                           ("African Union", OrganisationKind.REGIONAL_ORGANISATION),
                           ("Amnesty Network", OrganisationKind.CIVIL_SOCIETY),
                           ("Council of Europe", OrganisationKind.REGIONAL_ORGANISATION)]:
            make_participant(s, event, organisation=make_organisation(s, name_en=name,
                                                                      kind=kind))
        # someone who cancelled: their delegation is not on the published list
        gone = make_organisation(s, name_en="Chile", kind=OrganisationKind.STATE,
                                 country_code="CL")
        make_participant(s, event, organisation=gone, status=Status.CANCELLED)
        return event.id, room.id


def _names(database: Database, event_id: int, room_id: int) -> list[str]:
    plan = SeatingService(database, event_id).plan(room_id)
    return [p.delegation.name_en for p in plan.places if p.delegation is not None]


AFTER_STATES = ["Holy See", "State of Palestine", "African Union", "Council of Europe",
                "United Nations Secretariat", "Amnesty Network"]


def test_seating_from_a_chosen_state_wraps_alphabetically_by_un_name(database: Database) -> None:
    event_id, room_id = _populate(database)
    service = SeatingService(database, event_id)
    service.seat(room_id, "Peru")
    assert _names(database, event_id, room_id) == [
        "Peru", "Republic of Korea", "Türkiye",
        "United Kingdom of Great Britain and Northern Ireland", "Zimbabwe",
        "Afghanistan", "Belgium", "Bolivia (Plurinational State of)",
        "Netherlands (Kingdom of the)", *AFTER_STATES]
    plan = service.plan(room_id)
    assert plan.first_state == "PE" and not plan.drawn
    assert plan.places[0].delegation is not None and plan.places[0].delegation.name_fr == "Pérou"


def test_seating_from_a_state_drawn_by_lot_starts_with_it(database: Database) -> None:
    event_id, room_id = _populate(database)
    service = SeatingService(database, event_id)
    for seed in range(6):
        result = service.seat(room_id, rng=random.Random(seed))
        plan = result.plan
        assert plan.drawn
        names = [p.delegation.name_en for p in plan.seated if p.delegation]
        assert names[0] == plan.first_state_name()
        states = names[:9]
        start = states.index("Afghanistan")
        # from Afghanistan on, the ring is in alphabetical order of the UN names
        ring = states[start:] + states[:start]
        assert ring == sorted(ring, key=str.casefold)
        assert names[9:] == AFTER_STATES


def test_a_state_not_present_starts_where_it_would_stand(database: Database) -> None:
    event_id, room_id = _populate(database)
    service = SeatingService(database, event_id)
    service.seat(room_id, "Sweden")  # absent: the next present State is Türkiye
    assert _names(database, event_id, room_id)[:2] == [
        "Türkiye", "United Kingdom of Great Britain and Northern Ireland"]
    with pytest.raises(UserError, match="not a State"):
        service.seat(room_id, "Atlantis")


def test_swaps_and_undo(database: Database) -> None:
    event_id, room_id = _populate(database)
    service = SeatingService(database, event_id)
    service.set_layout(room_id, LayoutSpec((6, 6, 6), seats_at_table=2, seats_behind=3,
                                           accessible_places=(1, 18)))
    service.seat(room_id, "Afghanistan")
    before = service.assignments(room_id)
    service.swap(room_id, 1, 17)  # to an empty place: a move
    plan = service.plan(room_id)
    assert plan.place(1).delegation is None
    assert plan.place(17).delegation is not None
    assert plan.place(17).delegation.name_en == "Afghanistan" and plan.place(17).moved
    after = service.assignments(room_id)
    service.restore(room_id, before, ("AF", False), expected=after)
    assert _names(database, event_id, room_id)[0] == "Afghanistan"
    # a colleague's move in between refuses the stale undo
    service.swap(room_id, 2, 3)
    with pytest.raises(UndoRefusedError):
        service.restore(room_id, after, ("AF", False), expected=before)
    with pytest.raises(UserError, match="no place 40"):
        service.swap(room_id, 1, 40)


def test_too_small_a_room_leaves_delegations_unseated(database: Database) -> None:
    event_id, room_id = _populate(database)
    service = SeatingService(database, event_id)
    service.set_layout(room_id, LayoutSpec((4, 4)))
    plan = service.seat(room_id, "Belgium").plan
    assert len(plan.seated) == 8
    # those left over, in seating order: the wrap-around's Afghanistan, then the observers
    assert [d.name_en for d in plan.unseated][:3] == [
        "Afghanistan", "Holy See", "State of Palestine"]


def test_layout_refusals(database: Database) -> None:
    event_id, room_id = _populate(database)
    service = SeatingService(database, event_id)
    with pytest.raises(UserError, match="Accessible place 9"):
        service.set_layout(room_id, LayoutSpec((4, 4), accessible_places=(9,)))
    assert service.layout(room_id) is None
    assert parse_rows("2x12, 16") == [12, 12, 16]
    with pytest.raises(UserError):
        parse_rows("twelve")




def test_the_demo_seats_its_main_hall(sqlite_database: Database) -> None:
    from confdesk.demo.builder import build_demo

    with sqlite_database.sessions.begin() as s:
        event = build_demo(s)
        event_id, room_id = event.id, event.rooms[0].id
    plan = SeatingService(sqlite_database, event_id).plan(room_id)
    assert plan.drawn and plan.layout.place_count == 170 and not plan.unseated
    first = plan.places[0].delegation
    assert first is not None and first.name_en == plan.first_state_name()
    assert plan.places[0].spot.accessible
