"""A room's seating layout and the places of its seating plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from confdesk.db.base import Base, Versioned

if TYPE_CHECKING:
    from confdesk.registration.models import Organisation


class SeatingLayout(Versioned, Base):
    """How a room is set for a plenary: rows of delegation places facing the podium.

    A *place* is one delegation's share of a row: `seats_at_table` chairs at the table (with
    the name plate) and `seats_behind` chairs behind them. Places are numbered from 1, front
    row first, left to right as the plan draws them (the podium at the top).
    """

    __tablename__ = "seating_layout"
    __table_args__ = (UniqueConstraint("room_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="CASCADE"))
    #: Delegation places in each row, front row first ([12, 14, 14]).
    row_sizes: Mapped[list[int]] = mapped_column(JSON, default=list)
    #: Chairs at the table per delegation (the one behind the name plate first).
    seats_at_table: Mapped[int] = mapped_column(Integer, default=1)
    #: Chairs behind the table per delegation, for advisers.
    seats_behind: Mapped[int] = mapped_column(Integer, default=2)
    #: Numbers of the places reachable without steps (wheelchair users).
    accessible_places: Mapped[list[int]] = mapped_column(JSON, default=list)
    #: ISO code of the State the alphabetical order starts from ("" before the first seating).
    first_state: Mapped[str] = mapped_column(String(2), default="")
    #: Whether that State was drawn by lot (else chosen).
    drawn: Mapped[bool] = mapped_column(Boolean, default=False)

    places: Mapped[list[SeatingPlace]] = relationship(
        back_populates="layout", cascade="all, delete-orphan", order_by="SeatingPlace.number"
    )

    @property
    def place_count(self) -> int:
        return sum(self.row_sizes or ())


class SeatingPlace(Base):
    """One delegation at one numbered place of a layout (places without one have no row)."""

    __tablename__ = "seating_place"
    __table_args__ = (UniqueConstraint("layout_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    layout_id: Mapped[int] = mapped_column(
        ForeignKey("seating_layout.id", ondelete="CASCADE"), index=True
    )
    #: The place's number in the layout, from 1.
    number: Mapped[int] = mapped_column(Integer)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    #: Moved by hand after the seating by lot.
    moved: Mapped[bool] = mapped_column(Boolean, default=False)

    layout: Mapped[SeatingLayout] = relationship(back_populates="places")
    organisation: Mapped[Organisation] = relationship()
