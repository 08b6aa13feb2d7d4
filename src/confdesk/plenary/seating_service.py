"""The seating plans' service: layouts per room, seating by lot, moves, and undo's inverses.

Each public method is one unit of work (its own transaction). What undo needs comes back as
plain values: `Assignments` before a change, which `restore` puts back after checking that
the plan is still as the change left it (otherwise a colleague changed it since and undo
would overwrite their work). Qt-free.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.errors import Message, UndoRefusedError, UserError
from confdesk.events.models import Event, Room
from confdesk.exports.published_list import published
from confdesk.plenary import plenary_messages as msg
from confdesk.plenary.seating import (
    PlaceSpot,
    SeatDelegation,
    draw_first_state,
    places_of,
    resolve_first_state,
    seating_order,
    suggested_rows,
)
from confdesk.plenary.seating_models import SeatingLayout, SeatingPlace
from confdesk.registration.models import Organisation
from confdesk.registration.protocol import delegations
from confdesk.registration.queries import load_rows
from confdesk.registration.states import state

#: Place number → organisation id, and the numbers moved by hand.
Assignments = tuple[tuple[tuple[int, int], ...], frozenset[int]]


@dataclass(frozen=True, slots=True)
class LayoutSpec:
    """How a room is set (see `SeatingLayout`)."""

    row_sizes: tuple[int, ...]
    seats_at_table: int = 1
    seats_behind: int = 2
    accessible_places: tuple[int, ...] = ()

    @property
    def place_count(self) -> int:
        return sum(self.row_sizes)


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """A place of the plan and the delegation at it (None: empty)."""

    spot: PlaceSpot
    delegation: SeatDelegation | None
    moved: bool = False

    @property
    def number(self) -> int:
        return self.spot.number


@dataclass(frozen=True)
class SeatingPlan:
    """A room's plan as the faces and exports show it."""

    room_id: int
    room_name: str
    event_title: str
    layout: LayoutSpec
    places: tuple[PlaceInfo, ...]
    #: The State the order starts from (its ISO code; "" before the first seating).
    first_state: str = ""
    drawn: bool = False
    #: Delegations on the list that have no place (more delegations than places, or new
    #: since the seating).
    unseated: tuple[SeatDelegation, ...] = ()
    version: int = 0
    warnings: tuple[str, ...] = field(default=())

    @property
    def seated(self) -> list[PlaceInfo]:
        return [p for p in self.places if p.delegation is not None]

    def first_state_name(self, language: str = "en") -> str:
        found = state(self.first_state)
        return found.name(language) if found is not None else ""

    def place(self, number: int) -> PlaceInfo:
        return self.places[number - 1]


@dataclass(frozen=True, slots=True)
class Seating:
    """What seating by lot did, with what undo restores."""

    plan: SeatingPlan
    before: Assignments
    before_first: tuple[str, bool]


def list_delegations(session: Session, event: Event) -> list[SeatDelegation]:
    """The delegations of the published list of participants, in its order (English)."""
    rows = published(load_rows(SessionReader(session), event.id, language="en"))
    wanted = {r.organisation_id for r in rows if r.organisation_id}
    french: dict[int, str] = {oid: name for oid, name in session.execute(
        select(Organisation.id, Organisation.name_fr).where(Organisation.id.in_(wanted)))}
    found = []
    for d in delegations(rows, groups=event.protocol_groups):
        if d.organisation_id is None or d.group is None:
            continue
        known = state(d.country_code) if d.kind is not None and d.country_code else None
        is_state = known is not None and d.group.value.endswith("states")
        found.append(SeatDelegation(
            d.organisation_id,
            known.name_en if is_state and known else d.name,
            known.name_fr if is_state and known else (french.get(d.organisation_id) or d.name),
            d.group, d.country_code, d.count, any(m.access_needs.strip() for m in d.members)))
    return found


def seat_delegations(s: Session, event: Event, room: Room, spec: LayoutSpec, first_state: str,
                     *, drawn: bool) -> SeatingLayout:
    """Lay out `room` and seat the published list's delegations from `first_state` (ISO code)
    inside the caller's transaction (the demo builds its plan this way); flushed."""
    _check_spec(spec)
    layout = s.scalars(select(SeatingLayout).where(SeatingLayout.room_id == room.id)).first()
    if layout is None:
        layout = SeatingLayout(event_id=event.id, room_id=room.id)
        s.add(layout)
    layout.row_sizes = list(spec.row_sizes)
    layout.seats_at_table, layout.seats_behind = spec.seats_at_table, spec.seats_behind
    layout.accessible_places = sorted(set(spec.accessible_places))
    layout.places.clear()
    s.flush()
    ordered = seating_order(list_delegations(s, event), first_state)
    for number, delegation in enumerate(ordered[:spec.place_count], start=1):
        layout.places.append(SeatingPlace(number=number,
                                          organisation_id=delegation.organisation_id))
    layout.first_state, layout.drawn = first_state, drawn
    s.flush()
    return layout


class SeatingService:
    """Reads and changes one event's seating plans, one transaction per call."""

    def __init__(self, database: Database, event_id: int) -> None:
        self.database = database
        self.event_id = event_id

    # -- reading -------------------------------------------------------------------------
    def rooms(self) -> list[tuple[int, str, bool]]:
        """(id, name, has a layout) of the event's rooms, in the grid's order."""
        with self.database.sessions() as s:
            laid = set(s.scalars(select(SeatingLayout.room_id)
                                 .where(SeatingLayout.event_id == self.event_id)))
            return [(r.id, r.name, r.id in laid) for r in s.scalars(
                select(Room).where(Room.event_id == self.event_id)
                .order_by(Room.position, Room.name))]

    def find_room(self, text: str) -> int:
        """The id of the room a user names (its name, any case, or its id)."""
        rooms = self.rooms()
        wanted = " ".join(text.split()).casefold()
        for rid, name, _ in rooms:
            if name.casefold() == wanted or str(rid) == wanted:
                return rid
        names = ", ".join(f"“{name}”" for _, name, _ in rooms)
        raise UserError(msg.NO_ROOM_NAMED, code="seating.no_room", text=text,
                        names=names or Message(msg.NO_ROOMS))

    def plan(self, room_id: int) -> SeatingPlan:
        """The room's plan as it stands (an empty suggested layout if none was set)."""
        with self.database.sessions() as s:
            return self._plan(s, room_id)

    def layout(self, room_id: int) -> LayoutSpec | None:
        with self.database.sessions() as s:
            layout = self._layout(s, room_id)
            return _spec(layout) if layout is not None else None

    # -- changing ------------------------------------------------------------------------
    def set_layout(self, room_id: int, spec: LayoutSpec) -> LayoutSpec | None:
        """Set how the room is laid out; returns the layout before (None: none). Delegations
        at places the new layout no longer has lose them (seat again to place them)."""
        _check_spec(spec)
        with self.database.sessions.begin() as s:
            room = self._room(s, room_id)
            layout = self._layout(s, room_id)
            before = _spec(layout) if layout is not None else None
            if layout is None:
                layout = SeatingLayout(event_id=self.event_id, room_id=room.id)
                s.add(layout)
            layout.row_sizes = list(spec.row_sizes)
            layout.seats_at_table = spec.seats_at_table
            layout.seats_behind = spec.seats_behind
            layout.accessible_places = sorted(set(spec.accessible_places))
            for place in list(layout.places):
                if place.number > spec.place_count:
                    layout.places.remove(place)
            s.flush()
            return before

    def seat(self, room_id: int, first: str | None = None, *,
             rng: random.Random | None = None) -> Seating:
        """Seat the published list's delegations from `first` (a State's name or code), or
        from a Member State drawn by lot; hand moves are replaced. The room gets a suggested
        layout if it has none."""
        with self.database.sessions.begin() as s:
            room = self._room(s, room_id)
            event = s.get(Event, self.event_id)
            assert event is not None
            found = list_delegations(s, event)
            code = resolve_first_state(first).code if first else draw_first_state(found, rng)
            layout = self._layout(s, room_id)
            if layout is None:
                layout = SeatingLayout(event_id=self.event_id, room_id=room.id,
                                       row_sizes=suggested_rows(len(found)), seats_at_table=1,
                                       seats_behind=2, accessible_places=[])
                s.add(layout)
                s.flush()
            before = _assignments(layout)
            before_first = (layout.first_state, layout.drawn)
            ordered = seating_order(found, code)
            layout.places.clear()
            s.flush()
            for number, delegation in enumerate(ordered[:layout.place_count], start=1):
                layout.places.append(SeatingPlace(number=number,
                                                  organisation_id=delegation.organisation_id))
            layout.first_state, layout.drawn = code, first is None
            s.flush()
            return Seating(self._plan(s, room_id), before, before_first)

    def swap(self, room_id: int, a: int, b: int) -> None:
        """Exchange the delegations of places `a` and `b` (either may be empty: a move)."""
        with self.database.sessions.begin() as s:
            layout = self._existing_layout(s, room_id)
            for number in (a, b):
                if not 1 <= number <= layout.place_count:
                    raise UserError(msg.NO_PLACE, code="seating.no_place", number=number,
                                    count=layout.place_count)
            if a == b:
                return
            by_number = {p.number: p for p in layout.places}
            pa, pb = by_number.get(a), by_number.get(b)
            # Free both numbers first: the (layout, number) pair is unique.
            for p in (pa, pb):
                if p is not None:
                    p.number = -p.id
            s.flush()
            if pa is not None:
                pa.number, pa.moved = b, True
            if pb is not None:
                pb.number, pb.moved = a, True
            _touch(layout)
            s.flush()

    def restore(self, room_id: int, assignments: Assignments, first: tuple[str, bool], *,
                expected: Assignments | None = None) -> None:
        """Put places back as in `assignments` (undo and redo); refused when the plan is no
        longer `expected` (someone changed it since)."""
        with self.database.sessions.begin() as s:
            layout = self._existing_layout(s, room_id)
            if expected is not None and _assignments(layout) != expected:
                raise UndoRefusedError.would_overwrite(
                    f"the seating plan of {layout_room(s, layout)}")
            layout.places.clear()
            s.flush()
            numbers, moved = assignments
            existing = set(s.scalars(select(Organisation.id).where(
                Organisation.id.in_({oid for _, oid in numbers}))))
            for number, oid in numbers:
                if oid in existing and number <= layout.place_count:
                    layout.places.append(SeatingPlace(number=number, organisation_id=oid,
                                                      moved=number in moved))
            layout.first_state, layout.drawn = first
            _touch(layout)
            s.flush()

    def assignments(self, room_id: int) -> Assignments:
        with self.database.sessions() as s:
            return _assignments(self._existing_layout(s, room_id))

    # -- helpers -------------------------------------------------------------------------
    def _room(self, s: Session, room_id: int) -> Room:
        room = s.get(Room, room_id)
        if room is None or room.event_id != self.event_id:
            raise UserError(msg.NO_ROOM_ID, code="seating.no_room", room=room_id)
        return room

    def _layout(self, s: Session, room_id: int) -> SeatingLayout | None:
        return s.scalars(select(SeatingLayout).where(SeatingLayout.room_id == room_id)).first()

    def _existing_layout(self, s: Session, room_id: int) -> SeatingLayout:
        self._room(s, room_id)
        layout = self._layout(s, room_id)
        if layout is None:
            raise UserError(msg.NO_PLAN, code="seating.no_plan")
        return layout

    def _plan(self, s: Session, room_id: int) -> SeatingPlan:
        room = self._room(s, room_id)
        event = s.get(Event, self.event_id)
        assert event is not None
        found = list_delegations(s, event)
        layout = self._layout(s, room_id)
        spec = _spec(layout) if layout is not None else LayoutSpec(
            tuple(suggested_rows(len(found))))
        by_org = {d.organisation_id: d for d in found}
        at: dict[int, tuple[int, bool]] = {}
        if layout is not None:
            at = {p.number: (p.organisation_id, p.moved) for p in layout.places}
        # A delegation seated earlier that left the published list keeps its place, named.
        missing = {oid for oid, _ in at.values() if oid not in by_org}
        if missing:
            for org in s.scalars(select(Organisation).where(Organisation.id.in_(missing))):
                by_org[org.id] = _delegation_of(org)
        places = []
        for spot in places_of(spec.row_sizes, spec.accessible_places):
            oid, moved = at.get(spot.number, (None, False))
            places.append(PlaceInfo(spot, by_org.get(oid) if oid else None, moved))
        seated = {oid for oid, _ in at.values()}
        waiting = seating_order(found, layout.first_state) if layout and layout.first_state \
            else found
        unseated = tuple(d for d in waiting if d.organisation_id not in seated) if layout else ()
        warnings = tuple(
            f"{p.delegation.name_en} noted access needs but sits at place {p.number}, "
            "which is not marked accessible."
            for p in places if p.delegation is not None and p.delegation.access_needs
            and spec.accessible_places and not p.spot.accessible)
        return SeatingPlan(room.id, room.name, event.title, spec, tuple(places),
                           layout.first_state if layout else "",
                           bool(layout.drawn) if layout else False, unseated,
                           layout.version if layout else 0, warnings)


def layout_room(s: Session, layout: SeatingLayout) -> str:
    room = s.get(Room, layout.room_id)
    return f"“{room.name}”" if room is not None else "the room"


def _delegation_of(org: Organisation) -> SeatDelegation:
    from confdesk.registration.protocol import Group

    known = state(org.country_code) if org.is_state else None
    group = (Group.MEMBER_STATES if known is not None and known.is_member
             else Group.OBSERVER_STATES if org.is_state else Group.OTHER_ENTITIES)
    return SeatDelegation(org.id, known.name_en if known else org.name_en,
                          known.name_fr if known else (org.name_fr or org.name_en), group,
                          org.country_code)


def _touch(layout: SeatingLayout) -> None:
    """Mark the layout changed, so that its version counts changes to its places too."""
    flag_modified(layout, "row_sizes")


def _assignments(layout: SeatingLayout) -> Assignments:
    return (tuple(sorted((p.number, p.organisation_id) for p in layout.places)),
            frozenset(p.number for p in layout.places if p.moved))


def _spec(layout: SeatingLayout) -> LayoutSpec:
    return LayoutSpec(tuple(layout.row_sizes or ()), layout.seats_at_table, layout.seats_behind,
                      tuple(layout.accessible_places or ()))


def _check_spec(spec: LayoutSpec) -> None:
    if not spec.row_sizes or any(not 0 < n <= 200 for n in spec.row_sizes) \
            or len(spec.row_sizes) > 100:
        raise UserError(msg.LAYOUT_SIZE, code="seating.layout")
    if not 1 <= spec.seats_at_table <= 6 or not 0 <= spec.seats_behind <= 12:
        raise UserError(msg.DELEGATION_SEATS, code="seating.layout")
    wrong = [n for n in spec.accessible_places if not 1 <= n <= spec.place_count]
    if wrong:
        raise UserError(msg.ACCESSIBLE_OUTSIDE, code="seating.layout", number=wrong[0],
                        count=spec.place_count)
