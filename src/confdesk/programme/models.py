"""Theme, Session and SessionRole."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from confdesk.db.base import Base, Versioned, enum_column
from confdesk.programme.kinds import RoleKind as RoleKind
from confdesk.programme.kinds import SessionKind as SessionKind

if TYPE_CHECKING:
    from confdesk.events.models import Event, Room
    from confdesk.registration.models import Participant


class Theme(Versioned, Base):
    """A theme or track of an event, with its colour in the grid."""

    __tablename__ = "theme"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    #: "#RRGGBB".
    colour: Mapped[str] = mapped_column(String(7), default="#4a6fa5")
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="themes")
    sessions: Mapped[list[Session]] = relationship(back_populates="theme")


class Session(Versioned, Base):
    """A slot of the programme: a keynote, a panel, a break…"""

    __tablename__ = "session"
    __table_args__ = (Index("ix_session_event_day", "event_id", "day", "start_time"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    #: The day, and local start and end times in the event's time zone. An end before the start
    #: is stored as typed, so that the checks can point at it instead of losing it.
    day: Mapped[date]
    start_time: Mapped[time]
    end_time: Mapped[time]
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="SET NULL"))
    kind: Mapped[SessionKind] = enum_column(SessionKind, default=SessionKind.PANEL)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("theme.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(400))
    description: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="sessions")
    room: Mapped[Room | None] = relationship()
    theme: Mapped[Theme | None] = relationship(back_populates="sessions")
    roles: Mapped[list[SessionRole]] = relationship(
        back_populates="session", cascade="all, delete-orphan",
        order_by="(SessionRole.role, SessionRole.position)",
    )

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start_time)

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.day, self.end_time)

    def people(self, role: RoleKind) -> list[Participant]:
        ordered = sorted((r for r in self.roles if r.role == role), key=lambda r: r.position)
        return [r.participant for r in ordered]

    def __repr__(self) -> str:
        return f"<Session {self.day} {self.start_time:%H:%M} {self.title!r}>"


class SessionRole(Versioned, Base):
    """A participant's role in a session, with the order of speaking."""

    __tablename__ = "session_role"
    __table_args__ = (UniqueConstraint("session_id", "participant_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[RoleKind] = enum_column(RoleKind)
    #: Order of speaking within the role, from 0.
    position: Mapped[int] = mapped_column(Integer, default=0)

    session: Mapped[Session] = relationship(back_populates="roles")
    participant: Mapped[Participant] = relationship(back_populates="session_roles")
