"""Outcome documents, their sections and paragraphs, rapporteurs' items and draft snapshots.

Numbering is never stored: a paragraph's number is derived from its `position` among the
non-deleted paragraphs of the same numbered section (and parent, for sub-paragraphs), so it
restarts in every numbered list. A paragraph whose status is `deleted` stays in the working text
(struck through in the editor, restorable by a status change) but takes no number, and exports
leave it out. Every paragraph and section carries a `uid` that survives moves, renumbering,
snapshots and restores: it is how drafts are compared.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from confdesk.db.base import Base, Versioned, enum_column, utcnow
from confdesk.db.errors import UserError

if TYPE_CHECKING:
    from confdesk.events.models import Event
    from confdesk.programme.models import Session as ProgrammeSession
    from confdesk.registration.models import Participant


def new_uid() -> str:
    """A fresh stable identity for a paragraph or section."""
    return str(uuid.uuid4())


class DocumentKind(enum.StrEnum):
    CHAIRS_CONCLUSIONS = "chairs_conclusions"
    CHAIRS_SUMMARY = "chairs_summary"
    DECLARATION = "declaration"
    REPORT = "report"


class SectionKind(enum.StrEnum):
    #: Unnumbered paragraphs (an opening or closing text).
    FREE_TEXT = "free_text"
    #: A lead-in ("… note that:") followed by paragraphs numbered from 1.
    NUMBERED_LIST = "numbered_list"


class ParagraphStatus(enum.StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    #: Under negotiation: printed between square brackets in drafts.
    BRACKETED = "bracketed"
    #: Kept in the working text for the record, not numbered, not exported.
    DELETED = "deleted"


#: Which programme sessions a paragraph comes from.
paragraph_session = Table(
    "paragraph_session",
    Base.metadata,
    Column("paragraph_id", ForeignKey("paragraph.id", ondelete="CASCADE"), primary_key=True),
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), primary_key=True),
)

#: Which rapporteurs' recommendations a paragraph reflects.
paragraph_recommendation = Table(
    "paragraph_recommendation",
    Base.metadata,
    Column("paragraph_id", ForeignKey("paragraph.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "recommendation_id", ForeignKey("recommendation.id", ondelete="CASCADE"), primary_key=True
    ),
)


class OutcomeDocument(Versioned, Base):
    """A chair's conclusions, summary, declaration or report of one event."""

    __tablename__ = "outcome_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    kind: Mapped[DocumentKind] = enum_column(DocumentKind, default=DocumentKind.CHAIRS_CONCLUSIONS)
    #: ISO 639-1 code of the document's language.
    language: Mapped[str] = mapped_column(String(8), default="en")
    #: Title as printed ("Chair's Conclusions").
    title: Mapped[str] = mapped_column(String(400))
    #: Order among the event's documents.
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: The document symbol ("A/CONF.250/L.2"), printed with the date in the page header of
    #: its PDF and Word editions; empty: none.
    symbol: Mapped[str] = mapped_column(String(100), default="", server_default="")

    event: Mapped[Event] = relationship()
    sections: Mapped[list[Section]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Section.position"
    )
    snapshots: Mapped[list[Snapshot]] = relationship(
        back_populates="document", cascade="all, delete-orphan",
        order_by="(Snapshot.taken_at, Snapshot.id)",
    )

    def __repr__(self) -> str:
        return f"<OutcomeDocument {self.id} {self.title!r}>"


class Section(Versioned, Base):
    """A free-text part or a numbered list with its lead-in."""

    __tablename__ = "outcome_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Stable identity, kept through snapshots and restores.
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("outcome_document.id", ondelete="CASCADE"), index=True
    )
    #: Order in the document, from 0.
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[SectionKind] = enum_column(SectionKind, default=SectionKind.NUMBERED_LIST)
    #: The sentence introducing a numbered list ("… note that:"); empty for free text.
    lead_in: Mapped[str] = mapped_column(Text, default="")
    #: A heading printed above the section ("I. Introduction"); empty: none.
    title: Mapped[str] = mapped_column(String(400), default="", server_default="")
    #: How the list's top-level paragraphs are labelled (see `conclusions.tree.LIST_STYLES`):
    #: "decimal" (1.), "lower-letter" ((a)), "lower-roman" ((i)), "upper-letter" (A.),
    #: "upper-roman" (I.) or "bullet" (•, unnumbered).
    numbering: Mapped[str] = mapped_column(String(16), default="decimal",
                                           server_default="decimal")
    #: The number of the list's first paragraph (a Word list may start at 6).
    first_number: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    document: Mapped[OutcomeDocument] = relationship(back_populates="sections")
    #: All paragraphs of the section, sub-paragraphs included.
    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="section", cascade="all, delete-orphan", order_by="Paragraph.position"
    )

    @property
    def top_paragraphs(self) -> list[Paragraph]:
        return sorted((p for p in self.paragraphs if p.parent_id is None and p.parent is None),
                      key=lambda p: p.position)


class Paragraph(Versioned, Base):
    """One paragraph (or sub-paragraph (a), (b)…) of a section."""

    __tablename__ = "paragraph"
    __table_args__ = (UniqueConstraint("uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Stable identity through moves, renumbering, snapshots and restores.
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    section_id: Mapped[int] = mapped_column(
        ForeignKey("outcome_section.id", ondelete="CASCADE"), index=True
    )
    #: The paragraph this one is a sub-paragraph of; None for a top-level paragraph.
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("paragraph.id", ondelete="CASCADE"), index=True
    )
    #: Order among siblings (same section and parent), from 0; the number derives from it.
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ParagraphStatus] = enum_column(
        ParagraphStatus, default=ParagraphStatus.PROPOSED
    )
    #: Square brackets around parts of the text still under negotiation: a list of
    #: [start, end] character offsets into `text` (see `conclusions.brackets`).
    brackets: Mapped[list[list[int]]] = mapped_column(JSON, default=list)

    section: Mapped[Section] = relationship(back_populates="paragraphs")
    parent: Mapped[Paragraph | None] = relationship(
        remote_side=[id], back_populates="children"
    )
    children: Mapped[list[Paragraph]] = relationship(
        back_populates="parent", order_by="Paragraph.position"
    )
    comments: Mapped[list[ParagraphComment]] = relationship(
        back_populates="paragraph", cascade="all, delete-orphan",
        order_by="ParagraphComment.created_at",
    )
    sessions: Mapped[list[ProgrammeSession]] = relationship(
        "Session", secondary=paragraph_session
    )
    recommendations: Mapped[list[Recommendation]] = relationship(
        secondary=paragraph_recommendation, back_populates="paragraphs"
    )

    def __repr__(self) -> str:
        return f"<Paragraph {self.uid[:8]} {self.text[:30]!r}>"


class ParagraphComment(Versioned, Base):
    """A remark on a paragraph by someone of the chair's team, or a reply in its thread.

    A thread is a comment without `reply_to_id` and its replies (one level, in time order);
    the thread is resolved or reopened as a whole, on its first comment.
    """

    __tablename__ = "paragraph_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(
        ForeignKey("paragraph.id", ondelete="CASCADE"), index=True
    )
    #: The thread's first comment this one answers; None: it starts a thread.
    reply_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("paragraph_comment.id", ondelete="CASCADE"), index=True
    )
    #: Who wrote it: the person working (`team.identity.person_of`), or as imported.
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    #: When the thread was resolved (UTC); None: open. Set on a thread's first comment.
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: Who resolved it.
    resolved_by: Mapped[str] = mapped_column(String(200), default="", server_default="")

    paragraph: Mapped[Paragraph] = relationship(back_populates="comments")


class AmendmentKind(enum.StrEnum):
    #: New wording for the whole paragraph.
    REPLACE = "replace"
    #: A new paragraph after this one.
    INSERT_AFTER = "insert_after"
    DELETE = "delete"
    #: Move this paragraph after another one (`target_uid`).
    MOVE = "move"


class AmendmentStatus(enum.StrEnum):
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    ACCEPTED_MODIFIED = "accepted_modified"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    #: Folded into another proposal (or a compromise text) without being applied itself.
    MERGED = "merged"


class ProposerKind(enum.StrEnum):
    DELEGATION = "delegation"
    PERSON = "person"


class Amendment(Versioned, Base):
    """A proposal against one paragraph of a document, with its proposer and decision.

    It names its paragraph by uid (which survives moves, renumbering and undo) and keeps
    the paragraph's number and wording as they were when it was proposed, for the
    compilation. Accepting one applies it to the working text (see `conclusions.amendments`).
    """

    __tablename__ = "amendment"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("outcome_document.id", ondelete="CASCADE"), index=True
    )
    #: The paragraph proposed against (uid, see `Paragraph.uid`).
    paragraph_uid: Mapped[str] = mapped_column(String(36), index=True)
    #: Its number ("7", "4(a)") and text when the proposal was made.
    paragraph_number: Mapped[str] = mapped_column(String(32), default="")
    original_text: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[AmendmentKind] = enum_column(AmendmentKind, default=AmendmentKind.REPLACE)
    #: The proposed wording (replace, insert after); empty for delete and move.
    text: Mapped[str] = mapped_column(Text, default="")
    #: Move: the paragraph after which this one should stand.
    target_uid: Mapped[str] = mapped_column(String(36), default="", server_default="")
    #: A delegation ("Switzerland", "European Union") or a person.
    proposer: Mapped[str] = mapped_column(String(200))
    proposer_kind: Mapped[ProposerKind] = enum_column(ProposerKind,
                                                      default=ProposerKind.DELEGATION)
    #: The date the proposal was made.
    proposed_on: Mapped[date] = mapped_column(Date)
    rationale: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[AmendmentStatus] = enum_column(AmendmentStatus,
                                                  default=AmendmentStatus.SUBMITTED)
    #: Who recorded it (the person working).
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    #: The decision: who took it, when (UTC), and a note ("merged with 12", "agreed in the
    #: informals").
    decided_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decision_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: The wording put into the working text when accepted (differs from `text` when
    #: accepted as modified).
    applied_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: Insert after: the uid of the paragraph the acceptance created.
    result_uid: Mapped[str] = mapped_column(String(36), default="", server_default="")

    document: Mapped[OutcomeDocument] = relationship()


class Recommendation(Versioned, Base):
    """A recommendation or key point a session's rapporteur recorded."""

    __tablename__ = "recommendation"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    #: Order within the session, from 0.
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    #: The registered participant who made it, if any.
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    #: The author's name as typed when not (or no longer) a registered participant.
    author_name: Mapped[str] = mapped_column(String(200), default="")
    #: When it was said or noted (local time of the event).
    recorded_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: Who noted it in confdesk (team.identity's person); empty for items from before.
    recorded_by: Mapped[str] = mapped_column(String(200), default="", server_default="")

    session: Mapped[ProgrammeSession] = relationship("Session")
    author: Mapped[Participant | None] = relationship()
    paragraphs: Mapped[list[Paragraph]] = relationship(
        secondary=paragraph_recommendation, back_populates="recommendations"
    )

    @property
    def author_label(self) -> str:
        return self.author.display_name if self.author is not None else self.author_name


class Snapshot(Base):
    """A named, dated, immutable copy of a document's text ("Draft 1", "Final").

    Never updated once written (the services offer no way to); `content` holds the whole text as
    JSON with the paragraph and section uids (see `conclusions.tree.content_of`).
    """

    __tablename__ = "outcome_snapshot"
    __table_args__ = (UniqueConstraint("document_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("outcome_document.id", ondelete="CASCADE"), index=True
    )
    #: "Draft 1 — 31 March 2014 20:00", "Final"; unique within the document.
    name: Mapped[str] = mapped_column(String(200))
    #: The date the draft carries (may be set for drafts recorded afterwards).
    taken_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    #: When the row was written (UTC).
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    #: True for the adopted text: printed without the DRAFT mark.
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    #: The document's title, sections and paragraphs (see `conclusions.tree`).
    content: Mapped[dict[str, Any]] = mapped_column(JSON)

    document: Mapped[OutcomeDocument] = relationship(back_populates="snapshots")


class SnapshotImmutableError(UserError):
    """A draft snapshot was about to be changed: drafts are never rewritten."""


@sa_event.listens_for(Snapshot, "before_update")
def _refuse_snapshot_update(_mapper: Any, _connection: Any, target: Snapshot) -> None:
    from confdesk.conclusions.messages import DRAFT_FIXED

    raise SnapshotImmutableError(DRAFT_FIXED, code="conclusions.draft_fixed", name=target.name)
