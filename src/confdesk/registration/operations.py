"""Use cases on participants: create, edit, delete, bulk changes, check-in, badges printed.

Plain functions over a SQLAlchemy Session: they `flush()` and leave the transaction to the
caller. Each change returns what a GUI needs to undo it (snapshots of the rows before).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import String, func, select
from sqlalchemy.orm import Session

from confdesk.db.base import utcnow
from confdesk.db.concurrency import flush, load_current, quoted
from confdesk.errors import (
    CHECK_IN_AGAIN,
    CHECK_IN_AMBIGUOUS,
    CHECK_IN_FORCED,
    CHECK_IN_INACTIVE,
    CHECK_IN_UNCONFIRMED,
    CHECK_IN_UNKNOWN,
    NOT_A_STATE,
    ORGANISATION_NAME_TOO_LONG,
    ORGANISATION_NAMELESS,
    PARTICIPANT_BAD_COUNTRY,
    PARTICIPANT_BAD_EMAIL,
    PARTICIPANT_CODE_TAKEN,
    PARTICIPANT_NAMELESS,
    PARTICIPANT_TOO_LONG,
    ConcurrentEditError,
    UndoRefusedError,
    UserError,
)
from confdesk.registration import names
from confdesk.registration.categories import CategoryError, categories, check_code
from confdesk.registration.codes import InvalidCodeError, normalise_code, unique_code
from confdesk.registration.desk import Caution, caution, code_candidates
from confdesk.registration.models import (
    DEFAULT_CATEGORY,
    INACTIVE_STATUSES,
    DelegationRole,
    Organisation,
    OrganisationKind,
    Participant,
    Status,
)
from confdesk.registration.states import find_state, state

#: A pragmatic address check: something@domain.tld, no spaces; not RFC 5322 in full.
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


class ParticipantInvalidError(UserError):
    """The participant's data cannot be saved; `problems` lists why, field by field (English),
    and `errors` the same as UserErrors with codes and params (for a translated dialog)."""

    default_code = "participant.invalid"

    def __init__(self, problems: dict[str, str],
                 errors: dict[str, UserError] | None = None) -> None:
        self.problems = problems
        self.errors = errors or {k: UserError(v) for k, v in problems.items()}
        super().__init__("; ".join(problems.values()))

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.problems, self.errors))


class CheckInRefusedError(UserError):
    """Check-in of someone cancelled or declined, or of an unknown code."""

    default_code = "check_in.refused"


@dataclass
class ParticipantData:
    """The editable fields of a participant, as a form holds them."""

    given_name: str = ""
    family_name: str = ""
    honorific: str = ""
    family_name_first: bool = False
    function: str = ""
    organisation_id: int | None = None
    delegation_role: DelegationRole = DelegationRole.MEMBER
    #: Code of one of the event's categories.
    category: str = DEFAULT_CATEGORY
    status: Status = Status.REGISTERED
    country_code: str | None = None
    email: str = ""
    phone: str = ""
    access_needs: str = ""
    dietary_needs: str = ""
    notes: str = ""
    #: Left out of the published list of participants, at the person's request.
    do_not_publish: bool = False

    @classmethod
    def of(cls, person: Participant) -> ParticipantData:
        """The editable fields of a participant, as a form starts from."""
        return cls(**{f.name: getattr(person, f.name) for f in fields(cls)})


DATA_FIELDS = tuple(f.name for f in fields(ParticipantData))
#: Maximum lengths of the text columns (PostgreSQL refuses longer values).
_LIMITS: dict[str, int] = {
    name: length for name in DATA_FIELDS
    if (length := getattr(getattr(Participant.__table__.c.get(name), "type", None), "length",
                          None))
}
#: Fields restored by undo, beyond the editable ones.
_SNAPSHOT_EXTRA = ("id", "event_id", "code", "checked_in_at", "badge_printed_at")
#: Keys of a deletion's snapshot that are not columns: the links the deletion removed.
LINK_KEYS = ("session_roles", "authored")
#: The keys of a snapshot, in its order (`snapshot`).
SNAPSHOT_KEYS = (*DATA_FIELDS, *_SNAPSHOT_EXTRA)


def validation_errors(data: ParticipantData) -> dict[str, UserError]:
    """Problems that forbid saving, by field name, as UserErrors with codes (translatable);
    empty when the data is fine."""
    problems: dict[str, UserError] = {}
    if not names.clean(data.given_name) and not names.clean(data.family_name):
        problems["family_name"] = UserError(PARTICIPANT_NAMELESS, code="participant.nameless")
    email = names.clean(data.email)
    if email and not EMAIL_RE.match(email):
        problems["email"] = UserError(PARTICIPANT_BAD_EMAIL, code="participant.email",
                                      email=email)
    if data.country_code and state(data.country_code) is None and len(data.country_code) != 2:
        problems["country_code"] = UserError(PARTICIPANT_BAD_COUNTRY,
                                             code="participant.country",
                                             country=data.country_code)
    for name, limit in _LIMITS.items():
        value = getattr(data, name)
        if isinstance(value, str) and len(names.clean(value)) > limit:
            problems.setdefault(name, UserError(
                PARTICIPANT_TOO_LONG, code="participant.too_long",
                field=name.replace("_", " ").capitalize(), limit=limit))
    return problems


def validate(data: ParticipantData) -> dict[str, str]:
    """Problems that forbid saving, by field name, in English; empty when the data is fine."""
    return {name: str(error) for name, error in validation_errors(data).items()}


def _refuse(problems: dict[str, UserError]) -> None:
    if problems:
        raise ParticipantInvalidError({k: str(e) for k, e in problems.items()}, problems)


def name_key(given: str | None, family: str | None) -> str:
    """Folded words of a name in alphabetical order: "Ban Ki-moon" matches "Ki-moon Ban"."""
    return names.name_key_of_folded(names.fold(given), names.fold(family))


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """An existing participant who may be the same person."""

    participant_id: int
    name: str
    reason: str


def find_duplicates(
    session: Session, event_id: int, data: ParticipantData, *, exclude_id: int | None = None
) -> list[DuplicateMatch]:
    """People of the event with the same e-mail, or the same name in the same organisation."""
    matches: dict[int, DuplicateMatch] = {}
    email = names.clean(data.email).casefold()
    base = select(Participant).where(Participant.event_id == event_id)
    if exclude_id is not None:
        base = base.where(Participant.id != exclude_id)
    if email:
        if email.isascii():
            same_email = base.where(func.lower(Participant.email) == email)
        else:
            # SQLite's lower() folds ASCII letters only: compare such addresses in Python, so
            # both engines find the same duplicates.
            ids = [pid for pid, address in session.execute(
                select(Participant.id, Participant.email).where(
                    Participant.event_id == event_id, Participant.email != ""))
                if address.casefold() == email and pid != exclude_id]
            same_email = base.where(Participant.id.in_(ids))
        for p in session.scalars(same_email):
            matches[p.id] = DuplicateMatch(p.id, p.plain_name, f"same e-mail address {p.email}")
    key = name_key(data.given_name, data.family_name)
    if key:
        org_clause = (Participant.organisation_id.is_(None) if data.organisation_id is None
                      else Participant.organisation_id == data.organisation_id)
        stmt = select(Participant.id, Participant.given_name, Participant.family_name,
                      Participant.family_name_first).where(Participant.event_id == event_id,
                                                           org_clause)
        if exclude_id is not None:
            stmt = stmt.where(Participant.id != exclude_id)
        for pid, given, family, first in session.execute(stmt):
            if pid not in matches and name_key(given, family) == key:
                matches[pid] = DuplicateMatch(
                    pid, names.display_name(given, family, family_first=first),
                    "same name in the same organisation",
                )
    return list(matches.values())


def _apply(person: Participant, data: ParticipantData) -> None:
    for name in DATA_FIELDS:
        value = getattr(data, name)
        if isinstance(value, str) and name not in ("notes", "access_needs"):
            value = names.clean(value)
        if name == "country_code":
            value = value.upper() if value else None
        setattr(person, name, value)


def _flush(session: Session) -> None:
    flush(session, "this participant", ConcurrentEditError.participant)


def _get(session: Session, participant_id: int, expected_version: int | None = None
         ) -> Participant:
    return load_current(session, Participant, participant_id, expected_version,
                        name=lambda p: quoted(p.plain_name),
                        missing=f"Participant {participant_id}")


def create_participant(
    session: Session, event_id: int, data: ParticipantData, *, code: str | None = None
) -> Participant:
    """A new participant, after validation; a code is generated when none is given."""
    problems = validation_errors(data)
    if code and session.scalar(select(Participant.id).where(Participant.code == code)):
        problems["code"] = UserError(PARTICIPANT_CODE_TAKEN, code="participant.code_taken",
                                     value=code)
    _check_category(session, event_id, data.category, problems)
    _refuse(problems)
    person = Participant(event_id=event_id, code=code or unique_code(session))
    _apply(person, data)
    session.add(person)
    _flush(session)
    return person


def _check_category(session: Session, event_id: int, code: str,
                    problems: dict[str, UserError]
                    ) -> None:
    """Add a problem unless the event has this category."""
    try:
        check_code(session, event_id, code)
    except CategoryError as exc:
        problems["category"] = exc


def snapshot(person: Participant) -> dict[str, Any]:
    """Every field needed to put a participant back as it was (for undo)."""
    snap = asdict(ParticipantData.of(person))
    snap.update({name: getattr(person, name) for name in _SNAPSHOT_EXTRA})
    return snap


def update_participant(
    session: Session, participant_id: int, data: ParticipantData, *,
    expected_version: int | None = None,
) -> dict[str, Any]:
    """Save an edit; returns the snapshot from before it (undo = `restore_snapshots`)."""
    problems = validation_errors(data)
    person = _get(session, participant_id, expected_version)
    _check_category(session, person.event_id, data.category, problems)
    _refuse(problems)
    before = snapshot(person)
    _apply(person, data)
    _flush(session)
    return before


def restore_snapshots(session: Session, snapshots: Iterable[dict[str, Any]]) -> None:
    """Undo: put participants back as snapshotted, re-creating deleted ones with their id.
    The links other domains hold (`LINK_KEYS`) are put back by `confdesk.consequences`."""
    for snap in snapshots:
        person = session.get(Participant, snap["id"])
        if person is None:
            person = Participant(id=snap["id"], event_id=snap["event_id"], code=snap["code"])
            session.add(person)
        for name, value in snap.items():
            if name not in ("id", "event_id", *LINK_KEYS):
                setattr(person, name, value)
    _flush(session)


def delete_participants(session: Session, ids: Iterable[int]) -> list[dict[str, Any]]:
    """Delete people; returns their snapshots so that undo can bring them back. What the
    deletion takes along in other domains is captured by `confdesk.consequences`."""
    snaps = []
    for pid in ids:
        person = _get(session, pid)
        snaps.append(snapshot(person))
        session.delete(person)
    _flush(session)
    return snaps


def _bulk(session: Session, ids: Iterable[int], **values: Any) -> list[dict[str, Any]]:
    snaps = []
    for pid in ids:
        person = _get(session, pid)
        snaps.append(snapshot(person))
        for name, value in values.items():
            setattr(person, name, value)
    _flush(session)
    return snaps


def set_status(session: Session, ids: Iterable[int], status: Status) -> list[dict[str, Any]]:
    """Give several people one status; returns snapshots for undo."""
    return _bulk(session, ids, status=Status(status))


def set_category(session: Session, ids: Iterable[int], category: str
                 ) -> list[dict[str, Any]]:
    """Give several people one category (a code of their event's); returns snapshots for
    undo."""
    ids = list(ids)
    events = set(session.scalars(select(Participant.event_id).where(Participant.id.in_(ids))))
    for event_id in events:
        check_code(session, event_id, category)
    return _bulk(session, ids, category=category)


def mark_badges_printed(session: Session, ids: Iterable[int], when: datetime | None = None
                        ) -> list[dict[str, Any]]:
    """Record that badges were printed now; returns snapshots for undo."""
    return _bulk(session, ids, badge_printed_at=when or utcnow())


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A check-in done, with what undo needs and the warning to show (empty when none)."""

    participant_id: int
    name: str
    category: str
    previous_status: Status
    previous_checked_in_at: datetime | None
    checked_in_at: datetime
    warning: str = ""
    #: The warning as a UserError with code and params (the window translates it).
    notice: UserError | None = None


def find_for_check_in(session: Session, event_id: int, code_or_id: str | int) -> Participant:
    """The participant a typed or scanned code (or a numeric id) designates.

    A code scanned through an AZERTY keyboard ("&é\"'(à") is read too (see `desk`); a text
    that could be the code of two people is refused rather than guessed.
    """
    text = str(code_or_id).strip()
    typed = {text.upper()}
    with contextlib.suppress(InvalidCodeError):
        typed.add(normalise_code(text))
    readings = [*typed, *code_candidates(text)]
    found = list(session.scalars(
        select(Participant).where(Participant.event_id == event_id,
                                  func.upper(Participant.code).in_(readings))
        .order_by(Participant.id)
    ))
    exact = [p for p in found if p.code.upper() in typed]  # as typed beats any reading
    if not exact and len(found) > 1:
        raise CheckInRefusedError(
            CHECK_IN_AMBIGUOUS, code="check_in.ambiguous", text=text, count=len(found),
            people=", ".join(f"{p.plain_name}: {p.code}" for p in found))
    person: Participant | None = (exact or found)[0] if (exact or found) else None
    if person is None and text.isdigit() and int(text) < 2**31:  # an id fits an INTEGER
        person = session.get(Participant, int(text))
        if person is not None and person.event_id != event_id:
            person = None
    if person is None:
        raise CheckInRefusedError(CHECK_IN_UNKNOWN, code="check_in.unknown", text=text)
    return person


def check_in(
    session: Session, event_id: int, code_or_id: str | int, *, force: bool = False,
    now: datetime | None = None,
) -> CheckIn:
    """Check someone in and record the time.

    Cancelled or declined registrations are refused unless `force`; unconfirmed ones (invited,
    registered) and repeated check-ins go through with a warning.
    """
    person = find_for_check_in(session, event_id, code_or_id)
    notice: UserError | None = None
    question = caution(person.status)
    if question is Caution.INACTIVE:
        if not force:
            raise CheckInRefusedError(CHECK_IN_INACTIVE, code="check_in.inactive",
                                      name=person.plain_name, status=person.status.value)
        notice = UserError(CHECK_IN_FORCED, code="check_in.forced",
                           status=person.status.value)
    elif question is Caution.UNCONFIRMED:
        notice = UserError(CHECK_IN_UNCONFIRMED, code="check_in.unconfirmed",
                           status=person.status.value)
    elif person.status == Status.CHECKED_IN and person.checked_in_at is not None:
        # Stored in UTC; said in the computer's time, as the desk shows every other time.
        local = person.checked_in_at.replace(tzinfo=UTC).astimezone()
        notice = UserError(CHECK_IN_AGAIN, code="check_in.again", time=f"{local:%H:%M}",
                           day=f"{local:%d %b}")
    warning = str(notice) if notice is not None else ""
    result_prev = (person.status, person.checked_in_at)
    when = now or utcnow()
    person.status = Status.CHECKED_IN
    person.checked_in_at = when
    _flush(session)
    return CheckIn(person.id, person.plain_name, person.category, result_prev[0], result_prev[1],
                   when, warning, notice)


def undo_check_in(session: Session, done: CheckIn) -> None:
    """Put back the status and time from before a check-in, unless someone changed the
    registration since (then undoing would silently overwrite their change)."""
    person = _still_there(session, done)
    if person.status != Status.CHECKED_IN or person.checked_in_at != done.checked_in_at:
        raise UndoRefusedError.check_in_changed(person.plain_name, person.status.value,
                                                redo=False)
    person.status = done.previous_status
    person.checked_in_at = done.previous_checked_in_at
    _flush(session)


def redo_check_in(session: Session, done: CheckIn) -> None:
    """Check in again at the time of `done`, unless someone changed the registration since
    it was undone."""
    person = _still_there(session, done)
    if (person.status, person.checked_in_at) != (done.previous_status,
                                                 done.previous_checked_in_at):
        raise UndoRefusedError.check_in_changed(person.plain_name, person.status.value,
                                                redo=True)
    person.status = Status.CHECKED_IN
    person.checked_in_at = done.checked_in_at
    _flush(session)


def _still_there(session: Session, done: CheckIn) -> Participant:
    person = session.get(Participant, done.participant_id)
    if person is None:
        raise UndoRefusedError.participant_gone(quoted(done.name))
    return person


def checked_in_counts(session: Session, event_id: int) -> dict[str, tuple[int, int]]:
    """Per category code, in the event's order: (checked in, expected) where expected excludes
    cancelled and declined."""
    stmt = (
        select(Participant.category, Participant.status, func.count())
        .where(Participant.event_id == event_id)
        .group_by(Participant.category, Participant.status)
    )
    counts: dict[str, list[int]] = {c.code: [0, 0] for c in categories(session, event_id)}
    for category, status, n in session.execute(stmt):
        counts.setdefault(category, [0, 0])
        if status == Status.CHECKED_IN:
            counts[category][0] += n
        if status not in INACTIVE_STATUSES:
            counts[category][1] += n
    return {c: (v[0], v[1]) for c, v in counts.items()}


def state_organisation(session: Session, iso_code: str) -> Organisation:
    """The organisation standing for a UN Member or observer State, created when missing."""
    found = state(iso_code)
    if found is None:
        raise UserError(NOT_A_STATE, code="organisation.not_a_state", country=iso_code)
    kind = OrganisationKind.STATE if found.status == "member" else OrganisationKind.OBSERVER_STATE
    org = session.scalars(
        select(Organisation).where(Organisation.kind == kind,
                                   Organisation.country_code == found.code)
    ).first()
    if org is None:
        org = Organisation(name_en=found.name_en, name_fr=found.name_fr, kind=kind,
                           country_code=found.code, acronym="")
        session.add(org)
        _flush(session)
    return org


def find_organisation(session: Session, name: str) -> Organisation | None:
    """An organisation known by this name (English, French or acronym), ignoring case/accents."""
    folded = names.fold(name)
    if not folded:
        return None
    for org in session.scalars(select(Organisation)):
        if folded in (names.fold(org.name_en), names.fold(org.name_fr), names.fold(org.acronym)):
            return org
    return None


def find_or_create_organisation(
    session: Session, name: str, kind: OrganisationKind | None = None,
    country_code: str | None = None,
) -> Organisation:
    """The organisation a user typed: a State by its name, a known body, else a new one."""
    name = names.clean(name)
    if not name:
        raise UserError(ORGANISATION_NAMELESS, code="organisation.nameless")
    limit = cast(String, Organisation.__table__.c.name_en.type).length or 300
    if len(name) > limit:  # PostgreSQL would refuse it with a DataError; SQLite would keep it
        raise UserError(ORGANISATION_NAME_TOO_LONG, code="organisation.too_long", limit=limit)
    if kind in (None, OrganisationKind.STATE, OrganisationKind.OBSERVER_STATE):
        found_state = find_state(name)
        if found_state is not None:
            return state_organisation(session, found_state.code)
    org = find_organisation(session, name)
    if org is not None:
        return org
    org = Organisation(name_en=name, name_fr="", acronym="", kind=kind or guess_kind(name),
                       country_code=country_code.upper() if country_code else None)
    session.add(org)
    _flush(session)
    return org


_KIND_HINTS: Sequence[tuple[OrganisationKind, tuple[str, ...]]] = (
    (OrganisationKind.UN_SYSTEM, ("united nations", "nations unies", "unesco", "unicef",
                                  "ohchr", "undp", "unhcr", "hcdh", "unitar", "world bank")),
    (OrganisationKind.REGIONAL_ORGANISATION, ("african union", "union africaine",
                                              "european union", "union europeenne",
                                              "council of europe", "conseil de l'europe",
                                              "osce", "asean", "league of arab states")),
    (OrganisationKind.PARLIAMENT, ("parliament", "parlement", "senate", "senat", "assembly",
                                   "assemblee")),
    (OrganisationKind.ACADEMIA, ("university", "universite", "college", "institute of",
                                 "school of", "academy", "academie")),
    (OrganisationKind.MEDIA, ("news", "press", "presse", "radio", "television", "journal",
                              "times", "gazette")),
)


def guess_kind(name: str) -> OrganisationKind:
    """A likely kind for a new organisation from words of its name (the user can correct it)."""
    folded = names.fold(name)
    for kind, hints in _KIND_HINTS:
        if any(h in folded for h in hints):
            return kind
    return OrganisationKind.CIVIL_SOCIETY if folded else OrganisationKind.OTHER
