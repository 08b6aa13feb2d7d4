"""Finding events."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.db.errors import UserError
from confdesk.errors import NO_EVENT, NO_EVENT_YET
from confdesk.events.models import Event


def list_events(session: Session) -> list[Event]:
    """All events, the most recent first."""
    return list(session.scalars(select(Event).order_by(Event.start_date.desc(), Event.id.desc())))


def resolve_event(session: Session, event_id: int | None = None) -> Event:
    """The event a command concerns: the one asked for, else the only or the most recent one."""
    if event_id is not None:
        event = session.get(Event, event_id)
        if event is None:
            raise UserError(NO_EVENT, code="event.missing", id=event_id)
        return event
    event = session.scalars(
        select(Event).order_by(Event.start_date.desc(), Event.id.desc()).limit(1)
    ).first()
    if event is None:
        raise UserError(NO_EVENT_YET, code="event.none")
    return event
