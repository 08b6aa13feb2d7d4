"""The participant list as a spreadsheet (XLSX) or CSV: one row per person, every field.

CSV is written in UTF-8 with a byte-order mark: Excel opens a CSV without one as the
Windows code page and mangles every accent and non-Latin name, while LibreOffice, Numbers,
Python (`utf-8-sig`) and confdesk's own import skip the mark. Cells that would run as
formulas are neutralised in both formats (see `xlsx_common`): text cells with Excel's quote
prefix in XLSX, a leading apostrophe in CSV.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import Any

from confdesk.exports.files import atomic_path
from confdesk.exports.formulas import FORMULA_STARTS
from confdesk.registration.kinds import DelegationRole, OrganisationKind, Status
from confdesk.registration.queries import ParticipantRow
from confdesk.text import clean_text

_HEADINGS = {
    "en": ("Code", "Honorific", "Given name", "Family name", "Organisation",
           "Kind of organisation", "Country", "Function", "Delegation role", "Category",
           "Status", "E-mail", "Phone", "Dietary needs", "Access needs", "Notes",
           "Checked in at (UTC)", "Badge printed at (UTC)", "Family name first",
           "Do not publish"),
    "fr": ("Code", "Civilité", "Prénom", "Nom", "Organisation", "Type d'organisation", "Pays",
           "Fonction", "Rôle dans la délégation", "Catégorie", "Statut", "Courriel",
           "Téléphone", "Régime", "Accessibilité", "Remarques", "Arrivée (UTC)",
           "Badge imprimé (UTC)", "Nom en premier", "Ne pas publier"),
}


def headings(language: str = "en") -> tuple[str, ...]:
    """Column headings in a language (English by default)."""
    return _HEADINGS.get(language, _HEADINGS["en"])


def _text(value: object) -> object:
    """CSV has no dates: times as "2014-03-31 08:15"."""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return "" if value is None else value


def values(row: ParticipantRow, language: str = "en") -> list[object]:
    """A participant's cells in the order of `headings` (codes of enumerations and of the
    category, as imported; times as datetimes, which the workbook shows as dates). The
    honorific stays as stored, so that the file imports back unchanged; `language` is for the
    callers' symmetry."""
    del language
    kind = row.organisation_kind
    return [
        row.code, row.honorific, row.given_name, row.family_name, row.organisation_name,
        _CODE[kind] if kind else "", row.country_name,
        row.function, _CODE[row.delegation_role], row.category, _CODE[row.status],
        row.email, row.phone, row.dietary_needs, row.access_needs, row.notes,
        row.checked_in_at, row.badge_printed_at,
        "yes" if row.family_name_first else "", "yes" if row.do_not_publish else "",
    ]


def write_xlsx(path: Path, rows: Sequence[ParticipantRow], *, language: str = "en",
               progress: Callable[[int, int], None] | None = None) -> int:
    """The list as a workbook with a styled, frozen, filtered header; returns rows written."""
    from confdesk.exports.xlsx_common import widths_for, write_table  # openpyxl: XLSX only

    heads = headings(language)
    total = len(rows)

    def cells() -> Iterator[list[object]]:
        """The rows' cells, reporting progress every 1,000 rows."""
        for i, row in enumerate(rows, 1):
            if progress is not None and i % 1000 == 0:
                progress(i, total)
            yield values(row, language)

    widths = widths_for(heads, (values(r, language) for r in rows[:200]))
    title = "Participants"  # the sheet's name: the same word in English and French
    count = write_table(Path(path), title, heads, cells(), widths=widths)
    if progress is not None:
        progress(total, total)
    return count


def write_csv(path: Path, rows: Sequence[ParticipantRow], *, language: str = "en") -> int:
    """The list as a UTF-8 CSV (with BOM, comma-separated); returns rows written."""
    # The mark written by hand, the text as plain UTF-8: Python encodes that in C, where
    # "utf-8-sig" calls a Python encoder for every row written.
    with atomic_path(Path(path)) as target, target.open("w", encoding="utf-8",
                                                         newline="") as f:
        f.write("\ufeff")
        writer = csv.writer(f)
        writer.writerow(headings(language))
        for start in range(0, len(rows), _CHUNK):
            writer.writerows(_csv_chunk(rows[start:start + _CHUNK], language))
    return len(rows)


#: The stored code of each member of the enumerations `values` shows: a dict lookup, where
#: `member.value` is a call of Python code (0.3 s per 100,000 rows).
_CODE: dict[StrEnum, str] = {member: member.value for kind in (OrganisationKind,
                                                                DelegationRole, Status)
                             for member in kind}

#: A cell that starts like a formula, as it appears inside a row joined with commas.
_FORMULA_AFTER_COMMA = re.compile("|".join(re.escape("," + start) for start in FORMULA_STARTS))
#: The cells of `values` that hold times (or None); the others hold text.
_TIMES = (_HEADINGS["en"].index("Checked in at (UTC)"),
          _HEADINGS["en"].index("Badge printed at (UTC)"))


#: Rows whose cells `_csv_chunk` makes and checks together.
_CHUNK = 1000
#: The fields `values` shows, in its order (an index into a row, a tuple).
_VALUE_FIELDS = tuple(ParticipantRow._fields.index(name) for name in (
    "code", "honorific", "given_name", "family_name", "organisation_name",
    "organisation_kind", "country_name", "function", "delegation_role", "category", "status",
    "email", "phone", "dietary_needs", "access_needs", "notes", "checked_in_at",
    "badge_printed_at", "family_name_first", "do_not_publish"))
#: What `values` shows of a kind of organisation (none: empty) and of a flag.
_KIND_CODE: dict[StrEnum | None, str] = {None: "",
                                         **{k: _CODE[k] for k in OrganisationKind}}
_YES: dict[object, str] = {True: "yes", False: ""}


def _csv_chunk(rows: Sequence[ParticipantRow], language: str) -> Iterable[Sequence[Any]]:
    """The cells of some rows as CSV writes them: those of `values`, made column by column
    (each through a lookup run by `map`, in C) and checked together as `_csv_rows` checks a
    row: the cells joined, each after a comma, printable and with no comma followed by a
    formula's first character. A value many rows share (an organisation, a country, a
    category, a function) is checked once. Rows holding anything else (a cell to clean or
    neutralise, something not text) are done a row at a time by `_csv_rows`, which gives
    each such cell `_csv_cell`'s form."""
    try:
        (code, honorific, given, family, organisation, kind, country, function, role,
         category, status, email, phone, dietary, access, notes, checked_in, printed,
         family_first, unpublished) = map(list(zip(*rows, strict=True)).__getitem__,
                                          _VALUE_FIELDS)
        kinds = list(map(_KIND_CODE.__getitem__, kind))
        roles, statuses = list(map(_CODE.__getitem__, role)), list(map(_CODE.__getitem__, status))
        checked, badged = _times(checked_in), _times(printed)
        firsts = list(map(_YES.__getitem__, family_first))
        hidden = list(map(_YES.__getitem__, unpublished))
        line = "," + ",".join(chain(code, email, phone, notes, *map(set, (
            honorific, given, family, organisation, kinds, country, function, roles, category,
            statuses, dietary, access, checked, badged, firsts, hidden))))
    except (KeyError, TypeError, ValueError):  # a value `values` shows otherwise; no rows
        return _csv_rows(rows, language)
    if not line.isprintable() or _FORMULA_AFTER_COMMA.search(line):
        return _csv_rows(rows, language)
    return zip(code, honorific, given, family, organisation, kinds, country, function, roles,
               category, statuses, email, phone, dietary, access, notes, checked, badged,
               firsts, hidden, strict=True)


def _times(column: Sequence[datetime | None]) -> Sequence[str]:
    """A column of times as `_text` writes them; a column of nothing as empty cells."""
    if column.count(None) == len(column):  # nobody checked in or printed yet: in C
        return ("",) * len(column)
    return [_text(value) for value in column]  # type: ignore[misc]


def _csv_rows(rows: Iterable[ParticipantRow], language: str) -> Iterator[list[Any]]:
    """The rows' cells as CSV writes them (`_csv_cell`), checked a row at a time: a row whose
    cells, joined, are printable and hold no comma followed by a formula's first character
    needs nothing done to any cell (a row that does, rarely, is done cell by cell)."""
    formula = _FORMULA_AFTER_COMMA.search
    first, second = _TIMES
    for row in rows:
        cells: list[Any] = values(row, language)
        cells[first], cells[second] = _text(cells[first]), _text(cells[second])
        try:
            line = "," + ",".join(cells)
        except TypeError:  # a cell that is not text
            line = "\0"
        if line.isprintable() and not formula(line):
            yield cells
        else:
            yield [_csv_cell(v) for v in cells]


def _csv_cell(value: object) -> object:
    """A cell as CSV writes it: clean text, neutralised if a spreadsheet would run it as a
    formula (`formulas.neutralise`); times as text (`_text`); one call per cell."""
    if type(value) is str:
        if value and not value.isprintable():
            value = clean_text(value)
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    return "" if value is None else _text(value)
