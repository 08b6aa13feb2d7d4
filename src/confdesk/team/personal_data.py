"""Personal data: everything held about one person, and their erasure everywhere.

A person is found through one of their registrations; their other registrations (other
events) are the rows with the same e-mail address, or, without one, the same name.

`export_person` gathers their registrations, programme roles, rapporteur's items, comments
and the audit trail's entries about them as JSON-ready data. `erase_person` anonymises them
everywhere, in one transaction:
- each registration keeps its place in the counts (status, category, organisation) under a
  pseudonym ("Erased person 7F3A2C"), with no name, e-mail, telephone, function, needs or
  notes, and is never published;
- their programme roles are removed; rapporteur's items and comments keep their text but
  name the pseudonym as author;
- every other text of every table (another person's notes, an issued list of participants,
  any table added later) has their name and e-mail replaced by the pseudonym;
- the audit trail keeps its entries, with the pseudonym instead of their name and e-mail in
  every before/after value, label and action (on PostgreSQL through the one function the
  append-only trigger lets through, `confdesk_audit_pseudonymise`).
Both acts are recorded in the trail themselves.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Enum, String, Table, Text, and_, func, or_, select, text, update
from sqlalchemy.orm import Session

from confdesk.conclusions.models import ParagraphComment, Recommendation
from confdesk.db.database import Database
from confdesk.db.errors import UserError
from confdesk.db.models import Base  # every table, for the sweep of an erasure
from confdesk.events.models import Event
from confdesk.programme.models import SessionRole
from confdesk.registration import names
from confdesk.registration.models import Participant, Status
from confdesk.team import audit
from confdesk.team.audit import plain
from confdesk.team.audit_models import AuditEntry
from confdesk.team.trail import TrailFilter, entries


class PersonNotFoundError(UserError):
    """No participant has the id given."""

    @classmethod
    def of(cls, participant_id: int) -> PersonNotFoundError:
        return cls(f"No participant has the id {participant_id}.")


#: The fields of a registration that name or describe the person (all cleared by erasure).
PERSONAL_FIELDS = ("honorific", "given_name", "family_name", "function", "email", "phone",
                   "access_needs", "dietary_needs", "notes")


def registrations(session: Session, participant_id: int) -> list[Participant]:
    """The person's registrations in every event: same e-mail, else same name."""
    person = session.get(Participant, participant_id)
    if person is None:
        raise PersonNotFoundError.of(participant_id)
    if person.email.strip():
        same = func.lower(Participant.email) == person.email.strip().lower()
    else:
        same = and_(Participant.sort_key == person.sort_key,
                    func.coalesce(Participant.email, "") == "")
    found = list(session.scalars(select(Participant).where(
        or_(Participant.id == person.id, same)).order_by(Participant.id)))
    return found


def needles(people: Iterable[Participant]) -> list[str]:
    """Every way the people's names and e-mails are written: in both orders, as listed,
    with honorific, folded (no accents, lower case), and the addresses; longest first, so
    that "H.E. Ms Zoë Martin" is replaced whole before "Zoë Martin"."""
    found: set[str] = set()
    for p in people:
        given, family = names.clean(p.given_name), names.clean(p.family_name)
        forms = {p.display_name, p.plain_name, p.list_name,
                 f"{given} {family}".strip(), f"{family} {given}".strip(),
                 f"{family}, {given}".strip(", "), p.email.strip()}
        forms |= {names.fold(f) for f in forms}
        found |= {f for f in forms if len(f) >= 3}
    escaped = {json.dumps(f, ensure_ascii=False)[1:-1] for f in found}
    return sorted(found | escaped, key=len, reverse=True)


# ------------------------------------------------------------------------- export


def export_person(session: Session, participant_id: int) -> dict[str, Any]:
    """Everything held about one person, as JSON-ready data (the export is recorded)."""
    people = registrations(session, participant_id)
    ids = [p.id for p in people]
    events = {e.id: e for e in session.scalars(
        select(Event).where(Event.id.in_({p.event_id for p in people})))}
    regs = []
    for p in people:
        row = {c.key: plain(getattr(p, c.key)) for c in Participant.__mapper__.column_attrs
               if c.key not in ("sort_key", "search_text")}
        row["event"] = events[p.event_id].title if p.event_id in events else None
        row["organisation"] = p.organisation.name_en if p.organisation else None
        regs.append(row)
    roles = [{"session": r.session.title, "day": plain(r.session.day),
              "role": plain(r.role), "registration_id": r.participant_id}
             for r in session.scalars(select(SessionRole).where(
                 SessionRole.participant_id.in_(ids)))]
    writer_names = _writer_names(people)
    items = [{"session": rec.session.title, "text": rec.text,
              "recorded_at": plain(rec.recorded_at)}
             for rec in _items_of(session, ids, writer_names)]
    comments = [{"paragraph_id": c.paragraph_id, "text": c.text,
                 "written_at": plain(c.created_at)}
                for c in _comments_of(session, writer_names)]
    trail: list[dict[str, Any]] = []
    for pid in ids:
        trail += [e.as_json() for e in entries(session, TrailFilter(entity="participant",
                                                                     entity_id=pid))]
    first = people[0]
    audit.record(session, "participant", first.id,
                 audit._participant_label(lambda n: getattr(first, n)), "export",
                 event_id=first.event_id)
    return {"person": {"name": first.plain_name, "email": first.email},
            "registrations": regs, "programme_roles": roles, "rapporteur_items": items,
            "comments_written": comments, "audit_trail": trail}


def _writer_names(people: Iterable[Participant]) -> set[str]:
    """How the person may have signed a comment or an item (folded: any case, no accents)."""
    found: set[str] = set()
    for p in people:
        found |= {names.fold(p.plain_name), names.fold(p.display_name),
                  names.fold(f"{p.given_name} {p.family_name}")}
    return {n for n in found if n}


def _items_of(session: Session, ids: list[int], writers: set[str]) -> list[Recommendation]:
    """Rapporteur's items by the person: linked to a registration, or signed with a name
    (compared folded here: SQLite's lower() knows only ASCII)."""
    return [rec for rec in session.scalars(select(Recommendation).where(or_(
        Recommendation.author_id.in_(ids), Recommendation.author_name != "")))
        if rec.author_id in ids or names.fold(rec.author_name) in writers]


def _comments_of(session: Session, writers: set[str]) -> list[ParagraphComment]:
    return [c for c in session.scalars(select(ParagraphComment).where(
        ParagraphComment.author != "")) if names.fold(c.author) in writers]


# ------------------------------------------------------------------------- erasure


@dataclass(frozen=True)
class Erasure:
    """What an erasure did."""

    pseudonym: str
    registrations: int
    roles_removed: int
    items: int
    comments: int
    other_texts: int
    audit_entries: int


def new_pseudonym() -> str:
    return f"Erased person {secrets.token_hex(3).upper()}"


def erase_person(session: Session, participant_id: int) -> Erasure:
    """Anonymise one person everywhere (see the module's docstring); the caller commits."""
    people = registrations(session, participant_id)
    found = needles(people)
    writers = _writer_names(people)
    pseudonym = new_pseudonym()
    ids = [p.id for p in people]
    with audit.action(session, f"Erasure of personal data ({pseudonym})"), \
            audit.redacting(session, found, pseudonym):
        roles = list(session.scalars(select(SessionRole).where(
            SessionRole.participant_id.in_(ids))))
        for role in roles:
            session.delete(role)
        items = _items_of(session, ids, writers)
        for rec in items:
            rec.author_id, rec.author_name = None, pseudonym
        comments = _comments_of(session, writers)
        for comment in comments:
            comment.author = pseudonym
        for p in people:
            for name in PERSONAL_FIELDS:
                setattr(p, name, "")
            p.family_name = pseudonym
            p.family_name_first = False
            p.do_not_publish = True
            if p.status not in (Status.DECLINED, Status.CANCELLED, Status.CHECKED_IN):
                p.status = Status.CANCELLED
        session.flush()
        others = _sweep(session, found, pseudonym)
        audit.record(session, "participant", ids[0], pseudonym, "erase",
                     event_id=people[0].event_id,
                     changes={"registrations": [None, len(ids)],
                              "programme_roles_removed": [None, len(roles)]})
        session.flush()
    rewritten = pseudonymise_trail(session, found, pseudonym)
    return Erasure(pseudonym, len(people), len(roles), len(items), len(comments), others,
                   rewritten)


def _text_columns(table: Table) -> list[Any]:
    return [c for c in table.columns
            if isinstance(c.type, String | Text | JSON) and not isinstance(c.type, Enum)]


def _replace(value: Any, pattern: re.Pattern[str], pseudonym: str) -> Any:
    if isinstance(value, str):
        return pattern.sub(pseudonym, value)
    if isinstance(value, list):
        return [_replace(v, pattern, pseudonym) for v in value]
    if isinstance(value, dict):
        return {k: _replace(v, pattern, pseudonym) for k, v in value.items()}
    return value


def _sweep(session: Session, found: list[str], pseudonym: str) -> int:
    """Replace the needles in every text of every table but the trail; returns rows changed."""
    if not found:
        return 0
    pattern = re.compile("|".join(re.escape(n) for n in found), re.IGNORECASE)
    changed = 0
    for table in Base.metadata.sorted_tables:
        columns = _text_columns(table)
        keys = list(table.primary_key.columns)
        if table.name == AuditEntry.__tablename__ or not columns or not keys:
            continue
        for row in session.execute(select(*keys, *columns)).all():
            values = dict(row._mapping)
            new = {c.name: _replace(values[c.name], pattern, pseudonym) for c in columns}
            new = {k: v for k, v in new.items() if v != values[k]}
            if not new:
                continue
            if "version" in table.c:
                new["version"] = table.c.version + 1
            session.execute(update(table).where(*(k == values[k.name] for k in keys))
                            .values(**new))
            changed += 1
    return changed


def pseudonymise_trail(session: Session, found: list[str], pseudonym: str) -> int:
    """Replace the needles in the audit trail's entries; returns how many were rewritten.
    On PostgreSQL through `confdesk_audit_pseudonymise`, the only UPDATE its trigger allows."""
    if not found:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        patterns = [re.sub(r"([^\w\s])", r"\\\1", n) for n in found]
        return int(session.execute(text("SELECT confdesk_audit_pseudonymise(:n, :p)"),
                                   {"n": patterns, "p": pseudonym}).scalar_one())
    pattern = re.compile("|".join(re.escape(n) for n in found), re.IGNORECASE)
    table = audit.AUDIT_TABLE
    columns = ("person", "entity_label", "action", "changes")
    changed = 0
    for row in session.execute(select(table.c.id, *(table.c[c] for c in columns))).all():
        values = dict(row._mapping)
        new = {c: pattern.sub(pseudonym, values[c] or "") for c in columns}
        new = {k: v for k, v in new.items() if v != values[k]}
        if new:
            session.execute(update(table).where(table.c.id == values["id"]).values(**new))
            changed += 1
    return changed


def describe(erased: Erasure) -> str:
    """One line for the CLI and the window."""
    return (f"Erased as {erased.pseudonym}: {erased.registrations} registration(s), "
            f"{erased.roles_removed} programme role(s) removed, {erased.items} rapporteur's "
            f"item(s) and {erased.comments} comment(s) now signed with the pseudonym, "
            f"{erased.other_texts} other record(s) and {erased.audit_entries} audit "
            "entries rewritten.")


class PersonalDataService:
    """The window's and the CLI's way to export or erase one person, one transaction each."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def summary(self, participant_id: int) -> tuple[str, int]:
        """The person's name and how many registrations they have, for a confirmation."""
        with self.database.sessions() as s:
            people = registrations(s, participant_id)
            return people[0].plain_name, len(people)

    def export(self, participant_id: int, path: Path) -> Path:
        """Write everything held about the person to `path` (JSON, atomically)."""
        from confdesk.exports.files import check_target, write_atomically

        check_target(Path(path))
        with self.database.sessions.begin() as s:
            data = export_person(s, participant_id)
            body = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
            write_atomically(Path(path), body.encode("utf-8"))
        return Path(path)

    def erase(self, participant_id: int) -> Erasure:
        """Anonymise the person everywhere (cannot be undone)."""
        with self.database.sessions.begin() as s:
            return erase_person(s, participant_id)


__all__ = ["Erasure", "PersonNotFoundError", "PersonalDataService", "describe",
           "erase_person", "export_person", "registrations"]
