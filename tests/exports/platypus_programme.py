"""The programme's sessions as platypus laid them out until issue 14: a `Table` of
`Paragraph`s per session, kept together. Not a test: the reference that
`test_programme_layout` holds the canvas-drawn sessions of `exports.pdf.programme` to (same
pages, same text on each, same picture). The cover, running heads and styles are the
module's own; only the sessions' layout is the old one, kept here as it was.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from confdesk.exports.pdf import fonts
from confdesk.exports.pdf.programme import (
    A4_LAYOUT,
    A5_LAYOUT,
    ACCENT,
    BREAK_FILL,
    ProgrammeDoc,
    Progress,
    SetHead,
    Styles,
    _chunks,
    _cover,
    _p,
    person_markup,
    time_column,
    words,
)
from confdesk.plenary.interpretation import programme_line
from confdesk.programme.labels import day_label, kind_label, role_label
from confdesk.programme.models import SessionKind
from confdesk.programme.queries import ProgrammeSnapshot, SessionInfo
from confdesk.text import clean_data


class _SessionTable(Table):  # type: ignore[misc]  # reportlab has no type hints
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


def platypus_programme_pdf(snapshot: ProgrammeSnapshot, *, a5: bool = False,
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
