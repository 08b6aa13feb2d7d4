"""Name badges (PDF): ten 90 × 55 mm badges per A4 page with cut marks, or one per page.

Each badge: a colour band by category with the event's name, the person's name as large as
fits (wrapped to two lines before it would shrink below a floor, shrunk further rather than
ever cut off), organisation or delegation, country, and a QR code of the participant code
drawn from segno's matrix as one path (about four times faster than reportlab's QR widget).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from confdesk.db.errors import UserError
from confdesk.exports.files import atomic_path
from confdesk.exports.pdf import fonts
from confdesk.exports.pdf.streaming import StreamingCanvas
from confdesk.registration.queries import ParticipantRow

WIDTH, HEIGHT = 90 * mm, 55 * mm
COLUMNS, ROWS = 2, 5
MARGIN_X = (A4[0] - COLUMNS * WIDTH) / 2
MARGIN_Y = (A4[1] - ROWS * HEIGHT) / 2
PAD = 3 * mm
BAND = 8 * mm
QR_SIZE = 17 * mm
#: Clear space around the QR code: the standard's four modules (a version 1 code has 21).
QUIET = 4 * QR_SIZE / 21
NAME_MAX, NAME_FLOOR = 22.0, 13.0

#: Band colour when a category has none (the event's categories carry their own: see
#: `registration.categories`).
DEFAULT_COLOUR = "#1F4E79"


@lru_cache(maxsize=16384)
def _width(text: str, size: float, *, bold: bool = False) -> float:
    """`fonts.text_width`, remembered: event names, labels and organisations repeat."""
    return fonts.text_width(text, size, bold=bold)


def _fit(text: str, max_width: float, size: float, *, min_size: float = 6,
         bold: bool = False) -> float:
    """`fonts.fit_size` over the remembered widths."""
    width = _width(text, size, bold=bold)
    if width <= max_width or width == 0:
        return size
    return max(min_size, size * max_width / width)


class ExportCancelledError(UserError):
    """The user cancelled an export; no file was written."""


@dataclass(frozen=True, slots=True)
class Badge:
    """What one badge shows."""

    code: str
    name: str
    organisation: str
    country: str
    category: str  #: the category's code
    category_label: str
    event_name: str
    colour: str = DEFAULT_COLOUR  #: the band's colour, "#RRGGBB"


def badges_from_rows(rows: Iterable[ParticipantRow], event_name: str, *,
                     language: str = "en") -> list[Badge]:
    """Badges for table rows (loaded in the badges' language): the band shows the category's
    name in capitals, in its colour."""
    result = []
    for r in rows:
        organisation = r.organisation_name
        country = r.country_name if r.country_name != organisation else ""
        label = (r.category_name or r.category.replace("_", " ")).upper()
        result.append(Badge(r.code, r.plain_name, organisation, country, r.category,
                            label, event_name, r.category_colour or DEFAULT_COLOUR))
    return result


def _split_two(text: str, size: float) -> tuple[str, str] | None:
    """The split of a name into two lines whose wider line is narrowest (None: one word)."""
    words = text.split()
    if len(words) < 2:
        return None
    best: tuple[float, tuple[str, str]] | None = None
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        wide = max(_width(first, size, bold=True),
                   _width(second, size, bold=True))
        if best is None or wide < best[0]:
            best = (wide, (first, second))
    return best[1] if best else None


def name_layout(name: str, width: float) -> tuple[list[str], float]:
    """Lines and font size of a name in a given width: never wider than it."""
    one = _fit(name, width, NAME_MAX, min_size=0.1, bold=True)
    if one >= NAME_FLOOR:
        return [name], one
    two = _split_two(name, NAME_FLOOR)
    if two is not None:
        size = min(_fit(line, width, NAME_MAX * 0.8, min_size=0.1, bold=True)
                   for line in two)
        if size > one:
            return list(two), size
    return [name], one


def _fit_lines(text: str, width: float, size: float, floor: float) -> tuple[list[str], float]:
    one = _fit(text, width, size, min_size=0.1)
    if one >= floor:
        return [text], one
    two = _split_two(text, floor)
    if two is not None:
        s2 = min(_fit(line, width, size, min_size=0.1) for line in two)
        if s2 > one:
            return list(two), s2
    return [text], one


def draw_qr(canvas: rl_canvas.Canvas, data: str, x: float, y: float, size: float) -> None:
    """A QR code as one filled path of horizontal runs of dark modules."""
    # A fixed mask skips segno's evaluation of all eight (4x faster); any mask decodes.
    matrix = segno.make(data, error="m", micro=False, mask=0).matrix
    n = len(matrix)
    module = size / n
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        top = y + size - (r + 1) * module
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                path.rect(x + start * module, top, (c - start) * module, module)
            else:
                c += 1
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)


def draw_badge(canvas: rl_canvas.Canvas, badge: Badge, x: float, y: float) -> None:
    """One badge with its lower left corner at (x, y)."""
    canvas.setFillColor(colors.HexColor(badge.colour))
    canvas.rect(x, y + HEIGHT - BAND, WIDTH, BAND, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    # A long category name ("ORGANISATION INTERNATIONALE") shrinks to leave the event room.
    label_size = _fit(badge.category_label, (WIDTH - 3 * PAD) * 0.62, 9, min_size=5, bold=True)
    label_w = fonts.draw_text(canvas, x + PAD, y + HEIGHT - BAND + 2.6 * mm,
                              badge.category_label, label_size, bold=True)
    event_room = WIDTH - 3 * PAD - label_w
    event_size = _fit(badge.event_name, event_room, 8, min_size=0.1)
    fonts.draw_text(canvas, x + WIDTH - PAD, y + HEIGHT - BAND + 2.7 * mm, badge.event_name,
                    event_size, align="right")
    canvas.setFillColor(colors.black)
    inner = WIDTH - 2 * PAD
    lines, size = name_layout(badge.name, inner)
    # centre the name block between the band and the organisation
    region_top, region_bottom = y + HEIGHT - BAND - 1.5 * mm, y + 2 * QUIET + QR_SIZE
    block = size * (0.75 + 1.2 * (len(lines) - 1))
    first = (region_top + region_bottom + block) / 2 - size * 0.75
    for i, line in enumerate(lines):
        fonts.draw_text(canvas, x + WIDTH / 2, first - 1.2 * size * i, line, size,
                        bold=True, align="center")
    text_w = WIDTH - PAD - 2 * QUIET - QR_SIZE
    org_lines, org_size = _fit_lines(badge.organisation, text_w, 10.5, 8)
    base = y + QUIET + QR_SIZE - 3.5 * mm
    for i, line in enumerate(org_lines):
        fonts.draw_text(canvas, x + PAD, base - i * org_size * 1.2, line, org_size, bold=True)
    if badge.country:
        c_size = _fit(badge.country, text_w, 9.5, min_size=0.1)
        fonts.draw_text(canvas, x + PAD, base - len(org_lines) * org_size * 1.2 - 1 * mm,
                        badge.country, c_size)
    canvas.setFillColor(colors.grey)
    fonts.draw_text(canvas, x + PAD, y + 2 * mm, badge.code, 7)
    draw_qr(canvas, badge.code, x + WIDTH - QUIET - QR_SIZE, y + QUIET, QR_SIZE)


def _cut_marks(canvas: rl_canvas.Canvas) -> None:
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.3)
    gap, length = 1.5 * mm, 5 * mm
    top, right = MARGIN_Y + ROWS * HEIGHT, MARGIN_X + COLUMNS * WIDTH
    for c in range(COLUMNS + 1):
        x = MARGIN_X + c * WIDTH
        canvas.line(x, top + gap, x, top + gap + length)
        canvas.line(x, MARGIN_Y - gap, x, MARGIN_Y - gap - length)
    for r in range(ROWS + 1):
        y = MARGIN_Y + r * HEIGHT
        canvas.line(MARGIN_X - gap, y, MARGIN_X - gap - length, y)
        canvas.line(right + gap, y, right + gap + length, y)


def write_badges(
    path: Path, badges: Sequence[Badge], *, one_per_page: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the badges; returns the number of pages. Nothing is written when cancelled."""
    with atomic_path(path) as target:
        return _draw_badges(target, badges, one_per_page=one_per_page, progress=progress,
                            cancelled=cancelled)


def _draw_badges(
    path: Path, badges: Sequence[Badge], *, one_per_page: bool,
    progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
) -> int:
    fonts.register_fonts()
    pagesize = (WIDTH, HEIGHT) if one_per_page else A4
    canvas = StreamingCanvas(str(path), pagesize=pagesize, initialFontName=fonts.SANS,
                             pageCompression=1)
    canvas.setTitle("Badges")
    canvas.setAuthor("confdesk")
    per_page = 1 if one_per_page else COLUMNS * ROWS
    total = len(badges)
    pages = 0
    for start in range(0, total, per_page):
        if cancelled is not None and cancelled():
            from confdesk.errors import BADGES_CANCELLED

            raise ExportCancelledError(BADGES_CANCELLED, code="export.cancelled")
        for i, badge in enumerate(badges[start:start + per_page]):
            if one_per_page:
                draw_badge(canvas, badge, 0, 0)
            else:
                col, row = i % COLUMNS, i // COLUMNS
                draw_badge(canvas, badge, MARGIN_X + col * WIDTH,
                           MARGIN_Y + (ROWS - 1 - row) * HEIGHT)
        if not one_per_page:
            _cut_marks(canvas)
        canvas.showPage()
        pages += 1
        if progress is not None:
            progress(min(start + per_page, total), total)
    if pages == 0:
        canvas.showPage()
        pages = 1
    canvas.save()
    return pages
