"""A seating plan as a PDF drawing: the podium, the rows of places with each delegation's
name, the chairs behind, accessible places marked; then an alphabetical index of places.

A3 landscape when a row holds more than twelve places, else A4 landscape. Names are fitted
into their table (up to three lines, shrinking rather than cutting).
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from confdesk.exports.pdf import fonts
from confdesk.exports.pdf.nameplates import fit_lines
from confdesk.plenary.seating_service import PlaceInfo, SeatingPlan
from confdesk.registration.names import fold
from confdesk.registration.protocol import Group

_WORDS = {
    "en": {"title": "Seating plan", "podium": "Podium", "drawn": "Order drawn by lot: from {s}",
           "chosen": "Alphabetical order from {s}", "accessible": "accessible place",
           "moved": "moved by hand", "index": "Index of places", "place": "Place",
           "unseated": "Without a place", "row": "Row {n}", "none": "Not seated yet"},
    "fr": {"title": "Plan de salle", "podium": "Tribune", "drawn": "Ordre tiré au sort : à "
           "partir de {s}", "chosen": "Ordre alphabétique à partir de {s}",
           "accessible": "place accessible", "moved": "déplacé à la main",
           "index": "Index des places", "place": "Place", "unseated": "Sans place",
           "row": "Rangée {n}", "none": "Pas encore placé"},
}
_GROUP_COLOURS = {
    Group.MEMBER_STATES: "#dce6f2", Group.OBSERVER_STATES: "#e3efd9",
    Group.INTERGOVERNMENTAL: "#fdf0d5", Group.UN_SYSTEM: "#d9f0f3",
}
_ACCESSIBLE = colors.HexColor("#1565c0")


def _draw_place(canvas: rl_canvas.Canvas, place: PlaceInfo, x: float, y: float, w: float,
                h: float, plan: SeatingPlan, language: str) -> None:
    """A place: the table (top) with the name, chairs behind (below)."""
    table_h = h * 0.62
    d = place.delegation
    fill = _GROUP_COLOURS.get(d.group, "#eeeeee") if d else "#ffffff"
    canvas.setFillColor(colors.HexColor(fill))
    canvas.setStrokeColor(_ACCESSIBLE if place.spot.accessible else colors.HexColor("#555555"))
    canvas.setLineWidth(1.6 if place.spot.accessible else 0.5)
    canvas.setDash(2, 1.5) if place.moved else canvas.setDash()
    canvas.rect(x + 0.6 * mm, y + h - table_h, w - 1.2 * mm, table_h, stroke=1, fill=1)
    canvas.setDash()
    canvas.setFillColor(colors.HexColor("#555555"))
    fonts.draw_text(canvas, x + 1.5 * mm, y + h - 2.6 * mm, str(place.number), 5.5)
    if d is not None:
        canvas.setFillColor(colors.black)
        lines, size = fit_lines(d.name(language), w - 3 * mm, 8.5, 6,
                                height=table_h - 4 * mm)
        block = size * 1.15 * len(lines)
        top = y + h - table_h / 2 - 1 * mm + block / 2 - size * 0.85
        for i, line in enumerate(lines):
            fonts.draw_text(canvas, x + w / 2, top - i * size * 1.15, line, size, bold=True,
                            align="center")
    seats = plan.layout.seats_behind
    if seats:
        r = min(w / (2.6 * seats), (h - table_h) / 3.2)
        canvas.setStrokeColor(colors.HexColor("#777777"))
        canvas.setFillColor(colors.white)
        canvas.setLineWidth(0.4)
        for i in range(seats):
            cx = x + w * (i + 0.5) / seats
            canvas.circle(cx, y + (h - table_h) / 2, r, stroke=1, fill=1)


def seating_pdf(plan: SeatingPlan, *, language: str = "en") -> bytes:
    """The plan's drawing and index as PDF bytes."""
    fonts.register_fonts()
    words = _WORDS.get(language, _WORDS["en"])
    widest = max(plan.layout.row_sizes or (1,))
    width, height = landscape(A3 if widest > 12 else A4)
    out = io.BytesIO()
    canvas = rl_canvas.Canvas(out, pagesize=(width, height), initialFontName=fonts.SANS,
                              pageCompression=1)
    canvas.setTitle(f"{words['title']}: {plan.room_name}")
    canvas.setAuthor("confdesk")
    margin = 12 * mm
    canvas.setFillColor(colors.black)
    fonts.draw_text(canvas, margin, height - margin - 4 * mm,
                    f"{words['title']} – {plan.room_name}", 16, bold=True)
    subtitle = plan.event_title
    if plan.first_state:
        subtitle += "  ·  " + words["drawn" if plan.drawn else "chosen"].format(
            s=plan.first_state_name(language))
    else:
        subtitle += "  ·  " + words["none"]
    fonts.draw_text(canvas, margin, height - margin - 10 * mm,
                    subtitle, fonts.fit_size(subtitle, width - 2 * margin, 10))
    # the podium
    podium_w, podium_top = width * 0.4, height - margin - 16 * mm
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.rect((width - podium_w) / 2, podium_top - 10 * mm, podium_w, 10 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    fonts.draw_text(canvas, width / 2, podium_top - 6.5 * mm, words["podium"], 11, bold=True,
                    align="center")
    # the rows
    label_w = 14 * mm
    area_top = podium_top - 16 * mm
    area_bottom = margin + 8 * mm
    rows = plan.layout.row_sizes
    row_h = min(26 * mm, (area_top - area_bottom) / max(len(rows), 1))
    place_w = min(34 * mm, (width - 2 * margin - 2 * label_w) / widest)
    by_row: dict[int, list[PlaceInfo]] = {}
    for place in plan.places:
        by_row.setdefault(place.spot.row, []).append(place)
    for r, size in enumerate(rows):
        y = area_top - (r + 1) * row_h
        left = (width - size * place_w) / 2
        canvas.setFillColor(colors.HexColor("#666666"))
        fonts.draw_text(canvas, margin, y + row_h / 2, words["row"].format(n=r + 1), 7)
        for place in by_row.get(r, []):
            _draw_place(canvas, place, left + place.spot.column * place_w, y, place_w,
                        row_h * 0.92, plan, language)
    # legend
    canvas.setStrokeColor(_ACCESSIBLE)
    canvas.setLineWidth(1.6)
    canvas.rect(margin, margin, 6 * mm, 4 * mm, stroke=1, fill=0)
    canvas.setFillColor(colors.black)
    fonts.draw_text(canvas, margin + 8 * mm, margin + 1 * mm, words["accessible"], 8)
    canvas.setStrokeColor(colors.HexColor("#555555"))
    canvas.setLineWidth(0.5)
    canvas.setDash(2, 1.5)
    canvas.rect(margin + 50 * mm, margin, 6 * mm, 4 * mm, stroke=1, fill=0)
    canvas.setDash()
    fonts.draw_text(canvas, margin + 58 * mm, margin + 1 * mm, words["moved"], 8)
    canvas.showPage()
    _index_pages(canvas, plan, language, width, height)
    canvas.save()
    return out.getvalue()


def _index_pages(canvas: rl_canvas.Canvas, plan: SeatingPlan, language: str, width: float,
                 height: float) -> None:
    """Delegations alphabetically in the plan's language with their place numbers, in columns."""
    words = _WORDS.get(language, _WORDS["en"])
    entries = sorted(((p.delegation.name(language), str(p.number)) for p in plan.seated
                      if p.delegation is not None), key=lambda e: fold(e[0]))
    entries += [(d.name(language), words["unseated"]) for d in plan.unseated]
    if not entries:
        return
    margin, line = 14 * mm, 5.2 * mm
    columns = 3
    col_w = (width - 2 * margin) / columns
    top = height - margin - 12 * mm
    per_col = int((top - margin) // line)
    for start in range(0, len(entries), per_col * columns):
        canvas.setFillColor(colors.black)
        fonts.draw_text(canvas, margin, height - margin - 4 * mm,
                        f"{words['index']} – {plan.room_name}", 14, bold=True)
        chunk = entries[start:start + per_col * columns]
        for i, (name, number) in enumerate(chunk):
            col, row = divmod(i, per_col)
            x, y = margin + col * col_w, top - row * line
            num_w = fonts.draw_text(canvas, x + col_w - 6 * mm, y, number, 8.5, bold=True,
                                    align="right")
            room = col_w - 10 * mm - num_w
            fonts.draw_text(canvas, x, y, name, fonts.fit_size(name, room, 8.5, min_size=4))
        canvas.showPage()
