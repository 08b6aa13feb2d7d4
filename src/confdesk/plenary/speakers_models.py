"""The speakers' list of a plenary session: inscriptions, and the chair's recorded changes.

The order of speaking is never stored as positions: it is computed (`speakers_order`) from
the protocol rule over the inscriptions and then the recorded moves and swaps, replayed in
the order they were made. A new inscription thus takes its protocol place while every move,
swap and withdrawal the chair made stays as made.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from confdesk.db.base import Base, Versioned, enum_column, utcnow


class SpeakerLevel(enum.StrEnum):
    """The level at which a delegation or observer speaks, in the customary protocol order."""

    HEAD_OF_STATE = "head_of_state"
    VICE_PRESIDENT = "vice_president"
    MINISTER = "minister"
    VICE_MINISTER = "vice_minister"
    HEAD_OF_DELEGATION = "head_of_delegation"
    OBSERVER_STATE = "observer_state"
    INTERGOVERNMENTAL = "intergovernmental"
    UN_ENTITY = "un_entity"
    CIVIL_SOCIETY = "civil_society"


#: Levels at which a State speaks (the States' time limit applies); the rest are observers.
STATE_LEVELS = frozenset({
    SpeakerLevel.HEAD_OF_STATE, SpeakerLevel.VICE_PRESIDENT, SpeakerLevel.MINISTER,
    SpeakerLevel.VICE_MINISTER, SpeakerLevel.HEAD_OF_DELEGATION,
})


class SpeakerStatus(enum.StrEnum):
    TO_SPEAK = "to_speak"
    SPOKE = "spoke"
    ABSENT = "absent"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"


class AdjustmentKind(enum.StrEnum):
    """A change the chair made to the order of speaking."""

    MOVE = "move"
    SWAP = "swap"
    WITHDRAW = "withdraw"


class SpeakersList(Versioned, Base):
    """The list of speakers of one programme session, with its time limits."""

    __tablename__ = "floor_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The programme session (a plenary, a high-level segment); one list per session.
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), unique=True)
    #: Minutes a State may speak (every State level).
    state_minutes: Mapped[int] = mapped_column(Integer, default=5)
    #: Minutes an observer may speak (observer States, organisations, civil society).
    observer_minutes: Mapped[int] = mapped_column(Integer, default=3)
    #: Minutes of a right of reply.
    reply_minutes: Mapped[int] = mapped_column(Integer, default=3)

    inscriptions: Mapped[list[Inscription]] = relationship(
        back_populates="speakers_list", cascade="all, delete-orphan",
        order_by="Inscription.id")
    adjustments: Mapped[list[Adjustment]] = relationship(
        back_populates="speakers_list", cascade="all, delete-orphan",
        order_by="Adjustment.id")


class Inscription(Versioned, Base):
    """A delegation or observer inscribed to speak (or to reply), and who speaks for it."""

    __tablename__ = "floor_inscription"

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(
        ForeignKey("floor_list.id", ondelete="CASCADE"), index=True)
    #: The delegation or observer as the list shows it ("Rwanda", "Council of Europe").
    delegation: Mapped[str] = mapped_column(String(300))
    #: Its sending body, when registered.
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True)
    #: Who speaks for it: name and function as announced ("H.E. Ms …, Minister of …").
    speaker: Mapped[str] = mapped_column(String(300), default="")
    #: The registered participant who speaks, if any.
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True)
    level: Mapped[SpeakerLevel] = enum_column(SpeakerLevel)
    #: A right of reply: heard after every other speaker.
    reply: Mapped[bool] = mapped_column(Boolean, default=False)
    #: When the secretariat inscribed it (UTC): the order within a level.
    inscribed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[SpeakerStatus] = enum_column(SpeakerStatus, default=SpeakerStatus.TO_SPEAK)
    #: The speaking timer (UTC): started when the chair gives the floor, stopped after.
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: The rapporteur's item that notes this intervention.
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="SET NULL"), index=True)
    remarks: Mapped[str] = mapped_column(Text, default="")

    speakers_list: Mapped[SpeakersList] = relationship(back_populates="inscriptions")


class Adjustment(Base):
    """A move, swap or withdrawal the chair made, replayed over the protocol order."""

    __tablename__ = "floor_adjustment"

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(
        ForeignKey("floor_list.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AdjustmentKind] = enum_column(AdjustmentKind)
    #: The inscription moved, swapped or withdrawn.
    inscription_id: Mapped[int] = mapped_column(
        ForeignKey("floor_inscription.id", ondelete="CASCADE"), index=True)
    #: A move: the inscription it now precedes (None: to the end); a swap: the other one.
    other_id: Mapped[int | None] = mapped_column(
        ForeignKey("floor_inscription.id", ondelete="CASCADE"), index=True)
    #: When and by whom (`team.identity.person_of`).
    made_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    made_by: Mapped[str] = mapped_column(String(200), default="")
    #: No longer counted: the chair went back to the protocol order (kept for undo).
    discarded: Mapped[bool] = mapped_column(Boolean, default=False)

    speakers_list: Mapped[SpeakersList] = relationship(back_populates="adjustments")
