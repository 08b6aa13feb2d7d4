"""What deleting a record takes along in other domains, and how to put it back.

Knowledge that spans domains lives here, above them, so that no domain imports another to
learn what its deletions cascade to: `programme/` does not know the rapporteur's items and
outcome-document links that `conclusions/` hangs on a session. The services call these
functions around a deletion (capture before, restore after an undone deletion) and compare
captures to refuse an undo or redo that would delete what a colleague added since.

Registration's participant deletion (roles, authored items) still does this inside
`registration/operations.py`; it moves here when registration gets its service.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.conclusions.models import Paragraph, Recommendation, paragraph_session
from confdesk.db.concurrency import flush
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration.models import Participant


@dataclass(frozen=True, slots=True)
class TakenItem:
    """A rapporteur's item of a deleted session, with the paragraphs that reflected it."""

    id: int
    position: int
    text: str
    author_id: int | None
    author_name: str
    recorded_at: datetime | None
    paragraph_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SessionTakings:
    """What deleting a programme session takes with it (database cascades): its rapporteur's
    items and the outcome-document paragraphs' links naming it as their source."""

    items: tuple[TakenItem, ...] = field(default=())
    paragraph_ids: tuple[int, ...] = field(default=())

    def exceeds(self, known: SessionTakings | None) -> bool:
        """Whether these takings hold items or links that `known` (what an undo step saw)
        did not: someone added them since, and deleting now would lose their work."""
        known = known or SessionTakings()
        return (sorted(i.text for i in self.items) != sorted(i.text for i in known.items)
                or not set(self.paragraph_ids) <= set(known.paragraph_ids))


def session_takings(session: Session, session_id: int) -> SessionTakings:
    """What deleting programme session `session_id` would take along, to restore later."""
    items = tuple(
        TakenItem(r.id, r.position, r.text, r.author_id, r.author_name, r.recorded_at,
                  tuple(p.id for p in r.paragraphs))
        for r in session.scalars(select(Recommendation).where(
            Recommendation.session_id == session_id).order_by(Recommendation.position))
    )
    linked = tuple(session.scalars(select(paragraph_session.c.paragraph_id).where(
        paragraph_session.c.session_id == session_id)))
    return SessionTakings(items, linked)


def restore_session_takings(session: Session, item: ProgrammeSession,
                            takings: SessionTakings) -> None:
    """Bring back a recreated session's rapporteur's items and paragraph links (those whose
    paragraphs still exist; authors deleted meanwhile are left out, their typed name kept).
    Items take their old ids back when free."""
    if not takings.items and not takings.paragraph_ids:
        return

    def alive(ids: tuple[int, ...]) -> list[Paragraph]:
        return list(session.scalars(select(Paragraph).where(Paragraph.id.in_(ids)))) \
            if ids else []

    authors = set(session.scalars(select(Participant.id).where(
        Participant.id.in_([i.author_id for i in takings.items if i.author_id]))))
    for saved in takings.items:
        free = session.get(Recommendation, saved.id) is None
        session.add(Recommendation(
            id=saved.id if free else None, session=item, position=saved.position,
            text=saved.text, author_id=saved.author_id if saved.author_id in authors else None,
            author_name=saved.author_name, recorded_at=saved.recorded_at,
            paragraphs=alive(saved.paragraph_ids),
        ))
    for para in alive(takings.paragraph_ids):
        if item not in para.sessions:
            para.sessions.append(item)
    flush(session, f"“{item.title}”")
