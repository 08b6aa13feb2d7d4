"""The participant list as a spreadsheet (XLSX) or CSV: one row per person, every field.

CSV is written in UTF-8 with a byte-order mark: Excel opens a CSV without one as the
Windows code page and mangles every accent and non-Latin name, while LibreOffice, Numbers,
Python (`utf-8-sig`) and confdesk's own import skip the mark. Cells that would run as
formulas are neutralised in both formats (see `xlsx_common`): text cells with Excel's quote
prefix in XLSX, a leading apostrophe in CSV.
"""

from __future__ import annotations

import csv
import io
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
            chunk = rows[start:start + _CHUNK]
            lines = _csv_lines(chunk)
            if lines is None:  # something to clean, neutralise or convert: row by row
                writer.writerows(_csv_rows(chunk, language))
            else:
                f.write(lines)
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


#: Rows whose cells `_csv_lines` makes, checks and joins together.
_CHUNK = 1000
#: The fields `values` shows, in its order.
_VALUE_NAMES = (
    "code", "honorific", "given_name", "family_name", "organisation_name",
    "organisation_kind", "country_name", "function", "delegation_role", "category", "status",
    "email", "phone", "dietary_needs", "access_needs", "notes", "checked_in_at",
    "badge_printed_at", "family_name_first", "do_not_publish")
#: Where each of them is in a row (a tuple).
_VALUE_FIELDS = tuple(map(ParticipantRow._fields.index, _VALUE_NAMES))
#: What `values` shows of a kind of organisation (none: empty) and of a flag.
_KIND_CODE: dict[StrEnum | None, str] = {None: "",
                                         **{k: _CODE[k] for k in OrganisationKind}}
_YES: dict[object, str] = {True: "yes", False: ""}
#: The cells `values` converts by a lookup: (their place among its cells, the lookup).
_LOOKUPS: tuple[tuple[int, dict[Any, str]], ...] = tuple(
    (_VALUE_NAMES.index(name), lookup) for name, lookup in (
        ("organisation_kind", _KIND_CODE), ("delegation_role", _CODE), ("status", _CODE),
        ("family_name_first", _YES), ("do_not_publish", _YES)))
#: The cells nearly every person has their own (code, e-mail, phone, notes): checked as
#: they are, where the others are checked once per distinct value.
_OWN_CELLS = frozenset(map(_VALUE_NAMES.index, ("code", "email", "phone", "notes")))
#: What makes the csv module quote a cell (the "excel" dialect: the delimiter, the quote
#: character, the characters of the line terminator); those last two are not printable,
#: and a row holding them is written by the csv module itself (`_csv_rows`).
_QUOTED = re.compile('[,"\r\n]')


def _csv_lines(rows: Sequence[ParticipantRow]) -> str | None:
    """The lines of the file for some rows, as the csv module writes the cells `_csv_rows`
    makes of them; None when a row needs the row-by-row rule (a cell to clean, to neutralise
    or that is not text), which the caller then writes through the csv module.

    The cells of `values` are made column by column (each through a lookup run by `map`, in
    C) and checked together as `_csv_rows` checks a row: joined, each after a comma, they
    must be printable and hold no comma followed by a formula's first character. A value
    many rows share (an organisation, a country, a category, a function) is checked once.
    Each line is then its cells joined by commas, which is what the csv module writes for
    cells holding no comma, quote or line break; a cell holding one is quoted by the csv
    module itself (`_Quoted`), once per distinct value. Joining the lines in C, and writing
    them with one call, is a third of what the csv module took to write them row by row
    (it scans and copies every character of every cell)."""
    if not rows:
        return ""
    try:
        columns: list[Sequence[Any]] = list(map(list(zip(*rows, strict=True)).__getitem__,
                                                _VALUE_FIELDS))
        for i, lookup in _LOOKUPS:
            columns[i] = list(map(lookup.__getitem__, columns[i]))
        for i in _TIMES:
            columns[i] = _times(columns[i])
        cells = [column if i in _OWN_CELLS else set(column) for i, column in enumerate(columns)]
        line = "," + ",".join(chain.from_iterable(cells))
    except (KeyError, TypeError, ValueError):  # a value `values` shows otherwise
        return None
    if not line.isprintable() or _FORMULA_AFTER_COMMA.search(line):
        return None
    if '"' in line or line.count(",") != sum(map(len, cells)):  # a cell the csv module quotes
        quoted = _Quoted()
        for i, column in enumerate(columns):
            if _QUOTED.search("".join(cells[i])):
                columns[i] = list(map(quoted.__getitem__, column))
    return "\r\n".join(map(",".join, zip(*columns, strict=True))) + "\r\n"


class _Quoted(dict[str, str]):
    """A cell as it stands between the commas of a line: as it is, or, when it holds a comma
    or a quote, as the csv module writes it alone on a line (quoted, its quotes doubled);
    once per distinct value."""

    def __missing__(self, cell: str) -> str:
        if _QUOTED.search(cell):
            buffer = io.StringIO()
            csv.writer(buffer).writerow((cell,))
            field = buffer.getvalue().removesuffix("\r\n")
        else:
            field = cell
        self[cell] = field
        return field


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
