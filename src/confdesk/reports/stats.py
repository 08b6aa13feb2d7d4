"""What is in a database: the figures `confdesk stats` prints and the summary screen shows.

All counting is done in SQL so that it stays instant at 20,000 participants.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from confdesk.conclusions.queries import document_summaries
from confdesk.events.models import Event, Room
from confdesk.events.queries import resolve_event
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration.categories import categories
from confdesk.registration.models import (
    INACTIVE_STATUSES,
    Organisation,
    OrganisationKind,
    Participant,
    Status,
)
from confdesk.registration.states import state

STATE_KINDS = (OrganisationKind.STATE, OrganisationKind.OBSERVER_STATE)


@dataclass(frozen=True)
class EventStats:
    event_id: int
    event_title: str
    event_short_name: str
    start_date: str
    end_date: str
    events_in_database: int
    participants: int
    #: Participants who will attend (not declined or cancelled).
    active_participants: int
    states: int
    organisations: int
    rooms: int
    sessions: int
    sessions_per_day: dict[str, int]
    participants_by_category: dict[str, int]
    participants_by_status: dict[str, int]
    participants_by_kind: dict[str, int]
    participants_by_region: dict[str, int]
    documents: list[dict[str, Any]]
    #: English name of each category code of `participants_by_category`.
    category_names: dict[str, str] = field(default_factory=dict)

    @property
    def summary_line(self) -> str:
        """The sentence a final report needs."""
        others = self.organisations - self.states
        return (
            f"{self.active_participants} participants from {self.states} States "
            f"and {others} organisations"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "event": {
                "id": self.event_id, "title": self.event_title,
                "short_name": self.event_short_name,
                "start_date": self.start_date, "end_date": self.end_date,
            },
            "events": self.events_in_database,
            "participants": self.participants,
            "active_participants": self.active_participants,
            "states": self.states,
            "organisations": self.organisations,
            "rooms": self.rooms,
            "sessions": self.sessions,
            "sessions_per_day": self.sessions_per_day,
            "participants_by_category": self.participants_by_category,
            "category_names": self.category_names,
            "participants_by_status": self.participants_by_status,
            "participants_by_kind": self.participants_by_kind,
            "participants_by_region": self.participants_by_region,
            "documents": self.documents,
            "summary": self.summary_line,
        }


def _ordered(counts: dict[str, int], order: list[str]) -> dict[str, int]:
    return {key: counts.get(key, 0) for key in order}


def event_stats(session: Session, event_id: int | None = None) -> EventStats:
    event = resolve_event(session, event_id)
    eid = event.id
    part = Participant
    active = part.status.not_in([s.value for s in INACTIVE_STATUSES])

    total = session.scalar(select(func.count()).where(part.event_id == eid)) or 0
    active_count = session.scalar(select(func.count()).where(part.event_id == eid, active)) or 0
    by_category = dict(
        session.execute(
            select(part.category, func.count()).where(part.event_id == eid).group_by(part.category)
        ).all()
    )
    names_of_categories = {c.code: c.name_en for c in categories(session, eid)}
    by_status = dict(
        session.execute(
            select(part.status, func.count()).where(part.event_id == eid).group_by(part.status)
        ).all()
    )
    by_kind = dict(
        session.execute(
            select(Organisation.kind, func.count())
            .join(part, part.organisation_id == Organisation.id)
            .where(part.event_id == eid, active)
            .group_by(Organisation.kind)
        ).all()
    )
    org_rows = session.execute(
        select(Organisation.id, Organisation.kind, Organisation.country_code)
        .join(part, part.organisation_id == Organisation.id)
        .where(part.event_id == eid, active)
        .distinct()
    ).all()
    state_codes = {code for _, kind, code in org_rows if kind in STATE_KINDS and code}
    # Region: UN regional group of the State a participant represents or comes from.
    country_rows = session.execute(
        select(func.coalesce(Organisation.country_code, part.country_code), func.count())
        .select_from(part)
        .outerjoin(Organisation, part.organisation_id == Organisation.id)
        .where(part.event_id == eid, active)
        .group_by(func.coalesce(Organisation.country_code, part.country_code))
    ).all()
    by_region: dict[str, int] = {}
    for code, count in country_rows:
        found = state(code) if code else None
        region = (found.regional_group or "Observer States") if found else "Other or none"
        by_region[region] = by_region.get(region, 0) + count

    per_day = dict(
        session.execute(
            select(ProgrammeSession.day, func.count())
            .where(ProgrammeSession.event_id == eid)
            .group_by(ProgrammeSession.day)
            .order_by(ProgrammeSession.day)
        ).all()
    )
    rooms = session.scalar(select(func.count()).where(Room.event_id == eid)) or 0
    events = session.scalar(select(func.count()).select_from(Event)) or 0

    return EventStats(
        event_id=eid,
        event_title=event.title,
        event_short_name=event.short_name,
        start_date=event.start_date.isoformat(),
        end_date=event.end_date.isoformat(),
        events_in_database=events,
        participants=total,
        active_participants=active_count,
        states=len(state_codes),
        organisations=len(org_rows),
        rooms=rooms,
        sessions=sum(per_day.values()),
        sessions_per_day={day.isoformat(): n for day, n in per_day.items()},
        participants_by_category=_ordered(
            {str(k): v for k, v in by_category.items()},
            [*names_of_categories, *sorted(set(map(str, by_category)) - set(names_of_categories))],
        ),
        category_names=names_of_categories,
        participants_by_status=_ordered(
            {str(k): v for k, v in by_status.items()}, [s.value for s in Status]
        ),
        participants_by_kind=_ordered(
            {str(k): v for k, v in by_kind.items()}, [k.value for k in OrganisationKind]
        ),
        participants_by_region=dict(sorted(by_region.items())),
        documents=_documents(session, eid),
    )


def _documents(session: Session, event_id: int) -> list[dict[str, Any]]:
    """Outcome documents of the event: id, title, kind, drafts, paragraphs, words."""
    return [summary.as_json() for summary in document_summaries(session, event_id)]
