"""A comparison of two drafts as a redline, in PDF and in Word.

Insertions are underlined in blue, deletions struck through in red (a deleted paragraph keeps
its old number, in red), and a moved paragraph carries a "moved, was N" tag in orange. Other
paragraphs show their new number only: renumbering follows from the insertions and deletions.
Both writers take a `Comparison` (see `conclusions.diff`), never ORM rows.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from docx.enum.text import WD_COLOR_INDEX
from docx.shared import RGBColor
from reportlab.lib.enums import TA_LEFT
from reportlab.platypus import Paragraph

from confdesk.conclusions.diff import DELETE, INSERT, Comparison, ParagraphChange, Segment
from confdesk.conclusions.tree import DocumentText, EventInfo
from confdesk.exports.conclusions import docx as docx_export
from confdesk.exports.conclusions import pdf as pdf_export
from confdesk.exports.conclusions.common import CancelCheck, Progress, Tracker
from confdesk.exports.conclusions.pdf import counted
from confdesk.exports.pdf import fonts
from confdesk.text import clean_data

INSERT_HEX, DELETE_HEX, MOVE_HEX = "#1f4fbf", "#c0262d", "#c26a00"


def _title(comparison: Comparison) -> str:
    return "".join(s.text for s in comparison.title if s.op != DELETE) or "Comparison"


def _doc_for_pages(comparison: Comparison) -> DocumentText:
    """A tree used only for the page decoration: a comparison is always marked as a draft."""
    name = f"Comparison of {comparison.old_name} with {comparison.new_name}"
    return DocumentText(title=_title(comparison), sections=(), draft_name=name)


def _legend() -> str:
    return (f'<u><font color="{INSERT_HEX}">inserted</font></u>   '
            f'<strike><font color="{DELETE_HEX}">deleted</font></strike>   '
            f'<font color="{MOVE_HEX}"><i>[moved]</i></font>')


def _markup(segments: tuple[Segment, ...] | list[Segment]) -> str:
    parts = []
    for seg in segments:
        text = fonts.markup(seg.text)
        if seg.op == INSERT:
            parts.append(f'<u><font color="{INSERT_HEX}">{text}</font></u>')
        elif seg.op == DELETE:
            parts.append(f'<strike><font color="{DELETE_HEX}">{text}</font></strike>')
        else:
            parts.append(text)
    return "".join(parts)


def _label_markup(change: ParagraphChange) -> str:
    if change.kind == "deleted":
        return f'<strike><font color="{DELETE_HEX}">{change.old_label}</font></strike>'
    if change.kind == "added":
        return f'<font color="{INSERT_HEX}">{change.new_label}</font>'
    return change.new_label


def _tag(change: ParagraphChange) -> str:
    if not change.moved:
        return ""
    was = f", was {change.old_label}" if change.old_label else ""
    return f"[moved{was}] "


def _total(comparison: Comparison) -> int:
    """Lead-ins and paragraphs of a comparison: what its progress counts."""
    return sum(bool(section.title) + bool(section.lead_in) + len(section.paragraphs)
               for section in comparison.sections)


def to_redline_pdf(comparison: Comparison, event: EventInfo, *,
                   progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> bytes:
    """The redline of a comparison as an A4 PDF; `progress(done, total)` is told as each
    lead-in and paragraph is laid out, and `cancelled()`, when true, stops it."""
    comparison, event = clean_data(comparison), clean_data(event)
    st = pdf_export.styles()
    for key in ("body", "lead_in", "item", "sub"):  # justified spacing tears the underlines
        st[key].alignment = TA_LEFT
    page_doc = _doc_for_pages(comparison)
    story: list[Any] = pdf_export.heading(page_doc, event, st)
    story.append(Paragraph(
        fonts.markup(f"Changes from “{comparison.old_name}” to “{comparison.new_name}”"),
        st["event"]))
    story.append(Paragraph(_legend(), st["place"]))
    for section in comparison.sections:
        if section.title:
            story.append(counted(Paragraph(_markup(section.title), st["section"])))
        if section.lead_in:
            story.append(counted(Paragraph(_markup(section.lead_in), st["lead_in"])))
        for change in section.paragraphs:
            tag = _tag(change)
            text = (f'<font color="{MOVE_HEX}"><i>{tag}</i></font>' if tag else "")
            text += _markup(change.segments)
            if section.kind == "numbered_list":
                style = st["sub"] if change.depth else st["item"]
                label = _label_markup(change)
                story.append(counted(Paragraph(f"<bullet>{label}</bullet>{text}", style)))
            else:
                story.append(counted(Paragraph(text, st["body"])))
    return pdf_export.build(story, page_doc, Tracker(_total(comparison), progress, cancelled))


def _runs(para: Any, segments: tuple[Segment, ...] | list[Segment]) -> None:
    for seg in segments:
        run = para.add_run(seg.text)
        if seg.op == INSERT:
            run.font.underline = True
            run.font.color.rgb = RGBColor.from_string(INSERT_HEX[1:])
        elif seg.op == DELETE:
            run.font.strike = True
            run.font.color.rgb = RGBColor.from_string(DELETE_HEX[1:])


def to_redline_docx(comparison: Comparison, event: EventInfo, *,
                    progress: Progress | None = None,
                    cancelled: CancelCheck | None = None) -> bytes:
    """The redline of a comparison as a .docx (formatted runs, not tracked changes); told
    and stopped as `to_redline_pdf`."""
    comparison, event = clean_data(comparison), clean_data(event)
    tracker = Tracker(_total(comparison), progress, cancelled)
    tracker.check()
    word = docx_export.new_document(_doc_for_pages(comparison), event)
    intro = word.add_paragraph()
    intro.add_run(f"Changes from “{comparison.old_name}” to “{comparison.new_name}”: ")
    _runs(intro, [Segment(INSERT, "inserted"), Segment("equal", ", "),
                  Segment(DELETE, "deleted"), Segment("equal", ", ")])
    moved = intro.add_run("[moved]")
    moved.italic = True
    moved.font.highlight_color = WD_COLOR_INDEX.YELLOW
    for section in comparison.sections:
        if section.title:
            _runs(word.add_paragraph(style="Heading 2"), section.title)
            tracker.step()
        if section.lead_in:
            _runs(docx_export.body_paragraph(word), section.lead_in)
            tracker.step()
        for change in section.paragraphs:
            if section.kind == "numbered_list":
                para = word.add_paragraph()
                fmt = para.paragraph_format
                fmt.left_indent = docx_export.HANG * (change.depth + 1)
                fmt.first_line_indent = -docx_export.HANG
                fmt.tab_stops.add_tab_stop(docx_export.HANG * (change.depth + 1))
                op = {"added": INSERT, "deleted": DELETE}.get(change.kind, "equal")
                _runs(para, [Segment(op, change.label), Segment("equal", "\t")])
            else:
                para = docx_export.body_paragraph(word)
            tag = _tag(change)
            if tag:
                run = para.add_run(tag)
                run.italic = True
                run.font.color.rgb = RGBColor.from_string(MOVE_HEX[1:])
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            _runs(para, change.segments)
            tracker.step()
    out = BytesIO()
    word.save(out)
    tracker.finish()
    return out.getvalue()
