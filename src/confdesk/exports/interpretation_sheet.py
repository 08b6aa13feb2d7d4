"""The interpretation needs sheet (PDF or XLSX): booths per day and room, then every session
with its floor language and the languages interpreted into.

Built from a programme snapshot (which carries each session's languages), so the sheet,
the programme and the calendars agree.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from confdesk.editions import long_date
from confdesk.exports.pdf import fonts
from confdesk.exports.xlsx_common import HEADER_FILL, HEADER_FONT, xlsx_text
from confdesk.plenary.interpretation import (
    BoothNeed,
    Languages,
    TimedSession,
    booth_needs,
    booths_per_day,
    language_name,
)
from confdesk.programme.models import SessionKind
from confdesk.programme.queries import ProgrammeSnapshot, SessionInfo


@dataclass(frozen=True)
class InterpretationNeeds:
    """What the sheet shows."""

    title: str
    needs: list[BoothNeed]
    sessions: list[tuple[SessionInfo, Languages]]


def languages_of(s: SessionInfo) -> Languages | None:
    """A snapshot session's languages (None when the snapshot did not load them)."""
    return Languages(s.floor_language, s.interpretation) if s.floor_language else None


def needs_of(snapshot: ProgrammeSnapshot) -> InterpretationNeeds:
    sessions = [(s, lang) for s in snapshot.sessions
                if s.kind != SessionKind.BREAK and (lang := languages_of(s)) is not None]
    timed = [TimedSession(s.day, s.room.name if s.room else "", s.duration_minutes, lang)
             for s, lang in sessions]
    return InterpretationNeeds(snapshot.event.title, booth_needs(timed), sessions)


def _hours(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def interpretation_pdf(snapshot: ProgrammeSnapshot) -> bytes:
    """The needs sheet as an A4 PDF."""
    fonts.register_fonts()
    needs = needs_of(snapshot)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"Interpretation needs: {needs.title}", author="confdesk",
                            initialFontName=fonts.SANS)
    body = ParagraphStyle("body", fontName=fonts.SANS, fontSize=9, leading=11.5)
    head = ParagraphStyle("head", parent=body, fontName=fonts.SANS_BOLD, fontSize=15,
                          leading=19, spaceAfter=4)
    sub = ParagraphStyle("sub", parent=body, fontName=fonts.SANS_BOLD, fontSize=11,
                         leading=14, spaceBefore=8, spaceAfter=4)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(fonts.markup(text), style)

    def table(rows: list[list[object]], widths: list[float]) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return t

    white = ParagraphStyle("white", parent=body, textColor=colors.white,
                           fontName=fonts.SANS_BOLD)
    story: list[object] = [p(f"Interpretation needs – {needs.title}", head)]
    story.append(p("Booths per day and room", sub))
    rows: list[list[object]] = [[p(h, white) for h in (
        "Day", "Room", "Booths", "Languages (hours of interpretation)")]]
    for need in needs.needs:
        rows.append([p(long_date(need.day)), p(need.room or "–"), p(str(need.booths)),
                     p(", ".join(f"{language_name(c)} ({_hours(m)})" for c, m in need.minutes))])
    if len(rows) == 1:
        rows.append([p("No session needs interpretation."), "", "", ""])
    story.append(table(rows, [34 * mm, 42 * mm, 16 * mm, 86 * mm]))
    totals = booths_per_day(needs.needs)
    if totals:
        story.append(p("Booths to set up per day (all rooms)", sub))
        rows = [[p(h, white) for h in ("Day", "Booths")]]
        rows += [[p(long_date(day)), p(str(total))] for day, total in totals.items()]
        story.append(table(rows, [34 * mm, 16 * mm]))
    story.append(Spacer(1, 6))
    story.append(p("Sessions", sub))
    rows = [[p(h, white) for h in ("Day", "Time", "Room", "Session", "Floor", "Into")]]
    for s, lang in needs.sessions:
        rows.append([p(long_date(s.day)), p(s.time_range), p(s.room.name if s.room else "–"),
                     p(s.title), p(language_name(lang.floor)),
                     p(", ".join(language_name(c) for c in lang.booths) or "none")])
    story.append(table(rows, [24 * mm, 25 * mm, 28 * mm, 55 * mm, 20 * mm, 26 * mm]))
    doc.build(story)
    return out.getvalue()


def interpretation_workbook(snapshot: ProgrammeSnapshot) -> bytes:
    """The needs sheet as a workbook: "Booths" (day, room, booths, one column per language,
    in hours) and "Sessions"."""
    needs = needs_of(snapshot)
    languages = list(dict.fromkeys(c for n in needs.needs for c, _ in n.minutes))
    book = Workbook()
    booths = book.active
    assert booths is not None
    booths.title = "Booths"
    header = ["Day", "Room", "Booths", *(f"{language_name(c)} (hours)" for c in languages)]
    booths.append(header)
    for need in needs.needs:
        minutes = dict(need.minutes)
        booths.append([need.day, xlsx_text(need.room), need.booths,
                       *(round(minutes[c] / 60, 2) if c in minutes else None
                         for c in languages)])
    for day, total in booths_per_day(needs.needs).items():
        booths.append([day, "All rooms", total])
    sessions = book.create_sheet("Sessions")
    sessions.append(["Day", "Start", "End", "Room", "Session", "Floor language",
                     "Interpretation into", "Booths"])
    for s, lang in needs.sessions:
        sessions.append([s.day, s.start_time, s.end_time, xlsx_text(s.room.name if s.room else ""),
                         xlsx_text(s.title), language_name(lang.floor),
                         ", ".join(language_name(c) for c in lang.booths), len(lang.booths)])
    for sheet in (booths, sessions):
        sheet.freeze_panes = "A2"
        for cell in sheet[1]:
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        for i in range(1, sheet.max_column + 1):
            sheet.column_dimensions[get_column_letter(i)].width = 14 if i != 5 else 40
        for row in sheet.iter_rows(min_row=2, max_col=1):
            row[0].number_format = "yyyy-mm-dd"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
