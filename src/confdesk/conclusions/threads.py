"""Comment threads on paragraphs: a first comment, its replies, resolved or open.

Operations take the author from the caller (the service passes the person working,
`team.identity.person_of`), never from typing. Reading returns plain `Thread` values for the
window, the CLI and the comments report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from confdesk.conclusions import messages
from confdesk.conclusions.models import OutcomeDocument, Paragraph, ParagraphComment
from confdesk.conclusions.operations import EditError, add_comment, fits
from confdesk.conclusions.tree import DocumentText, ParagraphText
from confdesk.db.base import utcnow


@dataclass(frozen=True)
class CommentRow:
    """One comment or reply as shown."""

    id: int
    author: str
    text: str
    #: When it was written (UTC).
    written_at: datetime


@dataclass(frozen=True)
class Thread:
    """A paragraph's comment and its replies."""

    paragraph_uid: str
    #: The paragraph's number ("7", "4(a)"; "" unnumbered) and an extract of its text.
    number: str
    extract: str
    comments: tuple[CommentRow, ...]
    resolved_at: datetime | None = None
    resolved_by: str = ""

    @property
    def id(self) -> int:
        """The thread's first comment's id (what a reply answers)."""
        return self.comments[0].id

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


def _root(session: Session, comment_id: int, doc: OutcomeDocument | None) -> ParagraphComment:
    comment = session.get(ParagraphComment, comment_id)
    if comment is not None and comment.reply_to_id is not None:
        comment = session.get(ParagraphComment, comment.reply_to_id)
    if comment is None or (doc is not None and comment.paragraph.section.document_id != doc.id):
        raise EditError(messages.COMMENT_GONE,
                        code="conclusions.comment_gone")
    return comment


def reply(session: Session, doc: OutcomeDocument | None, comment_id: int, text: str,
          author: str) -> ParagraphComment:
    """A reply at the end of the thread of `comment_id`; a resolved thread is reopened."""
    root = _root(session, comment_id, doc)
    answer = add_comment(session, root.paragraph, text, author)
    answer.reply_to_id = root.id
    if root.resolved_at is not None:
        root.resolved_at, root.resolved_by = None, ""
    session.flush()
    return answer


def resolve(session: Session, doc: OutcomeDocument | None, comment_id: int, person: str,
            *, resolved: bool = True) -> None:
    """Mark a thread resolved by `person` now (or, `resolved` False, open again)."""
    root = _root(session, comment_id, doc)
    if resolved:
        root.resolved_by = fits(person.strip(), ParagraphComment.__table__.c.resolved_by,
                                "A name")
        root.resolved_at = utcnow()
    else:
        root.resolved_at, root.resolved_by = None, ""
    session.flush()


def delete_comment(session: Session, doc: OutcomeDocument | None, comment_id: int) -> None:
    """Remove a comment; removing a thread's first comment removes its replies too."""
    comment = session.get(ParagraphComment, comment_id)
    if comment is None:
        raise EditError(messages.COMMENT_GONE,
                        code="conclusions.comment_gone")
    _root(session, comment_id, doc)
    para = comment.paragraph
    victims = [c for c in para.comments if c.reply_to_id == comment.id] + [comment]
    for victim in victims:
        para.comments.remove(victim)
        session.delete(victim)
        session.flush()


def _numbers(tree: DocumentText) -> dict[str, ParagraphText]:
    return {para.uid: para for _section, para, _depth in tree.paragraphs(include_deleted=True)}


def threads_of(doc: OutcomeDocument, tree: DocumentText, *,
               paragraph_uid: str | None = None) -> list[Thread]:
    """The document's threads in reading order (of one paragraph with `paragraph_uid`)."""
    shown = _numbers(tree)
    order = {uid: index for index, uid in enumerate(shown)}
    out: list[Thread] = []
    for section in doc.sections:
        for para in section.paragraphs:
            if paragraph_uid is not None and para.uid != paragraph_uid:
                continue
            out += _threads_of_paragraph(para, shown.get(para.uid))
    out.sort(key=lambda t: (order.get(t.paragraph_uid, len(order)), t.id))
    return out


def _threads_of_paragraph(para: Paragraph, text: ParagraphText | None) -> list[Thread]:
    comments = sorted(para.comments, key=lambda c: (c.created_at, c.id))
    replies: dict[int, list[ParagraphComment]] = {}
    for c in comments:
        if c.reply_to_id is not None:
            replies.setdefault(c.reply_to_id, []).append(c)
    number = text.label if text is not None else ""
    extract = para.text if len(para.text) <= 90 else para.text[:89].rstrip() + "…"
    return [
        Thread(para.uid, number, extract,
               tuple(CommentRow(c.id, c.author, c.text, c.created_at)
                     for c in [root, *replies.get(root.id, [])]),
               root.resolved_at, root.resolved_by or "")
        for root in comments if root.reply_to_id is None
    ]
