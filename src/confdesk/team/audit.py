"""The audit trail: every change made through a session is recorded in the same transaction.

Two hooks on every ORM session do it, so that no service can forget:
- `before_flush` / `after_flush` read the attribute history of the domain objects a flush
  writes (inserted, updated, deleted) and insert one `AuditEntry` per record, with the
  fields that changed, before and after;
- `do_orm_execute` sees the bulk statements the services run through `Session.execute`
  (a category's UPDATE of its people) and records one entry per row they touch; the
  participant import, which writes its people with one driver executemany
  (`db.executemany.insert_rows`) on the session's connection, records them through the same
  code with `record_inserted`.

Each entry carries the person (`identity.person_of`), the action's name, set by a service or
an import with `action(session, "Import of registrations.xlsx, 312 people")`, and by default
derived from the service method that runs (`RegistrationService.set_status` →
"Registration: set status"). On PostgreSQL each flush that recorded something also sends
NOTIFY confdesk_changes (see `team.changes`), delivered when the transaction commits.
"""

from __future__ import annotations

import json
import sys
import uuid
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Engine, Table, event, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ORMExecuteState, Session, object_session

from confdesk.conclusions.models import (
    OutcomeDocument,
    Paragraph,
    ParagraphComment,
    Recommendation,
    Section,
    Snapshot,
)
from confdesk.db.base import Base, utcnow
from confdesk.db.executemany import insert_columns
from confdesk.events.models import Event, Room
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.programme.models import SessionRole, Theme
from confdesk.registration import names
from confdesk.registration.models import Organisation, Participant, ParticipantCategory
from confdesk.registration.revisions import ListRevision
from confdesk.team.audit_models import AuditEntry
from confdesk.team.identity import person_of

#: The PostgreSQL channel every recorded change is announced on.
CHANNEL = "confdesk_changes"

#: Session.info keys.
_ACTIONS = "confdesk_audit_actions"
_PENDING = "confdesk_audit_pending"
_WRITTEN_ALONG = "confdesk_audit_written_along"
_REDACT = "confdesk_audit_redact"
_OFF = "confdesk_audit_off"
_ORDER = "confdesk_audit_order"

#: Columns never worth a line in the trail: bookkeeping and derived search keys.
_BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at", "sort_key",
                          "search_text"})

Getter = Callable[[str], Any]


def _participant_label(get: Getter) -> str:
    name = names.display_name(get("given_name"), get("family_name"),
                              family_first=bool(get("family_name_first")))
    return f"{name} ({get('code')})" if get("code") else name


def _paragraph_label(get: Getter) -> str:
    words = " ".join(str(get("text") or "").split())
    return f"¶ {words[:60]}…" if len(words) > 60 else f"¶ {words}"


def _role_label(get: Getter) -> str:
    """"speaker: Zoë Martin" when the person is at hand, else "speaker #12"."""
    role = plain(get("role"))
    person = get("participant")
    if isinstance(person, Participant) and (person.given_name or person.family_name):
        return f"{role}: {person.plain_name}"
    return f"{role} #{get('participant_id')}"


@dataclass(frozen=True)
class Subject:
    """How one model appears in the trail: its kind, a readable label, its owner."""

    kind: str
    label: Callable[[Getter], str]
    #: (kind, column holding the owner's id), for records shown in another's History.
    owner: tuple[str, str] | None = None
    #: Columns left out (besides `_BOOKKEEPING`): large or derived content.
    skip: frozenset[str] = field(default_factory=frozenset)


SUBJECTS: dict[type[Base], Subject] = {
    Event: Subject("event", lambda g: str(g("short_name") or g("title") or "")),
    Room: Subject("room", lambda g: str(g("name") or "")),
    Organisation: Subject("organisation", lambda g: str(g("name_en") or "")),
    ParticipantCategory: Subject("category", lambda g: str(g("name_en") or g("code") or "")),
    Participant: Subject("participant", _participant_label),
    Theme: Subject("theme", lambda g: str(g("name") or "")),
    ProgrammeSession: Subject("session", lambda g: str(g("title") or "")),
    SessionRole: Subject("session_role", _role_label, owner=("session", "session_id")),
    OutcomeDocument: Subject("document", lambda g: str(g("title") or "")),
    Section: Subject("section", lambda g: str(g("title") or g("lead_in") or "")[:80],
                     owner=("document", "document_id")),
    Paragraph: Subject("paragraph", _paragraph_label),
    ParagraphComment: Subject("comment", lambda g: f"{g('author')}: {g('text') or ''}"[:80],
                              owner=("paragraph", "paragraph_id")),
    Recommendation: Subject("recommendation", lambda g: str(g("text") or "")[:80],
                            owner=("session", "session_id")),
    Snapshot: Subject("snapshot", lambda g: str(g("name") or ""),
                      owner=("document", "document_id"), skip=frozenset({"content"})),
    ListRevision: Subject("list_revision", lambda g: f"Rev.{g('number')} {g('issued_on')}",
                          skip=frozenset({"entries"})),
}

#: Kinds a History panel and `confdesk audit --entity` know.
KINDS = tuple(sorted({s.kind for s in SUBJECTS.values()}))

#: The trail's table, for Core INSERTs inside a flush.
AUDIT_TABLE: Table = AuditEntry.__table__  # type: ignore[assignment]

_BY_TABLE: dict[str, type[Base]] = {
    cls.__table__.name: cls for cls in SUBJECTS  # type: ignore[attr-defined]
}


# ------------------------------------------------------------------------- the action


@contextmanager
def action(session: Session, name: str) -> Iterator[None]:
    """Name the user's action for every change `session` records inside the block."""
    stack: list[str] = session.info.setdefault(_ACTIONS, [])
    stack.append(name)
    try:
        yield
    finally:
        stack.pop()


@contextmanager
def redacting(session: Session, needles: Sequence[str], pseudonym: str) -> Iterator[None]:
    """Inside the block, every text recorded replaces `needles` (a person's name and e-mail,
    any case) by `pseudonym`: the erasure of a person leaves no copy of them in the trail."""
    session.info[_REDACT] = (tuple(n for n in needles if n), pseudonym)
    try:
        yield
    finally:
        session.info.pop(_REDACT, None)


@contextmanager
def suspended(session: Session) -> Iterator[None]:
    """Record nothing inside the block: only for work that writes no user data (tests'
    fixtures, the demo builder's bulk fill)."""
    session.info[_OFF] = True
    try:
        yield
    finally:
        session.info.pop(_OFF, None)


def _default_action() -> str:
    """The service method running this flush, as words: "Registration: set status" (the
    outermost method of a `…Service` object on the call stack), else the command's."""
    found = ""
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        owner = frame.f_locals.get("self")
        if module.startswith("confdesk.") and module.endswith(".service") \
                and type(owner).__name__.endswith("Service"):
            name = frame.f_code.co_name.strip("_").replace("_", " ")
            found = f"{module.split('.')[-2].capitalize()}: {name}"
        elif not found and module.startswith("confdesk.demo."):
            found = "Demo conference"
        elif not found and module.startswith("confdesk.commands."):
            found = f"Command: confdesk {module.split('.')[-1]}"
        frame = frame.f_back  # type: ignore[assignment]
    return found or "Change"


def current_action(session: Session) -> str:
    stack = session.info.get(_ACTIONS)
    return stack[-1] if stack else _default_action()


# ------------------------------------------------------------------------- desks

_DESKS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def desk_of(engine: Engine) -> str:
    """A random identity of one open database (engine), written in its entries."""
    if engine not in _DESKS:
        _DESKS[engine] = uuid.uuid4().hex
    return _DESKS[engine]


def _engine_of(session: Session) -> Engine | None:
    bind = session.get_bind()
    return bind if isinstance(bind, Engine) else getattr(bind, "engine", None)


# ------------------------------------------------------------------------- values


def plain(value: Any) -> Any:
    """A value as JSON can hold it, as a reader would write it."""
    if value is None or type(value) in _AS_IS or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, Base):
        identity = inspect(value).identity
        return identity[0] if identity else None
    return str(value)


#: Types `plain` returns as they are (the common case, seen without an isinstance).
_AS_IS = frozenset({str, int, bool, float})
#: Values an inserted row's entry leaves out.
_EMPTY = (None, "", False)
#: `json.dumps(…, ensure_ascii=False, default=str)`, made once (not once per entry).
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)
#: The C function `_ENCODER` writes every string with (`ensure_ascii=False`).
_STRING = json.encoder.encode_basestring


@dataclass
class _Entry:
    cls: type[Base]
    entity_id: int | None
    operation: str
    label: str
    event_id: int | None
    owner_id: int | None
    changes: dict[str, list[Any]]


@dataclass
class _Entries:
    """Entries to write, column by column (the audit table's columns but the time, the
    person, the desk and the action, which one write shares): the form `_write` takes, filled
    entry by entry (`add`) or, for a bulk INSERT's rows, column by column (`_inserted`)."""

    kinds: list[str] = field(default_factory=list)
    ids: list[int | None] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    events: list[int | None] = field(default_factory=list)
    owner_kinds: list[str] = field(default_factory=list)
    owner_ids: list[int | None] = field(default_factory=list)
    operations: list[str] = field(default_factory=list)
    #: The changes as JSON text (`_ENCODER`'s).
    bodies: list[str] = field(default_factory=list)

    def add(self, entry: _Entry) -> None:
        subject = SUBJECTS[entry.cls]
        self.kinds.append(subject.kind)
        self.ids.append(entry.entity_id)
        self.labels.append(entry.label)
        self.events.append(entry.event_id)
        self.owner_kinds.append(subject.owner[0] if subject.owner else "")
        self.owner_ids.append(entry.owner_id)
        self.operations.append(entry.operation)
        self.bodies.append(_ENCODER.encode(entry.changes))

    def __len__(self) -> int:
        return len(self.kinds)


def pseudonymise(value: str, needles: Sequence[str], pseudonym: str) -> str:
    """`value` with every needle (any case) replaced by `pseudonym`; a JSON text keeps
    its escapes valid because names and e-mails hold no quote or backslash (those needles
    are given in their escaped form too)."""
    import re

    for needle in needles:
        value = re.sub(re.escape(needle), pseudonym, value, flags=re.IGNORECASE)
    return value


def _event_of(obj: Any) -> int | None:
    """The event an object belongs to, from what is loaded or one step of relationships."""
    try:
        if isinstance(obj, Event):
            return int(obj.id) if obj.id is not None else None
        if getattr(obj, "event_id", None) is not None:
            return int(obj.event_id)
        for parent in ("session", "document", "section", "paragraph", "participant"):
            if hasattr(obj, parent):
                above = getattr(obj, parent)
                if above is not None:
                    return _event_of(above)
    except Exception:  # noqa: BLE001 - a label is a courtesy; the record itself matters
        return None
    return None


def _entry_of(obj: Base, operation: str) -> _Entry | None:
    cls = type(obj)
    subject = SUBJECTS.get(cls)
    if subject is None:
        return None
    state = inspect(obj)
    skip = _BOOKKEEPING | subject.skip
    changes: dict[str, list[Any]] = {}
    # An attribute changed since the load holds its loaded value in `committed_state`: the
    # others have no history to read (an update of 100,000 people reads 5 columns, not 26).
    committed = state.committed_state
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in skip:
            continue
        if operation == "update":
            if key not in committed:
                continue
            hist = state.attrs[key].history
            if not hist.has_changes():
                continue
            before = hist.deleted[0] if hist.deleted else None
            after = hist.added[0] if hist.added else None
            if plain(before) == plain(after):
                continue
            changes[key] = [plain(before), plain(after)]
        else:
            value = state.dict.get(key)
            if operation == "insert" and value in (None, "", False):
                continue
            changes[key] = [None, plain(value)] if operation == "insert" \
                else [plain(value), None]
    if operation == "update":
        for rel in state.mapper.relationships:
            if rel.secondary is None or rel.key not in state.dict:
                continue
            hist = state.attrs[rel.key].history
            if not (hist.added or hist.deleted):
                continue
            now = [plain(o) for o in (*hist.unchanged, *hist.added)]
            was = [plain(o) for o in (*hist.unchanged, *hist.deleted)]
            changes[rel.key] = [sorted(was, key=str), sorted(now, key=str)]
        if not changes:
            return None

    def get(name: str) -> Any:
        return state.dict[name] if name in state.dict else getattr(obj, name, None)

    try:
        label = subject.label(get)
    except Exception:  # noqa: BLE001 - see _event_of
        label = ""
    owner_id = get(subject.owner[1]) if subject.owner else None
    ident = state.identity[0] if state.identity else get("id")
    return _Entry(cls, ident, operation, label, _event_of(obj), owner_id, changes)


# ------------------------------------------------------------------------- the hooks


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(_OFF):
        return
    pending: list[_Entry] = session.info.setdefault(_PENDING, [])
    with session.no_autoflush:
        # In a stable order (the session holds them in a set): those of `in_order` as
        # given, then by kind and id.
        order: dict[int, int] = session.info.get(_ORDER) or {}
        for obj in sorted(session.dirty, key=lambda o: (
                (0, order[id(o)], "", ()) if id(o) in order else (1, 0, *_flush_order(o)))):
            if session.is_modified(obj):
                entry = _entry_of(obj, "update")
                if entry is not None:
                    pending.append(entry)
        for obj in list(session.deleted):
            entry = _entry_of(obj, "delete")
            if entry is not None:
                pending.append(entry)


@contextmanager
def in_order(session: Session, objects: Sequence[object]) -> Iterator[None]:
    """Inside the block, a flush records the changes of `objects` in this order (an import's
    people updated in the order of its sheet, written by one flush), before any other."""
    session.info[_ORDER] = {id(obj): i for i, obj in enumerate(objects)}
    try:
        yield
    finally:
        session.info.pop(_ORDER, None)


def _flush_order(obj: object) -> tuple[str, tuple[Any, ...]]:
    identity = inspect(obj).identity
    return type(obj).__name__, tuple(str(v) if not isinstance(v, int) else v
                                     for v in identity or ())


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    if session.info.get(_OFF):
        return
    entries: list[_Entry] = session.info.pop(_PENDING, [])
    with session.no_autoflush:
        for obj in list(session.new):
            entry = _entry_of(obj, "insert")
            if entry is not None:
                entries.append(entry)
    entries += session.info.pop(_WRITTEN_ALONG, [])
    _write(session, session.connection(), entries)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_WRITTEN_ALONG, None)


@event.listens_for(Event, "after_insert")
def _new_events_categories(_mapper: Any, connection: Connection, target: Event) -> None:
    """A new event's default categories are written by the registration models' own
    `after_insert` (registered before this one, as `registration.models` is imported first)
    through the flush's connection, which no session hook sees: record them here, in the
    same flush, as the inserts they are, after the event's own entry."""
    session = object_session(target)
    if session is None or session.info.get(_OFF) or target.id is None:
        return
    table: Table = ParticipantCategory.__table__  # type: ignore[assignment]
    found = connection.execute(select(table).where(table.c.event_id == target.id)
                               .order_by(table.c.position, table.c.id))
    along: list[_Entry] = session.info.setdefault(_WRITTEN_ALONG, [])
    for row in found:
        values = dict(row._mapping)
        along += _row_entry(ParticipantCategory, values["id"], "insert", None, values)


def _write(session: Session, connection: Connection, entries: list[_Entry] | _Entries) -> None:
    if not entries:
        return
    if not isinstance(entries, _Entries):
        columns = _Entries()
        for entry in entries:
            columns.add(entry)
        entries = columns
    engine = connection.engine
    desk = desk_of(engine)
    act, person = current_action(session), person_of(session)
    labels, bodies = entries.labels, entries.bodies
    redact = session.info.get(_REDACT)
    if redact:
        labels, bodies = ([pseudonymise(v, *redact) for v in values]
                          for values in (labels, bodies))
        act, person = pseudonymise(act, *redact), pseudonymise(person, *redact)
    count = len(entries)
    # One driver executemany of tuples (`db.executemany`), column by column: the values the
    # Core INSERT of one dictionary per entry stored, cleaned and bound the same way. One
    # time for the entries of one write (one statement of one transaction).
    insert_columns(connection, AUDIT_TABLE, {
        "at": [utcnow()] * count, "person": [person] * count, "desk": [desk] * count,
        "event_id": entries.events, "entity_kind": entries.kinds, "entity_id": entries.ids,
        "entity_label": [label[:400] for label in labels], "owner_kind": entries.owner_kinds,
        "owner_id": entries.owner_ids, "operation": entries.operations,
        "action": [act[:400]] * count, "changes": bodies})
    if engine.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                           {"channel": CHANNEL, "payload": notice(entries, person, desk, act)})


def notice(entries: _Entries, person: str, desk: str, act: str) -> str:
    """The NOTIFY payload of one flush (PostgreSQL limits it to 8000 bytes): who, which desk,
    which events, which kinds with up to 50 ids each, how many entries."""
    kinds: dict[str, list[int]] = {}
    for kind, ident in zip(entries.kinds, entries.ids, strict=True):
        ids = kinds.setdefault(kind, [])
        if ident is not None and len(ids) < 50:
            ids.append(int(ident))
    events = sorted({int(e) for e in entries.events if e is not None})[:20]
    return json.dumps({"person": person[:100], "desk": desk,
                       "events": events, "kinds": kinds, "count": len(entries),
                       "action": act[:200]}, ensure_ascii=False)


def record(session: Session, obj_kind: str, entity_id: int | None, label: str,
           operation: str, *, event_id: int | None = None,
           changes: dict[str, list[Any]] | None = None) -> None:
    """Record an act that changes no column (an export of someone's data) in the trail."""
    cls = next(c for c, s in SUBJECTS.items() if s.kind == obj_kind)
    entry = _Entry(cls, entity_id, operation, label, event_id, None, changes or {})
    _write(session, session.connection(), [entry])


# ------------------------------------------------------------------------- bulk statements


@event.listens_for(Session, "do_orm_execute")
def _bulk_statement(state: ORMExecuteState) -> Any:
    """Record the rows a bulk INSERT, UPDATE or DELETE run through the session touches."""
    if state.session.info.get(_OFF) or not (state.is_insert or state.is_update
                                            or state.is_delete):
        return None
    table = getattr(state.statement, "table", None)
    cls = _BY_TABLE.get(getattr(table, "name", ""))
    if cls is None or not isinstance(table, Table):
        return None
    session = state.session
    key = table.c.id
    if state.is_insert:
        params = state.parameters
        rows: list[dict[str, Any]] = [dict(p) for p in params] if isinstance(params, list) \
            else [dict(params)] if isinstance(params, Mapping) and params else []
        result = state.invoke_statement()
        _write(session, session.connection(), _inserted(session, cls, table, rows))
        return result
    where = state.statement.whereclause  # type: ignore[attr-defined]
    query = select(table) if where is None else select(table).where(where)
    before = {r.id: dict(r._mapping) for r in session.connection().execute(query)}
    result = state.invoke_statement()
    entries: list[_Entry] = []
    if state.is_update and before:
        after = {r.id: dict(r._mapping) for r in session.connection().execute(
            select(table).where(key.in_(list(before))))}
        for ident, old in before.items():
            new = after.get(ident)
            if new is not None:
                entries += _row_entry(cls, ident, "update", old, new)
    else:
        for ident, old in before.items():
            entries += _row_entry(cls, ident, "delete", old, None)
    _write(session, session.connection(), entries)
    return result


def _row_entry(cls: type[Base], ident: int | None, operation: str, old: dict[str, Any] | None,
               new: dict[str, Any] | None) -> list[_Entry]:
    subject = SUBJECTS[cls]
    skip = _BOOKKEEPING | subject.skip
    changes: dict[str, list[Any]] = {}
    for name in new or old or {}:
        if name in skip:
            continue
        was = plain(old.get(name)) if old else None
        now = plain(new.get(name)) if new else None
        if was != now and not (operation == "insert" and now in (None, "", False)):
            changes[name] = [was, now]
    if not changes:
        return []
    values = new or old or {}
    try:
        label = subject.label(values.get)
    except Exception:  # noqa: BLE001 - see _event_of
        label = ""
    owner_id = values.get(subject.owner[1]) if subject.owner else None
    return [_Entry(cls, ident, operation, label, values.get("event_id"), owner_id, changes)]


def record_inserted(session: Session, cls: type[Base], rows: list[dict[str, Any]],
                    ids: Mapping[str, int]) -> None:
    """Record the rows of a bulk INSERT written on the session's connection without
    `Session.execute` (the participant import's driver executemany, `db.executemany`):
    the entries `_bulk_statement` would make for it, written the same way. `ids`: the new
    rows' ids by unique code, read back by the caller."""
    if session.info.get(_OFF):
        return
    table: Table = cls.__table__  # type: ignore[assignment]
    _write(session, session.connection(), _inserted(session, cls, table, rows, ids))


def _inserted(session: Session, cls: type[Base], table: Table,
              rows: list[dict[str, Any]], known: Mapping[str, int] | None = None
              ) -> _Entries:
    """Entries for the rows of a bulk INSERT, with their ids read back by id or unique code
    (or given by code: `known`)."""
    ids: dict[str, int] = {}
    if known is not None:
        ids = dict(known)
    elif "code" in table.c and rows and "id" not in rows[0]:
        codes = [str(r.get("code")) for r in rows if r.get("code")]
        for start in range(0, len(codes), 500):
            ids.update({c: i for c, i in session.connection().execute(
                select(table.c.code, table.c.id).where(
                    table.c.code.in_(codes[start:start + 500])))})
    # Each row's entry, as `_row_entry` would make it for an insert (every value said is a
    # change), built column by column (100,000 rows of an import): each column's part of
    # the changes' JSON text (`_said`), then each row's text joined from its parts.
    subject = SUBJECTS[cls]
    skip = _BOOKKEEPING | subject.skip
    entries = _Entries()
    keys = list(rows[0]) if rows else []
    if any(list(row) != keys for row in rows):  # rows of different columns: one by one
        for row in rows:
            _add_inserted(entries, cls, [row], list(row), skip, ids)
    else:
        _add_inserted(entries, cls, rows, keys, skip, ids)
    return entries


def _add_inserted(entries: _Entries, cls: type[Base], rows: list[dict[str, Any]],
                  keys: list[str], skip: frozenset[str], ids: Mapping[str, int]) -> None:
    """Add the entries of inserted `rows`, which all have the columns `keys`, in this order."""
    subject = SUBJECTS[cls]
    parts = [_said(name, [row[name] for row in rows]) for name in keys if name not in skip]
    bodies = ["".join(said) for said in zip(*parts, strict=True)] if parts else [""] * len(rows)
    if not all(bodies):  # a row that says nothing has no entry
        kept = [(row, body) for row, body in zip(rows, bodies, strict=True) if body]
        rows, bodies = [row for row, _ in kept], [body for _, body in kept]
    count = len(rows)
    owner = subject.owner[1] if subject.owner else None
    entries.kinds += [subject.kind] * count
    entries.ids += [row.get("id") or ids.get(str(row.get("code"))) for row in rows]
    entries.labels += [_label(subject, row.get) for row in rows]
    entries.events += [row.get("event_id") for row in rows]
    entries.owner_kinds += [subject.owner[0] if subject.owner else ""] * count
    entries.owner_ids += [row.get(owner) for row in rows] if owner else [None] * count
    entries.operations += ["insert"] * count
    entries.bodies += [f"{{{body[2:]}}}" for body in bodies]


def _label(subject: Subject, get: Getter) -> str:
    try:
        return subject.label(get)
    except Exception:  # noqa: BLE001 - see _event_of
        return ""


def _said(name: str, values: list[Any]) -> list[str]:
    """Each inserted value's part of its entry's changes as JSON text, exactly as `_ENCODER`
    writes `{…, name: [None, plain(value)], …}`: `, "name": [null, …]`, or "" for a value
    that says nothing (None, "", False, 0: `_EMPTY`). Strings, nearly every value, go to the
    encoder's own C function for strings; other values are written once per distinct value."""
    head = f", {_STRING(name)}: [null, "
    out: list[str] = []
    append = out.append
    seen: dict[tuple[type, Any], str] = {}
    for value in values:
        if type(value) is str:
            append(f"{head}{_STRING(value)}]" if value else "")
            continue
        kept = _written_alike(value)
        if kept:
            try:
                append(seen[type(value), value])
                continue
            except KeyError:
                pass
        now = plain(value)
        said = "" if now is None or now in _EMPTY else f"{head}{_ENCODER.encode(now)}]"
        if kept:
            seen[type(value), value] = said
        append(said)
    return out


def _written_alike(value: Any) -> bool:
    """Whether every value equal to `value` (and of its very type) is written as the same
    text, so that it can be written once: not so for Decimal("1.0") and Decimal("1.00"), an
    instant at two offsets, (1, 2) and (1, 2.0), which compare equal."""
    kind = type(value)
    if kind in (int, float, bool, date):
        return True
    if kind in (datetime, time):
        return value.tzinfo is None
    return isinstance(value, Enum)
