"""Name plates (tent cards): one folded A4 or A5 sheet per delegation or person.

The sheet is printed landscape and folded along its middle line. The lower half is the face
towards the room; the upper half is the other face, drawn turned by 180° so that, once
folded, it reads upright from the podium's side. A delegation's plate carries its UN short
name in large type; a person's plate the honorific and name, with the title below. English,
French, or bilingual (English on one face, French on the other). Long names are never cut:
a name shrinks to fit, wrapping to two lines before it would get too small. Text in any UN
script is drawn with the embedded fonts of `fonts`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from confdesk.exports.pdf import fonts
from confdesk.text import clean_text

#: Told (done, total) as pages are drawn; it may raise to stop.
Progress = Callable[[int, int], None]

PLATE_LANGUAGES = ("en", "fr", "both")


@dataclass(frozen=True, slots=True)
class PlateFace:
    """What one face shows: the main line (a delegation's name, a person's name) and, for a
    person, smaller lines below (title, organisation)."""

    main: str
    detail: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NamePlate:
    """A plate's two faces: the one towards the room, and the one towards the podium."""

    front: PlateFace
    back: PlateFace


def faces(texts: dict[str, PlateFace], language: str) -> NamePlate:
    """A plate from its faces by language ("en", "fr"): `language` "both" puts English on
    the front and French on the back."""
    if language == "both":
        return NamePlate(texts["en"], texts.get("fr") or texts["en"])
    face = texts.get(language) or texts["en"]
    return NamePlate(face, face)


def _splits(words: list[str], count: int) -> list[list[str]]:
    """Every way of cutting `words` into `count` non-empty lines, in order."""
    if count == 1:
        return [[" ".join(words)]]
    found = []
    for i in range(1, len(words) - count + 2):
        for rest in _splits(words[i:], count - 1):
            found.append([" ".join(words[:i]), *rest])
    return found


def fit_lines(text: str, width: float, largest: float, floor: float, *,
              bold: bool = True, height: float | None = None,
              max_lines: int = 3) -> tuple[list[str], float]:
    """Lines and size of `text` within `width` and `height`: one line as large as fits; two
    or three (cut where the widest line is narrowest) only when one line would be smaller
    than `floor` and more lines are larger. Never wider than `width`: below the floor it
    shrinks rather than cuts."""
    words = text.split() or [text]
    best: tuple[float, list[str]] | None = None
    for count in range(1, min(max_lines, len(words)) + 1):
        if count > 1 and best is not None and best[0] >= floor:
            break
        options = _splits(words, count) if len(words) <= 24 else [[text]]
        for lines in options:
            size = min(fonts.fit_size(line, width, largest, min_size=0.1, bold=bold)
                       for line in lines)
            if height is not None:
                size = min(size, height / (1.15 * len(lines)))
            if best is None or size > best[0] + 0.01:
                best = (size, lines)
    assert best is not None
    return best[1], best[0]


def _draw_face(canvas: rl_canvas.Canvas, face: PlateFace, width: float, height: float,
               large: float) -> None:
    """One face in the box (0, 0)–(width, height), reading upright, centred."""
    margin = 0.07 * width
    inner = width - 2 * margin
    details: list[tuple[str, float]] = []
    detail_room = 0.0
    for text in face.detail:
        if not text:
            continue
        lines, size = fit_lines(text, inner, large * 0.3, large * 0.2, bold=False,
                                max_lines=2)
        details += [(line, size) for line in lines]
        detail_room += size * 1.25 * len(lines)
    main_height = height * 0.62 - detail_room
    lines, size = fit_lines(face.main, inner, large, large * 0.6,
                            height=max(main_height, height * 0.3))
    block = size * 1.15 * len(lines) + (detail_room + 0.3 * size if details else 0)
    top = height * 0.46 + block / 2  # a little low: the fold's upper part is the back face
    y = top - size * 0.8
    canvas.setFillColor(colors.black)
    for line in lines:
        fonts.draw_text(canvas, width / 2, y, line, size, bold=True, align="center")
        y -= size * 1.15
    y -= 0.15 * size
    canvas.setFillColor(colors.HexColor("#333333"))
    for line, dsize in details:
        fonts.draw_text(canvas, width / 2, y, line, dsize, align="center")
        y -= dsize * 1.25


def nameplates_pdf(plates: Sequence[NamePlate], *, a5: bool = False, title: str = "Name plates",
                   progress: Progress | None = None) -> bytes:
    """The plates, one sheet each (A4 landscape, or A5), as PDF bytes."""
    fonts.register_fonts()
    width, height = landscape(A5 if a5 else A4)
    large = 86.0 if not a5 else 60.0
    out = io.BytesIO()
    canvas = rl_canvas.Canvas(out, pagesize=(width, height), initialFontName=fonts.SANS,
                              pageCompression=1)
    canvas.setTitle(clean_text(title))
    canvas.setAuthor("confdesk")
    half = height / 2
    for index, plate in enumerate(plates):
        _draw_face(canvas, plate.front, width, half, large)
        canvas.saveState()
        canvas.translate(width, height)
        canvas.rotate(180)  # the back face: upside down on the sheet, upright when folded
        _draw_face(canvas, plate.back, width, half, large)
        canvas.restoreState()
        canvas.setStrokeColor(colors.HexColor("#b0b0b0"))
        canvas.setLineWidth(0.4)
        canvas.setDash(3, 3)
        canvas.line(6 * mm, half, width - 6 * mm, half)  # fold here
        canvas.setDash()
        canvas.showPage()
        if progress is not None:
            progress(index + 1, len(plates))
    if not plates:
        fonts.draw_text(canvas, 20 * mm, height - 30 * mm, "No name plates to print.", 14)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
