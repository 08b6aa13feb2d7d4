"""Reading the audit trail: filtered lists for `confdesk audit`, its export and the History
panels. Qt-free; the window and the CLI show the same `TrailEntry` rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.errors import UserError
from confdesk.team.audit import KINDS
from confdesk.team.audit_models import AuditEntry


class UnknownKindError(UserError):
    """`--entity` named a kind of record the trail does not know."""


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one record: its value before and after."""

    field: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class TrailEntry:
    """One line of the trail, as the History panel, the CLI and the export show it."""

    id: int
    at: datetime
    person: str
    event_id: int | None
    entity_kind: str
    entity_id: int | None
    entity_label: str
    operation: str
    action: str
    changes: tuple[FieldChange, ...]

    @classmethod
    def of(cls, row: AuditEntry) -> TrailEntry:
        changes = tuple(FieldChange(name, *(list(pair) + [None, None])[:2])
                        for name, pair in row.changed_fields().items())
        return cls(row.id, row.at, row.person, row.event_id, row.entity_kind, row.entity_id,
                   row.entity_label, row.operation, row.action, changes)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "at": self.at.isoformat(timespec="seconds") + "Z",
            "person": self.person, "event_id": self.event_id, "entity": self.entity_kind,
            "entity_id": self.entity_id, "label": self.entity_label,
            "operation": self.operation, "action": self.action,
            "changes": {c.field: {"before": c.before, "after": c.after}
                        for c in self.changes},
        }

    def changes_text(self) -> str:
        """"status: registered → confirmed; email: — → a@b.org" (one line)."""
        return "; ".join(f"{c.field}: {show(c.before)} → {show(c.after)}"
                         for c in self.changes)


def show(value: Any) -> str:
    """A before or after value as one short line of text ("—" for nothing)."""
    if value in (None, "", []):
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


@dataclass(frozen=True, slots=True)
class TrailFilter:
    """Which entries to list: since a day (inclusive, UTC), by whom (any part of the name,
    any case), of which kind of record, of one event, one record."""

    since: date | None = None
    who: str = ""
    entity: str = ""
    event_id: int | None = None
    entity_id: int | None = None
    limit: int | None = None


def check_kind(kind: str) -> str:
    kind = kind.strip().lower()
    if kind and kind not in KINDS:
        raise UnknownKindError(
            f"Unknown kind of record {kind!r}; known kinds: {', '.join(KINDS)}.")
    return kind


def entries(session: Session, only: TrailFilter = TrailFilter()) -> list[TrailEntry]:
    """The entries `only` selects, oldest first."""
    stmt = select(AuditEntry)
    if only.since is not None:
        stmt = stmt.where(AuditEntry.at >= datetime.combine(only.since, time()))
    if only.who.strip():
        stmt = stmt.where(AuditEntry.person.ilike(f"%{only.who.strip()}%"))
    kind = check_kind(only.entity)
    if kind and only.entity_id is not None:
        stmt = stmt.where(or_(
            and_(AuditEntry.entity_kind == kind, AuditEntry.entity_id == only.entity_id),
            and_(AuditEntry.owner_kind == kind, AuditEntry.owner_id == only.entity_id)))
    elif kind:
        stmt = stmt.where(AuditEntry.entity_kind == kind)
    if only.event_id is not None:
        stmt = stmt.where(AuditEntry.event_id == only.event_id)
    stmt = stmt.order_by(AuditEntry.id.desc() if only.limit else AuditEntry.id)
    if only.limit:
        stmt = stmt.limit(only.limit)
    found = [TrailEntry.of(row) for row in session.scalars(stmt)]
    return sorted(found, key=lambda e: e.id) if only.limit else found


def history(session: Session, kind: str, entity_id: int) -> list[TrailEntry]:
    """Everything the trail holds about one record (and the records it owns), newest first;
    a participant's includes their roles in programme sessions (owned by the sessions)."""
    found = entries(session, TrailFilter(entity=kind, entity_id=entity_id))
    if check_kind(kind) == "participant":
        roles = _roles_of(session, entity_id)
        if roles:
            stmt = select(AuditEntry).where(AuditEntry.entity_kind == "session_role",
                                            AuditEntry.entity_id.in_(roles))
            found += [TrailEntry.of(row) for row in session.scalars(stmt)]
            found.sort(key=lambda e: e.id)
    return list(reversed(found))


def _roles_of(session: Session, participant_id: int) -> set[int]:
    """Ids of the programme roles the participant ever held, from the trail itself: the
    entries' JSON text names the participant as `"participant_id": [before, after]`."""
    marks = (f'"participant_id": [null, {participant_id}]',
             f'"participant_id": [{participant_id}, ')
    stmt = select(AuditEntry.entity_id).where(
        AuditEntry.entity_kind == "session_role",
        or_(*(AuditEntry.changes.contains(mark, autoescape=True) for mark in marks)))
    return {i for i in session.scalars(stmt) if i is not None}


#: The columns of the trail's export (CSV, XLSX), in order.
EXPORT_COLUMNS: Sequence[str] = ("When (UTC)", "Who", "Action", "Record", "Id", "Label",
                                 "Operation", "Field", "Before", "After")


def export_rows(found: Sequence[TrailEntry]) -> list[list[Any]]:
    """One row per changed field (one per entry without fields), for a spreadsheet."""
    rows: list[list[Any]] = []
    for e in found:
        head = [e.at.strftime("%Y-%m-%d %H:%M:%S"), e.person, e.action, e.entity_kind,
                e.entity_id, e.entity_label, e.operation]
        if not e.changes:
            rows.append([*head, "", "", ""])
        for c in e.changes:
            rows.append([*head, c.field, _cell(c.before), _cell(c.after)])
    return rows


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value


class TrailService:
    """The window's way to read the trail: one short session per question."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def history(self, kind: str, entity_id: int) -> list[TrailEntry]:
        """One record's history (with the records it owns), newest first."""
        with self.database.sessions() as s:
            return history(s, kind, entity_id)

    def entries(self, only: TrailFilter = TrailFilter()) -> list[TrailEntry]:
        with self.database.sessions() as s:
            return entries(s, only)

    def paragraph_id(self, uid: str) -> int | None:
        """The id under which the trail knows the paragraph with `uid` (None: gone)."""
        from confdesk.conclusions.models import Paragraph

        with self.database.sessions() as s:
            return s.scalar(select(Paragraph.id).where(Paragraph.uid == uid))

    def export(self, path: Path, found: Sequence[TrailEntry]) -> int:
        """Write `found` as XLSX or CSV (by the file's suffix), atomically; rows written."""
        from confdesk.exports.audit_trail import write_trail

        return write_trail(path, found)
