"""Event and Room."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from confdesk.db.base import Base, Versioned, enum_column
from confdesk.events.kinds import EventKind as EventKind

if TYPE_CHECKING:
    from confdesk.programme.models import Session, Theme
    from confdesk.registration.models import Participant


class Event(Versioned, Base):
    """One gathering: its identity, dates and place."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Full title as printed on the programme and the outcome document.
    title: Mapped[str] = mapped_column(String(300))
    #: Short name for lists, file names and badges ("Brussels 2014").
    short_name: Mapped[str] = mapped_column(String(80), default="")
    kind: Mapped[EventKind] = enum_column(EventKind, default=EventKind.CONFERENCE)
    start_date: Mapped[date]
    end_date: Mapped[date]
    #: IANA time zone of the venue; session times are local times in this zone.
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    venue: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    #: ISO 3166-1 alpha-2 code of the host country.
    country_code: Mapped[str | None] = mapped_column(String(2))
    #: Who convenes the event ("the Government of Belgium").
    host: Mapped[str] = mapped_column(String(200), default="")
    #: Partners in the order they are credited.
    co_organisers: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: ISO 639-1 codes of the working languages, the first being the main one.
    working_languages: Mapped[list[str]] = mapped_column(JSON, default=lambda: ["en"])
    description: Mapped[str] = mapped_column(Text, default="")
    #: French title, venue, city and host for French editions; empty: the same as above.
    title_fr: Mapped[str] = mapped_column(String(300), default="")
    venue_fr: Mapped[str] = mapped_column(String(200), default="")
    city_fr: Mapped[str] = mapped_column(String(120), default="")
    host_fr: Mapped[str] = mapped_column(String(200), default="")
    #: Order of the groups in the list of participants (`protocol.Group` values); empty: the
    #: order of UN lists of participants.
    protocol_groups: Mapped[list[str]] = mapped_column(JSON, default=list)

    rooms: Mapped[list[Room]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Room.position"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )
    sessions: Mapped[list[Session]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )
    themes: Mapped[list[Theme]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Theme.position"
    )

    def text(self, name: str, language: str = "en") -> str:
        """`title`, `venue`, `city` or `host` in an edition's language (French when given)."""
        if language == "fr":
            return str(getattr(self, f"{name}_fr") or getattr(self, name))
        return str(getattr(self, name))

    @property
    def days(self) -> list[date]:
        from datetime import timedelta

        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + timedelta(days=i) for i in range(max(count, 0))]

    def __repr__(self) -> str:
        return f"<Event {self.id} {self.short_name or self.title!r}>"


class Room(Versioned, Base):
    """A room of the venue used by one event."""

    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    #: Seats; None when unknown.
    capacity: Mapped[int | None] = mapped_column(Integer)
    #: Order of the room's column in the programme grid.
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="rooms")

    def __repr__(self) -> str:
        return f"<Room {self.name!r}>"
