"""Small helpers shared by spreadsheet exports: safe cells, styled header, frozen, filtered.

Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a
formula, which a hostile registration could use ("formula injection"). In XLSX such text is
written as a string cell with the "quote prefix" flag, which is what Excel records when a
user types an apostrophe first: the cell shows and keeps the text exactly as typed and is
never evaluated, even after an edit. CSV has no cell types, so `neutralise` puts an
apostrophe before such text (the usual convention; confdesk's import takes it off again).
Numbers are never touched (a real -5 stays a number).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from confdesk.exports.files import write_atomically
from confdesk.exports.formulas import FORMULA_STARTS
from confdesk.exports.formulas import looks_like_formula as looks_like_formula
from confdesk.exports.formulas import neutralise as neutralise
from confdesk.text import clean_value

_FORMULA_STARTS = FORMULA_STARTS
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)


def xlsx_text(value: Any) -> Any:
    """Text without the characters an XLSX cell cannot hold (openpyxl refuses the whole file,
    a lone surrogate breaks the zip): see `confdesk.text.clean_text`; a vertical tab or form
    feed (Word's line and page breaks) becomes a line break."""
    return clean_value(value)


def safe_cell(sheet: Any, value: Any) -> Any:
    """A value for a write-only row: formula-looking text becomes a quote-prefixed text cell."""
    value = xlsx_text(value)
    if not looks_like_formula(value):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


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
        sheet.append([safe_cell(sheet, v) for v in row])
        count += 1
    last = get_column_letter(max(len(headers), 1))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    # Into memory first: openpyxl's zip file, failing half-way on a full disk, complains again
    # when collected; the bytes then go to the disk whole or not at all.
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(path, buffer.getvalue())
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
