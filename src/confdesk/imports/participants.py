"""Registration spreadsheets into an event: preview every row, then import in one go.

`prepare` reads nothing from disk and writes nothing: it turns a table and a mapping into a
preview where each row carries its problems and a proposed action. `run_import` carries out
a preview inside the caller's transaction (bulk INSERT for new people, ORM updates for known
ones) and raises `ImportCancelledError` when cancelled, so the caller rolls back and nothing
is half-imported.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Table as Table_
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from confdesk.db.errors import UserError
from confdesk.db.locks import lock_event_for_import
from confdesk.imports import values
from confdesk.imports.mapping import ColumnMapping
from confdesk.imports.recheck import recheck_duplicates
from confdesk.imports.tables import Table
from confdesk.registration import codes, names
from confdesk.registration.models import (
    Category,
    DelegationRole,
    Organisation,
    OrganisationKind,
    Participant,
    Status,
    search_text,
)
from confdesk.registration.operations import (
    EMAIL_RE,
    LINK_KEYS,
    delete_participants,
    guess_kind,
    name_key,
    restore_snapshots,
    snapshot,
    state_organisation,
)
from confdesk.registration.states import state

_TABLE: Table_ = Participant.__table__  # type: ignore[assignment]
#: Fields whose text keeps its line breaks; the others are one line.
_MULTILINE = frozenset({"notes", "access_needs"})
_LIMITS = {c.name: getattr(c.type, "length", 0) for c in _TABLE.c
           if getattr(c.type, "length", None) and c.name in (
               "honorific", "given_name", "family_name", "function", "email", "phone",
               "dietary_needs", "code")}
BATCH = 500
_DEFAULTS: dict[str, object] = {"category": Category.DELEGATE, "status": Status.REGISTERED,
                                "delegation_role": DelegationRole.MEMBER,
                                "family_name_first": False}


class Action(StrEnum):
    """What the import does with a row."""

    ADD = "add"
    UPDATE = "update"
    SKIP = "skip"
    INVALID = "invalid"


class OnDuplicate(StrEnum):
    """What to do with a row that duplicates someone (registered or earlier in the file)."""

    SKIP = "skip"
    UPDATE = "update"
    ADD = "add"


class ImportCancelledError(UserError):
    """The user cancelled the import; the caller rolls back."""


class ImportInvalidError(UserError):
    """Rows are invalid and the user did not ask to skip them."""


@dataclass
class ImportRow:
    """One data row of the sheet, as understood, with its problems and what will be done."""

    line: int  #: row number as the spreadsheet shows it (1-based)
    values: dict[str, object]
    organisation: str = ""
    organisation_kind: OrganisationKind | None = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duplicate_of: int | None = None  #: id of a registered participant
    duplicate_line: int | None = None  #: earlier line of the same file
    duplicate_reason: str = ""
    action: Action = Action.ADD

    @property
    def name(self) -> str:
        """The person's name as read, for messages."""
        return names.display_name(str(self.values.get("given_name", "")),
                                  str(self.values.get("family_name", "")))

    @property
    def problems(self) -> list[str]:
        """Errors, duplicate and warnings of the row, for the preview."""
        dup = [self.duplicate_reason] if self.duplicate_reason else []
        return [*self.errors, *dup, *self.warnings]


@dataclass
class ImportPreview:
    """Every row with its proposed action; `mapping` as used."""

    event_id: int
    mapping: ColumnMapping
    rows: list[ImportRow]
    on_duplicate: OnDuplicate

    def count(self, action: Action) -> int:
        """How many rows get this action."""
        return sum(1 for r in self.rows if r.action == action)

    @property
    def invalid(self) -> list[ImportRow]:
        """The rows that cannot be imported."""
        return [r for r in self.rows if r.action == Action.INVALID]


@dataclass
class ImportReport:
    """What an import did."""

    added: int = 0
    updated: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    organisations_created: list[str] = field(default_factory=list)
    #: Ids of the people added (an undo deletes them).
    added_ids: list[int] = field(default_factory=list)
    #: Snapshots of the people updated, from before the import (an undo restores them).
    updated_before: list[dict[str, Any]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as lines of text."""
        out = [f"Added {self.added}, updated {self.updated}, skipped {len(self.skipped)}."]
        if self.organisations_created:
            out.append("New organisations: " + ", ".join(self.organisations_created) + ".")
        out += [f"  line {line}: skipped, {reason}" for line, reason in self.skipped]
        return out


# ---------------------------------------------------------------------------- preview


def _text(raw: list[str], column: int | None, name: str) -> str:
    if column is None or column >= len(raw):
        return ""
    value = raw[column]
    if name in _MULTILINE:
        return "\n".join(line.strip() for line in value.strip().splitlines())
    return names.clean(value)


def _parse_row(line: int, raw: list[str], mapping: ColumnMapping) -> ImportRow:
    cells = {f: _text(raw, c, f) for c, f in mapping.fields.items()}
    row = ImportRow(line=line, values={})
    v = row.values
    honorific = cells.get("honorific", "")
    given, family = cells.get("given_name", ""), cells.get("family_name", "")
    if cells.get("full_name") and not (given or family):
        split_hon, given, family = values.split_full_name(cells["full_name"])
        honorific = honorific or split_hon
    v.update(honorific=honorific, given_name=given, family_name=family)
    for name in ("function", "email", "phone", "dietary_needs", "access_needs", "notes",
                 "code"):
        v[name] = cells.get(name, "")
    if not (given or family):
        row.errors.append("no name")
    if v["email"] and not EMAIL_RE.match(str(v["email"])):
        row.errors.append(f"bad e-mail “{v['email']}”")
    for name, limit in _LIMITS.items():
        if len(str(v.get(name, ""))) > limit:
            row.errors.append(f"{name.replace('_', ' ')} longer than {limit} characters")
    country_text = cells.get("country", "")
    v["country_code"] = values.country_code(country_text)
    if country_text and v["country_code"] is None:
        row.errors.append(f"unknown country “{country_text}”")
    for name, parse in (("category", values.category), ("status", values.status),
                        ("delegation_role", values.delegation_role)):
        text = cells.get(name, "")
        parsed = parse(text)
        if text and parsed is None:
            row.errors.append(f"unknown {name.replace('_', ' ')} “{text}”")
        v[name] = parsed  # None: the default for a new person, unchanged on update
    first = cells.get("family_name_first", "")
    v["family_name_first"] = values.yes_no(first) if first else None
    if first and v["family_name_first"] is None:
        row.errors.append(f"“{first}” is not yes or no (family name first)")
    kind_text = cells.get("organisation_kind", "")
    row.organisation_kind = values.organisation_kind(kind_text)
    if kind_text and row.organisation_kind is None:
        row.errors.append(f"unknown kind of organisation “{kind_text}”")
    row.organisation = cells.get("organisation", "")
    if len(row.organisation) > 300:
        row.errors.append("organisation longer than 300 characters")
    return row


class _Organisations:
    """Existing organisations by folded name, and the key a row's organisation resolves to."""

    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, int] = {}
        self._keys: dict[tuple[object, ...], str] = {}
        self.state_ids: dict[str, int] = {}
        for org in session.execute(select(Organisation.id, Organisation.name_en,
                                          Organisation.name_fr, Organisation.acronym,
                                          Organisation.kind, Organisation.country_code)):
            if org.kind in (OrganisationKind.STATE, OrganisationKind.OBSERVER_STATE) \
                    and org.country_code:
                self.state_ids.setdefault(org.country_code, org.id)
            for name in (org.name_en, org.name_fr, org.acronym):
                if name:
                    self.by_name.setdefault(names.fold(name), org.id)

    def key(self, row: ImportRow, *, country_is_delegation: bool) -> str:
        """"state:BE", "id:12", "new:<folded name>" or "" (no organisation)."""
        code = row.values.get("country_code")
        args = (row.organisation, row.organisation_kind, code, country_is_delegation)
        if args not in self._keys:
            self._keys[args] = self._key(*args)
        return self._keys[args]

    def _key(self, text: str, kind: OrganisationKind | None, code: object,
             country_is_delegation: bool) -> str:
        if text and kind in (None, OrganisationKind.STATE, OrganisationKind.OBSERVER_STATE):
            named = values.country_code(text)
            if named and state(named):
                return f"state:{named}"
        if text:
            found = self.by_name.get(names.fold(text))
            return f"id:{found}" if found else f"new:{names.fold(text)}"
        if country_is_delegation and isinstance(code, str) and state(code):
            return f"state:{code}"
        return ""

    def existing_id(self, key: str) -> int | None:
        """The id of an organisation that exists already for a key, or None."""
        if key.startswith("id:"):
            return int(key[3:])
        if key.startswith("state:"):
            return self.state_ids.get(key[6:])
        return None


def prepare(session: Session, event_id: int, table: Table, mapping: ColumnMapping, *,
            on_duplicate: OnDuplicate | str = OnDuplicate.SKIP) -> ImportPreview:
    """Every data row below the header with its problems and proposed action."""
    mapping.check()
    on_duplicate = OnDuplicate(on_duplicate)
    orgs = _Organisations(session)
    by_email: dict[str, int] = {}
    by_name: dict[tuple[str, int | None], int] = {}
    for p in session.execute(select(Participant.id, Participant.email, Participant.given_name,
                                    Participant.family_name, Participant.organisation_id)
                             .where(Participant.event_id == event_id)):
        if p.email:
            by_email.setdefault(p.email.casefold(), p.id)
        by_name.setdefault((name_key(p.given_name, p.family_name), p.organisation_id), p.id)
    # Without an organisation column, the country names the delegation (a mission's list);
    # with one, an empty organisation means none and the country is the person's own.
    country_is_delegation = mapping.column_of("organisation") is None
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[str, str], int] = {}
    taken_codes = codes.existing_codes(session) if mapping.column_of("code") is not None \
        else set()
    rows: list[ImportRow] = []
    for index in range(mapping.header_row + 1, len(table.rows)):
        raw = table.rows[index]
        if not any(cell.strip() for cell in raw):
            continue
        row = _parse_row(index + 1, raw, mapping)
        key = orgs.key(row, country_is_delegation=country_is_delegation)
        row.values["_org_key"] = key
        email = str(row.values["email"]).casefold()
        nkey = name_key(str(row.values["given_name"]), str(row.values["family_name"]))
        org_id = orgs.existing_id(key)
        if email and email in by_email:
            row.duplicate_of, row.duplicate_reason = by_email[email], \
                f"already registered with e-mail {row.values['email']}"
        elif nkey and (key == "" or org_id is not None) and (nkey, org_id) in by_name:
            row.duplicate_of = by_name[(nkey, org_id)]
            row.duplicate_reason = "already registered under the same name and organisation"
        elif email and email in seen_email:
            row.duplicate_line = seen_email[email]
            row.duplicate_reason = f"same e-mail as line {row.duplicate_line}"
        elif nkey and (nkey, key) in seen_name:
            row.duplicate_line = seen_name[(nkey, key)]
            row.duplicate_reason = f"same name and organisation as line {row.duplicate_line}"
        code = str(row.values.get("code") or "").upper()
        if code and (not row.duplicate_reason or on_duplicate == OnDuplicate.ADD):
            if not codes.is_code(code):
                row.warnings.append(f"“{code}” is not a participant code: a new one is drawn")
            elif code in taken_codes:
                row.warnings.append(f"the code {code} is taken already: a new one is drawn")
            taken_codes.add(code)
        if row.errors:
            row.action = Action.INVALID
        else:
            if email:
                seen_email.setdefault(email, row.line)
            if nkey:
                seen_name.setdefault((nkey, key), row.line)
            if row.duplicate_reason:
                row.action = {OnDuplicate.SKIP: Action.SKIP, OnDuplicate.ADD: Action.ADD,
                              OnDuplicate.UPDATE: Action.UPDATE}[on_duplicate]
        rows.append(row)
    return ImportPreview(event_id=event_id, mapping=mapping, rows=rows, on_duplicate=on_duplicate)


# ---------------------------------------------------------------------------- import

_PERSON_FIELDS = ("honorific", "given_name", "family_name", "function", "email", "phone",
                  "dietary_needs", "access_needs", "notes", "country_code", "category",
                  "status", "delegation_role", "family_name_first")


def run_import(
    session: Session, preview: ImportPreview, *, skip_invalid: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Carry out a preview in the caller's transaction; the caller commits or rolls back."""
    invalid = preview.invalid
    if invalid and not skip_invalid:
        shown = "; ".join(f"line {r.line}: {', '.join(r.errors)}" for r in invalid[:10])
        more = f" (and {len(invalid) - 10} more)" if len(invalid) > 10 else ""
        raise ImportInvalidError(
            f"{len(invalid)} row(s) cannot be imported: {shown}{more}. Correct the file, or "
            "skip these rows."
        )
    # Serialise imports into the event, then check again who is registered by now.
    lock_event_for_import(session, preview.event_id)
    preview = recheck_duplicates(session, preview)
    report = ImportReport()
    org_ids: dict[str, int] = {}
    taken = codes.existing_codes(session)
    pending: dict[int, dict[str, object]] = {}  # line → values to insert or to update with
    updates: dict[int, dict[str, object]] = {}  # participant id → values
    updated_by_line: dict[int, int] = {}  # line → participant id it updates
    total = len(preview.rows)
    for done, row in enumerate(preview.rows, 1):
        if done % BATCH == 0:
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                raise ImportCancelledError("Import cancelled: nothing was imported.")
        if row.action in (Action.SKIP, Action.INVALID):
            reason = row.duplicate_reason if row.action == Action.SKIP else ", ".join(row.errors)
            report.skipped.append((row.line, reason))
            continue
        data = {k: row.values[k] for k in _PERSON_FIELDS}
        data["organisation_id"] = _organisation_id(session, row, org_ids, report)
        target = row.duplicate_of if row.duplicate_of is not None \
            else updated_by_line.get(row.duplicate_line or 0)
        if row.action == Action.UPDATE and target is not None:
            _merge(updates.setdefault(target, {}), data)
            updated_by_line[row.line] = target
        elif row.action == Action.UPDATE and row.duplicate_line in pending:
            _merge(pending[row.duplicate_line], data)  # type: ignore[index]
        else:
            code = str(row.values.get("code") or "").upper()
            if codes.is_code(code) and code not in taken:
                taken.add(code)
                data["code"] = code
            else:
                data["code"] = None  # drawn below, all at once
            pending[row.line] = data
    if cancelled is not None and cancelled():
        raise ImportCancelledError("Import cancelled: nothing was imported.")
    uncoded = [data for data in pending.values() if data["code"] is None]
    # Seeded from the system's entropy: unguessable enough for badge codes, and 10x faster
    # than drawing each character from os.urandom.
    rng = random.Random(secrets.randbits(128))
    for data, code in zip(uncoded, codes.generate_codes(len(uncoded), existing=taken, rng=rng),
                          strict=True):
        data["code"] = code
    _insert(session, preview.event_id, list(pending.values()))
    report.added = len(pending)
    report.added_ids = _ids_of_codes(session, [str(d["code"]) for d in pending.values()])
    for pid, data in updates.items():
        person = session.get(Participant, pid)
        if person is not None:
            report.updated_before.append(snapshot(person))
            for name, value in data.items():
                if value not in ("", None):
                    setattr(person, name, value)
    session.flush()
    report.updated = len(updates)
    if progress is not None:
        progress(total, total)
    if cancelled is not None and cancelled():
        raise ImportCancelledError("Import cancelled: nothing was imported.")
    return report


def _ids_of_codes(session: Session, wanted: list[str]) -> list[int]:
    """Ids of the participants holding these codes (unique), read back after a bulk INSERT."""
    ids: list[int] = []
    for start in range(0, len(wanted), BATCH):
        ids += session.scalars(select(Participant.id).where(
            Participant.code.in_(wanted[start:start + BATCH]))).all()
    return ids


def _merge(target: dict[str, object], data: dict[str, object]) -> None:
    """Later values win where they say something; empty cells keep what is there."""
    for name, value in data.items():
        if value not in ("", None) or name not in target:
            target[name] = value


def _organisation_id(session: Session, row: ImportRow, ids: dict[str, int],
                     report: ImportReport) -> int | None:
    key = str(row.values["_org_key"])
    if not key:
        return None
    if key not in ids:
        if key.startswith("state:"):
            ids[key] = state_organisation(session, key[6:]).id
        elif key.startswith("id:"):
            ids[key] = int(key[3:])
        else:
            kind = row.organisation_kind or guess_kind(row.organisation)
            country = row.values.get("country_code")
            org = Organisation(name_en=row.organisation, name_fr="", acronym="", kind=kind,
                               country_code=country if isinstance(country, str) else None)
            session.add(org)
            session.flush()
            ids[key] = org.id
            report.organisations_created.append(row.organisation)
    return ids[key]


def _insert(session: Session, event_id: int, rows: list[dict[str, object]]) -> None:
    """Bulk INSERT; the derived columns the model's validators keep are computed here."""
    for data in rows:
        given, family = str(data["given_name"]), str(data["family_name"])
        data["event_id"] = event_id
        for name, default in _DEFAULTS.items():
            if data.get(name) is None:
                data[name] = default
        data["sort_key"] = names.sort_key(given, family)
        data["search_text"] = search_text(given, family, str(data["email"]), str(data["code"]))
    # A Core executemany: the ORM's bulk insert splits rows into one batch per pattern of
    # NULLs, hundreds of statements for a real sheet. Column defaults still apply.
    for start in range(0, len(rows), 5000):
        session.execute(insert(_TABLE), rows[start:start + 5000])


# ---------------------------------------------------------------------------- undo


def remove_imported(session: Session, added_ids: list[int]) -> list[dict[str, Any]]:
    """Undo of an import: delete the people it added, read in bulk first (thousands take
    seconds, not minutes); returns their snapshots, with any programme roles, for a redo."""
    held: list[Participant] = []  # the identity map holds objects weakly: keep them here
    for start in range(0, len(added_ids), BATCH):
        held += session.scalars(
            select(Participant).where(Participant.id.in_(added_ids[start:start + BATCH]))
            .options(selectinload(Participant.session_roles))).all()
    return delete_participants(session, added_ids)


def restore_imported(session: Session, snapshots: list[dict[str, Any]]) -> None:
    """Redo of an import: put back the people `remove_imported` deleted, with their ids;
    those without programme roles in one bulk INSERT."""
    plain = [s for s in snapshots if not any(s.get(k) for k in LINK_KEYS)]
    session.add_all([Participant(**{k: v for k, v in s.items() if k not in LINK_KEYS})
                     for s in plain])
    session.flush()
    restore_snapshots(session, [s for s in snapshots if any(s.get(k) for k in LINK_KEYS)])
