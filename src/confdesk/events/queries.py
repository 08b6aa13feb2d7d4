"""Finding events."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.db.errors import UserError
from confdesk.events.models import Event


def list_events(session: Session) -> list[Event]:
    """All events, the most recent first."""
    return list(session.scalars(select(Event).order_by(Event.start_date.desc(), Event.id.desc())))


def resolve_event(session: Session, event_id: int | None = None) -> Event:
    """The event a command concerns: the one asked for, else the only or the most recent one."""
    if event_id is not None:
        event = session.get(Event, event_id)
        if event is None:
            raise UserError(f"There is no event with id {event_id}.")
        return event
    event = session.scalars(
        select(Event).order_by(Event.start_date.desc(), Event.id.desc()).limit(1)
    ).first()
    if event is None:
        raise UserError("The database holds no event yet. Create one, or run `confdesk demo`.")
    return event
