"""Small helpers shared by spreadsheet exports: safe cells, styled header, frozen, filtered.

Spreadsheet programs run a cell that starts with = + - @ (and a tab or carriage return before
them) as a formula, which a hostile registration could use ("CSV injection"). `neutralise`
puts an apostrophe before such text: Excel and LibreOffice then show the text as typed.
Numbers are never touched (a real -5 stays a number).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula, prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_table(
    path: Path, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
    widths: Sequence[float] | None = None,
) -> int:
    """A one-sheet workbook (write-only, fast): styled and frozen header row, auto-filter.

    Returns the number of data rows written.
    """
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31])
    sheet.freeze_panes = "A2"
    for i, width in enumerate(widths or [], 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    header = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([neutralise(v) for v in row])
        count += 1
    last = get_column_letter(max(len(headers), 1))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    book.save(path)
    return count


def widths_for(headers: Sequence[str], sample: Iterable[Sequence[Any]], *,
               limit: int = 200, maximum: float = 50) -> list[float]:
    """Column widths from the header and the first `limit` rows, capped at `maximum`."""
    widths = [len(h) + 2.0 for h in headers]
    for n, row in enumerate(sample):
        if n >= limit:
            break
        for i, value in enumerate(row):
            widths[i] = max(widths[i], min(len(str(value or "")) + 2.0, maximum))
    return widths
