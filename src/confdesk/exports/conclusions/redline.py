"""A comparison of two drafts as a redline, in PDF and in Word.

Insertions are underlined in blue, deletions struck through in red (a deleted paragraph keeps
its old number, in red), a moved paragraph carries a "moved, was N" tag in orange and its old
place a "N. moved to M." marker; a paragraph that only changed number says "was N" in grey.
Both writers take a `Comparison` (see `conclusions.diff`), never ORM rows; the Word redline is
made of tracked changes (`redline_docx`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.platypus import Paragraph

from confdesk.conclusions.diff import (
    DELETE,
    INSERT,
    Comparison,
    MoveOrigin,
    ParagraphChange,
    Segment,
)
from confdesk.conclusions.tree import DocumentText, EventInfo
from confdesk.exports.conclusions import pdf as pdf_export
from confdesk.exports.conclusions.common import CancelCheck, Progress, Tracker, shown_segments
from confdesk.exports.conclusions.pdf import counted
from confdesk.exports.pdf import fonts
from confdesk.text import clean_data

INSERT_HEX, DELETE_HEX, MOVE_HEX, WAS_HEX = "#1f4fbf", "#c0262d", "#c26a00", "#5a5a5a"


def _title(comparison: Comparison) -> str:
    return "".join(s.text for s in comparison.title if s.op != DELETE) or "Comparison"


def _doc_for_pages(comparison: Comparison) -> DocumentText:
    """A tree used only for the page decoration: a comparison is always marked as a draft."""
    name = f"Comparison of {comparison.old_name} with {comparison.new_name}"
    return DocumentText(title=_title(comparison), sections=(), draft_name=name)


def _legend() -> str:
    return (f'<u><font color="{INSERT_HEX}">inserted</font></u>   '
            f'<strike><font color="{DELETE_HEX}">deleted</font></strike>   '
            f'<font color="{MOVE_HEX}"><i>[moved]</i></font>   '
            f'<font color="{WAS_HEX}"><i>[was: the old number]</i></font>')


def _markup(segments: tuple[Segment, ...] | list[Segment]) -> str:
    # The empty anchor first: reportlab draws the underline (or strike line) of a paragraph
    # that starts with one under its hanging label on the wrapped lines, and short.
    parts = ['<a name="_"/>']
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


def _was(change: ParagraphChange) -> str:
    """"[was 4.]" beside a paragraph that only changed number (a moved one says it in its
    tag)."""
    if not change.renumbered or change.moved or not change.old_label:
        return ""
    return f'<font color="{WAS_HEX}"><i>[was {fonts.markup(change.old_label)}]</i></font> '


def _origin_markup(origin: MoveOrigin, new_label: str) -> str:
    """The marker at a moved paragraph's old place."""
    where = f" to {new_label}" if new_label else ""
    return f'<font color="{MOVE_HEX}"><i>[{fonts.markup(origin.old_label or "paragraph")} ' \
        f'moved{fonts.markup(where)}]</i></font>'


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
    new_labels = {c.uid: c.new_label for c in comparison.changes()}
    for section in comparison.sections:
        if section.title:
            story.append(counted(Paragraph(_markup(section.title), st["section"])))
        if section.lead_in:
            story.append(counted(Paragraph(_markup(section.lead_in), st["lead_in"])))
        numbered = section.kind == "numbered_list"

        def origins(after: str | None, section_uid: str = section.uid,
                    numbered: bool = numbered) -> None:
            for origin in comparison.origins_after(section_uid, after):
                text = _origin_markup(origin, new_labels.get(origin.uid, ""))
                if numbered:
                    style = st["sub"] if origin.depth else st["item"]
                    label = f'<strike><font color="{MOVE_HEX}">' \
                        f'{fonts.markup(origin.old_label)}</font></strike>'
                    story.append(Paragraph(f"<bullet>{label}</bullet>{text}", style))
                else:
                    story.append(Paragraph(text, st["body"]))

        origins(None)
        for change in section.paragraphs:
            tag = _tag(change)
            text = (f'<font color="{MOVE_HEX}"><i>{tag}</i></font>' if tag else "") + _was(change)
            text += _markup(shown_segments(change.segments, change.old_status,
                                           change.new_status))
            if numbered:
                style = st["sub"] if change.depth else st["item"]
                label = _label_markup(change)
                story.append(counted(Paragraph(f"<bullet>{label}</bullet>{text}", style)))
            else:
                story.append(counted(Paragraph(text, st["body"])))
            origins(change.uid)
    return pdf_export.build(story, page_doc, Tracker(_total(comparison), progress, cancelled))


def to_redline_docx(comparison: Comparison, event: EventInfo, *, author: str = "",
                    when: datetime | None = None, progress: Progress | None = None,
                    cancelled: CancelCheck | None = None) -> bytes:
    """The redline of a comparison as a .docx of Word tracked changes (see `redline_docx`)."""
    from confdesk.exports.conclusions import redline_docx

    return redline_docx.to_redline_docx(comparison, event, author=author, when=when,
                                        progress=progress, cancelled=cancelled)
