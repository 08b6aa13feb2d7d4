"""The speakers' list of a session as a workbook: one row per inscription, in order."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from confdesk.exports.floor_rows import headers, history_lines, limits_line, text_rows, words
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


def floor_workbook(snapshot: FloorSnapshot, language: str = "en") -> bytes:
    """Sheet "Speakers" (the order of speaking, rights of reply, withdrawn ones) and sheet
    "Changes" (the chair's recorded moves, swaps and withdrawals); "Orateurs" and
    "Modifications" in the French edition."""
    snapshot = clean_data(snapshot)
    said = words(language)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = said["sheet"]
    rows = text_rows(snapshot, language)
    columns = (*headers(language), said["reply"])
    _append(sheet, list(columns))
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
    for r in rows:
        _append(sheet, [int(r.number) if r.number.isdigit() else r.number,
                        *r.cells()[1:], said["yes"] if r.reply else ""])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    for i, width in enumerate(widths_for(columns, (r.cells() for r in rows)), 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    foot = len(rows) + 3
    note = sheet.cell(foot, 1, xlsx_text(
        f"{snapshot.session_title} · {limits_line(snapshot, language)}"))
    note.data_type = "s"
    changes = book.create_sheet(said["changes_sheet"])
    _append(changes, [said["change"]])
    for line in history_lines(snapshot, language):
        _append(changes, [line])
    changes.column_dimensions["A"].width = 90
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
