"""The speakers' list of a session as a workbook: one row per inscription, in order."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from confdesk.exports.floor_rows import HEADERS, history_lines, limits_line, text_rows
from confdesk.exports.xlsx_common import (
    HEADER_ALIGNMENT,
    HEADER_FILL,
    HEADER_FONT,
    looks_like_formula,
    widths_for,
    xlsx_text,
)
from confdesk.plenary.speakers_service import FloorSnapshot
from confdesk.text import clean_data


def _append(sheet: Worksheet, values: list[Any]) -> None:
    """A row of values; text that looks like a formula stays text (never evaluated)."""
    sheet.append([xlsx_text(v) if isinstance(v, str) else v for v in values])
    for cell in sheet[sheet.max_row]:
        if looks_like_formula(cell.value):
            cell.data_type = "s"
            cell.quotePrefix = True


def floor_workbook(snapshot: FloorSnapshot) -> bytes:
    """Sheet "Speakers" (the order of speaking, rights of reply, withdrawn ones) and sheet
    "Changes" (the chair's recorded moves, swaps and withdrawals)."""
    snapshot = clean_data(snapshot)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Speakers"
    rows = text_rows(snapshot)
    headers = (*HEADERS, "Right of reply")
    _append(sheet, list(headers))
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
    for r in rows:
        _append(sheet, [int(r.number) if r.number.isdigit() else r.number,
                        *r.cells()[1:], "yes" if r.reply else ""])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    for i, width in enumerate(widths_for(headers, (r.cells() for r in rows)), 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    foot = len(rows) + 3
    note = sheet.cell(foot, 1, xlsx_text(f"{snapshot.session_title} · {limits_line(snapshot)}"))
    note.data_type = "s"
    changes = book.create_sheet("Changes")
    _append(changes, ["Recorded change"])
    for line in history_lines(snapshot):
        _append(changes, [line])
    changes.column_dimensions["A"].width = 90
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
