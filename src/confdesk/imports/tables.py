"""Read a spreadsheet (XLSX, XLS, ODS or CSV) into rows of clean text cells.

XLSX is read with python-calamine, 13× faster than openpyxl: it gives the values Excel saved
(a formula gives its result), whole numbers as floats, empty cells as '', dates as `date`.
Cells come back as text exactly as a person reads them: 12.0 → "12", a date → "2014-03-31";
a text that starts with "=" stays text (and in CSV, the apostrophe that spreadsheet
exports put before such text is taken off: "'=1+2" reads "=1+2"). A value merged over
several rows or columns is repeated in every cell of the merge, so an organisation merged
down a block of people reaches each of them.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from confdesk.db.errors import UserError

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


class UnreadableFileError(UserError):
    """The file is not a spreadsheet confdesk can read, or it cannot be opened."""


@dataclass(frozen=True)
class Table:
    """One sheet's cells as text; `sheet_names` lists the file's sheets (one for CSV)."""

    rows: list[list[str]]
    sheet: str
    sheet_names: list[str]


def cell_text(value: Any) -> str:
    """A cell as text: no float noise, ISO dates, everything else as given."""
    if type(value) is str:  # most cells: answered before the other checks
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook (a CSV has one, named after the file)."""
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        return [path.stem]
    from python_calamine import CalamineWorkbook

    try:
        return list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception as exc:  # calamine raises its own errors for any broken file
        raise UnreadableFileError(f"Cannot read {path.name}: {exc}") from exc


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The cells of one sheet (the first when `sheet` is None) or of a CSV file."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFileError(f"There is no file {path}.")
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        return _read_workbook(path, sheet)
    return _read_csv(path)


def _read_workbook(path: Path, sheet: str | None) -> Table:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        if sheet is None:
            chosen = book.get_sheet_by_index(0)
        elif sheet in names:
            chosen = book.get_sheet_by_name(sheet)
        else:
            raise UnreadableFileError(
                f"{path.name} has no sheet “{sheet}”; its sheets are: {', '.join(names)}."
            )
        values = chosen.to_python(skip_empty_area=False)
        merged = getattr(chosen, "merged_cell_ranges", None) or []
    except UserError:
        raise
    except Exception as exc:
        raise UnreadableFileError(f"Cannot read {path.name}: {exc}") from exc
    rows = [[cell_text(v) for v in row] for row in values]
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, min(c1, len(rows[r]) - 1) + 1):
                rows[r][c] = value
    return Table(rows=rows, sheet=chosen.name, sheet_names=names)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, the two encodings Excel writes CSV in."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """The delimiter among ; , tab and | that splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ",", -1.0
    for delim in (";", ",", "\t", "|"):
        counts = [len(next(csv.reader([line], delimiter=delim))) for line in lines]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * common
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: Path) -> Table:
    try:
        text = decode(path.read_bytes())
    except OSError as exc:
        raise UnreadableFileError(f"Cannot read {path}: {exc}") from exc
    if "\x00" in text:
        raise UnreadableFileError(f"{path.name} is not a text (CSV) file.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    rows = [[_unquote(cell) for cell in r] for r in reader]
    return Table(rows=rows, sheet=path.stem, sheet_names=[path.stem])


def _unquote(cell: str) -> str:
    """Take off the apostrophe that exports put before formula-looking text ("'=1+2")."""
    if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return cell[1:]
    return cell
