"""The outcome document as Word (.docx), built with python-docx.

Numbers are written as text ("1." or "(a)", a tab, the paragraph) in paragraphs with a hanging
indent and a tab stop, rather than as Word list numbering: Word and LibreOffice then show exactly
the same numbers (restarting per list, skipping deleted paragraphs, as confdesk derives them),
nothing renumbers when a delegate copies a paragraph into another file or an e-mail, and the
text read back (or converted by LibreOffice) is the text confdesk printed.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from confdesk.conclusions.tree import DocumentText, EventInfo
from confdesk.exports.conclusions.common import (
    TITLE_DEPTH,
    CancelCheck,
    Progress,
    Tracker,
    draft_line,
    printed_items,
)
from confdesk.text import clean_data

HANG = Cm(0.9)
FONT = "Noto Sans"


def new_document(doc: DocumentText, event: EventInfo) -> Any:
    """A Word document with the page set-up, header (drafts), page numbers and the heading."""
    word = Document()
    section = word.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    normal = word.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    # Section titles: Word's own heading style (it reads back as a heading), in the text's font.
    heading = word.styles["Heading 2"]
    heading.font.name, heading.font.size, heading.font.bold = FONT, Pt(12), True
    heading.font.color.rgb = RGBColor(0, 0, 0)
    heading.paragraph_format.space_before, heading.paragraph_format.space_after = Pt(12), Pt(6)
    line = draft_line(doc)
    if line:
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = header.add_run(line)
        run.bold = True
        run.font.color.rgb = RGBColor(0xB0, 0x1A, 0x1A)
    _page_number(section.footer.paragraphs[0])
    word.core_properties.title = doc.title
    word.core_properties.subject = doc.draft_name
    _centred(word, doc.title, size=16, bold=True)
    _centred(word, event.title, size=12)
    where = ", ".join(p for p in (event.place, event.dates) if p)
    if where:
        _centred(word, where, italic=True, after=18)
    return word


def _centred(word: Any, text: str, *, size: float = 10.5, bold: bool = False,
             italic: bool = False, after: float = 4) -> None:
    para = word.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.space_after = Pt(after)
    run = para.add_run(text)
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)


def _page_number(para: Any) -> None:
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run("Page ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    para._p.append(field)


def numbered_paragraph(word: Any, label: str, depth: int) -> Any:
    """An empty paragraph with a hanging indent, starting with `label` and a tab."""
    para = word.add_paragraph()
    fmt = para.paragraph_format
    fmt.left_indent = HANG * (depth + 1)
    fmt.first_line_indent = -HANG
    fmt.tab_stops.add_tab_stop(HANG * (depth + 1))
    para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para.add_run(f"{label}\t")
    return para


def body_paragraph(word: Any) -> Any:
    para = word.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return para


def to_docx(doc: DocumentText, event: EventInfo, *, progress: Progress | None = None,
            cancelled: CancelCheck | None = None) -> bytes:
    """The .docx bytes of a document tree; `progress(done, total)` is told after each printed
    paragraph (lead-ins count) and `cancelled()`, when true, stops it with ExportCancelled."""
    doc, event = clean_data(doc), clean_data(event)
    items = list(printed_items(doc))
    tracker = Tracker(len(items), progress, cancelled)
    tracker.check()
    word = new_document(doc, event)
    for label, text, depth, numbered in items:
        if depth == TITLE_DEPTH:  # Word's own heading style: it reads back as a heading
            word.add_paragraph(text, style="Heading 2")
            tracker.step()
            continue
        para = numbered_paragraph(word, label, depth) if numbered else body_paragraph(word)
        para.add_run(text)
        tracker.step()
    out = BytesIO()
    word.save(out)
    tracker.finish()
    return out.getvalue()
