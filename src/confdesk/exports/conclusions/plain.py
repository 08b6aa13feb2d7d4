"""Plain text (for e-mail), Markdown (for the web) and the bulleted press extract."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable

from confdesk.conclusions.tree import BULLET, DocumentText, EventInfo, ParagraphText, shown_text
from confdesk.exports.conclusions.common import draft_line
from confdesk.text import clean_data, clean_text

#: The line under the heading; the importer knows it closes a heading (see document_text).
RULE = "=" * 60


def _heading(doc: DocumentText, event: EventInfo) -> list[str]:
    lines = [line for line in (draft_line(doc), doc.title, event.title,
                               ", ".join(p for p in (event.place, event.dates) if p)) if line]
    return [*lines, RULE, ""]


def _visible(paragraphs: Iterable[ParagraphText]) -> list[ParagraphText]:
    return [p for p in paragraphs if not p.deleted]


def to_text(doc: DocumentText, event: EventInfo, *, width: int = 0) -> str:
    """Plain text: heading, then paragraphs separated by blank lines; "1." and "(a)" labels.

    With `width`, lines are wrapped with hanging indents; by default one paragraph per line.
    """
    doc, event = clean_data(doc), clean_data(event)
    out = _heading(doc, event)

    def para(label: str, text: str, indent: int) -> None:
        first = " " * indent + (f"{label} " if label else "")
        if width:
            hang = " " * len(first) if label else " " * indent
            out.append(textwrap.fill(text, width, initial_indent=first, subsequent_indent=hang))
        else:
            out.append(first + text)
        out.append("")

    for section in doc.sections:
        if section.title:
            para("", section.title, 0)
        if section.lead_in:
            para("", section.lead_in, 0)
        for p in _visible(section.paragraphs):
            para(p.label, shown_text(p), 0)
            for child in _visible(p.children):
                para(child.label, shown_text(child), 4)
    return "\n".join(out).rstrip() + "\n"


def _md_escape(text: str) -> str:
    # A paragraph starting like "1994. …" or "- …" must not turn into a list.
    if text[:1] in "-+*#>" or re.match(r"\d+[.)](\s|$)", text):
        return "\\" + text
    return text


def to_markdown(doc: DocumentText, event: EventInfo) -> str:
    """Markdown: title, event line, lead-ins as paragraphs, numbered lists, (a) sub-items."""
    doc, event = clean_data(doc), clean_data(event)
    out = []
    if draft_line(doc):
        out += [f"**{draft_line(doc)}**", ""]
    out += [f"# {doc.title}", ""]
    where = ", ".join(p for p in (event.place, event.dates) if p)
    out += [f"*{event.title}*" + (f"  \n*{where}*" if where else ""), ""]
    for section in doc.sections:
        if section.title:
            out += [f"## {section.title}", ""]
        if section.lead_in:
            out += [_md_escape(section.lead_in), ""]
        visible = _visible(section.paragraphs)
        for p in visible:
            if section.numbered and section.numbering == BULLET:
                out.append(f"- {shown_text(p)}")
                for child in _visible(p.children):
                    out.append(f"    - ({child.number}) {shown_text(child)}")
            elif section.numbered:
                out.append(f"{p.number}. {shown_text(p)}")
                for child in _visible(p.children):
                    out.append(f"    - ({child.number}) {shown_text(child)}")
            else:
                out += [_md_escape(shown_text(p)), ""]
        if section.numbered and visible:
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_press_extract(doc: DocumentText, uids: Iterable[str] | None = None, *,
                     intro: str = "") -> str:
    """Chosen paragraphs (default: the last numbered list) as bullets for a press release.

    Each paragraph starts with a lower-case letter, as after "…their strong resolve to:".
    """
    doc, intro = clean_data(doc), clean_text(intro)
    chosen = set(uids) if uids is not None else None
    items: list[str] = []
    lead = intro
    if chosen is None:
        lists = [s for s in doc.sections if s.numbered]
        if lists:
            lead = lead or lists[-1].lead_in
            items = [p.text for p in _visible(lists[-1].paragraphs)]
    else:
        items = [p.text for _, p, _ in doc.paragraphs() if p.uid in chosen]
    out = [lead, ""] if lead else []
    for text in items:
        text = text[:1].lower() + text[1:] if text[1:2].islower() else text
        out.append(f"  • {text}")
    return "\n".join(out) + "\n"
