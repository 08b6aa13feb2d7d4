"""The demo conference's seating plan: the Egmont Palace's main hall set for the plenary.

Illustrative, like the demo's rooms (resources/demo/event.json): ten rows facing the podium,
widening towards the back as in the palace's long hall, one chair at the table and two behind
for each delegation, the ends of the front and back rows kept for wheelchair users. The order
starts from a State "drawn by lot" with the demo's fixed seed, so every demo is the same.
"""

from __future__ import annotations

import random

from sqlalchemy.orm import Session

from confdesk.events.models import Event
from confdesk.plenary.seating import draw_first_state
from confdesk.plenary.seating_service import LayoutSpec, list_delegations, seat_delegations

#: The hall's rows of delegation places, front first.
ROWS = (14, 16, 16, 16, 18, 18, 18, 18, 18, 18)
#: Places without steps: the ends of the front row and of the back row.
ACCESSIBLE = (1, 14, 153, 170)
SEED = 2014


def add_demo_seating(session: Session, event: Event) -> None:
    """Seat the demo's delegations in its main hall (the first room); flushed."""
    if not event.rooms:
        return
    found = list_delegations(session, event)
    if not found:
        return
    first = draw_first_state(found, random.Random(SEED))
    seat_delegations(session, event, event.rooms[0], LayoutSpec(ROWS, 1, 2, ACCESSIBLE), first,
                     drawn=True)
