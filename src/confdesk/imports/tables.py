"""Read a spreadsheet (XLSX, XLS, ODS or CSV) into rows of clean text cells.

XLSX is read with python-calamine, 13× faster than openpyxl: it gives the values Excel saved
(a formula gives its result), whole numbers as floats, empty cells as '', dates as `date`.
Cells come back as text exactly as a person reads them: 12.0 → "12", a date → "2014-03-31";
a text that starts with "=" stays text (and in CSV, the apostrophe that spreadsheet
exports put before such text is taken off: "'=1+2" reads "=1+2"). A value merged over
several rows or columns is repeated in every cell of the merge, so an organisation merged
down a block of people reaches each of them.

Every file is measured before it is read (imports.preflight, imports.limits): a sheet whose
values reach too far, a zip that expands too much, a cell longer than Excel allows or a CSV
of too many rows is refused with a message that names the place, never quotes it at length.
CSV is read in UTF-8, UTF-16 (Excel's "Unicode text", tab-separated) or Windows-1252.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, cast

from confdesk.collector import paused as collector_paused
from confdesk.imports import messages as m
from confdesk.imports import preflight
from confdesk.imports.limits import (
    LIMITS,
    Limits,
    SpreadsheetTooLargeError,
    UnreadableFileError,
    check_cell_lengths,
    megabytes,
    shorten,
)

__all__ = ["SPREADSHEET_SUFFIXES", "SpreadsheetTooLargeError", "Table", "UnreadableFileError",
           "cell_text", "decode", "read_table", "sheet_names", "sniff_delimiter"]

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
#: calamine raises its own errors for a broken file, and on some a Rust panic, which pyo3
#: raises as a BaseException (PanicException); only an interruption goes through.
_CALAMINE_FAILURES = BaseException


def _unless_interrupted(exc: BaseException) -> BaseException:
    if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
        raise exc
    return exc


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


def sheet_names(path: Path, limits: Limits = LIMITS) -> list[str]:
    """The sheets of a workbook (a CSV has one, named after the file)."""
    path = Path(path)
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        return [path.stem]
    from python_calamine import CalamineWorkbook

    _check_file(path)
    preflight.check_opening(path, limits)
    try:
        return list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except _CALAMINE_FAILURES as exc:
        raise preflight.explain_failure(path, _unless_interrupted(exc)) from exc


def read_table(path: Path, sheet: str | None = None, limits: Limits = LIMITS) -> Table:
    """The cells of one sheet (the first when `sheet` is None) or of a CSV file."""
    path = Path(path)
    _check_file(path)
    with collector_paused():  # a cell is an object: 1,000,000 of them for 100,000 rows
        if path.suffix.lower() in SPREADSHEET_SUFFIXES:
            table = _read_workbook(path, sheet, limits)
        else:
            table = _read_csv(path, limits)
        check_cell_lengths(path.name, table.rows, limits)
    return table


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise UnreadableFileError(m.SHEET_NO_FILE, code="sheet.missing_file", path=str(path))


def _read_workbook(path: Path, sheet: str | None, limits: Limits) -> Table:
    from python_calamine import CalamineWorkbook

    preflight.check_opening(path, limits)
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
    except _CALAMINE_FAILURES as exc:
        raise preflight.explain_failure(path, _unless_interrupted(exc)) from exc
    if sheet is not None and sheet not in names:
        listed = ", ".join(shorten(n, 40) for n in names[:20])
        if len(names) > 20:
            raise UnreadableFileError(m.SHEET_MISSING_MORE, code="sheet.missing",
                                      name=path.name, sheet=shorten(sheet, 40), sheets=listed,
                                      more=len(names) - 20)
        raise UnreadableFileError(m.SHEET_MISSING, code="sheet.missing", name=path.name,
                                  sheet=shorten(sheet, 40), sheets=listed)
    preflight.check_sheet(path, sheet, limits)
    try:
        chosen = book.get_sheet_by_index(0) if sheet is None else book.get_sheet_by_name(sheet)
        values = chosen.to_python(skip_empty_area=False)
        merged = getattr(chosen, "merged_cell_ranges", None) or []
    except _CALAMINE_FAILURES as exc:
        raise preflight.explain_failure(path, _unless_interrupted(exc)) from exc
    if len(values) > limits.rows or (values and len(values[0]) > limits.columns):
        # The scan was cheated (an .xls, or XML the scan reads otherwise than calamine).
        raise SpreadsheetTooLargeError(
            m.SHEET_TOO_LARGE, code="sheet.too_large", name=path.name,
            sheet=shorten(chosen.name, 40), rows=f"{len(values):,}",
            columns=f"{len(values[0]) if values else 0:,}", max_rows=f"{limits.rows:,}",
            max_columns=f"{limits.columns:,}")
    # A row of strings only (most rows) is kept as calamine gave it: "".join asks that of
    # every cell in C, where a call of cell_text per cell cost 0.1 s a 100,000 rows.
    rows: list[list[Any]] = values
    for index, row in enumerate(rows):
        try:
            "".join(row)
        except TypeError:
            rows[index] = [cell_text(v) for v in row]
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, min(c1, len(rows[r]) - 1) + 1):
                rows[r][c] = value
    return Table(rows=cast(list[list[str]], rows), sheet=chosen.name, sheet_names=names)


def decode(data: bytes) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text",
    with its BOM, or without one when every other byte is NUL), else Windows-1252, the
    encodings Excel writes."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        return data[:len(data) // 2 * 2].decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _utf16_without_bom(head: bytes) -> str:
    """"utf-16-le" or "utf-16-be" when `head` reads as text in UTF-16, mostly ASCII (every
    other byte NUL), or "" when it does not (a binary file has NULs too)."""
    pairs = len(head) // 2
    if pairs < 8:
        return ""
    even, odd = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
    if odd > 0.4 * pairs and even == 0:
        encoding = "utf-16-le"
    elif even > 0.4 * pairs and odd == 0:
        encoding = "utf-16-be"
    else:
        return ""
    text = head[:pairs * 2].decode(encoding, errors="replace")
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\r\n")
    return encoding if printable >= 0.95 * len(text) else ""


def sniff_delimiter(text: str) -> str:
    """The delimiter among ; , tab and | that splits the first lines most consistently."""
    lines = [line for line in text[:200_000].splitlines()[:30] if line.strip()]
    best, best_score = ",", -1.0
    for delim in (";", ",", "\t", "|"):
        counts = [_fields(line, delim) for line in lines]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * common
        if score > best_score:
            best, best_score = delim, score
    return best


def _fields(line: str, delimiter: str) -> int:
    try:
        return len(next(csv.reader([line], delimiter=delimiter), []))
    except csv.Error:  # a field over the csv module's limit, or a quote left open
        return 1


def _read_csv(path: Path, limits: Limits) -> Table:
    try:
        size = path.stat().st_size
        if size > limits.part_bytes:
            raise SpreadsheetTooLargeError(m.CSV_TOO_LARGE, code="sheet.too_large",
                                           name=path.name, size=megabytes(size),
                                           limit=megabytes(limits.part_bytes))
        text = decode(path.read_bytes())
    except OSError as exc:
        raise UnreadableFileError(m.FILE_UNREADABLE, code="sheet.unreadable", path=str(path),
                                  reason=exc.strerror or str(exc)) from exc
    if "\x00" in text:
        raise UnreadableFileError(m.CSV_NOT_TEXT, code="sheet.not_text", name=path.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    rows: list[list[str]] = []
    cells = 0
    try:
        for record in reader:
            cells += len(record)
            if len(rows) >= limits.rows or len(record) > limits.columns \
                    or cells > limits.cells:
                raise SpreadsheetTooLargeError(
                    m.CSV_BEYOND_LIMITS, code="sheet.too_large", name=path.name,
                    line=f"{reader.line_num:,}", rows=f"{limits.rows:,}",
                    columns=f"{limits.columns:,}", cells=f"{limits.cells:,}")
            # A cell starting with an apostrophe, found in C (the text holds no NUL): most
            # records have none and are kept as the csv module gives them.
            if record and (record[0][:1] == "'" or "\x00'" in "\x00".join(record)):
                record = [_unquote(cell) for cell in record]
            rows.append(record)
    except csv.Error as exc:
        line = f"{reader.line_num:,}"
        if "field limit" in str(exc):
            raise SpreadsheetTooLargeError(
                m.CSV_FIELD_TOO_LONG, code="sheet.cell_too_long", name=path.name, line=line,
                chars=f"{csv.field_size_limit():,}", limit=f"{limits.cell_chars:,}") from exc
        raise UnreadableFileError(m.CSV_UNREADABLE, code="sheet.csv", name=path.name, line=line,
                                  detail=shorten(str(exc))) from exc
    return Table(rows=rows, sheet=path.stem, sheet_names=[path.stem])


def _unquote(cell: str) -> str:
    """Take off the apostrophe that exports put before formula-looking text ("'=1+2")."""
    if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return cell[1:]
    return cell
