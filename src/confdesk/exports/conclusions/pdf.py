"""The outcome document as a formal A4 PDF (platypus, shipped fonts for every script).

Title, event, place and dates; the opening text; lead-ins; numbered paragraphs with hanging
indents and (a) sub-paragraphs; "Page n of N" at the foot. A draft carries its name and date in
the header of every page beside a boxed "DRAFT" stamp; the final text carries neither. With a
document symbol, every page's header carries it and the text's date.

Layout rules of formal texts: a heading and a lead-in are never left at the foot of a page
without their first paragraph (nor a paragraph that introduces sub-paragraphs without its
first one), and no paragraph leaves a single line at the foot or the top of a page (widows
and orphans).
"""

from __future__ import annotations

import itertools
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from confdesk.conclusions.tree import DocumentText, EventInfo, shown_text
from confdesk.exports.conclusions.common import (
    CancelCheck,
    Progress,
    Tracker,
    draft_line,
    page_of,
    printed_items,
    symbol_header,
)
from confdesk.exports.pdf import fonts
from confdesk.exports.pdf.participants_list import _numbered_canvas
from confdesk.text import clean_data

MARGIN = 25 * mm
HANG = 9 * mm
#: Line numbers: the right edge of the numbers, left of the text; their size and grey.
LINE_NUMBER_X = MARGIN - 4 * mm
LINE_NUMBER_SIZE = 7
LINE_NUMBER_GREY = colors.Color(0.45, 0.45, 0.45)
#: Attribute marking the flowables that count as one paragraph for the progress.
COUNTED = "_confdesk_counted"


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of outcome documents (also used by the redline)."""
    fonts.register_fonts()
    body = ParagraphStyle("body", fontName=fonts.SANS, fontSize=10.5, leading=14.5,
                          alignment=TA_JUSTIFY, spaceAfter=7, allowWidows=0, allowOrphans=0)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=fonts.SANS_BOLD, fontSize=16,
                                leading=20, alignment=TA_CENTER, spaceAfter=6),
        "event": ParagraphStyle("event", parent=body, fontSize=11.5, leading=15,
                                alignment=TA_CENTER, spaceAfter=2),
        "place": ParagraphStyle("place", parent=body, fontName=fonts.SANS_ITALIC,
                                alignment=TA_CENTER, spaceAfter=18),
        "body": body,
        "lead_in": ParagraphStyle("lead_in", parent=body, spaceBefore=4, spaceAfter=8),
        "section": ParagraphStyle("section", parent=body, fontName=fonts.SANS_BOLD,
                                  fontSize=12, leading=16, alignment=TA_LEFT, spaceBefore=10,
                                  spaceAfter=6),
        "item": ParagraphStyle("item", parent=body, leftIndent=HANG, bulletIndent=0,
                               bulletFontName=fonts.SANS),
        "sub": ParagraphStyle("sub", parent=body, leftIndent=2 * HANG, bulletIndent=HANG,
                              bulletFontName=fonts.SANS),
    }


def page_decorator(doc: DocumentText, symbol: str = "") -> Any:
    """The onPage callback: for a draft the header line and DRAFT mark; with a `symbol`, the
    symbol and the text's date at the top (the page numbers are the canvas's)."""
    line = draft_line(doc)
    left, right = symbol_header(doc, symbol) if symbol else ("", "")

    def decorate(canvas: Any, template: Any) -> None:
        width, height = A4
        canvas.saveState()
        if line and (left or right):  # above the draft's name, right of its stamp
            fonts.draw_text(canvas, width - MARGIN, height - 10.5 * mm,
                            " · ".join(p for p in (left, right) if p), 9, align="right")
        elif left or right:
            top = height - 14 * mm
            fonts.draw_text(canvas, MARGIN, top, left, 9.5, bold=True)
            fonts.draw_text(canvas, width - MARGIN, top, right, 9.5, align="right")
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
        if line:
            # A stamp at the top, not a diagonal watermark: text drawn across the page would
            # interleave with the body in extracted text (pdftotext, screen readers).
            red = colors.Color(0.7, 0.1, 0.1)
            top = height - 16 * mm
            canvas.setStrokeColor(red)
            canvas.setFillColor(red)
            canvas.setLineWidth(1.5)
            canvas.roundRect(MARGIN, top - 2.5 * mm, 34 * mm, 10 * mm, 2 * mm)
            fonts.draw_text(canvas, MARGIN + 17 * mm, top, "DRAFT", 16, bold=True,
                            align="center")
            name = line.removeprefix("DRAFT — ")
            size = fonts.fit_size(name, width - 2 * MARGIN - 40 * mm, 9, bold=True)
            fonts.draw_text(canvas, width - MARGIN, top + 1 * mm, name, size, align="right",
                            bold=True)
        canvas.restoreState()

    return decorate


def heading(doc: DocumentText, event: EventInfo, st: dict[str, ParagraphStyle]) -> list[Any]:
    flow: list[Any] = [Paragraph(fonts.markup(doc.title, bold=True), st["title"]),
                       Paragraph(fonts.markup(event.title), st["event"])]
    where = ", ".join(p for p in (event.place, event.dates) if p)
    flow.append(Paragraph(fonts.markup(where), st["place"]) if where else Spacer(1, 12))
    return flow


class LineCounter:
    """The running line number of one export, shared by its numbered paragraphs."""

    def __init__(self) -> None:
        self._numbers = itertools.count(1)

    def next(self) -> int:
        return next(self._numbers)


class NumberedParagraph(Paragraph):
    """A paragraph that prints, in the left margin, the running line number beside each of
    its lines as laid out (numbers are taken when the paragraph is drawn, so they follow the
    page order; the parts of a paragraph split across pages share the counter)."""

    def __init__(self, text: Any, style: ParagraphStyle, *args: Any,
                 counter: LineCounter | None = None, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.counter = counter

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts: list[Any] = super().split(availWidth, availHeight)
        for part in parts:  # reportlab makes the parts with self.__class__(...)
            if isinstance(part, NumberedParagraph):
                part.counter = self.counter
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        super().drawOn(canvas, x, y, _sW)
        if self.counter is None:
            return
        lines = len(getattr(getattr(self, "blPara", None), "lines", ()) or ())
        if not lines:
            return
        style = self.style
        baseline = y + self.height - style.fontSize
        canvas.saveState()
        canvas.setFillColor(LINE_NUMBER_GREY)
        canvas.setFont(fonts.SANS, LINE_NUMBER_SIZE)
        for index in range(lines):
            canvas.drawRightString(LINE_NUMBER_X, baseline - index * style.leading,
                                   str(self.counter.next()))
        canvas.restoreState()


class _CountingTemplate(SimpleDocTemplate):
    """A SimpleDocTemplate that steps a Tracker when a counted flowable is placed (or split
    across pages: its first part placed), and checks for cancellation at every flowable."""

    def __init__(self, *args: Any, tracker: Tracker | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tracker = tracker

    def handle_flowable(self, flowables: list[Any]) -> None:  # reportlab's name
        first = flowables[0] if flowables else None
        if self.tracker is not None:
            self.tracker.check()
        super().handle_flowable(flowables)
        placed = not flowables or flowables[0] is not first
        if self.tracker is not None and placed:
            for _ in range(getattr(first, COUNTED, 0)):
                self.tracker.step()


def counted(flowable: Any, paragraphs: int = 1) -> Any:
    """Mark `flowable` as `paragraphs` paragraphs for the progress; returns it."""
    setattr(flowable, COUNTED, paragraphs)
    return flowable


def kept(flowables: list[Any]) -> Any:
    """Flowables that go on one page together (a heading or lead-in and what it introduces),
    counted as as many paragraphs; a group too tall for a page still splits."""
    if len(flowables) == 1:
        return counted(flowables[0])
    return counted(KeepTogether(flowables), len(flowables))


def document_story(doc: DocumentText, st: dict[str, ParagraphStyle],
                   counter: LineCounter | None = None) -> list[Any]:
    """The sections' headings, lead-ins and paragraphs; whatever introduces what follows (a
    heading, a lead-in, a paragraph with sub-paragraphs or ending with a colon) is kept on one
    page with it. With a `counter`, the lead-ins and paragraphs (not the headings) carry line
    numbers in the margin."""
    story: list[Any] = []

    def body(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
        if counter is None:
            return Paragraph(text, style, bulletText=bullet)
        return NumberedParagraph(text, style, bulletText=bullet, counter=counter)

    pending: list[Any] = []

    def add(flowable: Any, introduces: bool) -> None:
        nonlocal pending
        pending.append(flowable)
        if not introduces:
            story.append(kept(pending))
            pending = []

    for section in doc.sections:
        if section.title:
            add(Paragraph(fonts.markup(section.title), st["section"]), True)
        if section.lead_in:
            add(body(fonts.markup(section.lead_in), st["lead_in"]), True)
        for para in section.paragraphs:
            if para.deleted:
                continue
            style, label = (st["item"], para.label) if section.numbered else (st["body"], None)
            children = [c for c in para.children if not c.deleted]
            text = shown_text(para)
            add(body(fonts.markup(text), style, label),
                bool(children) or _introduces(text))
            for child in children:
                text = shown_text(child)
                add(body(fonts.markup(text), st["sub"], child.label),
                    _introduces(text))
    if pending:
        story.append(kept(pending))
    return story


def _introduces(text: str) -> bool:
    return text.rstrip().endswith(":")


def build(story: list[Any], doc: DocumentText, tracker: Tracker | None = None,
          symbol: str = "") -> bytes:
    """Lay out a story on A4 with the document's page decoration ("Page n of N"; the symbol
    header with a `symbol`); returns the PDF bytes. With a `tracker`, flowables marked by
    `counted()` step it and it may stop the build."""
    out = BytesIO()
    template = _CountingTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=doc.title, author="confdesk",
        subject=doc.draft_name, initialFontName=fonts.SANS, tracker=tracker,
    )
    decorate = page_decorator(doc, symbol)
    label = page_of(doc.language)
    template.build(story, onFirstPage=decorate, onLaterPages=decorate,
                   canvasmaker=_numbered_canvas(label))
    if tracker is not None:
        tracker.finish()
    return out.getvalue()


def to_pdf(doc: DocumentText, event: EventInfo, *, symbol: str = "",
           line_numbers: bool = False, progress: Progress | None = None,
           cancelled: CancelCheck | None = None) -> bytes:
    """The formal PDF of a document tree; `progress(done, total)` is told as each printed
    paragraph (lead-ins count) is laid out, and `cancelled()`, when true, stops it with
    ExportCancelled. `symbol` (a document symbol) puts it and the text's date on every
    page's header. `line_numbers` numbers the lines of the lead-ins and paragraphs in the
    left margin, continuously through the document."""
    doc, event = clean_data(doc), clean_data(event)
    st = styles()
    story = heading(doc, event, st)
    story += document_story(doc, st, LineCounter() if line_numbers else None)
    # printed_items() walks the same lead-ins and paragraphs as the loop above.
    total = sum(1 for _item in printed_items(doc))
    return build(story, doc, Tracker(total, progress, cancelled), symbol)
