"""Finding events.

The rule that picks the event a command concerns ("the one asked for, else the only or the
most recent one", with its two refusals) is written once, as SQL over a `Reader`
(`resolve_event_row`): the light commands read it with Python's sqlite3, and the ORM's
`resolve_event` asks the same function for the id through the session. This module loads
SQLAlchemy only when an ORM function runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from confdesk.db.reader import as_date
from confdesk.errors import NO_EVENT, NO_EVENT_YET, UserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from confdesk.db.reader import Reader
    from confdesk.events.models import Event


@dataclass(frozen=True, slots=True)
class EventListing:
    """An event as the window's event selector lists it."""

    event_id: int
    title: str
    short_name: str
    start_date: date
    end_date: date
    #: The French edition's title ("" when the event has none).
    title_fr: str = ""

    def title_in(self, language: str) -> str:
        """The title in `language` ("fr": the French title when there is one)."""
        return self.title_fr or self.title if language == "fr" else self.title


def event_listing(reader: Reader) -> list[EventListing]:
    """Every event, the most recent first (the window's event selector)."""
    return [EventListing(event_id, title, short_name, _day(start), _day(end), title_fr or "")
            for event_id, title, short_name, start, end, title_fr in reader.rows(
                "SELECT id, title, short_name, start_date, end_date, title_fr FROM event "
                "ORDER BY start_date DESC, id DESC")]


def _day(value: Any) -> date:
    found = as_date(value)
    assert found is not None  # (an event's dates are NOT NULL)
    return found


def protocol_groups(reader: Reader, event_id: int) -> tuple[str, ...]:
    """The event's order of the delegations' groups (empty: the UN order, or no such
    event). Stored as JSON: text on SQLite, decoded already by a server's driver."""
    found = reader.rows("SELECT protocol_groups FROM event WHERE id = ?", (event_id,))
    value = found[0][0] if found else None
    if isinstance(value, str | bytes):
        import json  # here: the light commands that resolve an event do not decode this

        value = json.loads(value)
    return tuple(value or ())


def resolve_event_row(reader: Reader, event_id: int | None = None,
                      columns: str = "id") -> tuple[Any, ...]:
    """The event a command concerns, the one asked for, else the only or the most recent
    one: its `columns` (SQL, e.g. "id, title, start_date") as the driver gives them.

    A UserError says there is no event with that id, or no event at all."""
    if event_id is not None:
        found = reader.rows(f"SELECT {columns} FROM event WHERE id = ?", (event_id,))
        if not found:
            raise UserError(NO_EVENT, code="event.missing", id=event_id)
        return found[0]
    found = reader.rows(
        f"SELECT {columns} FROM event ORDER BY start_date DESC, id DESC LIMIT 1")
    if not found:
        raise UserError(NO_EVENT_YET, code="event.none")
    return found[0]


def resolve_event_id(reader: Reader, event_id: int | None = None) -> int:
    """The id of the event a command concerns (see `resolve_event_row`)."""
    return int(resolve_event_row(reader, event_id)[0])


def list_events(session: Session) -> list[Event]:
    """All events, the most recent first."""
    from sqlalchemy import select

    from confdesk.events.models import Event

    return list(session.scalars(select(Event).order_by(Event.start_date.desc(), Event.id.desc())))


def resolve_event(session: Session, event_id: int | None = None) -> Event:
    """The event a command concerns: the one asked for, else the only or the most recent one."""
    from confdesk.db.reader import SessionReader
    from confdesk.events.models import Event

    found = resolve_event_id(SessionReader(session), event_id)
    event = session.get(Event, found)
    if event is None:  # deleted by a colleague between the two reads
        raise UserError(NO_EVENT, code="event.missing", id=found)
    return event
