"""What is in a database: the figures `confdesk stats` prints and the summary screen shows.

Read once, in plain SQL over a `Reader` (`confdesk.db.reader`): the command reads a SQLite
file with Python's own sqlite3 and never imports SQLAlchemy (it starts in a fraction of the
time), the window and the services give a `SessionReader` of their session. Counting is done
by the database in one pass over the event's participants, so that it stays instant at
100,000 of them. Keep this module and what it imports free of SQLAlchemy
(tests/test_cli_imports.py checks it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from confdesk.conclusions.summaries import document_summaries
from confdesk.db.reader import as_date
from confdesk.events.queries import resolve_event_row
from confdesk.registration.category_list import event_categories
from confdesk.registration.kinds import INACTIVE_STATUSES, OrganisationKind, Status
from confdesk.registration.states import state

if TYPE_CHECKING:
    from confdesk.db.reader import Reader

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


#: The event's participants by status and category (a few dozen groups however many people).
_BY_STATUS_AND_CATEGORY = (
    "SELECT status, category, COUNT(*) FROM participant WHERE event_id = ? "
    "GROUP BY status, category")
_INACTIVE = tuple(sorted(s.value for s in INACTIVE_STATUSES))
#: Those who will attend, by delegation and by their own country (a few hundred groups).
_ATTENDING_BY_DELEGATION = (
    "SELECT organisation_id, country_code, COUNT(*) FROM participant WHERE event_id = ? "
    f"AND status NOT IN ({', '.join('?' * len(_INACTIVE))}) "
    "GROUP BY organisation_id, country_code")
_ORGANISATIONS = "SELECT id, kind, country_code FROM organisation"
_SESSIONS_PER_DAY = (
    "SELECT day, COUNT(*) FROM session WHERE event_id = ? GROUP BY day ORDER BY day")
_ROOMS_AND_EVENTS = "SELECT (SELECT COUNT(*) FROM room WHERE event_id = ?), " \
    "(SELECT COUNT(*) FROM event)"


def event_stats(reader: Reader, event_id: int | None = None) -> EventStats:
    """The figures of `event_id`, else of the only or the most recent event."""
    eid, title, short_name, start_date, end_date = resolve_event_row(
        reader, event_id, "id, title, short_name, start_date, end_date")
    organisations = {oid: (kind, code) for oid, kind, code in reader.rows(_ORGANISATIONS)}
    total = 0
    by_category: dict[str, int] = {}
    by_status: dict[str, int] = {}
    for status, category, count in reader.rows(_BY_STATUS_AND_CATEGORY, (eid,)):
        total += count
        by_category[str(category)] = by_category.get(str(category), 0) + count
        by_status[str(status)] = by_status.get(str(status), 0) + count
    active_count = 0
    by_kind: dict[str, int] = {}
    # Delegations of attending participants, and where attending participants come from:
    # the country of the State they represent, else their own.
    delegations: set[int] = set()
    state_codes: set[str] = set()
    by_country: dict[str | None, int] = {}
    for organisation_id, country_code, count in reader.rows(
            _ATTENDING_BY_DELEGATION, (eid, *_INACTIVE)):
        active_count += count
        organisation = organisations.get(organisation_id) if organisation_id is not None \
            else None
        if organisation is not None:
            kind, organisation_code = organisation
            delegations.add(organisation_id)
            by_kind[str(kind)] = by_kind.get(str(kind), 0) + count
            if kind in STATE_KINDS and organisation_code:
                state_codes.add(organisation_code)
            if organisation_code is not None:
                country_code = organisation_code
        by_country[country_code] = by_country.get(country_code, 0) + count
    # Region: UN regional group of the State a participant represents or comes from.
    by_region: dict[str, int] = {}
    for code, count in by_country.items():
        found = state(code) if code else None
        region = (found.regional_group or "Observer States") if found else "Other or none"
        by_region[region] = by_region.get(region, 0) + count

    names_of_categories = {c.code: c.name_en for c in event_categories(reader, eid)}
    per_day = {as_date(day).isoformat(): n  # type: ignore[union-attr]
               for day, n in reader.rows(_SESSIONS_PER_DAY, (eid,))}
    rooms, events = reader.rows(_ROOMS_AND_EVENTS, (eid,))[0]

    return EventStats(
        event_id=eid,
        event_title=title,
        event_short_name=short_name,
        start_date=as_date(start_date).isoformat(),  # type: ignore[union-attr]
        end_date=as_date(end_date).isoformat(),  # type: ignore[union-attr]
        events_in_database=events,
        participants=total,
        active_participants=active_count,
        states=len(state_codes),
        organisations=len(delegations),
        rooms=rooms,
        sessions=sum(per_day.values()),
        sessions_per_day=per_day,
        participants_by_category=_ordered(
            by_category,
            [*names_of_categories, *sorted(set(by_category) - set(names_of_categories))],
        ),
        category_names=names_of_categories,
        participants_by_status=_ordered(by_status, [s.value for s in Status]),
        participants_by_kind=_ordered(by_kind, [k.value for k in OrganisationKind]),
        participants_by_region=dict(sorted(by_region.items())),
        documents=[summary.as_json() for summary in document_summaries(reader, eid)],
    )
