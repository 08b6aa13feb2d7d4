"""How big a registration spreadsheet may be, and the errors that say a file is not readable.

A hostile or broken file must cost a clear message, not the machine: python-calamine builds
the whole rectangle from A1 to the farthest cell that holds a value, so one value at
XFD1048576 asks for 17 billion cells and aborts the process, and a 4 MB zip can hold 900 MB
of XML. The caps sit far above any list of people (a conference of 200,000 participants reads
fine) and below what a laptop can hold in memory.
"""

from __future__ import annotations

from dataclasses import dataclass

from confdesk.db.errors import UserError
from confdesk.imports import messages as m


class UnreadableFileError(UserError):
    """The file is not a spreadsheet confdesk can read, or it cannot be opened."""


class SpreadsheetTooLargeError(UnreadableFileError):
    """The file (or the sheet) is bigger than any list of people: refused before reading."""


@dataclass(frozen=True)
class Limits:
    """The caps a spreadsheet is read under (tests use smaller ones)."""

    #: Rows from the top of the sheet to the last one holding a value.
    rows: int = 500_000
    #: Columns from A to the last one holding a value.
    columns: int = 1_000
    #: Cells of that rectangle, empty ones included: what the reader allocates.
    cells: int = 5_000_000
    #: Characters in one cell: Excel's own limit for a cell's text.
    cell_chars: int = 32_767
    #: Uncompressed bytes of one part of a workbook (a sheet's XML, the shared strings), and
    #: bytes of a CSV file.
    part_bytes: int = 250_000_000
    #: Above `ratio_floor` uncompressed bytes, a part may not be more than `ratio` times its
    #: compressed size: XML of real sheets compresses 5 to 30 times, a zip bomb thousands.
    ratio: int = 200
    ratio_floor: int = 16 * 1024 * 1024


LIMITS = Limits()


def shorten(text: str, limit: int = 60) -> str:
    """`text` on one line and at most `limit` characters, to quote file content in a message."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"


def column_letters(index: int) -> str:
    """0 → "A", 26 → "AA", 16383 → "XFD"."""
    letters = ""
    index += 1
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    """The spreadsheet name of a 0-based cell: (0, 0) → "A1"."""
    return f"{column_letters(column)}{row + 1}"


def megabytes(size: int) -> str:
    """A size for a message: "250 MB"."""
    return f"{size / 1_000_000:,.0f} MB" if size >= 1_000_000 else f"{size:,} bytes"


def check_extent(file_name: str, sheet: str, rows: int, columns: int, farthest: str,
                 limits: Limits = LIMITS) -> None:
    """Refuse a sheet whose values reach further than the caps (`rows` × `columns` from A1)."""
    if rows <= limits.rows and columns <= limits.columns and rows * columns <= limits.cells:
        return
    raise SpreadsheetTooLargeError(
        m.SHEET_BEYOND_LIMITS, code="sheet.too_large", name=file_name,
        sheet=shorten(sheet, 40), cell=farthest, rows=f"{rows:,}", columns=f"{columns:,}",
        max_rows=f"{limits.rows:,}", max_columns=f"{limits.columns:,}",
        max_cells=f"{limits.cells:,}")


def check_cell_lengths(file_name: str, rows: list[list[str]], limits: Limits = LIMITS) -> None:
    """Refuse a table with a cell longer than Excel allows, naming the cell (not quoting it)."""
    cap = limits.cell_chars
    if max(map(len, map("".join, rows)), default=0) <= cap:
        return  # no row holds that many characters in all (one pass in C, 0.01 s a 100,000)
    for r, row in enumerate(rows):
        if row and max(map(len, row)) > cap:
            c = next(i for i, text in enumerate(row) if len(text) > cap)
            raise SpreadsheetTooLargeError(
                m.CELL_TOO_LONG, code="sheet.cell_too_long", name=file_name,
                cell=cell_name(r, c), chars=f"{len(row[c]):,}", limit=f"{cap:,}")
