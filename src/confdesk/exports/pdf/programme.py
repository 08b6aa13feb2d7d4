"""The printed programme: a cover, then day by day every session with its people.

Built with platypus on A4, or on A5 for a pocket booklet. Every page after the cover has a
running head (event and day) and a page number; every text goes through `fonts.markup`, so
names in Arabic or Chinese script render with embedded fonts.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from confdesk.editions import honorific
from confdesk.exports.pdf import fonts
from confdesk.plenary.interpretation import programme_line
from confdesk.programme.labels import date_range, day_label, kind_label, role_label
from confdesk.programme.models import SessionKind
from confdesk.programme.queries import PersonInfo, ProgrammeSnapshot, SessionInfo
from confdesk.registration.wording import in_running_text, joined
from confdesk.text import clean_data

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
        room = width - 2 * margin - fonts.text_width(right_text, size, bold=True) - 12
        fonts.draw_text(canvas, margin, top, fit_line(self.head, room, size), size)
        fonts.draw_text(canvas, width - margin, top, right_text, size, bold=True, align="right")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(margin, top - 4, width - margin, top - 4)
        fonts.draw_text(canvas, width / 2, margin - 2, str(doc.page), size, align="center")
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


class _SessionTable(Table):
    """A session's table, laid out once for a width.

    Kept together, a session is measured by `KeepTogether` and then again by the frame that
    places it (and for a long one, by `_session` itself): three layouts of every paragraph
    for one drawing. Its rows' heights do not depend on the height offered (it is not a
    long table that reportlab stops measuring at the bottom of the space offered), so a
    complete layout for a width serves the others. A layout cut short by the height offered
    is not reused; split across pages, the parts are new tables, laid out anew.
    """

    _laid_out_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._laid_out_for != availWidth:
            super().wrap(availWidth, availHeight)
            complete = self._height <= availHeight
            self._laid_out_for = availWidth if complete else None
        return self._width, self._height


def _session(s: SessionInfo, st: Styles, width: float, height: float,
             time_w: float, language: str = "en",
             working: tuple[str, ...] = ()) -> list[Flowable]:
    left: list[Flowable] = [_p(s.time_range, st.time)]
    if s.room is not None:
        left.append(_p(s.room.name, st.room))
    if s.kind == SessionKind.BREAK:
        table = _SessionTable([[left, _p(s.title, st.break_)]],
                              colWidths=[time_w, width - time_w])
        table.setStyle(TableStyle([
            ("BACKGROUND", (1, 0), (1, 0), BREAK_FILL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
            ("LEFTPADDING", (0, 0), (0, 0), 0), ("LEFTPADDING", (1, 0), (1, 0), 9),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        table._confdesk_session = True
        return [KeepTogether([table, Spacer(1, 6)])]
    kind = kind_label(s.kind, language).upper() + (
        f"  ·  {s.theme.name.upper()}" if s.theme else "")
    rows: list[list[Any]] = [[left, [_p(kind, st.kind), _p(s.title, st.title, bold=True)]]]
    languages = programme_line(s.floor_language, s.interpretation, working, s.kind, language)
    if languages:
        rows.append(["", _p(languages, st.role)])
    for paragraph in (s.description or "").split("\n\n"):
        for n, chunk in enumerate(_chunks(" ".join(paragraph.split()))):
            rows.append(["", _p(chunk, st.text if n == 0 else st.text_more)])
    for role, people in s.role_groups():
        rows.append(["", _p(role_label(role, len(people), language), st.role)])
        rows += [["", Paragraph(person_markup(p, language), st.person)] for p in people]
    if s.room is not None and len(rows) > 1 and (
            fonts.text_width(s.room.name, st.room.fontSize) > time_w - 8):
        # A room name that wraps goes under the time in the next row, so that it does not
        # stretch the title's row and open a gap under the title.
        rows[0][0], rows[1][0] = left[0], left[1]
    colour = colors.HexColor(s.theme.colour) if s.theme else ACCENT
    table = _SessionTable(rows, colWidths=[time_w, width - time_w], splitByRow=True)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("LINEBEFORE", (1, 0), (1, -1), 2.5, colour),
        ("LEFTPADDING", (0, 0), (0, -1), 0), ("LEFTPADDING", (1, 0), (1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 3),
    ]))
    table._confdesk_session = True
    gap = Spacer(1, 12 * st.time.fontSize / 10)
    # Kept on one page unless taller than half a page: then it starts where it is (with room
    # for its title) and runs on, rather than leaving most of a page empty.
    if (len(rows) > 12 or len(s.description) > 800) and table.wrap(width, height)[1] > height / 2:
        return [CondPageBreak(120), table, gap]
    return [KeepTogether([table, gap])]


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
    time_w = time_column(snapshot, st)
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
            story.append(CondPageBreak(60))
            story += _session(s, st, width, height, time_w, language,
                              snapshot.event.working_languages)
    return story


def programme_pdf(snapshot: ProgrammeSnapshot, *, a5: bool = False,
                  progress: Progress | None = None, language: str = "en") -> bytes:
    """The programme as PDF bytes, A4 (or A5 for a booklet), in English or French."""
    snapshot = clean_data(snapshot)
    layout = A5_LAYOUT if a5 else A4_LAYOUT
    buffer = io.BytesIO()
    event, w = snapshot.event, words(language)
    title = event.text("title", language)
    head = event.short_name or title
    doc = ProgrammeDoc(buffer, layout, w["head"].format(head=head), w["doc"].format(title=title),
                       progress, len(snapshot.sessions))
    doc.build(programme_story(snapshot, Styles(layout.scale), doc.width, doc.height,
                              language))
    if progress is not None:
        progress(len(snapshot.sessions), len(snapshot.sessions))
    return buffer.getvalue()
