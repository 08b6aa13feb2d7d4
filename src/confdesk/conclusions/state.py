"""Whole states of a working text and of a session's items, for undo and redo.

A `DocumentState` is the working text (snapshot content) plus what `apply_content` leaves alone:
each paragraph's comments and its links to sessions and recommendations. Restoring a state makes
the rows equal to it again, reusing paragraphs by uid, so identities survive undo and redo.
An `ItemsState` does the same for the rapporteur's items of one programme session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.conclusions import messages
from confdesk.conclusions.models import (
    OutcomeDocument,
    Paragraph,
    ParagraphComment,
    Recommendation,
)
from confdesk.conclusions.operations import apply_content, edit_recommendation, fits
from confdesk.conclusions.queries import recommendations_of, working_content
from confdesk.programme.models import Session as ProgrammeSession


@dataclass(frozen=True)
class CommentState:
    """One comment of a thread as it was (its id kept, so replies find their thread)."""

    id: int
    reply_to_id: int | None
    author: str
    text: str
    created_at: datetime
    resolved_at: datetime | None
    resolved_by: str


def _comment_state(c: ParagraphComment) -> CommentState:
    return CommentState(c.id, c.reply_to_id, c.author, c.text, c.created_at, c.resolved_at,
                        c.resolved_by or "")


@dataclass(frozen=True)
class DocumentState:
    """A working text with its comments and source links, keyed by paragraph uid."""

    content: dict[str, Any]
    comments: dict[str, tuple[CommentState, ...]]
    sessions: dict[str, frozenset[int]]
    recommendations: dict[str, frozenset[int]]


def _paragraphs(doc: OutcomeDocument) -> list[Paragraph]:
    return [p for section in doc.sections for p in section.paragraphs]


def _by_id(comments: list[ParagraphComment]) -> list[ParagraphComment]:
    return sorted(comments, key=lambda c: c.id)


def capture_document(doc: OutcomeDocument) -> DocumentState:
    """The document's working text, comments and links as they are now."""
    paras = _paragraphs(doc)
    return DocumentState(
        content=working_content(doc),
        comments={p.uid: tuple(_comment_state(c) for c in _by_id(p.comments))
                  for p in paras},
        sessions={p.uid: frozenset(s.id for s in p.sessions) for p in paras},
        recommendations={p.uid: frozenset(r.id for r in p.recommendations) for p in paras},
    )


def restore_document(session: Session, doc: OutcomeDocument, state: DocumentState) -> None:
    """Make the working text, comments and links equal `state` again."""
    apply_content(session, doc, state.content)
    for para in _paragraphs(doc):
        wanted = state.comments.get(para.uid, ())
        if tuple(_comment_state(c) for c in _by_id(para.comments)) != wanted:
            _restore_comments(session, para, wanted)
        session_ids = state.sessions.get(para.uid, frozenset())
        if {s.id for s in para.sessions} != session_ids:
            para.sessions = [s for s in (session.get(ProgrammeSession, i) for i in session_ids)
                             if s is not None]
        rec_ids = state.recommendations.get(para.uid, frozenset())
        if {r.id for r in para.recommendations} != rec_ids:
            para.recommendations = [
                r for r in (session.get(Recommendation, i) for i in sorted(rec_ids))
                if r is not None
            ]
    session.flush()


def _restore_comments(session: Session, para: Paragraph,
                      wanted: tuple[CommentState, ...]) -> None:
    """Make a paragraph's comments equal `wanted`, keeping (or re-creating) their ids."""
    keep = {w.id for w in wanted}
    gone = [c for c in para.comments if c.id not in keep]
    # Replies first, then the threads they answer (the rows refer to each other).
    for replies in (True, False):
        for comment in gone:
            if (comment.reply_to_id is not None) == replies:
                para.comments.remove(comment)
                session.delete(comment)
        session.flush()
    current = {c.id: c for c in para.comments}
    for item in wanted:  # ascending ids: a thread's first comment before its replies
        found = current.get(item.id)
        if found is None:
            comment = ParagraphComment(id=item.id, paragraph=para, text=item.text)
            session.add(comment)
        else:
            comment = found
        comment.reply_to_id, comment.author, comment.text = (item.reply_to_id, item.author,
                                                             item.text)
        comment.created_at = item.created_at
        comment.resolved_at, comment.resolved_by = item.resolved_at, item.resolved_by
        session.flush()


@dataclass(frozen=True)
class ItemState:
    """One rapporteur's item as it was."""

    id: int
    text: str
    author_id: int | None
    author_name: str
    recorded_at: datetime | None
    paragraph_uids: frozenset[str]
    #: Who noted it (team mode); kept through undo and redo.
    recorded_by: str = ""


def capture_items(session: Session, session_id: int) -> tuple[ItemState, ...]:
    """The items of a programme session in order, with the paragraphs reflecting them."""
    return tuple(
        ItemState(r.id, r.text, r.author_id, r.author_name, r.recorded_at,
                  frozenset(p.uid for p in r.paragraphs), r.recorded_by)
        for r in recommendations_of(session, session_id)
    )


def restore_items(session: Session, session_id: int, items: tuple[ItemState, ...]) -> None:
    """Make the session's items equal `items` (same ids, order, texts and links) again."""
    current = {r.id: r for r in recommendations_of(session, session_id)}
    for position, item in enumerate(items):
        rec = current.pop(item.id, None)
        if rec is None:
            rec = Recommendation(id=item.id, session_id=session_id, text=item.text)
            session.add(rec)
        rec.position, rec.text = position, item.text
        rec.author_id, rec.author_name = item.author_id, item.author_name
        rec.recorded_at, rec.recorded_by = item.recorded_at, item.recorded_by
        session.flush()
        if {p.uid for p in rec.paragraphs} != item.paragraph_uids:
            rec.paragraphs = list(session.scalars(
                select(Paragraph).where(Paragraph.uid.in_(item.paragraph_uids))))
    for rec in current.values():
        session.delete(rec)
    session.flush()


# -- changing items (the rapporteur workspace) ----------------------------------------------------


def edit_item(session: Session, rec: Recommendation, text: str, *,
              author_name: str | None = None, recorded_at: datetime | None = None,
              expected: str | None = None) -> None:
    """Change an item's text (see `operations.edit_recommendation`), author's name and time;
    with `expected` (the text the dialog showed), refused if someone changed it since."""
    if expected is not None and rec.text.strip() != expected.strip():
        raise messages.item_changed(rec.text)
    edit_recommendation(session, rec, text)
    if author_name is not None and author_name.strip() != rec.author_label:
        fits(author_name.strip(), Recommendation.__table__.c.author_name,
             messages.label(messages.AUTHOR_NAME))
        rec.author, rec.author_name = None, author_name.strip()
    if recorded_at is not None:
        rec.recorded_at = recorded_at
    session.flush()
