"""The demo's speakers' list: the High Level Political Session (resources/demo/floor.json)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.conclusions.models import Recommendation
from confdesk.demo import data
from confdesk.events.models import Event
from confdesk.plenary.speakers_models import (
    Adjustment,
    AdjustmentKind,
    Inscription,
    SpeakerLevel,
    SpeakersList,
)
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration.models import Participant


def add_demo_floor(session: Session, event: Event, person_ids: dict[str, int]) -> int:
    """Inscribe the High Level Political Session's speakers as they came in, and record the
    chair's move; returns the number of inscriptions (0 when the session is missing)."""
    spec: dict[str, Any] = data.load("floor")
    item = session.scalar(select(ProgrammeSession).where(
        ProgrammeSession.event_id == event.id, ProgrammeSession.title == spec["session"]))
    if item is None:
        return 0
    notes = session.scalars(select(Recommendation).where(
        Recommendation.session_id == item.id)).all()
    floor = SpeakersList(session_id=item.id, **spec["limits"])
    session.add(floor)
    by_key: dict[str, Inscription] = {}
    for entry in spec["inscriptions"]:
        person = session.get(Participant, person_ids[entry["person"]])
        assert person is not None and person.organisation is not None
        note = next((n for n in notes if n.text.startswith(entry.get("note", "\0"))), None)
        inscription = Inscription(
            speakers_list=floor, delegation=person.organisation.name_en,
            organisation_id=person.organisation_id, participant_id=person.id,
            speaker=f"{person.display_name}, {person.function}",
            level=SpeakerLevel(entry["level"]),
            inscribed_at=datetime.fromisoformat(entry["inscribed"]),
            note_id=note.id if note else None)
        session.add(inscription)
        by_key[entry["person"]] = inscription
    session.flush()
    for move in spec["moves"]:
        session.add(Adjustment(
            speakers_list=floor, kind=AdjustmentKind.MOVE,
            inscription_id=by_key[move["move"]].id, other_id=by_key[move["before"]].id,
            made_at=datetime.fromisoformat(move["made"]), made_by=move["by"]))
    session.flush()
    return len(by_key)
