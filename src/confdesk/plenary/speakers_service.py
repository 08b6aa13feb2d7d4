"""The speakers' list's service: the only writer of inscriptions and the chair's changes.

One public method per user action, one transaction each (see CONTRIBUTING.md). Reading
methods return plain records (`FloorSnapshot`), never ORM objects, so that the window, the
projection window, the CLI and the exports share one computation of the order of speaking
(`speakers_order`). Writing methods return what undo needs: an inscription's state before,
an adjustment's id, a deleted inscription's record. Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from confdesk.conclusions.models import Recommendation
from confdesk.db.base import utcnow
from confdesk.db.database import Database
from confdesk.events.models import Event
from confdesk.plenary import speakers_messages as msg
from confdesk.plenary.speakers_models import (
    STATE_LEVELS,
    Adjustment,
    AdjustmentKind,
    Inscription,
    SpeakerLevel,
    SpeakersList,
    SpeakerStatus,
)
from confdesk.plenary.speakers_order import Move, Ranked, speaking_order
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.programme.models import SessionKind
from confdesk.registration.models import (
    DelegationRole,
    Organisation,
    OrganisationKind,
    Participant,
)
from confdesk.team.identity import person_of

__all__ = [
    "Delegation", "FloorRow", "FloorService", "FloorSnapshot", "InscriptionData",
    "InscriptionState", "Limits", "NoteChoice", "SessionChoice", "guess_level",
]


@dataclass(frozen=True)
class InscriptionData:
    """What a new inscription says."""

    delegation: str
    level: SpeakerLevel
    speaker: str = ""
    reply: bool = False
    organisation_id: int | None = None
    participant_id: int | None = None
    remarks: str = ""
    #: When it was inscribed (UTC); None: now.
    inscribed_at: datetime | None = None


@dataclass(frozen=True)
class InscriptionState:
    """An inscription's changeable fields: what undo and redo put back."""

    status: SpeakerStatus
    started_at: datetime | None
    ended_at: datetime | None
    note_id: int | None
    speaker: str
    level: SpeakerLevel
    remarks: str


@dataclass(frozen=True)
class DeletedInscription:
    """A deleted inscription, with the adjustments that named it, to put back on undo."""

    list_id: int
    data: InscriptionData
    state: InscriptionState
    adjustments: tuple[tuple[AdjustmentKind, bool, int | None, datetime, str], ...] = ()


@dataclass(frozen=True)
class Limits:
    """Speaking time in minutes: States, observers, rights of reply."""

    state_minutes: int = 5
    observer_minutes: int = 3
    reply_minutes: int = 3


@dataclass(frozen=True)
class FloorRow:
    """One inscription as the list shows it."""

    id: int
    version: int
    #: Place in the order of speaking (1 first); None when withdrawn.
    number: int | None
    delegation: str
    speaker: str
    level: SpeakerLevel
    reply: bool
    status: SpeakerStatus
    inscribed_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    #: The time the speaker has, in seconds.
    limit_seconds: int
    #: The chair moved or swapped it (it may not be where the protocol rule puts it).
    moved: bool
    note_id: int | None
    note_text: str
    remarks: str

    @property
    def speaking(self) -> bool:
        return self.started_at is not None and self.ended_at is None

    def elapsed(self, now: datetime | None = None) -> float:
        """Seconds spoken (so far, while speaking)."""
        if self.started_at is None:
            return 0.0
        end = self.ended_at or now or utcnow()
        return max(0.0, (end - self.started_at).total_seconds())


@dataclass(frozen=True)
class AdjustmentRow:
    kind: AdjustmentKind
    delegation: str
    other: str
    made_at: datetime
    made_by: str


@dataclass(frozen=True)
class FloorSnapshot:
    """A session's speakers' list as it stands: rows in the order of speaking, withdrawn
    ones after; the speaker who has the floor and the next one."""

    session_id: int
    session_title: str
    day: date
    start_time: time
    end_time: time
    room: str
    event_title: str
    limits: Limits
    rows: list[FloorRow] = field(default_factory=list)
    adjustments: list[AdjustmentRow] = field(default_factory=list)
    #: The event's IANA time zone: times spoken and the chair's changes print in it.
    timezone: str = "UTC"

    @property
    def current(self) -> FloorRow | None:
        return next((r for r in self.rows if r.speaking), None)

    @property
    def upcoming(self) -> list[FloorRow]:
        """Who is still to speak, in order: those to speak, then the deferred ones."""
        waiting = [r for r in self.rows if r.number is not None and not r.speaking]
        return ([r for r in waiting if r.status == SpeakerStatus.TO_SPEAK]
                + [r for r in waiting if r.status == SpeakerStatus.DEFERRED])

    @property
    def next(self) -> FloorRow | None:
        upcoming = self.upcoming
        return upcoming[0] if upcoming else None

    def row(self, inscription_id: int) -> FloorRow | None:
        return next((r for r in self.rows if r.id == inscription_id), None)


@dataclass(frozen=True)
class SessionChoice:
    id: int
    title: str
    day: date
    start_time: time
    kind: SessionKind
    inscriptions: int


@dataclass(frozen=True)
class Delegation:
    """A sending body of the event, offered when inscribing, with its usual level."""

    organisation_id: int
    name: str
    level: SpeakerLevel


@dataclass(frozen=True)
class NoteChoice:
    """A rapporteur's item of the session, to link to an intervention."""

    id: int
    text: str
    author: str


T = TypeVar("T")

#: The level an organisation speaks at by default, from its kind.
KIND_LEVELS = {
    OrganisationKind.STATE: SpeakerLevel.HEAD_OF_DELEGATION,
    OrganisationKind.OBSERVER_STATE: SpeakerLevel.OBSERVER_STATE,
    OrganisationKind.UN_SYSTEM: SpeakerLevel.UN_ENTITY,
    OrganisationKind.REGIONAL_ORGANISATION: SpeakerLevel.INTERGOVERNMENTAL,
    OrganisationKind.INTERNATIONAL_ORGANISATION: SpeakerLevel.INTERGOVERNMENTAL,
    OrganisationKind.PARLIAMENT: SpeakerLevel.INTERGOVERNMENTAL,
}

_VICE_PRESIDENT = re.compile(r"\b(vice[- ]president|deputy prime minister|vice[- ]premier)",
                             re.I)
_HEAD = re.compile(r"^(president|prime minister|head of state|head of government|king|queen"
                   r"|emir|chancellor)\b|\b(president of the republic|prime minister)\b", re.I)
_VICE_MINISTER = re.compile(r"\b(deputy minister|vice[- ]minister|secretary of state"
                            r"|state secretary|under[- ]secretary)\b", re.I)
_MINISTER = re.compile(r"\bminister\b", re.I)


def guess_level(function: str, kind: OrganisationKind | None) -> SpeakerLevel:
    """The level a speaker of that function and sending body most likely speaks at (the
    secretariat confirms it when inscribing)."""
    if kind is not None and kind not in (OrganisationKind.STATE,):
        return KIND_LEVELS.get(kind, SpeakerLevel.CIVIL_SOCIETY)
    if _VICE_PRESIDENT.search(function):
        return SpeakerLevel.VICE_PRESIDENT
    if _HEAD.search(function):
        return SpeakerLevel.HEAD_OF_STATE
    if _VICE_MINISTER.search(function):
        return SpeakerLevel.VICE_MINISTER
    if _MINISTER.search(function):
        return SpeakerLevel.MINISTER
    return SpeakerLevel.HEAD_OF_DELEGATION


class FloorService:
    """Reads and changes the speakers' lists of one event, one transaction per call."""

    def __init__(self, database: Database, event_id: int) -> None:
        self.database = database
        self.event_id = event_id

    # -- reading -------------------------------------------------------------------------
    def sessions(self) -> list[SessionChoice]:
        """The event's sessions that can have a list (not breaks), with their inscriptions."""
        with self.database.sessions() as s:
            items = s.scalars(
                select(ProgrammeSession).where(ProgrammeSession.event_id == self.event_id,
                                               ProgrammeSession.kind != SessionKind.BREAK)
                .order_by(ProgrammeSession.day, ProgrammeSession.start_time,
                          ProgrammeSession.id)).all()
            lists = {fl.session_id: len(fl.inscriptions) for fl in s.scalars(
                select(SpeakersList).where(SpeakersList.session_id.in_([i.id for i in items])))}
            return [SessionChoice(i.id, i.title, i.day, i.start_time, i.kind,
                                  lists.get(i.id, 0)) for i in items]

    def snapshot(self, session_id: int, language: str = "en") -> FloorSnapshot:
        """The list of `session_id` as it stands (an empty one if nothing is inscribed).
        With `language` "fr", registered delegations and the event carry their French
        names (a delegation typed by hand keeps its words)."""
        with self.database.sessions() as s:
            return _snapshot(s, self._session(s, session_id), language)

    def delegations(self, language: str = "en") -> list[Delegation]:
        """The event's sending bodies (those with participants), by name."""
        with self.database.sessions() as s:
            orgs = s.scalars(
                select(Organisation).where(Organisation.id.in_(
                    select(Participant.organisation_id).where(
                        Participant.event_id == self.event_id)))).all()
            found = [Delegation(o.id, o.name(language),
                                KIND_LEVELS.get(o.kind, SpeakerLevel.CIVIL_SOCIETY))
                     for o in orgs]
        return sorted(found, key=lambda d: d.name.casefold())

    def people_of(self, organisation_id: int) -> list[tuple[int, str, SpeakerLevel]]:
        """Who may speak for a sending body: (participant id, "name, function", level)."""
        with self.database.sessions() as s:
            org = s.get(Organisation, organisation_id)
            roles = list(DelegationRole)
            people = sorted(s.scalars(select(Participant).where(
                Participant.event_id == self.event_id,
                Participant.organisation_id == organisation_id)),
                key=lambda p: (roles.index(p.delegation_role), p.sort_key))
            kind = org.kind if org else None
            return [(p.id, _announced(p), guess_level(p.function, kind)) for p in people]

    def notes(self, session_id: int) -> list[NoteChoice]:
        """The session's rapporteur's items, in their order."""
        with self.database.sessions() as s:
            self._session(s, session_id)
            items = s.scalars(select(Recommendation).where(
                Recommendation.session_id == session_id)
                .order_by(Recommendation.position, Recommendation.id)).all()
            return [NoteChoice(r.id, r.text, r.author_label) for r in items]

    # -- the list ------------------------------------------------------------------------
    def set_limits(self, session_id: int, limits: Limits) -> Limits:
        """Change the time limits; returns those before."""
        if not all(1 <= m <= 60 for m in (limits.state_minutes, limits.observer_minutes,
                                           limits.reply_minutes)):
            raise msg.bad_limit()
        return _once_more(lambda: self._set_limits(session_id, limits))

    def _set_limits(self, session_id: int, limits: Limits) -> Limits:
        with self.database.sessions.begin() as s:
            fl = _list_of(s, self._session(s, session_id))
            before = Limits(fl.state_minutes, fl.observer_minutes, fl.reply_minutes)
            fl.state_minutes = limits.state_minutes
            fl.observer_minutes = limits.observer_minutes
            fl.reply_minutes = limits.reply_minutes
            return before

    def inscribe(self, session_id: int, data: InscriptionData) -> int:
        """Inscribe a delegation or observer (or a right of reply); returns its id."""
        delegation = " ".join(data.delegation.split())
        if not delegation:
            raise msg.no_delegation()
        return _once_more(lambda: self._inscribe(session_id, replace(data,
                                                                     delegation=delegation)))

    def _inscribe(self, session_id: int, data: InscriptionData) -> int:
        with self.database.sessions.begin() as s:
            fl = _list_of(s, self._session(s, session_id))
            item = Inscription(
                speakers_list=fl, delegation=data.delegation, speaker=data.speaker.strip(),
                level=data.level, reply=data.reply, organisation_id=data.organisation_id,
                participant_id=data.participant_id, remarks=data.remarks,
                inscribed_at=data.inscribed_at or utcnow(), status=SpeakerStatus.TO_SPEAK)
            s.add(item)
            s.flush()
            return item.id

    def delete(self, inscription_id: int) -> DeletedInscription:
        """Delete an inscription made in error (a withdrawal is `withdraw`); returns what
        undo needs to put it back."""
        with self.database.sessions.begin() as s:
            item = self._inscription(s, inscription_id)
            adjustments = tuple(
                (a.kind, a.inscription_id == inscription_id,
                 a.other_id if a.inscription_id == inscription_id else a.inscription_id,
                 a.made_at, a.made_by)
                for a in item.speakers_list.adjustments
                if inscription_id in (a.inscription_id, a.other_id))
            record = DeletedInscription(
                item.list_id,
                InscriptionData(item.delegation, item.level, item.speaker, item.reply,
                                item.organisation_id, item.participant_id, item.remarks,
                                item.inscribed_at),
                _state(item), adjustments)
            for a in list(item.speakers_list.adjustments):
                if inscription_id in (a.inscription_id, a.other_id):
                    item.speakers_list.adjustments.remove(a)
            s.flush()
            s.delete(item)
            return record

    def restore(self, record: DeletedInscription) -> int:
        """Put a deleted inscription back (undo of `delete`); returns its new id."""
        with self.database.sessions.begin() as s:
            fl = s.get(SpeakersList, record.list_id)
            if fl is None:
                raise msg.no_inscription(0)
            d = record.data
            item = Inscription(
                speakers_list=fl, delegation=d.delegation, speaker=d.speaker, level=d.level,
                reply=d.reply, organisation_id=d.organisation_id,
                participant_id=d.participant_id, remarks=d.remarks,
                inscribed_at=d.inscribed_at or utcnow())
            _apply(item, record.state)
            s.add(item)
            s.flush()
            ids = {i.id for i in fl.inscriptions}
            for kind, own, other, made_at, made_by in record.adjustments:
                if other is not None and other not in ids:
                    continue
                first, second = (item.id, other) if own else (other, item.id)
                assert first is not None
                s.add(Adjustment(speakers_list=fl, kind=kind, inscription_id=first,
                                 other_id=second, made_at=made_at, made_by=made_by))
            return item.id

    # -- the chair's changes of order ----------------------------------------------------
    def move(self, inscription_id: int, before_id: int | None) -> int:
        """Move an inscription before another (None: to the end); returns the recorded
        adjustment's id."""
        return self._adjust(AdjustmentKind.MOVE, inscription_id, before_id)

    def swap(self, first_id: int, second_id: int) -> int:
        """Swap two inscriptions' places; returns the recorded adjustment's id."""
        return self._adjust(AdjustmentKind.SWAP, first_id, second_id)

    def withdraw(self, inscription_id: int) -> int:
        """Withdraw an inscription (recorded; it stays on the list, out of the order)."""
        with self.database.sessions.begin() as s:
            item = self._inscription(s, inscription_id)
            if item.started_at is not None and item.ended_at is None:
                raise msg.speaking(item.delegation)
            adjustment = Adjustment(
                speakers_list=item.speakers_list, kind=AdjustmentKind.WITHDRAW,
                inscription_id=item.id, other_id=None, made_by=person_of(s),
                made_at=utcnow())
            item.status = SpeakerStatus.WITHDRAWN
            s.add(adjustment)
            s.flush()
            return adjustment.id

    def cancel_adjustment(self, adjustment_id: int) -> None:
        """Take back a recorded move, swap or withdrawal (undo); a withdrawn inscription is
        to speak again."""
        with self.database.sessions.begin() as s:
            adjustment = s.get(Adjustment, adjustment_id)
            if adjustment is None:
                return
            if adjustment.kind == AdjustmentKind.WITHDRAW:
                item = s.get(Inscription, adjustment.inscription_id)
                if item is not None and item.status == SpeakerStatus.WITHDRAWN:
                    item.status = SpeakerStatus.TO_SPEAK
            s.delete(adjustment)

    def discard_moves(self, session_id: int) -> list[int]:
        """Back to the protocol order: the moves and swaps no longer count (withdrawals
        stay); returns their ids, for undo (`restore_moves`)."""
        with self.database.sessions.begin() as s:
            fl = _list_of(s, self._session(s, session_id))
            dropped = [a for a in fl.adjustments
                       if a.kind != AdjustmentKind.WITHDRAW and not a.discarded]
            for a in dropped:
                a.discarded = True
            return [a.id for a in dropped]

    def restore_moves(self, session_id: int, adjustment_ids: list[int]) -> None:
        """Make discarded moves and swaps count again (undo of `discard_moves`)."""
        with self.database.sessions.begin() as s:
            fl = _list_of(s, self._session(s, session_id))
            for a in fl.adjustments:
                if a.id in adjustment_ids:
                    a.discarded = False

    # -- the floor -----------------------------------------------------------------------
    def start(self, inscription_id: int) -> dict[int, InscriptionState]:
        """Give the floor: start the speaking timer (stopping anyone still speaking, who
        has then spoken). Returns the states before, by inscription, for undo."""
        with self.database.sessions.begin() as s:
            item = self._inscription(s, inscription_id)
            if item.status == SpeakerStatus.WITHDRAWN:
                raise msg.withdrawn(item.delegation)
            now = utcnow()
            before: dict[int, InscriptionState] = {}
            for other in item.speakers_list.inscriptions:
                if other.id != item.id and other.started_at and other.ended_at is None:
                    before[other.id] = _state(other)
                    other.ended_at, other.status = now, SpeakerStatus.SPOKE
            before[item.id] = _state(item)
            item.started_at, item.ended_at = now, None
            item.status = SpeakerStatus.TO_SPEAK
            return before

    def stop(self, inscription_id: int) -> InscriptionState:
        """Stop the timer: the speaker has spoken. Returns the state before."""
        with self.database.sessions.begin() as s:
            item = self._inscription(s, inscription_id)
            before = _state(item)
            if item.started_at is not None and item.ended_at is None:
                item.ended_at = utcnow()
                item.status = SpeakerStatus.SPOKE
            return before

    def set_status(self, inscription_id: int, status: SpeakerStatus) -> InscriptionState:
        """Mark an inscription as to speak, spoke, absent or deferred; returns the state
        before. (A withdrawal goes through `withdraw`, so that it is recorded.)"""
        if status == SpeakerStatus.WITHDRAWN:
            raise ValueError("withdraw() records withdrawals")
        with self.database.sessions.begin() as s:
            item = self._inscription(s, inscription_id)
            if item.started_at is not None and item.ended_at is None:
                raise msg.speaking(item.delegation)
            if item.status == SpeakerStatus.WITHDRAWN:
                raise msg.withdrawn(item.delegation)
            before = _state(item)
            item.status = status
            return before

    def link_note(self, inscription_id: int, note_id: int | None) -> InscriptionState:
        """Link the intervention to a rapporteur's item of its session (None: unlink)."""
        with self.database.sessions.begin() as s:
            item = self._inscription(s, inscription_id)
            if note_id is not None:
                note = s.get(Recommendation, note_id)
                if note is None or note.session_id != item.speakers_list.session_id:
                    raise msg.note_elsewhere()
            before = _state(item)
            item.note_id = note_id
            return before

    def set_state(self, inscription_id: int, state: InscriptionState,
                  expected: InscriptionState) -> None:
        """Put an inscription's fields back as in `state` (undo and redo); refused when it
        is no longer as `expected`, i.e. someone else changed it since."""
        with self.database.sessions.begin() as s:
            item = s.get(Inscription, inscription_id)
            if item is None:
                raise msg.no_inscription(inscription_id)
            if _state(item) != expected:
                raise msg.inscription_changed(item.delegation)
            _apply(item, state)

    def state(self, inscription_id: int) -> InscriptionState:
        with self.database.sessions() as s:
            return _state(self._inscription(s, inscription_id))

    # -- helpers -------------------------------------------------------------------------
    def _adjust(self, kind: AdjustmentKind, inscription_id: int, other_id: int | None) -> int:
        if inscription_id == other_id:
            raise msg.same_inscription()
        with self.database.sessions.begin() as s:
            item = self._inscription(s, inscription_id)
            if item.status == SpeakerStatus.WITHDRAWN:
                raise msg.withdrawn(item.delegation)
            if other_id is not None:
                other = self._inscription(s, other_id)
                if other.list_id != item.list_id:
                    raise msg.no_inscription(other_id)
                if kind == AdjustmentKind.SWAP and other.status == SpeakerStatus.WITHDRAWN:
                    raise msg.withdrawn(other.delegation)
            adjustment = Adjustment(speakers_list=item.speakers_list, kind=kind,
                                    inscription_id=item.id, other_id=other_id,
                                    made_by=person_of(s), made_at=utcnow())
            s.add(adjustment)
            s.flush()
            return adjustment.id

    def _session(self, s: Session, session_id: int) -> ProgrammeSession:
        item = s.get(ProgrammeSession, session_id)
        if item is None or item.event_id != self.event_id:
            raise msg.no_session(session_id)
        return item

    def _inscription(self, s: Session, inscription_id: int) -> Inscription:
        item = s.get(Inscription, inscription_id)
        if item is None:
            raise msg.no_inscription(inscription_id)
        session = s.get(ProgrammeSession, item.speakers_list.session_id)
        if session is None or session.event_id != self.event_id:
            raise msg.no_inscription(inscription_id)
        return item


def _once_more(step: Callable[[], T]) -> T:
    """Run a unit of work that may create a session's list; when a colleague's desk created
    it at the same moment (the unique session), run it again on theirs."""
    try:
        return step()
    except IntegrityError:
        return step()


def _announced(p: Participant) -> str:
    return ", ".join(part for part in (p.display_name, p.function) if part)


def _list_of(s: Session, session: ProgrammeSession) -> SpeakersList:
    """The session's list, created on first use."""
    found = s.scalar(select(SpeakersList).where(SpeakersList.session_id == session.id))
    if found is None:
        found = SpeakersList(session_id=session.id)
        s.add(found)
        s.flush()
    return found


def _state(item: Inscription) -> InscriptionState:
    return InscriptionState(item.status, item.started_at, item.ended_at, item.note_id,
                            item.speaker, item.level, item.remarks)


def _apply(item: Inscription, state: InscriptionState) -> None:
    item.status, item.started_at, item.ended_at = state.status, state.started_at, state.ended_at
    item.note_id, item.speaker, item.level = state.note_id, state.speaker, state.level
    item.remarks = state.remarks


def limit_seconds(item: Inscription | FloorRow, limits: Limits) -> int:
    if item.reply:
        return limits.reply_minutes * 60
    return (limits.state_minutes if item.level in STATE_LEVELS else limits.observer_minutes) * 60


def _edition_names(s: Session, items: Iterable[Inscription], language: str) -> dict[int, str]:
    """Inscription id -> the delegation's name in an edition's language, for inscriptions of
    a registered organisation whose stored name is still its English one."""
    if language == "en":
        return {}
    linked = [i for i in items if i.organisation_id]
    orgs = {o.id: o for o in s.scalars(select(Organisation).where(
        Organisation.id.in_({i.organisation_id for i in linked})))} if linked else {}
    return {i.id: orgs[i.organisation_id].name(language) for i in linked
            if i.organisation_id in orgs
            and i.delegation == orgs[i.organisation_id].name_en}


def _snapshot(s: Session, session: ProgrammeSession, language: str = "en") -> FloorSnapshot:
    fl = s.scalar(select(SpeakersList).where(SpeakersList.session_id == session.id))
    event = s.get(Event, session.event_id)
    event_title = event.title if event else ""
    if event and language == "fr" and event.title_fr:
        event_title = event.title_fr
    base = FloorSnapshot(session.id, session.title, session.day, session.start_time,
                         session.end_time, session.room.name if session.room else "",
                         event_title, Limits(),
                         timezone=(event.timezone if event else "") or "UTC")
    if fl is None:
        return base
    limits = Limits(fl.state_minutes, fl.observer_minutes, fl.reply_minutes)
    items = {i.id: i for i in fl.inscriptions}
    ranked = [Ranked(i.id, i.level, i.inscribed_at, i.reply) for i in items.values()]
    counted = [a for a in fl.adjustments if not a.discarded]
    moves = [Move(a.kind, a.inscription_id, a.other_id) for a in counted
             if a.kind != AdjustmentKind.WITHDRAW]
    withdrawn = [i.id for i in items.values() if i.status == SpeakerStatus.WITHDRAWN]
    order = speaking_order(ranked, moves, withdrawn)
    moved = {m.inscription_id for m in moves} | {
        m.other_id for m in moves if m.kind == AdjustmentKind.SWAP and m.other_id}
    notes = {r.id: r.text for r in s.scalars(select(Recommendation).where(
        Recommendation.id.in_([i.note_id for i in items.values() if i.note_id])))}
    later = sorted((items[i] for i in withdrawn), key=lambda i: i.inscribed_at)
    names = _edition_names(s, items.values(), language)
    rows = []
    for number, item in [*((n, items[i]) for n, i in enumerate(order, 1)),
                         *((None, i) for i in later)]:
        rows.append(FloorRow(
            item.id, item.version, number, names.get(item.id, item.delegation), item.speaker,
            item.level,
            item.reply, item.status, item.inscribed_at, item.started_at, item.ended_at,
            limit_seconds(item, limits),
            number is not None and item.id in moved,
            item.note_id, notes.get(item.note_id or 0, ""), item.remarks))
    history = [AdjustmentRow(a.kind, names.get(a.inscription_id,
                                               items[a.inscription_id].delegation),
                             names.get(a.other_id or 0, items[a.other_id].delegation)
                             if a.other_id in items else "",
                             a.made_at, a.made_by) for a in counted
               if a.inscription_id in items]
    return replace(base, limits=limits, rows=rows, adjustments=history)
