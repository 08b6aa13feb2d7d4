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
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Table as Table_
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from confdesk import consequences
from confdesk.collector import paused as collector_paused
from confdesk.db.base import utcnow
from confdesk.db.errors import UserError
from confdesk.db.executemany import insert_rows, rows_where_in
from confdesk.db.locks import lock_event_for_import
from confdesk.errors import Message
from confdesk.imports import messages as m
from confdesk.imports import values
from confdesk.imports.bulk import roomy_cache
from confdesk.imports.mapping import ColumnMapping, MappingError
from confdesk.imports.recheck import known_name_key, recheck_duplicates
from confdesk.imports.tables import Table
from confdesk.registration import codes, names
from confdesk.registration.categories import CategoryInfo, categories, default_code
from confdesk.registration.models import (
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
    SNAPSHOT_KEYS,
    guess_kind,
    state_organisation,
)
from confdesk.registration.states import State, find_state, state
from confdesk.text import clean_text

_TABLE: Table_ = Participant.__table__  # type: ignore[assignment]
#: Fields whose text keeps its line breaks; the others are one line.
_MULTILINE = frozenset({"notes", "access_needs"})
_LIMITS = {c.name: getattr(c.type, "length", 0) for c in _TABLE.c
           if getattr(c.type, "length", None) and c.name in (
               "honorific", "given_name", "family_name", "function", "email", "phone",
               "dietary_needs", "code")}
BATCH = 500
_DEFAULTS: dict[str, object] = {"status": Status.REGISTERED,
                                "delegation_role": DelegationRole.MEMBER,
                                "family_name_first": False, "do_not_publish": False}
#: The fields whose values are choices.
_CHOICE_FIELDS = ("category", "status", "delegation_role", "organisation_kind", "country",
                  "family_name_first", "do_not_publish")


#: The choice fields in the order a row's cells are read (their problems and unknown values
#: come in this order), each with the key of the row's value it fills.
_CHOICE_ORDER = (("country", "country_code"), ("category", "category"), ("status", "status"),
                 ("delegation_role", "delegation_role"),
                 ("family_name_first", "family_name_first"),
                 ("organisation_kind", "organisation_kind"), ("do_not_publish", "do_not_publish"))
_LIMITED = tuple(_LIMITS.items())
#: A choice cell not read yet (None is a value: "nothing this field takes").
_UNSEEN = object()
_KINDS_WITH_STATE = (None, OrganisationKind.STATE, OrganisationKind.OBSERVER_STATE)


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


@dataclass(slots=True)
class ImportRow:
    """One data row of the sheet, as understood, with its problems and what will be done."""

    line: int  #: row number as the spreadsheet shows it (1-based)
    values: dict[str, object]
    organisation: str = ""
    organisation_kind: OrganisationKind | None = None
    #: The row's problems and warnings, as catalogued `Message`s (English as `str`; the
    #: window translates them with `ui.messages.message_text`).
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duplicate_of: int | None = None  #: id of a registered participant
    duplicate_line: int | None = None  #: earlier line of the same file
    duplicate_reason: str = ""
    #: Someone of the same name but another e-mail or delegation: imported unless the user
    #: decides otherwise, and reported.
    possible_duplicate: str = ""
    possible_of: int | None = None  #: the registered participant of that name
    possible_line: int | None = None  #: the earlier line of that name
    #: Fields whose cells are wrong (a GUI marks those cells).
    bad_fields: set[str] = field(default_factory=set)
    action: Action = Action.ADD
    #: `operations.name_key` of the name (what the duplicate checks compare).
    name_key: str = ""

    @property
    def name(self) -> str:
        """The person's name as read, for messages."""
        return names.display_name(str(self.values.get("given_name", "")),
                                  str(self.values.get("family_name", "")))

    @property
    def problems(self) -> list[str]:
        """Errors, duplicate and warnings of the row, for the preview."""
        dup = [self.duplicate_reason] if self.duplicate_reason else []
        maybe = [self.possible_duplicate] if self.possible_duplicate else []
        return [*self.errors, *dup, *maybe, *self.warnings]

    def error(self, field_name: str, message: str) -> None:
        """Note a wrong cell."""
        self.errors.append(message)
        self.bad_fields.add(field_name)


@dataclass
class ImportPreview:
    """Every row with its proposed action; `mapping` as used."""

    event_id: int
    mapping: ColumnMapping
    rows: list[ImportRow]
    on_duplicate: OnDuplicate
    #: Values of choice columns that nothing maps: field → value as written → lines.
    unknown_values: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    #: (given name, family name) → `name_key`, for the rows and the people registered at
    #: the preview: folded once, looked up again when the import checks once more.
    name_keys: dict[tuple[object, object], str] = field(default_factory=dict, repr=False,
                                                        compare=False)

    def count(self, action: Action) -> int:
        """How many rows get this action."""
        return sum(1 for r in self.rows if r.action == action)

    @property
    def invalid(self) -> list[ImportRow]:
        """The rows that cannot be imported."""
        return [r for r in self.rows if r.action == Action.INVALID]

    @property
    def possible_duplicates(self) -> list[ImportRow]:
        """Rows sharing only a name with someone: for the user to decide."""
        return [r for r in self.rows if r.possible_duplicate and r.action != Action.INVALID]

    def unknown_value_lines(self) -> list[str]:
        """One line per column with values nothing maps, for a message."""
        out = []
        for field_name, found in self.unknown_values.items():
            column = self.mapping.column_of(field_name)
            heading = self.mapping.headings[column] if column is not None else field_name
            shown = ", ".join(f"“{v}” ({len(lines)} row{'s' if len(lines) > 1 else ''})"
                              for v, lines in found.items())
            out.append(f"{heading} ({m.field_word(field_name)}): {shown}")
        return out


@dataclass
class ImportReport:
    """What an import did."""

    added: int = 0
    updated: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    organisations_created: list[str] = field(default_factory=list)
    #: Rows added although they share a name with someone: (line, name, why).
    possible_duplicates: list[tuple[int, str, str]] = field(default_factory=list)
    #: Ids of the people added (an undo deletes them).
    added_ids: list[int] = field(default_factory=list)
    #: Snapshots of the people updated, from before the import (an undo restores them).
    updated_before: list[dict[str, Any]] = field(default_factory=list)
    #: Snapshots of the people added, as the import wrote them, in `added_ids`' order.
    added_snapshots: list[dict[str, Any]] = field(default_factory=list, repr=False)

    def lines(self) -> list[str]:
        """The report as lines of text (catalogued `Message`s: English as they are, the
        window translates them)."""
        out: list[str] = [Message(m.REPORT_COUNTS, code="import.report", added=self.added,
                                  updated=self.updated, skipped=len(self.skipped))]
        if self.organisations_created:
            out.append(Message(m.REPORT_NEW_ORGANISATIONS, code="import.report.organisations",
                               names=", ".join(self.organisations_created)))
        out += [Message(m.REPORT_SKIPPED, code="import.report.skipped", line=line,
                        reason=reason) for line, reason in self.skipped]
        if self.possible_duplicates:
            out.append(Message(m.REPORT_POSSIBLE, code="import.report.possible",
                               count=len(self.possible_duplicates)))
            out += [Message(m.REPORT_POSSIBLE_LINE, code="import.report.possible", line=line,
                            name=name, why=why) for line, name, why in self.possible_duplicates]
        return out


# ---------------------------------------------------------------------------- preview


def _text(raw: list[str], column: int | None, name: str) -> str:
    """A cell's text, cleaned once here for everything after it (checks, duplicates, the
    INSERT, which therefore skips the database layer's second look: see `_insert`)."""
    if column is None or column >= len(raw):
        return ""
    value = raw[column]
    if not value:
        return ""
    if name in _MULTILINE:
        return "\n".join(line.strip() for line in clean_text(value).strip().splitlines())
    return _clean_cell(value)


@lru_cache(maxsize=16384)
def _clean_cell(value: str) -> str:
    """`names.clean`, remembered: organisations, countries, categories, functions and diets
    repeat from row to row of a sheet."""
    return names.clean(value)


@dataclass
class _Context:
    """What reading rows needs beside the mapping: the event's categories, and where unknown
    values are collected."""

    categories: list[CategoryInfo]
    unknown: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    #: Words naming the categories (see `values.category_table`), made once per sheet.
    category_words: dict[str, str] = field(default_factory=dict)
    #: Field → cell text → what `_parse_choice` made of it: countries, categories and
    #: statuses repeat from row to row.
    parsed: dict[str, dict[str, object]] = field(default_factory=dict)
    #: Organisation cell → the State it names (`find_state`), or None.
    states: dict[str, State | None] = field(default_factory=dict)
    #: (column, field, of several lines) of each mapped column (the last column of a field
    #: wins, as when each cell was read into the row in turn), and the choice fields mapped
    #: (field, key of the row's value), in the order a row reads them: see `read_mapping`.
    columns: list[tuple[int, str, bool]] = field(default_factory=list)
    choices: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.category_words = values.category_table(self.categories)
        self.parsed = {name: {} for name, _target in _CHOICE_ORDER}

    def read_mapping(self, mapping: ColumnMapping) -> None:
        """Note which columns `_parse_row` reads, once per sheet."""
        last = {name: column for column, name in mapping.fields.items()}
        self.columns = [(column, name, name in _MULTILINE) for name, column in last.items()]
        self.choices = [(name, target) for name, target in _CHOICE_ORDER if name in last]


def _choice(row: ImportRow, name: str, text: str, mapping: ColumnMapping, ctx: _Context
            ) -> object:
    """The value a choice cell stands for: recognised, or as the user mapped it; None (and a
    problem, and the value collected as unknown) otherwise."""
    if not text:
        return None
    seen = ctx.parsed[name]
    try:
        parsed = seen[text]
    except KeyError:
        parsed = seen[text] = _parse_choice(name, text, ctx)
    if parsed is not None:
        return parsed
    target = mapping.mapped_value(name, text)
    if target is not None:
        return _parse_choice(name, target, ctx) if target else None
    row.error(name, Message(m.ROW_UNKNOWN_VALUE, code="import.unknown_value",
                            field=m.field_word(name), value=text))
    found = ctx.unknown.setdefault(name, {})
    spelled = next((v for v in found if values.value_key(v) == values.value_key(text)), text)
    found.setdefault(spelled, []).append(row.line)
    return None


def _parse_choice(name: str, text: str, ctx: _Context) -> object:
    if name == "category":
        return values.category(text, ctx.category_words)
    if name == "country":
        return values.country_code(text)
    if name in ("family_name_first", "do_not_publish"):
        return values.yes_no(text)
    parse = {"status": values.status, "delegation_role": values.delegation_role,
             "organisation_kind": values.organisation_kind}[name]
    return parse(text)


def check_value_targets(mapping: ColumnMapping, cats: list[CategoryInfo]) -> None:
    """Refuse value mappings whose target is nothing the field takes, naming the choices."""
    ctx = _Context(cats)
    for name, targets in mapping.values.items():
        for target in targets.values():
            if target and _parse_choice(name, target, ctx) is None:
                raise MappingError(m.BAD_VALUE_TARGET, code="import.value_target",
                                   target=target, field=m.field_word(name),
                                   choices=", ".join(choices(name, cats)))


def usable_value_mappings(session: Session, event_id: int,
                          remembered: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """The remembered value meanings that still make sense for this event (a category the
    event does not have is dropped, so that the user is asked again)."""
    ctx = _Context(categories(session, event_id))
    kept: dict[str, dict[str, str]] = {}
    for name, targets in remembered.items():
        if name not in _CHOICE_FIELDS:
            continue
        for key, target in targets.items():
            if not target or _parse_choice(name, target, ctx) is not None:
                kept.setdefault(name, {})[key] = target
    return kept


def choices(field_name: str, cats: list[CategoryInfo]) -> list[str]:
    """What a value of a choice field may be mapped to (codes)."""
    if field_name == "category":
        return [c.code for c in cats]
    if field_name == "status":
        return [s.value for s in Status]
    if field_name == "delegation_role":
        return [r.value for r in DelegationRole]
    if field_name == "organisation_kind":
        return [k.value for k in OrganisationKind]
    if field_name in ("family_name_first", "do_not_publish"):
        return ["yes", "no"]
    return [Message(m.ANY_COUNTRY, code="import.any_country")]


def _parse_row(line: int, raw: list[str], mapping: ColumnMapping, ctx: _Context) -> ImportRow:
    # This runs for every row of 100,000: the mapped columns and the choice columns are
    # those of `ctx` (read once from the mapping), each cell is cleaned once (`_clean_cell`,
    # remembered; `_text` for the fields of several lines), a choice found before is one
    # dictionary look-up.
    cells: dict[str, str] = {}
    width = len(raw)
    clean_cell = _clean_cell
    for column, name, multiline in ctx.columns:
        if column < width and (value := raw[column]):
            cells[name] = _text(raw, column, name) if multiline else clean_cell(value)
    get = cells.get
    row = ImportRow(line, {})
    honorific = get("honorific", "")
    given, family = get("given_name", ""), get("family_name", "")
    if not (given or family) and (full := get("full_name")):
        split_hon, given, family = values.split_full_name(full)
        honorific = honorific or split_hon
    email: str = get("email", "")
    v: dict[str, object] = {
        "honorific": honorific, "given_name": given, "family_name": family,
        "function": get("function", ""), "email": email, "phone": get("phone", ""),
        "dietary_needs": get("dietary_needs", ""), "access_needs": get("access_needs", ""),
        "notes": get("notes", ""), "code": get("code", ""), "country_code": None,
        "category": None, "status": None, "delegation_role": None,
        "family_name_first": None, "do_not_publish": None}
    row.values = v
    if not (given or family):
        row.error("family_name", Message(m.ROW_NO_NAME, code="import.no_name"))
        row.bad_fields.update({"full_name", "given_name"})
    if email and not EMAIL_RE.match(email):
        row.error("email", Message(m.ROW_BAD_EMAIL, code="import.bad_email", email=email))
    for name, limit in _LIMITED:
        if len(v[name]) > limit:  # type: ignore[arg-type]  # (texts, just above)
            row.error(name, Message(m.ROW_TOO_LONG, code="import.too_long",
                                    field=m.field_word(name), limit=limit))
    kind = None
    parsed = ctx.parsed
    for name, target in ctx.choices:
        if text := get(name):
            # `_choice`, its first step inlined: a value seen before is one look-up.
            found = parsed[name].get(text, _UNSEEN)
            if found is _UNSEEN or found is None:
                found = _choice(row, name, text, mapping, ctx)
            if target == "organisation_kind":
                kind = found
            else:
                v[target] = found
            # None: the default for a new person, unchanged on update
    row.organisation_kind = kind if isinstance(kind, OrganisationKind) else None
    organisation = row.organisation = get("organisation", "")
    if len(organisation) > 300:
        row.error("organisation", Message(m.ROW_TOO_LONG, code="import.too_long",
                                          field=m.field_word("organisation"), limit=300))
    # A State named in the organisation column ("Pays / Organisation": "Belgique") is the
    # person's country too, unless a country column says otherwise.
    if organisation and v["country_code"] is None and row.organisation_kind in _KINDS_WITH_STATE:
        try:
            named = ctx.states[organisation]
        except KeyError:
            named = ctx.states[organisation] = find_state(organisation)
        if named is not None:
            v["country_code"] = named.code
    return row


class _Organisations:
    """Existing organisations by folded name, and the key a row's organisation resolves to."""

    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, int] = {}
        self._keys: dict[tuple[object, ...], tuple[str, object]] = {}
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

    def key(self, row: ImportRow, *, country_is_delegation: bool) -> tuple[str, object]:
        """"state:BE", "id:12", "new:<folded name>" or "" (no organisation); and the
        delegation it is among the people registered: the organisation's id (None for no
        organisation, or a State not in the database yet), or the key of a new organisation
        (nobody's delegation there)."""
        args = (row.organisation, row.organisation_kind, row.values["country_code"],
                country_is_delegation)
        try:
            return self._keys[args]
        except KeyError:
            key = self._key(*args)
            org_id = self.existing_id(key) if key else None
            found = self._keys[args] = (
                key, org_id if (key == "" or org_id is not None) else f"new:{key}")
            return found

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


@dataclass(frozen=True, slots=True)
class _Known:
    """Someone a row may duplicate: a registered person (`pid`) or an earlier line."""

    ref: int  #: participant id or line
    org: object  #: organisation id (registered) or organisation key (a line of the file)
    email: str


class _SameName:
    """People by name key (registered, or earlier lines of the file), kept so that the
    questions of the duplicate check are a few dictionary look-ups whatever the number of
    people of a name (the lists grew with each repeated name, and each row walked its
    name's list: quadratic in the commonest names).

    `same` answers what a walk over the name's people in the order they were added would:
    the first of the same name and delegation who has no e-mail, or no e-mail that differs
    (the same person); `first` the first of the name (whom a possible duplicate is shown
    against)."""

    __slots__ = ("first", "_any", "_blank", "_email", "_count")

    def __init__(self) -> None:
        self.first: dict[str, _Known] = {}
        #: (name, delegation) → (order, the first such person); the same among those with
        #: no e-mail, and among those of each e-mail ((name, delegation, e-mail) → …).
        self._any: dict[tuple[str, object], tuple[int, _Known]] = {}
        self._blank: dict[tuple[str, object], tuple[int, _Known]] = {}
        self._email: dict[tuple[str, object, str], tuple[int, _Known]] = {}
        self._count = 0

    def add(self, name: str, known: _Known) -> None:
        """Someone of this name key, after all those added before."""
        self._count = order = self._count + 1
        if name not in self.first:
            self.first[name] = known
        at = (name, known.org)
        if at not in self._any:
            self._any[at] = (order, known)
        if known.email:
            self._email.setdefault((name, known.org, known.email), (order, known))
        elif at not in self._blank:
            self._blank[at] = (order, known)

    def same(self, name: str, org: object, email: str) -> _Known | None:
        """The first person of this name and delegation without another e-mail, or None."""
        if not email:
            found = self._any.get((name, org))
        else:
            blank = self._blank.get((name, org))
            found = self._email.get((name, org, email))
            if blank is not None and (found is None or blank[0] < found[0]):
                found = blank
        return None if found is None else found[1]


def _why_possible(org: object, email: str, other: _Known) -> Message:
    """What differs between a row and someone of the same name, in words."""
    email_differs = bool(email and other.email and email != other.email)
    org_differs = org != other.org
    if email_differs and org_differs:
        return _DIFFERS[m.DIFFERS_BOTH]
    if email_differs:
        return _DIFFERS[m.DIFFERS_EMAIL]
    if org_differs:
        return _DIFFERS[m.DIFFERS_DELEGATION]
    return _DIFFERS[m.DIFFERS_DETAILS]


#: The words of `_why_possible` (without parameters: one message each serves every row).
_DIFFERS = {template: Message(template, code="import.differs") for template in (
    m.DIFFERS_BOTH, m.DIFFERS_EMAIL, m.DIFFERS_DELEGATION, m.DIFFERS_DETAILS)}


def prepare(session: Session, event_id: int, table: Table, mapping: ColumnMapping, *,
            on_duplicate: OnDuplicate | str = OnDuplicate.SKIP) -> ImportPreview:
    """Every data row below the header with its problems and proposed action.

    A duplicate is someone with the same e-mail, or the same name in the same delegation
    (unless both have e-mails, and they differ); its action follows `on_duplicate`. Someone
    who only shares a name with a registered person or an earlier line (another e-mail or
    delegation) is a *possible* duplicate: added, and flagged for the user to decide.
    """
    with collector_paused():
        return _prepare(session, event_id, table, mapping, on_duplicate=on_duplicate)


def _prepare(session: Session, event_id: int, table: Table, mapping: ColumnMapping, *,
             on_duplicate: OnDuplicate | str) -> ImportPreview:
    mapping.check()
    on_duplicate = OnDuplicate(on_duplicate)
    duplicate_action = {OnDuplicate.SKIP: Action.SKIP, OnDuplicate.ADD: Action.ADD,
                        OnDuplicate.UPDATE: Action.UPDATE}[on_duplicate]
    ctx = _Context(categories(session, event_id))
    check_value_targets(mapping, ctx.categories)
    ctx.read_mapping(mapping)
    orgs = _Organisations(session)
    by_email: dict[str, int] = {}
    name_keys: dict[tuple[object, object], str] = {}
    people = session.connection().execute(
        select(_TABLE.c.id, _TABLE.c.email, _TABLE.c.given_name, _TABLE.c.family_name,
               _TABLE.c.organisation_id).where(_TABLE.c.event_id == event_id)).all()
    for pid, email, _given, _family, _org_id in people:
        if email:
            by_email.setdefault(email.casefold(), pid)
    # The people registered by name, made when a row first needs them: a sheet of people
    # all registered already (found by their e-mail) never folds their names.
    registered: _SameName | None = None
    # Without an organisation column, the country names the delegation (a mission's list);
    # with one, an empty organisation means none and the country is the person's own.
    country_is_delegation = mapping.column_of("organisation") is None
    seen_email: dict[str, int] = {}
    earlier = _SameName()
    taken_codes = codes.existing_codes(session) if mapping.column_of("code") is not None \
        else set()
    # (given, family) → their folded forms and name key: each name folded once.
    folded: dict[tuple[str, str], tuple[str, str, str]] = {}
    fold = names.fold
    rows: list[ImportRow] = []
    for index in range(mapping.header_row + 1, len(table.rows)):
        raw = table.rows[index]
        if not "".join(raw).strip():  # nothing but blanks in every cell
            continue
        row = _parse_row(index + 1, raw, mapping, ctx)
        v = row.values
        key, reg_org = orgs.key(row, country_is_delegation=country_is_delegation)
        v["_org_key"] = key
        given, family, email_text = str(v["given_name"]), str(v["family_name"]), str(v["email"])
        email = email_text.casefold()
        if (forms := folded.get((given, family))) is not None:
            given_f, family_f, nkey = forms
        else:
            given_f, family_f = fold(given), fold(family)
            nkey = names.name_key_of_folded(given_f, family_f)  # `operations.name_key`
            folded[(given, family)] = given_f, family_f, nkey
            name_keys[(given, family)] = nkey
        row.name_key = nkey
        if nkey and registered is None and not (email and email in by_email):
            registered = _registered_by_name(people, name_keys)
        if email and email in by_email:
            row.duplicate_of = by_email[email]
            row.duplicate_reason = Message(m.DUPLICATE_EMAIL, code="import.duplicate",
                                           email=v["email"])
        elif nkey and (same := registered.same(nkey, reg_org, email)) is not None:  # type: ignore[union-attr]
            row.duplicate_of = same.ref
            row.duplicate_reason = Message(m.DUPLICATE_NAME, code="import.duplicate")
        elif email and email in seen_email:
            row.duplicate_line = seen_email[email]
            row.duplicate_reason = Message(m.DUPLICATE_LINE_EMAIL, code="import.duplicate",
                                           line=row.duplicate_line)
        elif nkey and (same := earlier.same(nkey, key, email)) is not None:
            row.duplicate_line = same.ref
            row.duplicate_reason = Message(m.DUPLICATE_LINE_NAME, code="import.duplicate",
                                           line=same.ref)
        elif nkey and (other := registered.first.get(nkey)) is not None:  # type: ignore[union-attr]
            row.possible_of = other.ref
            row.possible_duplicate = Message(
                m.POSSIBLE_REGISTERED, code="import.possible_duplicate",
                differs=_why_possible(reg_org, email, other))
        elif nkey and (other := earlier.first.get(nkey)) is not None:
            row.possible_line = other.ref
            row.possible_duplicate = Message(
                m.POSSIBLE_LINE, code="import.possible_duplicate", line=other.ref,
                differs=_why_possible(key, email, other))
        if v["code"]:
            code = str(v["code"]).upper()
            if not row.duplicate_reason or on_duplicate == OnDuplicate.ADD:
                if not codes.is_code(code):
                    row.warnings.append(Message(m.CODE_NOT_A_CODE, code="import.not_a_code",
                                                value=code))
                elif code in taken_codes:
                    row.warnings.append(Message(m.CODE_TAKEN, code="import.code_taken",
                                                value=code))
                taken_codes.add(code)
        if row.errors:
            row.action = Action.INVALID
        else:
            if email:
                seen_email.setdefault(email, row.line)
            if not row.duplicate_reason:
                if nkey:
                    earlier.add(nkey, _Known(row.line, key, email))
            else:
                row.action = duplicate_action
        rows.append(row)
    return ImportPreview(event_id=event_id, mapping=mapping, rows=rows, on_duplicate=on_duplicate,
                         unknown_values=ctx.unknown, name_keys=name_keys)


def _registered_by_name(people: Any,
                        name_keys: dict[tuple[object, object], str]) -> _SameName:
    """The people registered (id, e-mail, given and family name, organisation id) by name
    key, in the order read; `name_keys` keeps each name's key for the check again."""
    registered = _SameName()
    for pid, email, given, family, org_id in people:
        registered.add(known_name_key(name_keys, given, family),
                       _Known(pid, org_id, email.casefold() if email else ""))
    return registered


# ---------------------------------------------------------------------------- import

_PERSON_FIELDS = ("honorific", "given_name", "family_name", "function", "email", "phone",
                  "dietary_needs", "access_needs", "notes", "country_code", "category",
                  "status", "delegation_role", "family_name_first", "do_not_publish")

#: A row's values of `_PERSON_FIELDS`, in their order.
_person_values = itemgetter(*_PERSON_FIELDS)


def run_import(
    session: Session, preview: ImportPreview, *, skip_invalid: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Carry out a preview in the caller's transaction; the caller commits or rolls back."""
    with collector_paused(), roomy_cache(session):
        return _run_import(session, preview, skip_invalid=skip_invalid, progress=progress,
                           cancelled=cancelled)


def _run_import(
    session: Session, preview: ImportPreview, *, skip_invalid: bool,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> ImportReport:
    invalid = preview.invalid
    if invalid and not skip_invalid:
        shown = m.joined([Message(m.ROW_PROBLEMS, code="import.row", line=r.line,
                                  problems=m.joined(r.errors)) for r in invalid[:10]],
                         m.LIST_SEMICOLON)
        if len(invalid) > 10:
            raise ImportInvalidError(m.INVALID_ROWS_MORE, code="import.invalid",
                                     count=len(invalid), rows=shown, more=len(invalid) - 10)
        raise ImportInvalidError(m.INVALID_ROWS, code="import.invalid", count=len(invalid),
                                 rows=shown)
    # Serialise imports into the event, then check again who is registered by now.
    lock_event_for_import(session, preview.event_id)
    preview = recheck_duplicates(session, preview)
    report = ImportReport()
    category = default_code(session, preview.event_id)
    org_ids: dict[str, int | None] = {"": None}  # organisation key → id ("": none)
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
                raise ImportCancelledError(m.IMPORT_CANCELLED, code="import.cancelled")
        if row.action in (Action.SKIP, Action.INVALID):
            reason = m.joined(row.errors) if row.action == Action.INVALID \
                else row.duplicate_reason or row.possible_duplicate \
                or Message(m.SKIPPED_IN_PREVIEW, code="import.skipped")
            report.skipped.append((row.line, reason))
            continue
        if row.possible_duplicate and row.action == Action.ADD:
            report.possible_duplicates.append((row.line, row.name, row.possible_duplicate))
        values = row.values
        data = dict(zip(_PERSON_FIELDS, _person_values(values), strict=True))
        key = values["_org_key"]
        data["organisation_id"] = org_ids[key] if key in org_ids \
            else _organisation_id(session, row, org_ids, report)
        # A possible duplicate the user said is the same person updates like a duplicate.
        of_id = row.duplicate_of if row.duplicate_of is not None else row.possible_of
        of_line = row.duplicate_line or row.possible_line
        target = of_id if of_id is not None else updated_by_line.get(of_line or 0)
        if row.action == Action.UPDATE and target is not None:
            _merge(updates.setdefault(target, {}), data)
            updated_by_line[row.line] = target
        elif row.action == Action.UPDATE and of_line in pending:
            _merge(pending[of_line], data)
        else:
            code = str(values.get("code") or "").upper()
            if codes.is_code(code) and code not in taken:
                taken.add(code)
                data["code"] = code
            else:
                data["code"] = None  # drawn below, all at once
            pending[row.line] = data
    if cancelled is not None and cancelled():
        raise ImportCancelledError(m.IMPORT_CANCELLED, code="import.cancelled")
    uncoded = [data for data in pending.values() if data["code"] is None]
    # Seeded from the system's entropy: unguessable enough for badge codes, and 10x faster
    # than drawing each character from os.urandom.
    rng = random.Random(secrets.randbits(128))
    for data, code in zip(uncoded, codes.generate_codes(len(uncoded), existing=taken, rng=rng),
                          strict=True):
        data["code"] = code
    inserted = list(pending.values())
    found = _insert(session, preview.event_id, inserted, category)
    report.added = len(pending)
    report.added_ids = [pid for _code, pid in found]
    report.added_snapshots = _added_snapshots(pending, found)
    # The people updated, read in bulk (`BATCH` a query; a `session.get` each flushed the
    # previous one first: one flush, one UPDATE and one audit write per person), changed in
    # the order of the sheet and written by one flush, which records them in that order.
    # Their undo snapshots are read as rows first (`snapshots_in_bulk`: the values of
    # `ops.snapshot`, without a dataclass copied deeply per person).
    from confdesk.registration.service import snapshots_in_bulk
    from confdesk.team.audit import in_order

    ids = list(updates)
    report.updated_before = snapshots_in_bulk(session, ids)
    changed: list[Participant] = []
    with session.no_autoflush:
        people = {person.id: person for start in range(0, len(ids), BATCH)
                  for person in session.scalars(select(Participant).where(
                      Participant.id.in_(ids[start:start + BATCH])))}
        for pid, data in updates.items():
            person = people.get(pid)
            if person is not None:
                changed.append(person)
                for name, value in data.items():
                    if value not in ("", None):
                        setattr(person, name, value)
    with in_order(session, changed):
        session.flush()
    report.updated = len(updates)
    if progress is not None:
        progress(total, total)
    if cancelled is not None and cancelled():
        raise ImportCancelledError(m.IMPORT_CANCELLED, code="import.cancelled")
    return report


def _ids_of_codes(session: Session, wanted: list[str]) -> list[tuple[str, int]]:
    """(code, id) of the participants holding these codes (unique), read back after a bulk
    INSERT, `BATCH` codes a query (as plain rows, by the driver: nothing of the session is
    pending)."""
    return rows_where_in(session.connection(), _TABLE, ("code", "id"), "code", wanted,
                         batch=BATCH)


def _added_snapshots(pending: dict[int, dict[str, object]], found: list[tuple[str, int]]
                     ) -> list[dict[str, Any]]:
    """The undo snapshots (`ops.snapshot`) of the people added, in the order of `found`,
    from the values inserted (`pending`: line → row, `_insert`'s rows, given their ids here):
    those a read of them gives (each value is of its column's Python type: enumeration
    members, booleans, the times written), without reading back 100,000 rows."""
    by_code = {str(data["code"]): data for data in pending.values()}
    of_snapshot = itemgetter(*SNAPSHOT_KEYS)
    snapshots: list[dict[str, Any]] = []
    for code, pid in found:
        data = by_code[code]
        data["id"] = pid
        snapshots.append(dict(zip(SNAPSHOT_KEYS, of_snapshot(data), strict=True)))
    return snapshots


def _merge(target: dict[str, object], data: dict[str, object]) -> None:
    """Later values win where they say something; empty cells keep what is there."""
    for name, value in data.items():
        if value not in ("", None) or name not in target:
            target[name] = value


def _organisation_id(session: Session, row: ImportRow, ids: dict[str, int | None],
                     report: ImportReport) -> int | None:
    """The id of the row's organisation (`ids`: by organisation key, filled as they are
    found or created)."""
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


def _insert(session: Session, event_id: int, rows: list[dict[str, object]],
            category: str) -> list[tuple[str, int]]:
    """Insert the people an import adds: the one place they enter the database. Returns
    (code, id) of each, in the order `_ids_of_codes` reads them.

    Complete rows: every row has the same columns (the model's defaults, the derived sort
    key and search text, the version and times filled in here), written without per-row
    default processing, and without the engine's cleaning (`db.executemany`, `clean=False`)
    because every cell was cleaned as it was read (`_text`). `category`: the event's
    default, for rows that name none."""
    now = utcnow()
    defaults = {"category": category, **_DEFAULTS}
    # The columns the import's loop does not fill (`_run_import`: every row has the same
    # keys, `_PERSON_FIELDS`, organisation_id and code), in the order they follow them.
    fixed: dict[str, object] = {"event_id": event_id, "version": 1, "created_at": now,
                                "updated_at": now, "checked_in_at": None,
                                "badge_printed_at": None}
    for data in rows:
        for name, default in defaults.items():
            if data[name] is None:
                data[name] = default
        data.update(fixed)
        given, family = str(data["given_name"]), str(data["family_name"])
        data["sort_key"] = names.sort_key(given, family)
        data["search_text"] = search_text(given, family, str(data["email"]), str(data["code"]))
    # One driver executemany of tuples per 5,000 rows (`db.executemany`; the values are
    # clean already, see `_text`), then the audit trail's entries for them, the ones its
    # `Session.execute` hook made when this INSERT ran through the session, written by the
    # same code (`audit.record_inserted`) with the ids read back here once for both.
    from confdesk.team.audit import record_inserted

    connection = session.connection()
    found: list[tuple[str, int]] = []
    for start in range(0, len(rows), 5000):
        chunk = rows[start:start + 5000]
        insert_rows(connection, _TABLE, chunk, clean=False)
        pairs = _ids_of_codes(session, [str(d["code"]) for d in chunk])
        record_inserted(session, Participant, chunk, dict(pairs))
        found += pairs
    return found


# ---------------------------------------------------------------------------- undo


def remove_imported(session: Session, added_ids: list[int]) -> list[dict[str, Any]]:
    """Undo of an import: delete the people it added, read in bulk first (thousands take
    seconds, not minutes); returns their snapshots, with any programme roles, for a redo."""
    held: list[Participant] = []  # the identity map holds objects weakly: keep them here
    for start in range(0, len(added_ids), BATCH):
        held += session.scalars(
            select(Participant).where(Participant.id.in_(added_ids[start:start + BATCH]))
            .options(selectinload(Participant.session_roles))).all()
    return consequences.delete_participants(session, added_ids)


def restore_imported(session: Session, snapshots: list[dict[str, Any]]) -> None:
    """Redo of an import: put back the people `remove_imported` deleted, with their ids;
    those without programme roles in one bulk INSERT."""
    plain = [s for s in snapshots if not any(s.get(k) for k in LINK_KEYS)]
    session.add_all([Participant(**{k: v for k, v in s.items() if k not in LINK_KEYS})
                     for s in plain])
    session.flush()
    consequences.restore_participants(
        session, [s for s in snapshots if any(s.get(k) for k in LINK_KEYS)])
