"""A session's speakers' list as plain data, captured before the session's deletion (which
takes the list along, database cascade) and put back when the deletion is undone.

Used by `confdesk/consequences.py`, which knows what a programme session's deletion takes
along in every domain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.conclusions.models import Recommendation
from confdesk.plenary.speakers_models import (
    Adjustment,
    AdjustmentKind,
    Inscription,
    SpeakerLevel,
    SpeakersList,
    SpeakerStatus,
)
from confdesk.registration.models import Organisation, Participant


@dataclass(frozen=True, slots=True)
class TakenInscription:
    id: int
    delegation: str
    organisation_id: int | None
    speaker: str
    participant_id: int | None
    level: SpeakerLevel
    reply: bool
    inscribed_at: datetime
    status: SpeakerStatus
    started_at: datetime | None
    ended_at: datetime | None
    note_id: int | None
    remarks: str


@dataclass(frozen=True, slots=True)
class TakenAdjustment:
    kind: AdjustmentKind
    inscription_id: int
    other_id: int | None
    made_at: datetime
    made_by: str
    discarded: bool


@dataclass(frozen=True, slots=True)
class TakenList:
    """A speakers' list: its limits, inscriptions and the chair's recorded changes."""

    limits: tuple[int, int, int]
    inscriptions: tuple[TakenInscription, ...] = field(default=())
    adjustments: tuple[TakenAdjustment, ...] = field(default=())

    def delegations(self) -> list[str]:
        return sorted(i.delegation for i in self.inscriptions)


def capture_list(session: Session, session_id: int) -> TakenList | None:
    """The list of programme session `session_id` (None: it has none)."""
    fl = session.scalar(select(SpeakersList).where(SpeakersList.session_id == session_id))
    if fl is None:
        return None
    return TakenList(
        (fl.state_minutes, fl.observer_minutes, fl.reply_minutes),
        tuple(TakenInscription(
            i.id, i.delegation, i.organisation_id, i.speaker, i.participant_id, i.level,
            i.reply, i.inscribed_at, i.status, i.started_at, i.ended_at, i.note_id, i.remarks)
            for i in fl.inscriptions),
        tuple(TakenAdjustment(a.kind, a.inscription_id, a.other_id, a.made_at, a.made_by,
                              a.discarded) for a in fl.adjustments))


def restore_list(session: Session, session_id: int, taken: TakenList) -> None:
    """Recreate a captured list on (recreated) programme session `session_id`; links to
    organisations, people and rapporteur's items deleted meanwhile are left out."""
    def alive(model: type[Organisation | Participant | Recommendation],
              ids: set[int | None]) -> set[int]:
        wanted = [i for i in ids if i is not None]
        return set(session.scalars(select(model.id).where(model.id.in_(wanted)))) \
            if wanted else set()

    orgs = alive(Organisation, {i.organisation_id for i in taken.inscriptions})
    people = alive(Participant, {i.participant_id for i in taken.inscriptions})
    notes = alive(Recommendation, {i.note_id for i in taken.inscriptions})
    state, observer, reply = taken.limits
    fl = SpeakersList(session_id=session_id, state_minutes=state, observer_minutes=observer,
                      reply_minutes=reply)
    session.add(fl)
    new_ids: dict[int, Inscription] = {}
    for t in taken.inscriptions:
        new_ids[t.id] = Inscription(
            speakers_list=fl, delegation=t.delegation,
            organisation_id=t.organisation_id if t.organisation_id in orgs else None,
            speaker=t.speaker,
            participant_id=t.participant_id if t.participant_id in people else None,
            level=t.level, reply=t.reply, inscribed_at=t.inscribed_at, status=t.status,
            started_at=t.started_at, ended_at=t.ended_at,
            note_id=t.note_id if t.note_id in notes else None, remarks=t.remarks)
        session.add(new_ids[t.id])
    session.flush()
    for a in taken.adjustments:
        if a.inscription_id not in new_ids:
            continue
        other = new_ids.get(a.other_id) if a.other_id is not None else None
        session.add(Adjustment(
            speakers_list=fl, kind=a.kind, inscription_id=new_ids[a.inscription_id].id,
            other_id=other.id if other is not None else None, made_at=a.made_at,
            made_by=a.made_by, discarded=a.discarded))
    session.flush()
