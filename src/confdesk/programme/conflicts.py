"""Conflict checks over a programme snapshot: pure functions, no database.

Errors are things that cannot happen as planned (a person or a room in two places at once, a
session outside the event or ending before it starts, a role held by someone who will not
come). Warnings are gaps an organiser usually wants to fill (a panel with no chair, a
substantive session with no rapporteur).

Overlaps are found by a sweep over the sessions of each room and of each person sorted by
start time, so the cost grows with the number of sessions plus the number of clashes, not
with its square. Sessions that touch end to start (10:30 and 10:30) do not overlap.
"""

from __future__ import annotations

import enum
import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from confdesk.programme.kinds import RoleKind, SessionKind
from confdesk.programme.labels import kind_label, role_label
from confdesk.programme.queries import PersonInfo, ProgrammeSnapshot, SessionInfo


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


class FindingKind(enum.StrEnum):
    PERSON_OVERLAP = "person_overlap"
    ROOM_OVERLAP = "room_overlap"
    OUTSIDE_EVENT = "outside_event"
    END_NOT_AFTER_START = "end_not_after_start"
    INACTIVE_PERSON = "inactive_person"
    NO_CHAIR = "no_chair"
    NO_RAPPORTEUR = "no_rapporteur"


#: Kinds of session that need someone in the chair (a moderator counts).
NEEDS_CHAIR = frozenset({SessionKind.PANEL, SessionKind.PLENARY, SessionKind.HIGH_LEVEL})
#: Kinds of session whose discussion a rapporteur reports to the chair's conclusions. Opening,
#: keynote and closing speeches are published as delivered; breaks and side events are not
#: part of the official record.
NEEDS_RAPPORTEUR = frozenset({SessionKind.PANEL, SessionKind.PLENARY, SessionKind.HIGH_LEVEL})


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: how bad, what kind, a sentence for the user, and the sessions concerned.

    `template` and `params` give the sentence before substitution, so a translated interface
    can rebuild it; `message` is the English sentence.
    """

    severity: Severity
    kind: FindingKind
    template: str
    params: dict[str, str] = field(hash=False)
    session_ids: tuple[int, ...]
    person_id: int | None = None
    room_id: int | None = None

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def _when(s: SessionInfo) -> str:
    return f"{s.day:%a %d %b} {s.time_range}"


def _sweep(sessions: Iterable[SessionInfo]) -> Iterator[tuple[SessionInfo, SessionInfo]]:
    """Pairs of overlapping sessions among `sessions` (each pair once, earlier first)."""
    ordered = sorted(sessions, key=lambda s: (s.starts_at, s.ends_at, s.id))
    active: list[tuple[object, int, SessionInfo]] = []  # heap by end time
    for s in ordered:
        while active and active[0][0] <= s.starts_at:  # type: ignore[operator]
            heapq.heappop(active)
        for _, _, other in sorted(active, key=lambda item: item[2].starts_at):
            yield other, s
        heapq.heappush(active, (s.ends_at, s.id, s))


def _timed(snapshot: ProgrammeSnapshot) -> list[SessionInfo]:
    """Sessions with a real length: the others are reported on their own and kept out of
    overlap checks, where a negative length would mean nothing."""
    return [s for s in snapshot.sessions if s.ends_at > s.starts_at]


def room_overlaps(snapshot: ProgrammeSnapshot) -> list[Finding]:
    """Two sessions in one room at the same time."""
    by_room: dict[int, list[SessionInfo]] = {}
    for s in _timed(snapshot):
        if s.room is not None:
            by_room.setdefault(s.room.id, []).append(s)
    findings = []
    for room_id, sessions in by_room.items():
        for a, b in _sweep(sessions):
            findings.append(Finding(
                Severity.ERROR, FindingKind.ROOM_OVERLAP,
                "{room} holds two sessions at once: “{first}” ({first_when}) and “{second}” "
                "({second_when}).",
                {"room": a.room.name if a.room else "", "first": a.title,
                 "first_when": _when(a), "second": b.title, "second_when": _when(b)},
                (a.id, b.id), room_id=room_id,
            ))
    return findings


def person_overlaps(snapshot: ProgrammeSnapshot) -> list[Finding]:
    """One person expected in two sessions at the same time, whatever the roles."""
    by_person: dict[int, dict[int, SessionInfo]] = {}
    roles: dict[tuple[int, int], RoleKind] = {}
    people: dict[int, PersonInfo] = {}
    for s in _timed(snapshot):
        for r in s.roles:
            by_person.setdefault(r.person.id, {})[s.id] = s
            roles.setdefault((r.person.id, s.id), r.role)
            people[r.person.id] = r.person  # named only if booked twice (1,600 sessions)
    findings = []
    for person_id, sessions in by_person.items():
        if len(sessions) < 2:
            continue
        for a, b in _sweep(sessions.values()):
            findings.append(Finding(
                Severity.ERROR, FindingKind.PERSON_OVERLAP,
                "{person} is expected in two sessions at once: as {first_role} in “{first}” "
                "({first_when}) and as {second_role} in “{second}” ({second_when}).",
                {"person": people[person_id].display_name,
                 "first_role": role_label(roles[person_id, a.id]).lower(), "first": a.title,
                 "first_when": _when(a),
                 "second_role": role_label(roles[person_id, b.id]).lower(), "second": b.title,
                 "second_when": _when(b)},
                (a.id, b.id), person_id=person_id,
            ))
    return findings


def timing_errors(snapshot: ProgrammeSnapshot) -> list[Finding]:
    """Sessions outside the event's dates, or ending at or before their start."""
    first, last = snapshot.event.start_date, snapshot.event.end_date
    findings = []
    for s in snapshot.sessions:
        if not first <= s.day <= last:
            findings.append(Finding(
                Severity.ERROR, FindingKind.OUTSIDE_EVENT,
                "“{title}” is on {day}, outside the event ({first} to {last}).",
                {"title": s.title, "day": _day(s.day), "first": _day(first),
                 "last": _day(last)},
                (s.id,),
            ))
        if s.ends_at <= s.starts_at:
            findings.append(Finding(
                Severity.ERROR, FindingKind.END_NOT_AFTER_START,
                "“{title}” on {day} ends at {end}, not after its start at {start}.",
                {"title": s.title, "day": _day(s.day), "start": f"{s.start_time:%H:%M}",
                 "end": f"{s.end_time:%H:%M}"},
                (s.id,),
            ))
    return findings


def inactive_people(snapshot: ProgrammeSnapshot) -> list[Finding]:
    """Roles held by people whose registration is cancelled or declined."""
    findings = []
    for s in snapshot.sessions:
        for r in s.roles:
            if r.person.is_inactive:
                findings.append(Finding(
                    Severity.ERROR, FindingKind.INACTIVE_PERSON,
                    "{person}, {role} in “{title}” ({when}), has {status} and will not attend.",
                    {"person": r.person.display_name, "role": role_label(r.role).lower(),
                     "title": s.title, "when": _when(s), "status": str(r.person.status)},
                    (s.id,), person_id=r.person.id,
                ))
    return findings


def missing_roles(snapshot: ProgrammeSnapshot) -> list[Finding]:
    """Panels, plenaries and high-level segments with no chair or moderator, or no rapporteur."""
    findings = []
    for s in snapshot.sessions:
        held = {r.role for r in s.roles}
        params = {"kind": kind_label(s.kind), "title": s.title, "when": _when(s)}
        if s.kind in NEEDS_CHAIR and not held & {RoleKind.CHAIR, RoleKind.MODERATOR}:
            findings.append(Finding(
                Severity.WARNING, FindingKind.NO_CHAIR,
                "{kind} “{title}” ({when}) has no chair or moderator.", params, (s.id,),
            ))
        if s.kind in NEEDS_RAPPORTEUR and RoleKind.RAPPORTEUR not in held:
            findings.append(Finding(
                Severity.WARNING, FindingKind.NO_RAPPORTEUR,
                "{kind} “{title}” ({when}) has no rapporteur.", dict(params), (s.id,),
            ))
    return findings


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%B %Y}"


def check_programme(snapshot: ProgrammeSnapshot) -> list[Finding]:
    """Every finding, errors first, then in the order of the sessions concerned."""
    findings = (
        timing_errors(snapshot) + room_overlaps(snapshot) + person_overlaps(snapshot)
        + inactive_people(snapshot) + missing_roles(snapshot)
    )
    order = {s.id: i for i, s in enumerate(snapshot.sessions)}
    return sorted(findings, key=lambda f: (
        f.severity != Severity.ERROR, min(order.get(i, 0) for i in f.session_ids),
        list(FindingKind).index(f.kind),
    ))


def findings_by_session(findings: Iterable[Finding]) -> dict[int, list[Finding]]:
    """Findings indexed by each session they concern: what the grid marks on a block."""
    result: dict[int, list[Finding]] = {}
    for f in findings:
        for session_id in f.session_ids:
            result.setdefault(session_id, []).append(f)
    return result


def export_conflicts(snapshot: ProgrammeSnapshot) -> list[Finding]:
    """The conflicts an export of `snapshot` warns about before writing: its errors (a person
    or room in two places, a session outside the event or ending before it starts, a role of
    someone who will not come). Gaps such as a missing rapporteur do not stop a draft being
    shared, so they are left to `confdesk check` and the warnings panel."""
    return [f for f in check_programme(snapshot) if f.severity == Severity.ERROR]
