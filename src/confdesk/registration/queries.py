"""Participant rows for tables and lists: one SELECT of columns, filtered and sorted in Python.

At 20,000 participants, loading plain tuples takes a few tens of milliseconds and a search
over the cached rows about as long, which keeps search-as-you-type fluid (see FACTS: a Qt
proxy model over the same rows is one to three orders of magnitude slower).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache, partial
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from confdesk import collector
from confdesk.db.reader import Reader, SessionReader, as_bool
from confdesk.editions import honorific as edition_honorific
from confdesk.registration import names
from confdesk.registration.kinds import DelegationRole, OrganisationKind, Status
from confdesk.registration.states import country_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

STATE_KINDS = frozenset({OrganisationKind.STATE, OrganisationKind.OBSERVER_STATE})


class _Lazy:
    """A value of a row computed when first read, then kept in the row's own dictionary,
    which answers every later read (in C: this is a non-data descriptor)."""

    def __init__(self, build: Callable[[ParticipantRow], str]) -> None:
        self.build = build
        self.name = build.__name__
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, row: None, owner: type | None = None) -> _Lazy: ...
    @overload
    def __get__(self, row: ParticipantRow, owner: type | None = None) -> str: ...

    def __get__(self, row: ParticipantRow | None, owner: type | None = None) -> str | _Lazy:
        if row is None:
            return self
        value = row.__dict__[self.name] = self.build(row)
        return value


class _RowFields(NamedTuple):
    id: int
    version: int
    code: str
    honorific: str
    given_name: str
    family_name: str
    family_name_first: bool
    #: The honorific as `display_name` prints it, in the rows' language ("S. E. M.").
    shown_honorific: str
    sort_key: str
    organisation_id: int | None
    organisation_name: str
    organisation_acronym: str
    organisation_kind: OrganisationKind | None
    country_code: str | None
    country_name: str
    delegation_role: DelegationRole
    #: Code of the person's category (see `category_name`).
    category: str
    status: Status
    function: str
    email: str
    phone: str
    dietary_needs: str
    access_needs: str
    notes: str
    checked_in_at: datetime | None
    badge_printed_at: datetime | None
    #: The person declined to appear in the published list.
    do_not_publish: bool
    #: The category's name in the rows' language, its place in the event's order, its badge
    #: colour and whether it appears in the published list.
    category_name: str = ""
    category_rank: int = 0
    category_colour: str = "#1F4E79"
    category_published: bool = True
    #: What `haystack` is made of: the stored search text (folded names, e-mail and code;
    #: None: a row read without it, whose haystack is empty) and the folded names of the
    #: organisation and the country, in both languages (one string shared by their rows).
    search_text: str | None = None
    place_text: str = ""


class ParticipantRow(_RowFields):
    """One participant as a table, a list or an export shows it (plain data, no ORM).

    An immutable tuple with named fields (`_replace` gives a changed copy): `load_rows`
    builds 100,000 of them without running Python code per row (`tuple.__new__` over the
    columns), where a class with slots ran its `__init__` for each (a third of building the
    rows). `haystack`, `display_name` and `list_name` are built when first read and kept in
    the row: a list of 100,000 people shows a few dozen names before the user scrolls,
    searches or exports, and searches nothing at start.
    """

    @_Lazy
    def haystack(self) -> str:
        """Folded names, e-mail, code, organisation, country (both languages) and function:
        the text a search matches (empty for a row read without its search text)."""
        if self.search_text is None:
            return ""
        function = self.function
        return f"{self.search_text} {self.place_text} {_folded(function) if function else ''}"

    @_Lazy
    def display_name(self) -> str:
        """The name as printed, with the honorific: "H.E. Mr Didier Reynders"."""
        return names.display_name(self.given_name, self.family_name,
                                  family_first=self.family_name_first,
                                  honorific=self.shown_honorific)

    @_Lazy
    def list_name(self) -> str:
        """The name as in an alphabetical list: "REYNDERS, Didier"."""
        return names.list_name(self.given_name, self.family_name,
                               family_first=self.family_name_first)

    @property
    def plain_name(self) -> str:
        """The name without honorific, in the person's order."""
        return names.display_name(
            self.given_name, self.family_name, family_first=self.family_name_first
        )


#: A row from its fields in order, made in C (no Python code runs per row).
_new_row: Callable[[Iterable[Any]], ParticipantRow] = partial(tuple.__new__, ParticipantRow)


@dataclass(frozen=True, slots=True)
class ParticipantFilter:
    """What the user restricts the table to; empty sets mean "any"."""

    text: str = ""
    #: Category codes.
    categories: frozenset[str] = frozenset()
    statuses: frozenset[Status] = frozenset()
    organisation_kinds: frozenset[OrganisationKind] = frozenset()
    #: One delegation only (an organisation id).
    organisation_id: int | None = None

    @property
    def words(self) -> tuple[str, ...]:
        """The folded words of the search text."""
        return tuple(names.fold(self.text).split())

    def matches(self, row: ParticipantRow, words: tuple[str, ...] | None = None) -> bool:
        """True when the row passes every criterion (all words must occur, in any order)."""
        if self.categories and row.category not in self.categories:
            return False
        if self.statuses and row.status not in self.statuses:
            return False
        if self.organisation_kinds and row.organisation_kind not in self.organisation_kinds:
            return False
        if self.organisation_id is not None and row.organisation_id != self.organisation_id:
            return False
        hay = row.haystack  # built on the row's first search, then read from the row in C
        return all(w in hay for w in (self.words if words is None else words))


#: The columns `load_rows` reads, in the order `ParticipantRow` is built from them.
_COLUMNS = (
    "id", "version", "code", "honorific", "given_name", "family_name", "family_name_first",
    "sort_key", "organisation_id", "country_code", "delegation_role", "category", "status",
    "function", "email", "phone", "dietary_needs", "access_needs", "notes", "checked_in_at",
    "badge_printed_at", "search_text", "do_not_publish",
)
_SELECT_ROWS = f"SELECT {', '.join(_COLUMNS)} FROM participant WHERE event_id = ?"
_SELECT_UNSEARCHABLE = _SELECT_ROWS.replace("search_text", "''", 1)
_SELECT_ORGANISATIONS = (
    "SELECT id, name_en, name_fr, acronym, kind, country_code FROM organisation "
    "WHERE id IN (SELECT organisation_id FROM participant WHERE {where})")
#: The organisations of an event's people: each organisation looked up in the participants'
#: index by organisation (the `+` keeps SQLite from walking the whole event's people for
#: each organisation instead); at 100,000 people 1 ms where `id IN (...)` read every
#: participant row (30 ms).
_SELECT_EVENT_ORGANISATIONS = (
    "SELECT id, name_en, name_fr, acronym, kind, country_code FROM organisation o "
    "WHERE EXISTS (SELECT 1 FROM participant p WHERE p.organisation_id = o.id "
    "AND +p.event_id = ?)")
_SELECT_CATEGORIES = (
    "SELECT code, name_en, name_fr, colour, in_published_list FROM participant_category "
    "WHERE event_id = ? ORDER BY position, id")


@dataclass(frozen=True, slots=True)
class _OrgInfo:
    name: str
    acronym: str
    kind: OrganisationKind
    country_code: str | None
    folded: str


def _organisations(reader: Reader, statement: str, params: Sequence[Any],
                   language: str, searchable: bool) -> dict[int, _OrgInfo]:
    """What rows show of the organisations `statement` selects (their folded names only
    for rows to search: folding the names of 200 States is most of a small export's rows)."""
    result: dict[int, _OrgInfo] = {}
    for oid, name_en, name_fr, acronym, kind, code in reader.rows(statement, params):
        kind = _KIND_OF[kind]
        state = kind in STATE_KINDS and code
        if state:
            name = country_name(code, language)
        else:
            name = (name_fr or name_en) if language == "fr" else name_en
        folded = ""
        if searchable:
            both = f"{country_name(code, 'en')} {country_name(code, 'fr')}" if state else ""
            folded = names.fold(f"{name_en} {name_fr} {acronym} {both}")
        result[oid] = _OrgInfo(name, acronym, kind, code, folded)
    return result


def _categories(reader: Reader, event_id: int, language: str
                ) -> dict[str, tuple[str, int, str, bool]]:
    """Per category code of the event: its name in `language`, its rank in the event's
    order, its badge colour and whether it appears in the published list."""
    return {code: (((fr or en) if language == "fr" else en), rank, colour, as_bool(published))
            for rank, (code, en, fr, colour, published) in enumerate(
                reader.rows(_SELECT_CATEGORIES, (event_id,)))}


#: Rows read from the driver at a time: the driver's tuples of one batch at most are alive
#: beside the rows built from them (at 100,000 people, tens of megabytes less at the peak).
_BATCH = 2000


def load_rows(
    reader: Reader, event_id: int, *, language: str = "en", ids: Iterable[int] | None = None,
    searchable: bool = True,
) -> list[ParticipantRow]:
    """Rows of an event's participants (or of the given ids), in alphabetical order; names of
    States, organisations and the honorifics of `display_name` in `language`. A row's
    `haystack` is joined on its first search; without `searchable` it stays empty and no
    organisation or country name is folded (an export that searches no text).

    One SELECT in plain SQL (`confdesk.db.reader`: through a session, any database, or
    sqlite3 on a SQLite file) whose rows come as the driver gives them, read in batches and
    converted column by column (`map` over lookups, in C; no Python code runs per row); the
    displayed names are made when first read. At 100,000 people this is most of start-up;
    the collector is paused meanwhile (the rows hold no cycles)."""
    where, params = "event_id = ?", [event_id]
    if ids is not None:
        wanted = list(ids)
        if not wanted:
            return []
        where = f"id IN ({', '.join('?' * len(wanted))})"
        params = wanted
    orgs = _organisations(
        reader, _SELECT_ORGANISATIONS.format(where=where) if ids is not None
        else _SELECT_EVENT_ORGANISATIONS, params, language, searchable)
    cats = _categories(reader, event_id, language)
    statement, arguments = _SELECT_ROWS if searchable else _SELECT_UNSEARCHABLE, [event_id]
    if ids is not None:
        statement += f" AND {where}"
        arguments += params
    statement += " ORDER BY sort_key, id"
    countries: dict[str | None, tuple[str, str]] = {}

    class Places(dict[tuple[Any, Any], tuple[Any, ...]]):
        """Per (organisation, stored country code): what a row shows of its delegation and
        country, and their folded names for search; computed once per pair."""

        def __missing__(self, key: tuple[Any, Any]) -> tuple[Any, ...]:
            org_id, code = key
            o_name, o_acronym, o_kind, o_folded, o_state, o_country = (
                shown.get(org_id, no_org) if org_id else no_org)
            if o_state or (not code and o_country):
                code = o_state or o_country  # a State's own; another body's if none
            country = countries.get(code)
            if country is None:
                country = countries[code] = (
                    country_name(code, language),
                    names.fold(f"{country_name(code, 'en')} {country_name(code, 'fr')}")
                    if searchable else "",
                )
            place = self[key] = (o_name, o_acronym, o_kind, code, country[0],
                                 f"{o_folded} {country[1]}" if searchable else "")
            return place

    class Honorifics(dict[str, str]):
        """The honorific as printed in French ("S. E. M."), once per stored one."""

        def __missing__(self, honorific: str) -> str:
            printed = self[honorific] = (
                edition_honorific(honorific, language) if honorific else honorific)
            return printed

    class Categories(dict[str, tuple[Any, ...]]):
        """Per category code as stored: the code (one string for every row), then what
        rows show of the category."""

        def __missing__(self, category: str) -> tuple[Any, ...]:
            known = self[category] = (category, *(cats.get(category) or (
                category, len(cats), "#1F4E79", True)))
            return known

    #: Per organisation: what the row shows of it, and the country it gives its people
    #: (a State's own; another body's when the person has none).
    shown = {oid: (org.name, org.acronym, org.kind, org.folded,
                   org.country_code if org.kind in STATE_KINDS else None,
                   org.country_code)
             for oid, org in orgs.items()}
    no_org = ("", "", None, "", None, None)
    place_of = Places().__getitem__
    printed_of = Honorifics().__getitem__ if language == "fr" else None
    category_of = Categories().__getitem__
    status_of, role_of = _STATUS_OF.__getitem__, _ROLE_OF.__getitem__
    # One string for every row with the same value: many share a given or family name, a
    # dietary or access need (megabytes at 100,000); countries are shared by `Places`.
    shared: dict[Any, Any] = {}
    share = shared.setdefault
    rows: list[ParticipantRow] = []
    with collector.paused():
        for batch in reader.batches(statement, arguments, _BATCH):
            # Column by column, each through a lookup or a conversion run by `map` (in C);
            # the rows made by `tuple.__new__` over the columns: no Python code per row.
            (pid, version, p_code, honorific, given, family, family_first, sort_key,
             org_id, code, role, category, status, function, email, phone, dietary,
             access, notes, checked_in_at, badge_printed_at, search_text,
             do_not_publish) = zip(*batch, strict=True)
            o_name, o_acronym, o_kind, code, c_name, place = zip(
                *map(place_of, zip(org_id, code, strict=True)), strict=True)
            c_code, c_name_shown, c_rank, c_colour, c_published = zip(
                *map(category_of, category), strict=True)
            rows.extend(map(_new_row, zip(
                pid, version, p_code, honorific, map(share, given, given),
                map(share, family, family), map(bool, family_first),
                honorific if printed_of is None else map(printed_of, honorific), sort_key,
                org_id, o_name, o_acronym, o_kind, code, c_name, map(role_of, role), c_code,
                map(status_of, status), function, email, phone, map(share, dietary, dietary),
                map(share, access, access), notes, _moments(checked_in_at),
                _moments(badge_printed_at), map(bool, do_not_publish), c_name_shown, c_rank,
                c_colour, c_published, search_text if searchable else (None,) * len(pid),
                place, strict=True,
            )))
    return rows


def _moments(values: tuple[Any, ...]) -> Sequence[datetime | None]:
    """A column of stored times as datetimes (`_moment`); a column of nothing as it is."""
    if values.count(None) == len(values):  # nobody checked in or printed yet: in C
        return values
    return [None if value is None else _moment(value) for value in values]


_STATUS_OF = {s.value: s for s in Status}
_ROLE_OF = {r.value: r for r in DelegationRole}
_KIND_OF = {k.value: k for k in OrganisationKind}


def _moment(value: datetime | str | None) -> datetime | None:
    """A stored time as the driver gives it (SQLite: ISO text) as a datetime."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


@lru_cache(maxsize=65536)
def _folded(text: str) -> str:
    """`names.fold` remembered: organisations, countries and functions repeat a lot."""
    return names.fold(text)


_STATUS_RANK = {s: i for i, s in enumerate(Status)}
_ROLE_RANK = {r: i for i, r in enumerate(DelegationRole)}


#: Sort keys per column name; text columns ignore case and accents, empty values sort last.
#: (The name's key is read in C: it sorts every row at each load.)
_BY_NAME = attrgetter("sort_key", "id")
SORT_KEYS: dict[str, Callable[[ParticipantRow], Any]] = {
    "name": _BY_NAME,
    "display_name": _BY_NAME,
    "list_name": _BY_NAME,
    "organisation": lambda row: (not row.organisation_name, _folded(row.organisation_name)),
    "country": lambda row: (not row.country_name, _folded(row.country_name)),
    "category": lambda row: (row.category_rank, row.category),
    "status": lambda row: _STATUS_RANK[row.status],
    "delegation_role": lambda row: _ROLE_RANK[row.delegation_role],
    "function": lambda row: (not row.function, _folded(row.function)),
    "email": lambda row: (not row.email, row.email.casefold()),
    "code": attrgetter("code"),
    "phone": lambda row: (not row.phone, row.phone),
    "checked_in_at": lambda row: (row.checked_in_at is None, row.checked_in_at or datetime.min),
    "badge_printed_at": lambda row: (row.badge_printed_at is None,
                                     row.badge_printed_at or datetime.min),
}


def sort_rows(rows: list[ParticipantRow], column: str = "name", *,
              descending: bool = False, name_ordered: bool = False) -> list[ParticipantRow]:
    """A new list sorted on one column, ties broken by name (stable).

    `name_ordered`: the rows come already sorted by name, so that first sort is skipped.
    """
    if column not in SORT_KEYS:
        raise ValueError(f"cannot sort on {column!r}; choose one of {', '.join(SORT_KEYS)}")
    by_name = list(rows) if name_ordered else sorted(rows, key=SORT_KEYS["name"])
    if column in ("name", "display_name", "list_name"):
        return by_name[::-1] if descending else by_name
    return sorted(by_name, key=SORT_KEYS[column], reverse=descending)


def search(rows: Iterable[ParticipantRow], flt: ParticipantFilter) -> list[ParticipantRow]:
    """The rows passing a filter, in their given order."""
    words = flt.words
    if not (words or flt.categories or flt.statuses or flt.organisation_kinds
            or flt.organisation_id is not None):
        return list(rows)
    return [row for row in rows if flt.matches(row, words)]


class ParticipantRowStore:
    """The Qt-free state behind a participants table: load once, filter and sort in Python.

    A GUI model wraps it: after `set_filter`/`set_sort` it resets itself from `visible`; after
    an edit it calls `refresh` with the ids concerned and updates those rows only.
    """

    def __init__(self, event_id: int, *, language: str = "en") -> None:
        self.event_id = event_id
        self.language = language
        self.filter = ParticipantFilter()
        self.sort_column = "name"
        self.descending = False
        #: Every row by id, kept in name order (`load` and `refresh` see to it).
        self._rows: dict[int, ParticipantRow] = {}
        self._sorted: list[ParticipantRow] = []
        self.visible: list[ParticipantRow] = []

    def load(self, session: Session) -> None:
        """(Re)read every row of the event."""
        self.load_from(SessionReader(session))

    def load_from(self, reader: Reader) -> None:
        """(Re)read every row of the event through `reader` (the window's first paint reads
        them with sqlite3, before the database is open: ui/opening.py)."""
        rows = load_rows(reader, self.event_id, language=self.language)
        if reader.dialect != "sqlite":
            # SQLite orders text by code point as Python does (the rows come sorted); a
            # server orders by its collation. (At 100,000 rows, the sort's keys alone
            # would be a few megabytes at the peak of start-up.)
            rows = sort_rows(rows)
        self._rows = {r.id: r for r in rows}
        self._resort()

    @property
    def total(self) -> int:
        """How many participants the event has (before filtering)."""
        return len(self._rows)

    def get(self, participant_id: int) -> ParticipantRow | None:
        """The row of one participant, or None."""
        return self._rows.get(participant_id)

    def set_filter(self, flt: ParticipantFilter) -> list[ParticipantRow]:
        """Apply a filter; returns the visible rows."""
        self.filter = flt
        self.visible = search(self._sorted, flt)
        return self.visible

    def set_sort(self, column: str, descending: bool = False) -> list[ParticipantRow]:
        """Sort on a column (see SORT_KEYS); returns the visible rows."""
        self.sort_column, self.descending = column, descending
        self._resort()
        return self.visible

    def refresh(self, session: Session, ids: Iterable[int]) -> dict[int, int]:
        """Re-read some rows after an edit (deleted ones drop out); returns their new indexes
        in `visible` (-1 when filtered out). The order is kept until the next sort or filter,
        so a row does not jump away from under the user's cursor; a new row is put in its
        place in the sort order."""
        wanted = set(ids)
        fresh = {r.id: r for r in load_rows(SessionReader(session), self.event_id,
                                             language=self.language, ids=wanted)}
        for pid in wanted:
            if pid in fresh:
                self._rows[pid] = fresh[pid]
            else:
                self._rows.pop(pid, None)
        shown = {r.id for r in self.visible}
        new_ids = [pid for pid in fresh if pid not in shown]
        words = self.filter.words
        kept: list[ParticipantRow] = []
        for row in self.visible:
            if row.id in wanted:
                if row.id in fresh and self.filter.matches(fresh[row.id], words):
                    kept.append(fresh[row.id])
            else:
                kept.append(row)
        by_name = sort_rows(list(self._rows.values()))  # new rows and renames move
        self._rows = {r.id: r for r in by_name}
        self._sorted = sort_rows(by_name, self.sort_column, descending=self.descending,
                                 name_ordered=True)
        # A new row takes its place in the sort order (before the first row shown that sorts
        # after it), not the bottom of the list; rows already shown stay where they are.
        rank = {r.id: i for i, r in enumerate(self._sorted)}
        for pid in sorted(new_ids, key=rank.__getitem__):
            if self.filter.matches(fresh[pid], words):
                place = next((i for i, row in enumerate(kept)
                              if rank.get(row.id, -1) > rank[pid]), len(kept))
                kept.insert(place, fresh[pid])
        self.visible = kept
        index = {r.id: i for i, r in enumerate(self.visible)}
        return {pid: index.get(pid, -1) for pid in wanted}

    def _resort(self) -> None:
        # `load` and `refresh` keep `_rows` in name order, so one sort is enough here.
        self._sorted = sort_rows(list(self._rows.values()), self.sort_column,
                                 descending=self.descending, name_ordered=True)
        self.visible = search(self._sorted, self.filter)
