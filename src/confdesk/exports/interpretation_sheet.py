"""The interpretation needs sheet (PDF or XLSX): booths per day and room, then every session
with its floor language and the languages interpreted into.

Built from a programme snapshot (which carries each session's languages), so the sheet,
the programme and the calendars agree.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

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
from confdesk.programme.kinds import SessionKind
from confdesk.programme.queries import ProgrammeSnapshot, SessionInfo

#: What each edition prints (French: UN French usage, "cabines", "langue de la salle").
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Interpretation needs", "booths_by_room": "Booths per day and room",
        "day": "Day", "room": "Room", "booths": "Booths",
        "languages": "Languages (hours of interpretation)", "none_needed":
        "No session needs interpretation.", "per_day": "Booths to set up per day (all rooms)",
        "sessions": "Sessions", "time": "Time", "session": "Session", "floor": "Floor",
        "into": "Into", "none": "none", "all_rooms": "All rooms", "hours": "{language} (hours)",
        "start": "Start", "end": "End", "floor_language": "Floor language",
        "interpretation_into": "Interpretation into", "sheet_booths": "Booths",
        "sheet_sessions": "Sessions",
    },
    "fr": {
        "title": "Besoins d’interprétation", "booths_by_room": "Cabines par jour et par salle",
        "day": "Jour", "room": "Salle", "booths": "Cabines",
        "languages": "Langues (heures d’interprétation)", "none_needed":
        "Aucune séance ne demande d’interprétation.",
        "per_day": "Cabines à installer par jour (toutes salles)",
        "sessions": "Séances", "time": "Horaire", "session": "Séance",
        "floor": "Langue de la salle",
        "into": "Interprétation vers", "none": "aucune", "all_rooms": "Toutes les salles",
        "hours": "{language} (heures)", "start": "Début", "end": "Fin",
        "floor_language": "Langue de la salle", "interpretation_into": "Interprétation vers",
        "sheet_booths": "Cabines", "sheet_sessions": "Séances",
    },
}


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["en"])


@dataclass(frozen=True)
class InterpretationNeeds:
    """What the sheet shows."""

    title: str
    needs: list[BoothNeed]
    sessions: list[tuple[SessionInfo, Languages]]


def languages_of(s: SessionInfo) -> Languages | None:
    """A snapshot session's languages (None when the snapshot did not load them)."""
    return Languages(s.floor_language, s.interpretation) if s.floor_language else None


def needs_of(snapshot: ProgrammeSnapshot, language: str = "en") -> InterpretationNeeds:
    sessions = [(s, lang) for s in snapshot.sessions
                if s.kind != SessionKind.BREAK and (lang := languages_of(s)) is not None]
    timed = [TimedSession(s.day, s.room.name if s.room else "", s.duration_minutes, lang)
             for s, lang in sessions]
    return InterpretationNeeds(snapshot.event.text("title", language), booth_needs(timed),
                               sessions)


def _hours(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def interpretation_pdf(snapshot: ProgrammeSnapshot, language: str = "en") -> bytes:
    """The needs sheet as an A4 PDF (`language` "fr": the French edition)."""
    fonts.register_fonts()
    needs = needs_of(snapshot, language)
    said = _words(language)

    def day(d: date) -> str:
        return long_date(d, language)

    def name(code: str) -> str:
        return language_name(code, language)

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"{said['title']} – {needs.title}", author="confdesk",
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
    story: list[object] = [p(f"{said['title']} – {needs.title}", head)]
    story.append(p(said["booths_by_room"], sub))
    rows: list[list[object]] = [[p(said[h], white) for h in (
        "day", "room", "booths", "languages")]]
    for need in needs.needs:
        rows.append([p(day(need.day)), p(need.room or "–"), p(str(need.booths)),
                     p(", ".join(f"{name(c)} ({_hours(m)})" for c, m in need.minutes))])
    if len(rows) == 1:
        rows.append([p(said["none_needed"]), "", "", ""])
    story.append(table(rows, [34 * mm, 42 * mm, 20 * mm, 82 * mm]))
    totals = booths_per_day(needs.needs)
    if totals:
        story.append(p(said["per_day"], sub))
        rows = [[p(said[h], white) for h in ("day", "booths")]]
        rows += [[p(day(d)), p(str(total))] for d, total in totals.items()]
        story.append(table(rows, [34 * mm, 20 * mm]))
    story.append(Spacer(1, 6))
    story.append(p(said["sessions"], sub))
    rows = [[p(said[h], white) for h in ("day", "time", "room", "session", "floor", "into")]]
    for s, lang in needs.sessions:
        rows.append([p(day(s.day)), p(s.time_range), p(s.room.name if s.room else "–"),
                     p(s.title), p(name(lang.floor)),
                     p(", ".join(name(c) for c in lang.booths) or said["none"])])
    story.append(table(rows, [23 * mm, 23 * mm, 28 * mm, 50 * mm, 24 * mm, 30 * mm]))
    doc.build(story)
    return out.getvalue()


def interpretation_workbook(snapshot: ProgrammeSnapshot, language: str = "en") -> bytes:
    """The needs sheet as a workbook: "Booths" (day, room, booths, one column per language,
    in hours) and "Sessions" ("Cabines" and "Séances" in the French edition)."""
    needs = needs_of(snapshot, language)
    said = _words(language)
    languages = list(dict.fromkeys(c for n in needs.needs for c, _ in n.minutes))
    book = Workbook()
    booths = book.active
    assert booths is not None
    booths.title = said["sheet_booths"]
    header = [said["day"], said["room"], said["booths"],
              *(said["hours"].format(language=language_name(c, language)) for c in languages)]
    booths.append(header)
    for need in needs.needs:
        minutes = dict(need.minutes)
        booths.append([need.day, xlsx_text(need.room), need.booths,
                       *(round(minutes[c] / 60, 2) if c in minutes else None
                         for c in languages)])
    for day, total in booths_per_day(needs.needs).items():
        booths.append([day, said["all_rooms"], total])
    sessions = book.create_sheet(said["sheet_sessions"])
    sessions.append([said[h] for h in ("day", "start", "end", "room", "session",
                                       "floor_language", "interpretation_into", "booths")])
    for s, lang in needs.sessions:
        sessions.append([s.day, s.start_time, s.end_time, xlsx_text(s.room.name if s.room else ""),
                         xlsx_text(s.title), language_name(lang.floor, language),
                         ", ".join(language_name(c, language) for c in lang.booths),
                         len(lang.booths)])
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
