"""What deleting a record takes along in other domains, and how to put it back.

Knowledge that spans domains lives here, above them, so that no domain imports another to
learn what its deletions cascade to: `programme/` does not know the rapporteur's items and
outcome-document links that `conclusions/` hangs on a session. The services call these
functions around a deletion (capture before, restore after an undone deletion) and compare
captures to refuse an undo or redo that would delete what a colleague added since.

A participant's deletion takes along their roles in programme sessions and the authorship of
the rapporteur's items they recorded; `delete_participants` / `restore_participants` wrap
registration's plain operations with those links (kept in the snapshots under `LINK_KEYS`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from confdesk.conclusions.models import Paragraph, Recommendation, paragraph_session
from confdesk.db.concurrency import flush
from confdesk.plenary.speakers_takings import TakenList, capture_list, restore_list
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.programme.models import SessionRole
from confdesk.registration import operations as registration
from confdesk.registration.models import Participant
from confdesk.registration.operations import LINK_KEYS


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
    #: Its speakers' list, if it has one.
    floor: TakenList | None = None

    def exceeds(self, known: SessionTakings | None) -> bool:
        """Whether these takings hold items or links that `known` (what an undo step saw)
        did not: someone added them since, and deleting now would lose their work."""
        known = known or SessionTakings()
        return (sorted(i.text for i in self.items) != sorted(i.text for i in known.items)
                or not set(self.paragraph_ids) <= set(known.paragraph_ids)
                or (self.floor is not None and (
                    known.floor is None
                    or self.floor.delegations() != known.floor.delegations())))


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
    return SessionTakings(items, linked, capture_list(session, session_id))


def restore_session_takings(session: Session, item: ProgrammeSession,
                            takings: SessionTakings) -> None:
    """Bring back a recreated session's rapporteur's items and paragraph links (those whose
    paragraphs still exist; authors deleted meanwhile are left out, their typed name kept).
    Items take their old ids back when free."""
    if takings.items or takings.paragraph_ids:
        _restore_items(session, item, takings)
    if takings.floor is not None:  # after the items, which its interventions may name
        restore_list(session, item.id, takings.floor)


def _restore_items(session: Session, item: ProgrammeSession, takings: SessionTakings) -> None:

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


# -- participants ---------------------------------------------------------------------------
def participant_takings(session: Session, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """What deleting participants `ids` takes along, by participant: their roles in programme
    sessions (deleted with them) and the rapporteur's items they recorded (which lose their
    author), under the snapshot keys of `LINK_KEYS`; people with neither are left out."""
    ids = list(ids)
    takings: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for role in session.scalars(select(SessionRole).where(
                SessionRole.participant_id.in_(chunk)).order_by(SessionRole.id)):
            takings.setdefault(role.participant_id, {}).setdefault("session_roles", []).append(
                {"id": role.id, "session_id": role.session_id, "role": role.role,
                 "position": role.position})
        for rec_id, author_id in session.execute(
                select(Recommendation.id, Recommendation.author_id)
                .where(Recommendation.author_id.in_(chunk)).order_by(Recommendation.id)):
            if author_id is not None:
                takings.setdefault(author_id, {}).setdefault("authored", []).append(rec_id)
    return takings


def delete_participants(session: Session, ids: Iterable[int]) -> list[dict[str, Any]]:
    """Delete people; returns their snapshots with what the deletion took along in other
    domains (`participant_takings`), so that `restore_participants` brings all back."""
    ids = list(ids)
    takings = participant_takings(session, ids)
    snaps = registration.delete_participants(session, ids)
    for snap in snaps:
        snap.update(takings.get(snap["id"], {}))
    return snaps


def restore_participants(session: Session, snapshots: Iterable[dict[str, Any]]) -> None:
    """Put participants back as snapshotted (re-creating deleted ones with their id), with
    their programme roles (in sessions that still exist) and their authorship of the
    rapporteur's items that have had no author since."""
    snapshots = list(snapshots)
    registration.restore_snapshots(session, snapshots)
    restore_participant_links(session, snapshots)


def restore_participant_links(session: Session, snapshots: Iterable[dict[str, Any]]) -> None:
    """The links of `LINK_KEYS` in `snapshots`, put back for people who exist again."""
    linked = [s for s in snapshots if any(s.get(k) for k in LINK_KEYS)]
    if not linked:
        return
    wanted = {r["session_id"] for s in linked for r in s.get("session_roles", ())}
    alive = set(session.scalars(select(ProgrammeSession.id).where(
        ProgrammeSession.id.in_(wanted)))) if wanted else set()
    taken = set(session.scalars(select(SessionRole.id).where(SessionRole.id.in_(
        [r["id"] for s in linked for r in s.get("session_roles", ())]))))
    for snap in linked:
        for role in snap.get("session_roles", ()):
            if role["session_id"] in alive and role["id"] not in taken:
                session.add(SessionRole(participant_id=snap["id"], **role))
    flush(session, "A participant's programme roles")
    authored = False
    for snap in linked:
        if snap.get("authored"):
            authored = True
            session.execute(update(Recommendation).where(
                Recommendation.id.in_(snap["authored"]), Recommendation.author_id.is_(None),
            ).values(author_id=snap["id"]))
    if authored:
        session.expire_all()
