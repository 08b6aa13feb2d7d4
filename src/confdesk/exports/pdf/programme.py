"""The printed programme: a cover, then day by day every session with its people.

Built with platypus on A4, or on A5 for a pocket booklet. Every page after the cover has a
running head (event and day) and a page number. The cover and the days' headings are
paragraphs (`fonts.markup`); the sessions, thousands at a summit, are `SessionBlock`s set by
`textset` and drawn straight on the canvas. Either way names in Arabic or Chinese script
render with embedded fonts.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from typing import Any

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from confdesk import collector
from confdesk.editions import honorific
from confdesk.exports.pdf import fonts
from confdesk.exports.pdf.textset import (
    Look,
    Pen,
    SetText,
    TextCache,
    Typesetter,
)
from confdesk.plenary.interpretation import programme_line
from confdesk.programme.kinds import SessionKind
from confdesk.programme.labels import date_range, day_label, kind_label, role_label
from confdesk.programme.queries import PersonInfo, ProgrammeSnapshot, SessionInfo
from confdesk.registration.wording import in_running_text, joined
from confdesk.text import clean_text

Progress = Callable[[int, int], None]

#: What the programme and the speakers list print besides their data, by language.
WORDS: dict[str, dict[str, str]] = {
    "en": {"programme": "PROGRAMME", "convened": "Convened by {host}",
           "partners": "In partnership with {names}", "and": "and", "themes": "THEMES",
           "day": "Day {n}", "outside": "Outside the event", "sessions": "{n} sessions",
           "one_session": "1 session", "no_sessions": "No sessions are planned on this day.",
           "head": "{head} · Programme", "doc": "Programme: {title}",
           "speakers": "List of speakers", "people": "{n} people", "one_person": "1 person",
           "nobody": "Nobody has a role in the programme yet.",
           "speakers_head": "{head} · Speakers", "speakers_doc": "Speakers: {title}"},
    "fr": {"programme": "PROGRAMME", "convened": "Organisée par {host}",
           "partners": "En partenariat avec {names}", "and": "et", "themes": "THÈMES",
           "day": "Jour {n}", "outside": "Hors des dates de la manifestation",
           "sessions": "{n} séances", "one_session": "1 séance",
           "no_sessions": "Aucune séance n'est prévue ce jour-là.",
           "head": "{head} · Programme", "doc": "Programme : {title}",
           "speakers": "Liste des intervenants", "people": "{n} personnes",
           "one_person": "1 personne", "nobody": "Personne n'a encore de rôle au programme.",
           "speakers_head": "{head} · Intervenants", "speakers_doc": "Intervenants : {title}"},
}


def words(language: str) -> dict[str, str]:
    """The programme's own words in a language (English when it has none)."""
    return WORDS.get(language, WORDS["en"])

INK = colors.HexColor("#1b2a3a")
ACCENT = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#5b6673")
RULE = colors.HexColor("#c9d1da")
BREAK_FILL = colors.HexColor("#f1f3f5")


@dataclass(frozen=True)
class Layout:
    """Page size, margins and type sizes of one format."""

    pagesize: tuple[float, float]
    margin: float
    scale: float


A4_LAYOUT = Layout(A4, 20 * mm, 1.0)
A5_LAYOUT = Layout(A5, 12 * mm, 0.86)


class Styles:
    """The paragraph styles of programme documents, at one scale."""

    def __init__(self, scale: float) -> None:
        fonts.register_fonts()

        def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
            kw.setdefault("fontName", fonts.SANS)
            kw.setdefault("textColor", INK)
            return ParagraphStyle(name, fontSize=size * scale,
                                  leading=kw.pop("leading", size * 1.3) * scale, **kw)

        self.cover_kicker = style("kicker", 11, textColor=ACCENT, fontName=fonts.SANS_BOLD,
                                  spaceAfter=10 * scale)
        self.cover_title = style("cover", 28, leading=34, fontName=fonts.SANS_BOLD,
                                 textColor=ACCENT, spaceAfter=18 * scale)
        self.cover_line = style("coverline", 14, leading=20, spaceAfter=2 * scale)
        self.cover_small = style("coversmall", 11, leading=15, textColor=MUTED,
                                 spaceAfter=4 * scale)
        self.day = style("day", 18, leading=23, fontName=fonts.SANS_BOLD, textColor=ACCENT,
                         spaceAfter=2 * scale)
        self.day_sub = style("daysub", 9.5, textColor=MUTED, spaceAfter=10 * scale)
        self.time = style("time", 10, fontName=fonts.SANS_BOLD)
        self.room = style("room", 8.5, leading=11, textColor=MUTED)
        self.kind = style("kind", 7.5, leading=10, fontName=fonts.SANS_BOLD, textColor=MUTED)
        self.title = style("title", 11.5, leading=14.5, fontName=fonts.SANS_BOLD,
                           spaceAfter=2 * scale)
        self.role = style("role", 8, leading=11, fontName=fonts.SANS_BOLD, textColor=ACCENT,
                          spaceBefore=3 * scale)
        self.person = style("person", 9.5, leading=12.5, leftIndent=8 * scale)
        self.text = style("text", 9, leading=12.5, textColor=MUTED, spaceBefore=1 * scale,
                          spaceAfter=1 * scale)
        self.text_more = style("textmore", 9, leading=12.5, textColor=MUTED)
        self.break_ = style("break", 9.5, textColor=MUTED)
        self.head = 8 * scale


class SetHead(Flowable):
    """Invisible: sets the running head's right-hand text from this page on."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv._confdesk_head = self.text


class ProgrammeDoc(BaseDocTemplate):
    """A4 or A5 document with a cover template and a content template with running head."""

    def __init__(self, target: Any, layout: Layout, head: str, title: str,
                 progress: Progress | None = None, total: int = 0, *,
                 first_template: str = "cover") -> None:
        super().__init__(
            target, pagesize=layout.pagesize, leftMargin=layout.margin,
            rightMargin=layout.margin, topMargin=layout.margin + 6 * mm,
            bottomMargin=layout.margin + 4 * mm, title=title, author="confdesk",
            initialFontName=fonts.SANS,
        )
        self.layout, self.head, self.progress, self.total, self.done = (
            layout, head, progress, total, 0)
        #: Runs and widths of the document's texts; the running head fitted beside each day.
        self.setter = Typesetter()
        self._heads: dict[str, str] = {}
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [
            PageTemplate("cover", [frame]),
            PageTemplate("content", [frame], onPageEnd=self._decorate),
        ]
        if first_template == "content":
            templates.reverse()
        self.addPageTemplates(templates)

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.layout.pagesize
        margin, size = self.layout.margin, 8 * self.layout.scale
        canvas.saveState()
        canvas.setFillColor(MUTED)
        top = height - margin
        right_text = getattr(canvas, "_confdesk_head", "")
        head = self._heads.get(right_text)
        if head is None:
            room = width - 2 * margin - self.setter.line_width(right_text, size, bold=True) - 12
            head = self._heads[right_text] = fit_line(self.head, room, size)
        draw = self.setter.draw_line
        draw(canvas, margin, top, head, size)
        draw(canvas, width - margin, top, right_text, size, bold=True, align="right")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(margin, top - 4, width - margin, top - 4)
        draw(canvas, width / 2, margin - 2, str(doc.page), size, align="center")
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's hook)
        if getattr(flowable, "_confdesk_session", False) and self.progress is not None:
            self.done += 1
            self.progress(min(self.done, self.total), self.total)


def fit_line(text: str, width: float, size: float) -> str:
    """`text` cut at a word and ended with "…" so that it fits `width` at `size`."""
    if fonts.text_width(text, size) <= width:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        shorter = " ".join(words).rstrip(" ·,;:") + "…"
        if fonts.text_width(shorter, size) <= width:
            return shorter
    return text[: max(1, int(len(text) * width / max(fonts.text_width(text, size), 1)))] + "…"


def _p(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    return Paragraph(fonts.markup(text, bold=bold), style)


def person_name(p: PersonInfo, language: str = "en") -> str:
    """"H.E. Mr Didier Reynders"; in French "S. E. M. Didier Reynders"."""
    if language == "en" or not p.honorific:
        return p.display_name
    return f"{honorific(p.honorific, language)} {p.plain_name}".strip()


def affiliation(p: PersonInfo, language: str = "en") -> str:
    """The person's affiliation with the organisation named in the edition's language
    ("…, Belgique" in French)."""
    if language == "fr" and p.organisation_fr:
        return dataclasses.replace(p, organisation=p.organisation_fr).affiliation
    return p.affiliation


def person_markup(p: PersonInfo, language: str = "en") -> str:
    """"<b>H.E. Mr Didier Reynders</b>, Deputy Prime Minister, Belgium" as Paragraph markup."""
    name = f"<b>{fonts.markup(person_name(p, language), bold=True)}</b>"
    text = affiliation(p, language)
    return name + (f", {fonts.markup(text)}" if text else "")


def _cover(snapshot: ProgrammeSnapshot, st: Styles, language: str = "en") -> list[Flowable]:
    event, w = snapshot.event, words(language)
    story: list[Flowable] = [Spacer(1, 40 * st.day.fontSize / 18)]
    story.append(_p(w["programme"], st.cover_kicker))
    story.append(_p(event.text("title", language), st.cover_title, bold=True))
    story.append(_p(date_range(event.start_date, event.end_date, language), st.cover_line))
    place = ", ".join(part for part in (event.text("venue", language),
                                        event.text("city", language)) if part)
    if place:
        story.append(_p(place, st.cover_line))
    story.append(Spacer(1, 24))
    if event.host:
        host = event.text("host", language)
        # English sentences need "the" before some names; French texts are stored as said.
        host = in_running_text(host) if language == "en" else host
        story.append(_p(w["convened"].format(host=host), st.cover_small))
    if event.co_organisers:
        partners = [in_running_text(p) if language == "en" else p
                    for p in event.co_organisers]
        story.append(_p(w["partners"].format(names=joined(partners, w["and"])),
                        st.cover_small))
    if snapshot.themes:
        story.append(Spacer(1, 30))
        story.append(_p(w["themes"], st.cover_kicker))
        rows = [["", _p(t.name, st.cover_small)] for t in snapshot.themes]
        table = Table(rows, colWidths=[10, None], hAlign="LEFT")
        table.setStyle(TableStyle(
            [("BACKGROUND", (0, i), (0, i), colors.HexColor(t.colour))
             for i, t in enumerate(snapshot.themes)]
            + [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
               ("LEFTPADDING", (1, 0), (1, -1), 8),
               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        ))
        story.append(table)
    return story


def time_column(snapshot: ProgrammeSnapshot, st: Styles) -> float:
    """Width of the time column: wide enough for the times and, up to a limit, the rooms'
    names on one line."""
    widest = max([fonts.text_width("00:00–00:00", st.time.fontSize, bold=True)]
                 + [fonts.text_width(r.name, st.room.fontSize) for r in snapshot.rooms])
    scale = st.time.fontSize / 10
    return float(min(max(widest + 8, 24 * mm * scale), 38 * mm * scale))


#: Paddings of a session's two columns, as the table that drew sessions before had them:
#: the time column flush left, the text column 9 pt right of the coloured rule, 6 pt on the
#: right of both; rows 1 pt apart, the last 3 pt above the gap; a break 3 pt from the top
#: of its shaded band and 4 pt from its bottom, 6 pt above what follows.
_RIGHT, _TEXT_LEFT, _ROW_BELOW, _LAST_BELOW = 6.0, 9.0, 1.0, 3.0
_BREAK_ABOVE, _BREAK_BELOW, _BREAK_GAP = 3.0, 4.0, 6.0
#: Height of a row's empty side (a table cell's 12 pt leading).
_EMPTY = 12.0


class Row:
    """One row of a session block: what stands in the time column and in the text column."""

    __slots__ = ("left", "right", "content")

    def __init__(self, left: list[SetText], right: list[SetText]) -> None:
        self.left, self.right = left, right
        self.content = max(_cell_height(left), _cell_height(right))


def _cell_height(cell: list[SetText]) -> float:
    """A side's height: its paragraphs with the space between them (not above the first nor
    below the last); an empty side is one line of the table's text."""
    if not cell:
        return _EMPTY
    total = sum(p.height + p.look.before + p.look.after for p in cell)
    return total - cell[0].look.before - cell[-1].look.after


class SessionBlock(Flowable):
    """A session drawn straight on the canvas: times and room on the left, beside a rule in
    the theme's colour its kind, title, languages, description and people; a break on a
    shaded band.

    Each paragraph is set once when the block is built (`Typesetter`), so measuring the
    block costs nothing and drawing it writes one text object. A session is kept on one
    page (the block, with the gap under it, moves to the next page when it does not fit);
    one taller than half a page (`runs_on`) starts where it is and runs on from row to row,
    as does any session taller than a whole page. A block starts a new page where less
    than `keep` is left (a `CondPageBreak` before it, without a flowable of its own: one
    fewer for the frame to place, and no empty drawing, for each of thousands of sessions).
    """

    def __init__(self, rows: list[Row], width: float, time_w: float, colour: Color | None,
                 gap: float, cache: TextCache, *, runs_on: bool = False,
                 last: bool = True) -> None:
        super().__init__()
        self.rows, self.width, self.time_w, self.colour = rows, width, time_w, colour
        self.cache = cache
        self.gap, self.runs_on, self.last = gap, runs_on, last
        self.keep = 0.0
        self.is_break = colour is None
        self.heights = [self._row_height(i) for i in range(len(rows))]
        self.height = sum(self.heights) + (gap if last else 0.0)
        self._confdesk_session = last

    def _row_height(self, i: int) -> float:
        if self.is_break:
            return self.rows[i].content + _BREAK_ABOVE + _BREAK_BELOW
        below = _LAST_BELOW if self.last and i == len(self.rows) - 1 else _ROW_BELOW
        return self.rows[i].content + below

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availHeight < self.keep:  # too little left: does not fit, and will not split
            return self.width, availHeight + 1.0
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if availHeight < self.keep:
            return []  # on to the next page
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if not (self.runs_on or at_top):
            return []  # kept together: on to the next page
        used, n = 0.0, 0
        for height in self.heights:
            if used + height > availHeight:
                break
            used += height
            n += 1
        if n == 0:
            return []
        if n == len(self.rows):  # all but the gap: the gap goes on alone
            return [SessionBlock(self.rows, self.width, self.time_w, self.colour, 0.0,
                                 self.cache, runs_on=True, last=self.last),
                    Spacer(1, self.gap)]
        first = SessionBlock(self.rows[:n], self.width, self.time_w, self.colour, self.gap,
                             self.cache, runs_on=True, last=False)
        rest = SessionBlock(self.rows[n:], self.width, self.time_w, self.colour, self.gap,
                            self.cache, runs_on=True, last=self.last)
        return [first, rest]

    def draw(self) -> None:
        canvas, time_w = self.canv, self.time_w
        top = table_top = self.height  # the gap is under the rows
        if self.is_break:
            canvas.saveState()
            canvas.setFillColor(BREAK_FILL)
            canvas.rect(time_w, top - self.heights[0], self.width - time_w, self.heights[0],
                        stroke=0, fill=1)
            canvas.restoreState()
        text = PDFTextObject(canvas)
        pen = Pen(text, self.cache)
        above = _BREAK_ABOVE if self.is_break else 0.0
        for row, height in zip(self.rows, self.heights, strict=True):
            for x, cell in ((0.0, row.left), (time_w + _TEXT_LEFT, row.right)):
                y = top - above
                for n, paragraph in enumerate(cell):
                    if n:
                        y -= paragraph.look.before
                    pen.draw(paragraph, x, y)
                    y -= paragraph.height + paragraph.look.after
            top -= height
        canvas.drawText(text)
        if self.colour is not None:
            self._rule(canvas, time_w, top, table_top)

    def _rule(self, canvas: Canvas, x: float, bottom: float, top: float) -> None:
        """The rule in the session's colour; its pen written once per colour and document,
        then from memory (between q and Q, it changes nothing after it)."""
        colour = self.colour
        assert colour is not None
        code = canvas._code
        pen = self.cache.rules.get(id(colour))
        if pen is None:
            canvas.saveState()
            start = len(code)
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(2.5)
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            self.cache.rules[id(colour)] = (colour, code[start:])
            canvas.line(x, bottom, x, top)
            canvas.restoreState()
            return
        code.append("q")
        code.extend(pen[1])
        code.append(f"n {fp_str(x, bottom)} m {fp_str(x, top)} l S")
        code.append("Q")


class SessionSetter:
    """Builds the blocks of a document's sessions: its looks, its typesetter, its widths."""

    def __init__(self, st: Styles, width: float, height: float, time_w: float,
                 language: str, working: tuple[str, ...]) -> None:
        self.setter = Typesetter()
        self.text_cache = TextCache()
        self.paragraphs: dict[tuple[str, int, float, bool], SetText] = {}
        #: What sessions share: their times, kind lines, the rooms' names (and whether one
        #: wraps), the themes' colours.
        self.times: dict[tuple[time, time], SetText] = {}
        self.kinds: dict[tuple[SessionKind, str], SetText] = {}
        self.wraps: dict[str, bool] = {}
        self.colours: dict[str, Color] = {}
        #: The languages line by floor language, interpretation and kind of session.
        self.languages: dict[tuple[str, tuple[str, ...], SessionKind], str] = {}
        self.width, self.height, self.time_w = width, height, time_w
        self.language, self.working = language, working
        self.left_w = time_w - _RIGHT
        self.right_w = width - time_w - _TEXT_LEFT - _RIGHT
        self.gap = 12 * st.time.fontSize / 10
        look = _look
        self.time, self.room, self.kind = look(st.time), look(st.room), look(st.kind)
        self.title, self.role, self.person = look(st.title), look(st.role), look(st.person)
        self.text, self.text_more, self.break_ = look(st.text), look(st.text_more), look(st.break_)

    def _set(self, text: str, look: Look, width: float, *, bold: bool = False) -> SetText:
        """`text` set in `look` for `width`: the same text in the same look is the same
        paragraph (times, rooms, kinds, role names and the languages line repeat on every
        page), set once and drawn from what it was written as (`Pen`)."""
        key = (text, id(look), width, bold)  # (the looks live as long as the setter)
        set_text = self.paragraphs.get(key)
        if set_text is None:
            latin = fonts.SANS_BOLD if bold or look.font == fonts.SANS_BOLD else fonts.SANS
            set_text = self.paragraphs[key] = self.setter.set(
                look, self.setter.runs(text, bold=bold, latin=latin), width)
        return set_text

    def _person(self, p: PersonInfo) -> SetText:
        runs = self.setter.runs(person_name(p, self.language), bold=True)
        text = affiliation(p, self.language)
        if text:
            runs += ((fonts.SANS, ", "),) + self.setter.runs(text)
        return self.setter.set(self.person, runs, self.right_w)

    def _wraps(self, room: str) -> bool:
        """True when a room's name is too wide for one line of the time column."""
        wraps = self.wraps.get(room)
        if wraps is None:
            wraps = self.wraps[room] = sum(
                self.setter.width(font, part, self.room.size)
                for font, part in self.setter.runs(room)) > self.time_w - 8
        return wraps

    def blocks(self, s: SessionInfo) -> list[Flowable]:
        """The flowables of a session: a block, with what decides where it may break."""
        left_w, right_w = self.left_w, self.right_w
        times = self.times.get((s.start_time, s.end_time))
        if times is None:
            times = self.times[(s.start_time, s.end_time)] = self._set(
                s.time_range, self.time, left_w)
        left = [times]
        if s.room is not None:
            left.append(self._set(s.room.name, self.room, left_w))
        if s.kind == SessionKind.BREAK:
            rows = [Row(left, [self._set(s.title, self.break_, right_w)])]
            block = SessionBlock(rows, self.width, self.time_w, None, _BREAK_GAP,
                                 self.text_cache)
            block.keep = 60
            return [block]
        language = self.language
        theme = s.theme.name if s.theme else ""
        kind = self.kinds.get((s.kind, theme))
        if kind is None:
            kind = self.kinds[(s.kind, theme)] = self._set(
                kind_label(s.kind, language).upper()
                + (f"  ·  {theme.upper()}" if s.theme else ""), self.kind, right_w)
        right: list[list[SetText]] = [[kind,
                                       self._set(s.title, self.title, right_w, bold=True)]]
        key = (s.floor_language, s.interpretation, s.kind)
        languages = self.languages.get(key)
        if languages is None:
            languages = self.languages[key] = programme_line(
                s.floor_language, s.interpretation, self.working, s.kind, language)
        if languages:
            right.append([self._set(languages, self.role, right_w)])
        description = clean_text(s.description or "")
        for paragraph in description.split("\n\n"):
            for n, chunk in enumerate(_chunks(" ".join(paragraph.split()))):
                look = self.text if n == 0 else self.text_more
                right.append([self._set(chunk, look, right_w)])
        for role, people in s.role_groups():
            right.append([self._set(role_label(role, len(people), language), self.role,
                                    right_w)])
            right += [[self._person(p)] for p in people]
        lefts: list[list[SetText]] = [left] + [[] for _ in right[1:]]
        if s.room is not None and len(right) > 1 and self._wraps(s.room.name):
            # A room name that wraps goes under the time in the next row, so that it does not
            # stretch the title's row and open a gap under the title.
            lefts[0], lefts[1] = left[:1], left[1:]
        rows = [Row(a, b) for a, b in zip(lefts, right, strict=True)]
        colour = ACCENT
        if s.theme:
            colour = self.colours.get(s.theme.colour) or self.colours.setdefault(
                s.theme.colour, colors.HexColor(s.theme.colour))
        block = SessionBlock(rows, self.width, self.time_w, colour, self.gap, self.text_cache)
        # Kept on one page unless taller than half a page: then it starts where it is (with
        # room for its title) and runs on, rather than leaving most of a page empty.
        if (len(rows) > 12 or len(description) > 800) and \
                block.height - self.gap > self.height / 2:
            block.runs_on = True
            block.gap, block.height = 0.0, block.height - self.gap
            block.keep = 120
            return [block, Spacer(1, self.gap)]
        block.keep = 60
        return [block]


def _look(style: ParagraphStyle) -> Look:
    return Look(style.fontName, style.fontSize, style.leading, style.textColor,
                style.leftIndent, style.spaceBefore, style.spaceAfter)


def _chunks(text: str, size: int = 500) -> list[str]:
    """A long paragraph cut at spaces into pieces of about `size` characters: each becomes a
    table row, so a description longer than a page splits across pages instead of failing."""
    pieces: list[str] = []
    while len(text) > size:
        cut = text.rfind(" ", 0, size)
        cut = cut if cut > 0 else size
        pieces.append(text[:cut])
        text = text[cut:].lstrip()
    return pieces + ([text] if text else [])


def programme_story(snapshot: ProgrammeSnapshot, st: Styles, width: float,
                    height: float, language: str = "en") -> list[Flowable]:
    """Cover, then each day on a new page with its sessions."""
    w = words(language)
    story = _cover(snapshot, st, language)
    sessions_set = SessionSetter(st, width, height, time_column(snapshot, st), language,
                                 snapshot.event.working_languages)
    story.append(NextPageTemplate("content"))
    event_days = snapshot.event.days
    for day in snapshot.days:
        sessions = snapshot.sessions_on(day)
        story.append(PageBreak())
        number = w["day"].format(n=event_days.index(day) + 1) if day in event_days \
            else w["outside"]
        story.append(SetHead(day_label(day, language)))
        story.append(_p(day_label(day, language), st.day, bold=True))
        used = {s.room.id for s in sessions if s.room}
        rooms = [r.name for r in snapshot.rooms if r.id in used]
        counted = w["one_session"] if len(sessions) == 1 else \
            w["sessions"].format(n=len(sessions))
        story.append(_p(f"{number}  ·  {counted}"
                        + (f"  ·  {', '.join(rooms)}" if rooms else ""), st.day_sub))
        if not sessions:
            story.append(_p(w["no_sessions"], st.text))
        for s in sessions:
            story += sessions_set.blocks(s)
    return story


def programme_pdf(snapshot: ProgrammeSnapshot, *, a5: bool = False,
                  progress: Progress | None = None, language: str = "en") -> bytes:
    """The programme as PDF bytes, A4 (or A5 for a booklet), in English or French."""
    # Every text printed is cleaned on its way to the page (`fonts.visual_line`), and the
    # descriptions before they are cut into paragraphs: no `clean_data` of the whole snapshot,
    # which rebuilds every person for their sort key.
    layout = A5_LAYOUT if a5 else A4_LAYOUT
    buffer = io.BytesIO()
    event, w = snapshot.event, words(language)
    title = clean_text(event.text("title", language))
    head = clean_text(event.short_name) or title
    doc = ProgrammeDoc(buffer, layout, w["head"].format(head=head), w["doc"].format(title=title),
                       progress, len(snapshot.sessions))
    # The set paragraphs, rows and blocks of every session (some 50,000 objects at 1,600
    # sessions) live until the document is saved, and hold no cycles: the cyclic collector
    # would walk them again each time enough were made (a fifth of setting them).
    with collector.paused():
        doc.build(programme_story(snapshot, Styles(layout.scale), doc.width, doc.height,
                                  language))
    if progress is not None:
        progress(len(snapshot.sessions), len(snapshot.sessions))
    return buffer.getvalue()
