"""The programme and the speakers list as styled XLSX workbooks.

The programme workbook has a sheet of all sessions, then one sheet per day. Every sheet has a
bold frozen header row, an autofilter, fitted column widths and wrapped text. Text that a
spreadsheet would take for a formula ("=…") is kept as a text cell with the quote prefix,
as in every confdesk workbook (see `xlsx_common`). The header style is shared with the
other workbooks too.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date, time
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from confdesk.exports.xlsx_common import (
    HEADER_ALIGNMENT,
    HEADER_FILL,
    HEADER_FONT,
    looks_like_formula,
    xlsx_text,
)
from confdesk.plenary.interpretation import Languages, language_name
from confdesk.programme.kinds import RoleKind, SessionKind
from confdesk.programme.labels import kind_label, role_label
from confdesk.programme.queries import PersonInfo, ProgrammeSnapshot, SessionInfo
from confdesk.text import clean_data

Progress = Callable[[int, int], None]

_WRAP = Alignment(wrap_text=True, vertical="top")


#: A cell's style by what decides it (formula-like text, a time, a date): (quote prefix,
#: number format) → the cell's style array.
_Styles = dict[tuple[bool, str | None], StyleArray]


def _write_row(ws: Worksheet, row: int, values: Sequence[Any], styles: _Styles) -> None:
    for col, value in enumerate(values, start=1):
        value = xlsx_text(value)
        cell = ws.cell(row=row, column=col, value=value)
        formula = looks_like_formula(value)
        if formula:  # kept as typed, never run: see xlsx_common
            cell.data_type = "s"
        number_format = "hh:mm" if isinstance(value, time) else \
            "ddd d mmm yyyy" if isinstance(value, date) else None
        style = styles.get((formula, number_format))
        if style is not None:
            # The same style as a cell before: its array copied (openpyxl would look the
            # alignment up by hashing it, for each of 50,000 cells at 1,600 sessions).
            cell._style = StyleArray(style)
            continue
        if formula:
            cell.quotePrefix = True
        if number_format is not None:
            cell.number_format = number_format
        cell.alignment = _WRAP
        styles[(formula, number_format)] = StyleArray(cell._style)


def _sheet(ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Any]],
           widths: Sequence[float]) -> None:
    """Fill a sheet: styled, frozen header with autofilter, then wrapped rows."""
    for col, title in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col, value=title)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
    styles: _Styles = {}
    for index, values in enumerate(rows, start=2):
        _write_row(ws, index, values, styles)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    last = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 1)}"


def _person(p: PersonInfo) -> str:
    return p.display_name + (f" ({p.affiliation})" if p.affiliation else "")


_SESSION_HEADERS = ["Day", "Start", "End", "Room", "Kind", "Theme", "Title"] + [
    role_label(role, 2) for role in RoleKind
] + ["Description", "Floor language", "Interpretation into"]
_SESSION_WIDTHS = [16, 8, 8, 18, 14, 22, 40] + [32] * len(RoleKind) + [60, 14, 28]


def _session_row(s: SessionInfo) -> list[Any]:
    row: list[Any] = [
        s.day, s.start_time, s.end_time, s.room.name if s.room else "", kind_label(s.kind),
        s.theme.name if s.theme else "", s.title,
    ]
    row += ["\n".join(_person(p) for p in s.people(role)) for role in RoleKind]
    row.append(s.description)
    languages = Languages(s.floor_language, s.interpretation) \
        if s.floor_language and s.kind != SessionKind.BREAK else None
    row += [language_name(languages.floor) if languages else "",
            ", ".join(language_name(c) for c in languages.booths) if languages else ""]
    return row


def _sheet_title(day: date, used: set[str]) -> str:
    title = f"{day:%a} {day.day} {day:%b %Y}"
    while title in used:
        title += "'"
    used.add(title)
    return title


def programme_workbook(snapshot: ProgrammeSnapshot, *,
                       progress: Progress | None = None) -> bytes:
    """The programme workbook as bytes: "All sessions", then one sheet per day."""
    snapshot = clean_data(snapshot)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "All sessions"
    rows = [_session_row(s) for s in snapshot.sessions]
    _sheet(ws, _SESSION_HEADERS, rows, _SESSION_WIDTHS)
    used = {"All sessions"}
    days = snapshot.days
    for index, day in enumerate(days):
        day_rows = [row for row, s in zip(rows, snapshot.sessions, strict=True) if s.day == day]
        _sheet(wb.create_sheet(_sheet_title(day, used)), _SESSION_HEADERS, day_rows,
               _SESSION_WIDTHS)
        if progress is not None:
            progress(index + 1, len(days))
    return _save(wb)


def speakers_workbook(snapshot: ProgrammeSnapshot) -> bytes:
    """Everyone with a role in the programme: name, function, organisation, sessions."""
    snapshot = clean_data(snapshot)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Speakers"
    rows = []
    for entry in snapshot.speakers():
        p = entry.person
        sessions = "\n".join(
            f"{s.day:%a %d %b} {s.time_range} · {role_label(role)} · {s.title}"
            for s, role in entry.appearances
        )
        rows.append([p.list_name, p.honorific, p.function, p.organisation,
                     str(p.status).replace("_", " "),
                     len(entry.appearances), sessions])
    _sheet(ws, ["Name", "Honorific", "Function", "Organisation", "Status", "Sessions",
                "Roles"], rows, [30, 12, 36, 36, 12, 10, 80])
    return _save(wb)


def _save(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()

