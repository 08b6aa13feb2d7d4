"""The structure an import read, as rows to show before anything is written.

One computation for `confdesk import document --dry-run` and the window's import preview:
sections (with their titles and lead-ins), the numbers as they will be printed, the
sub-paragraphs, and how many remarks (footnotes, comments) hang on each paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from confdesk.conclusions.tree import BULLET, DocumentText, SectionText
from confdesk.errors import Message
from confdesk.imports import messages as m

#: What a list style is called in the preview (catalogued: the window translates them).
STYLE_NAMES = {"decimal": m.STYLE_NUMBERED, "lower-letter": m.STYLE_LOWER_LETTER,
               "upper-letter": m.STYLE_UPPER_LETTER, "lower-roman": m.STYLE_LOWER_ROMAN,
               "upper-roman": m.STYLE_UPPER_ROMAN, BULLET: m.STYLE_BULLETS}


@dataclass(frozen=True)
class PreviewRow:
    """One line of the preview."""

    #: 0 for a section, 1 for its title or lead-in or a paragraph, 2 for a sub-paragraph.
    depth: int
    #: "section", "title", "lead-in", "paragraph" or "sub-paragraph".
    kind: str
    #: The number as printed ("3.", "(b)", "•"), or the section's description (a
    #: catalogued Message, as the section's `text`, its count of paragraphs).
    label: str
    text: str
    #: Footnotes, endnotes and comments that will become comments on this paragraph.
    remarks: int = 0
    #: The paragraph's (or section's) uid.
    uid: str = ""


def _describe(index: int, section: SectionText) -> Message:
    code = "document.part"
    if not section.numbered:
        return Message(m.PART_FREE, code=code, index=index)
    named = STYLE_NAMES.get(section.numbering)
    style = Message(named, code="document.style") if named else section.numbering
    if section.first_number == 1 or section.numbering == BULLET:
        return Message(m.PART_LIST, code=code, index=index, style=style)
    start = section.paragraphs[0].label if section.paragraphs else section.first_number
    return Message(m.PART_LIST_FROM, code=code, index=index, style=style, start=start)


def preview_rows(tree: DocumentText, remarks: dict[str, list[tuple[str, str]]] | None = None,
                 ) -> list[PreviewRow]:
    """The rows of the preview, in reading order."""
    remarks = remarks or {}
    rows = []
    for index, section in enumerate(tree.sections, start=1):
        count = sum(1 + len(p.children) for p in section.paragraphs)
        rows.append(PreviewRow(0, "section", _describe(index, section),
                               m.counted(m.PARAGRAPHS_ONE, m.PARAGRAPHS_MANY, count,
                                         "document.paragraphs"),
                               uid=section.uid))
        if section.title:
            rows.append(PreviewRow(1, "title", "Title", section.title))
        if section.lead_in:
            rows.append(PreviewRow(1, "lead-in", "Lead-in", section.lead_in))
        for para in section.paragraphs:
            rows.append(PreviewRow(1, "paragraph", para.label, para.text,
                                   len(remarks.get(para.uid, [])), para.uid))
            for child in para.children:
                rows.append(PreviewRow(2, "sub-paragraph", child.label, child.text,
                                       len(remarks.get(child.uid, [])), child.uid))
    return rows


def outline_lines(tree: DocumentText, remarks: dict[str, list[tuple[str, str]]] | None = None,
                  *, width: int = 100) -> list[str]:
    """The preview as plain text lines (the CLI's --dry-run)."""
    lines = [f"Title: {tree.title}" if tree.title else "Title: (none found)"]
    for row in preview_rows(tree, remarks):
        if row.kind == "section":
            lines.append(f"{row.label} ({row.text})")
            continue
        indent = "    " * row.depth
        text = row.text if len(row.text) <= width else row.text[: width - 1] + "…"
        note = f"  [{row.remarks} note{'s' if row.remarks != 1 else ''}]" if row.remarks else ""
        label = f"{row.label}: " if row.kind in ("title", "lead-in") else (
            f"{row.label} " if row.label else "")
        lines.append(f"{indent}{label}{text}{note}")
    return lines
