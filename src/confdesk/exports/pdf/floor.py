"""The speakers' list of a session as a printable PDF (A4 landscape, every UN script)."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, TableStyle

from confdesk.editions import colon
from confdesk.exports.floor_rows import (
    TextRow,
    headers,
    history_lines,
    limits_line,
    session_line,
    text_rows,
    words,
)
from confdesk.exports.pdf import fonts
from confdesk.exports.pdf.programme import ACCENT, RULE, Layout, ProgrammeDoc, Styles
from confdesk.plenary.speakers_service import FloorSnapshot
from confdesk.text import clean_data

LAYOUT = Layout(landscape(A4), 14 * mm, 1.0)
#: Column widths as parts of the frame's width.
_SHARES = (0.04, 0.17, 0.20, 0.15, 0.06, 0.10, 0.09, 0.05, 0.14)


def _cell(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    marked = fonts.markup(text, bold=bold)
    return Paragraph(f"<b>{marked}</b>" if bold else marked, style)


def _table(rows: list[TextRow], st: Styles, width: float, language: str) -> LongTable:
    head = [_cell(h, st.kind, bold=True) for h in headers(language)]
    body = [[_cell(text, st.text_more, bold=(i == 1)) for i, text in enumerate(r.cells())]
            for r in rows]
    table = LongTable([head, *body], colWidths=[width * s for s in _SHARES], repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),  # else reportlab sets an unembedded one
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for n, r in enumerate(rows, 1):
        if r.withdrawn:
            commands.append(("BACKGROUND", (0, n), (-1, n), colors.HexColor("#eeeeee")))
        elif r.reply:
            commands.append(("BACKGROUND", (0, n), (-1, n), colors.HexColor("#f4f1e6")))
    table.setStyle(TableStyle(commands))
    return table


def floor_pdf(snapshot: FloorSnapshot, language: str = "en") -> bytes:
    """The list as PDF bytes: the order of speaking, then rights of reply, withdrawn
    inscriptions, and the chair's recorded changes; `language` "fr" prints the French
    edition (take the snapshot in French too, for the delegations' French names)."""
    snapshot = clean_data(snapshot)
    said = words(language)
    buffer = io.BytesIO()
    st = Styles(LAYOUT.scale)
    title = f"{said['title']}{colon(language)} {snapshot.session_title}"
    doc = ProgrammeDoc(buffer, LAYOUT, snapshot.event_title, title, first_template="content")
    rows = text_rows(snapshot, language)
    story: list[Flowable] = [
        Paragraph(fonts.markup(said["title"], bold=True), st.kind),
        Paragraph(fonts.markup(snapshot.session_title, bold=True), st.day),
        Paragraph(fonts.markup(f"{session_line(snapshot, language)} · "
                               f"{limits_line(snapshot, language)}"), st.day_sub),
    ]
    heading_style = ParagraphStyle("floorhead", parent=st.role, keepWithNext=1)
    groups = [
        ("", [r for r in rows if not r.reply and not r.withdrawn]),
        (said["replies"], [r for r in rows if r.reply and not r.withdrawn]),
        (said["withdrawn"], [r for r in rows if r.withdrawn]),
    ]
    if not rows:
        story.append(Paragraph(fonts.markup(said["nobody"]), st.text))
    for heading, group in groups:
        if not group:
            continue
        if heading:
            story += [Spacer(1, 8), Paragraph(fonts.markup(heading, bold=True), heading_style)]
        story.append(_table(group, st, doc.width, language))
    history = history_lines(snapshot, language)
    if history:
        story += [Spacer(1, 10), Paragraph(fonts.markup(said["changes"], bold=True),
                                           heading_style)]
        story += [Paragraph(fonts.markup(line), st.text) for line in history]
    doc.build(story)
    return buffer.getvalue()

