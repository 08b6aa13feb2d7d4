"""The order of a seating plan: States alphabetically from a State drawn by lot, then the rest.

UN practice: the Secretary-General draws the name of a Member State by lot, and the States
take their seats in English alphabetical order of their UN short names starting from it,
wrapping round from Zimbabwe to Afghanistan. Observer States, organisations and the other
delegations follow in the order of the published list of participants. Pure functions over
plain data: the service (`seating_service`) loads and stores, the faces show.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from confdesk.errors import UserError
from confdesk.plenary import plenary_messages as msg
from confdesk.registration.names import fold
from confdesk.registration.protocol import Group
from confdesk.registration.states import State, find_state, state


@dataclass(frozen=True, slots=True)
class SeatDelegation:
    """A delegation that takes a place: names in English and French, its group."""

    organisation_id: int
    name_en: str
    name_fr: str
    group: Group
    country_code: str | None = None
    #: How many people of the delegation attend.
    size: int = 0
    #: Someone in the delegation noted access needs (a place without steps is wanted).
    access_needs: bool = False

    def name(self, language: str = "en") -> str:
        return (self.name_fr or self.name_en) if language == "fr" else self.name_en

    @property
    def is_member_state(self) -> bool:
        return self.group == Group.MEMBER_STATES


def state_key(delegation: SeatDelegation) -> str:
    """Alphabetical place of a State: its English UN short name, folded."""
    known = state(delegation.country_code)
    return fold(known.name_en if known is not None else delegation.name_en)


def resolve_first_state(text: str) -> State:
    """The State a user names to start from (UN or everyday name, any UN language, or code)."""
    found = find_state(text)
    if found is None:
        raise UserError(msg.NOT_A_STATE, code="seating.not_a_state", text=text)
    return found


def draw_first_state(delegations: Iterable[SeatDelegation],
                     rng: random.Random | None = None) -> str:
    """The code of a Member State drawn by lot among those present."""
    present = sorted({d.country_code for d in delegations if d.is_member_state and d.country_code})
    if not present:
        raise UserError(msg.NO_MEMBER_STATE, code="seating.no_member_state")
    return (rng or random.SystemRandom()).choice(present)


def seating_order(delegations: Sequence[SeatDelegation], first_state: str) -> list[SeatDelegation]:
    """Member States in English alphabetical order of their UN names from `first_state`
    (ISO code; a State not present starts the order where it would stand), wrapping round;
    then everyone else in the given order (the published list's)."""
    states = sorted((d for d in delegations if d.is_member_state), key=state_key)
    first = state(first_state)
    start_key = fold(first.name_en) if first is not None else ""
    start = next((i for i, d in enumerate(states) if state_key(d) >= start_key), 0)
    others = [d for d in delegations if not d.is_member_state]
    return states[start:] + states[:start] + others


@dataclass(frozen=True, slots=True)
class PlaceSpot:
    """Where a numbered place stands in the layout."""

    number: int  #: from 1
    row: int  #: from 0, front row first
    column: int  #: from 0, left to right
    accessible: bool


def places_of(row_sizes: Sequence[int], accessible: Iterable[int] = ()) -> list[PlaceSpot]:
    """Every place of a layout in number order."""
    reachable = set(accessible)
    spots, number = [], 1
    for row, size in enumerate(row_sizes):
        for column in range(size):
            spots.append(PlaceSpot(number, row, column, number in reachable))
            number += 1
    return spots


def parse_rows(text: str) -> list[int]:
    """"12,14,14" or "10x16" (ten rows of sixteen) or "4x12,2x16" as row sizes."""
    sizes: list[int] = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        count, _, size = part.partition("x") if "x" in part else ("1", "", part)
        try:
            rows, places = int(count), int(size)
        except ValueError:
            raise UserError(msg.NOT_ROWS, code="seating.rows", text=text) from None
        if not (0 < rows <= 100 and 0 < places <= 200):
            raise UserError(msg.ROWS_TOO_BIG, code="seating.rows", part=part)
        sizes += [places] * rows
    if not sizes:
        raise UserError(msg.NO_ROWS, code="seating.rows")
    return sizes


def suggested_rows(count: int, per_row: int = 16) -> list[int]:
    """Rows enough for `count` delegations, `per_row` places each (the last row may be
    shorter)."""
    count = max(count, 1)
    full, rest = divmod(count, per_row)
    return [per_row] * full + ([rest] if rest else [])
