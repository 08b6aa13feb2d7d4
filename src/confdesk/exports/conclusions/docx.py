"""The outcome document as Word (.docx), built with python-docx.

Paragraph numbers are Word's own list numbering (see `wordml`): one list per numbered section,
restarting as confdesk numbers it, sub-paragraphs lettered "(a)" at the list's second level.
Word and LibreOffice show the numbers confdesk derives, and a delegation that inserts or deletes
a paragraph in Word gets the right numbers. Every paragraph has a named style (a secretariat
restyles the document by changing it); lead-ins are kept with their first paragraph, and every
paragraph has widow/orphan control.
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, RGBColor

from confdesk.conclusions.tree import DocumentText, EventInfo, shown_text
from confdesk.exports.conclusions import wordml
from confdesk.exports.conclusions.common import (
    CancelCheck,
    Progress,
    Tracker,
    draft_line,
    page_of,
    symbol_header,
)
from confdesk.exports.conclusions.wordml import BODY, PARAGRAPH, SUB_PARAGRAPH
from confdesk.text import clean_data


def new_document(doc: DocumentText, event: EventInfo, *, symbol: str = "",
                 heading: bool = True) -> Any:
    """A Word document with the page set-up, styles, header (drafts; the symbol and date when
    `symbol` is given), "Page n of N" and (unless not `heading`) the heading."""
    word = Document()
    section = word.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    wordml.set_up_styles(word)
    line = draft_line(doc)
    header = section.header.paragraphs[0]
    if symbol:
        left, right = symbol_header(doc, symbol)
        header.add_run(left).bold = True
        stops = header.paragraph_format.tab_stops
        for inherited in header.style.paragraph_format.tab_stops:  # the Header style's
            stops.add_tab_stop(inherited.position, WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)  # the date at the right margin
        header.add_run(f"\t{right}")
        if line:
            header = section.header.add_paragraph()
    if line:
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = header.add_run(line)
        run.bold = True
        run.font.color.rgb = RGBColor(0xB0, 0x1A, 0x1A)
    page, of, _end = re.split(r"\{[nm]\}", page_of(doc.language))  # "Page ", " of ", ""
    wordml.page_of_pages(section.footer.paragraphs[0], page.strip(), of.strip())
    word.core_properties.title = doc.title
    word.core_properties.subject = doc.draft_name
    if symbol:
        word.core_properties.identifier = symbol
    if heading:
        word.add_paragraph(doc.title, style=wordml.TITLE)
        word.add_paragraph(event.title, style=wordml.EVENT)
        where = ", ".join(p for p in (event.place, event.dates) if p)
        if where:
            word.add_paragraph(where, style=wordml.PLACE)
    return word


def to_docx(doc: DocumentText, event: EventInfo, *, symbol: str = "",
            line_numbers: bool = False, progress: Progress | None = None,
            cancelled: CancelCheck | None = None) -> bytes:
    """The .docx bytes of a document tree; `progress(done, total)` is told after each printed
    paragraph (lead-ins count) and `cancelled()`, when true, stops it with ExportCancelled.
    `symbol` (a document symbol such as "A/CONF.1/L.2") puts it and the date in the header.
    `line_numbers`: Word's line numbering on the body text (not the title or headings)."""
    doc, event = clean_data(doc), clean_data(event)
    total = sum(bool(s.title) + bool(s.lead_in)
                + sum(1 + sum(not c.deleted for c in p.children)
                      for p in s.paragraphs if not p.deleted) for s in doc.sections)
    tracker = Tracker(total, progress, cancelled)
    tracker.check()
    word = new_document(doc, event, symbol=symbol)
    if line_numbers:
        wordml.number_lines(word)
    lists = wordml.Lists(word)
    for section in doc.sections:
        if section.title:
            word.add_paragraph(section.title, style=wordml.SECTION_HEADING)
            tracker.step()
        if section.lead_in:
            word.add_paragraph(section.lead_in, style=wordml.LEAD_IN)
            tracker.step()
        num_id = lists.new_list(section.numbering, section.first_number) if section.numbered \
            else 0
        for para in section.paragraphs:
            if para.deleted:
                continue
            children = [c for c in para.children if not c.deleted]
            _add(word, shown_text(para), num_id, 0, introduces=bool(children))
            tracker.step()
            for child in children:
                _add(word, shown_text(child), num_id, 1)
                tracker.step()
    out = BytesIO()
    word.save(out)
    tracker.finish()
    return out.getvalue()


def _add(word: Any, text: str, num_id: int, level: int, *, introduces: bool = False) -> Any:
    """A paragraph of the text, numbered in list `num_id` (0: none) at `level`; one that
    introduces what follows (sub-paragraphs, or a colon at its end) is kept with it."""
    style = (SUB_PARAGRAPH if level else PARAGRAPH) if num_id else BODY
    if introduces or text.rstrip().endswith(":"):
        style = wordml.INTRODUCING[style]
    para = word.add_paragraph(text, style=style)
    if num_id:
        wordml.number_paragraph(para, num_id, level)
    return para
