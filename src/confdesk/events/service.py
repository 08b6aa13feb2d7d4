"""The events' service: the only way the window (and any other face) changes an event.

One public method per user action, each one unit of work on the database: it loads the event
with the version the dialog showed (through `db/concurrency.py`, via `events/operations.py`),
applies the rules of `operations.py`, commits, and returns what the face shows. Reading
returns plain records (`EventListing`, `EventForm`), never ORM objects, so that no window
module needs SQLAlchemy. Qt-free: tested without a QApplication.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.events import operations as ops
from confdesk.events.models import Event
from confdesk.events.operations import EventData, RoomRow, SaveResult
from confdesk.events.queries import EventListing, event_listing
from confdesk.team.access import require
from confdesk.team.roles import Permission

__all__ = ["EventForm", "EventListing", "EventService", "event_data"]


@dataclass(frozen=True, slots=True)
class EventForm:
    """An event as the event dialog edits it: its fields, rooms, and the version read."""

    event_id: int
    version: int
    data: EventData
    rooms: tuple[RoomRow, ...]


def event_data(event: Event) -> EventData:
    """The event's fields as the dialog and the command line edit them."""
    return EventData(
        title=event.title, start_date=event.start_date, end_date=event.end_date,
        short_name=event.short_name, kind=event.kind, timezone=event.timezone,
        venue=event.venue, city=event.city, country_code=event.country_code, host=event.host,
        co_organisers=tuple(event.co_organisers), working_languages=tuple(event.working_languages),
        description=event.description, title_fr=event.title_fr, venue_fr=event.venue_fr,
        city_fr=event.city_fr, host_fr=event.host_fr,
        protocol_groups=tuple(event.protocol_groups or ()),
    )


class EventService:
    """Reads and changes the events of a database, one transaction per call."""

    def __init__(self, database: Database) -> None:
        self.database = database

    # -- reading -------------------------------------------------------------------------
    def listing(self) -> list[EventListing]:
        """Every event, the most recent first."""
        with self.database.sessions() as s:
            return event_listing(SessionReader(s))

    def form(self, event_id: int) -> EventForm:
        """The event's fields and rooms as they are now (ConcurrentEditError: deleted)."""
        with self.database.sessions() as s:
            event = ops.get_event(s, event_id)
            rooms = tuple(RoomRow(r.name, r.capacity, r.id, r.version) for r in event.rooms)
            return EventForm(event.id, event.version, event_data(event), rooms)

    # -- changing ------------------------------------------------------------------------
    def create(self, data: EventData, rooms: Sequence[RoomRow] = ()) -> int:
        """A new event with `rooms` in grid order; returns its id."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_EVENTS, event_id=None)
            return ops.create_event(s, data, rooms).id

    def update(self, event_id: int, version: int | None, data: EventData,
               rooms: Sequence[RoomRow] | None = None, *,
               clear_sessions: bool = False) -> SaveResult:
        """Save an event's fields and, if given, make its rooms those of `rooms` (refused if
        the event or a room is no longer at the version the dialog showed). A room left out
        that sessions use is refused (`ConfirmationRequired`) unless `clear_sessions`."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_EVENTS, event_id=event_id)
            result = ops.update_event(s, event_id, data, expected_version=version)
            if rooms is None:
                return result
            cleared = ops.save_rooms(s, event_id, rooms, clear_sessions=clear_sessions)
            return replace(result, cleared_sessions=cleared)

    def delete(self, event_id: int) -> str:
        """Delete the event with everything in it (the face asked first); returns its title."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_EVENTS, event_id=event_id)
            return ops.delete_event(s, event_id, confirmed=True)
