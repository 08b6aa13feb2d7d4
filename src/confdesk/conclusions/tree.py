"""The plain text tree of an outcome document, shared by the working text and every snapshot.

Exports, the comparison and the editor's read-only views take a `DocumentText`, never ORM rows.
A tree is built from a JSON-able *content* dict (the form snapshots store):

    {"title": str, "kind": str, "language": str,
     "sections": [{"uid", "kind", "lead_in", ["title", "numbering", "first_number"],
                   "paragraphs": [{"uid", "text", "status", ["brackets"], "children": [...]}]}]}

(a section's "title", "numbering" and "first_number" are written only when they differ from
"", "decimal" and 1, and a paragraph's "brackets" (spans of its text between square
brackets, see `conclusions.brackets`) only when it has some, so that the content of a
document without them reads as before).

Numbering rule (the only place it is applied): in a numbered section, the top-level paragraphs
whose status is not "deleted" are numbered 1, 2, 3… in order; their non-deleted sub-paragraphs
are lettered (a), (b)…; deleted paragraphs get an empty label and do not consume a number, so
deleting paragraph 3 renumbers 4 as 3. Paragraphs of a free-text section are never numbered.
A numbered section may count from another `first_number` and in another style (letters, roman
numerals, or bullets, which label every paragraph "•"): see `LIST_STYLES`.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from confdesk.conclusions.brackets import normalise, render

DELETED = "deleted"
BRACKETED = "bracketed"
FREE_TEXT = "free_text"
NUMBERED_LIST = "numbered_list"
DECIMAL = "decimal"
BULLET = "bullet"
#: How a numbered section labels its top-level paragraphs: style → (number, label) of n.
LIST_STYLES: dict[str, Any] = {
    DECIMAL: lambda n: (str(n), f"{n}."),
    "lower-letter": lambda n: (letter(n - 1), f"({letter(n - 1)})"),
    "upper-letter": lambda n: (letter(n - 1).upper(), f"{letter(n - 1).upper()}."),
    "lower-roman": lambda n: (roman(n), f"({roman(n)})"),
    "upper-roman": lambda n: (roman(n).upper(), f"{roman(n).upper()}."),
    BULLET: lambda n: (str(n), "•"),
}


@dataclass(frozen=True)
class ParagraphText:
    """One paragraph as read: identity, derived number, text, status, sub-paragraphs."""

    uid: str
    text: str
    status: str = "proposed"
    #: "3" or "b"; empty in free text and for deleted paragraphs.
    number: str = ""
    #: How the number is printed: "3." or "(b)"; empty when there is no number.
    label: str = ""
    children: tuple[ParagraphText, ...] = ()
    #: Spans of `text` between square brackets, as [start, end) offsets.
    brackets: tuple[tuple[int, int], ...] = ()

    @property
    def deleted(self) -> bool:
        return self.status == DELETED


@dataclass(frozen=True)
class SectionText:
    """A free-text part or a numbered list with its lead-in."""

    uid: str
    kind: str
    lead_in: str = ""
    paragraphs: tuple[ParagraphText, ...] = ()
    #: A heading printed above the section; empty: none.
    title: str = ""
    #: A key of `LIST_STYLES`.
    numbering: str = DECIMAL
    first_number: int = 1

    @property
    def numbered(self) -> bool:
        return self.kind == NUMBERED_LIST


@dataclass(frozen=True)
class DocumentText:
    """A whole document as read from the working text or a snapshot."""

    title: str
    sections: tuple[SectionText, ...]
    kind: str = "chairs_conclusions"
    language: str = "en"
    #: "Draft 1 — 31 March 2014 20:00", "Final" or "Working text".
    draft_name: str = "Working text"
    draft_date: datetime | None = None
    #: The adopted text: exports print no DRAFT mark.
    final: bool = False

    def paragraphs(self, *, include_deleted: bool = False) -> Iterator[
            tuple[SectionText, ParagraphText, int]]:
        """Every paragraph in reading order as (section, paragraph, depth)."""
        for section in self.sections:
            for para in section.paragraphs:
                if para.deleted and not include_deleted:
                    continue
                yield section, para, 0
                for child in para.children:
                    if child.deleted and not include_deleted:
                        continue
                    yield section, child, 1


@dataclass(frozen=True)
class EventInfo:
    """What a document's heading says about the event."""

    title: str
    place: str = ""
    #: "31 March – 1 April 2014".
    dates: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def letter(index: int) -> str:
    """0 → a, 25 → z, 26 → aa."""
    letters = string.ascii_lowercase
    if index < 0:  # a list counting from 0 or below: no letter for it
        return str(index + 1)
    if index < 26:
        return letters[index]
    return letter(index // 26 - 1) + letters[index % 26]


def roman(number: int) -> str:
    """12 → xii (numbers outside 1–3999 as digits)."""
    if not 0 < number < 4000:
        return str(number)
    out = []
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                          (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                          (4, "iv"), (1, "i")):
        while number >= value:
            out.append(digits)
            number -= value
    return "".join(out)


def section_extras(title: str, numbering: str, first_number: int) -> dict[str, Any]:
    """The optional keys of a section's content: only those that differ from the defaults."""
    extras: dict[str, Any] = {}
    if title:
        extras["title"] = title
    if numbering and numbering != DECIMAL:
        extras["numbering"] = numbering
    if first_number != 1:
        extras["first_number"] = first_number
    return extras


def _paragraph(data: dict[str, Any], number: str, *, sub: bool, numbered: bool,
               label: str = "") -> ParagraphText:
    children = []
    count = 0
    for child in data.get("children", []):
        if child.get("status") == DELETED or not numbered:
            children.append(_paragraph(child, "", sub=True, numbered=numbered))
        else:
            children.append(_paragraph(child, letter(count), sub=True, numbered=numbered))
            count += 1
    if number and not label:
        label = f"({number})" if sub else f"{number}."
    return ParagraphText(
        uid=data["uid"], text=data.get("text", ""), status=data.get("status", "proposed"),
        number=number, label=label, children=tuple(children),
        brackets=normalise(data.get("brackets", ()), len(data.get("text", ""))),
    )


def tree_from_content(content: dict[str, Any], **meta: Any) -> DocumentText:
    """Build the numbered tree from stored content; `meta` sets draft_name, draft_date, final."""
    sections = []
    for sec in content.get("sections", []):
        numbered = sec.get("kind") == NUMBERED_LIST
        style = sec.get("numbering") or DECIMAL
        labelled = LIST_STYLES.get(style, LIST_STYLES[DECIMAL])
        first = int(sec.get("first_number", 1))
        paragraphs = []
        count = 0
        for para in sec.get("paragraphs", []):
            if numbered and para.get("status") != DELETED:
                number, label = labelled(first + count)
                count += 1
                paragraphs.append(_paragraph(para, number, sub=False, numbered=True,
                                             label=label))
            else:
                paragraphs.append(_paragraph(para, "", sub=False, numbered=numbered))
        sections.append(SectionText(
            uid=sec["uid"], kind=sec.get("kind", NUMBERED_LIST), lead_in=sec.get("lead_in", ""),
            paragraphs=tuple(paragraphs), title=sec.get("title", ""), numbering=style,
            first_number=first,
        ))
    return DocumentText(
        title=content.get("title", ""), sections=tuple(sections),
        kind=content.get("kind", "chairs_conclusions"), language=content.get("language", "en"),
        **meta,
    )


def paragraph_extras(brackets: Any) -> dict[str, Any]:
    """The optional keys of a paragraph's content: its bracket spans when it has some."""
    return {"brackets": [list(span) for span in brackets]} if brackets else {}


def _para_content(para: ParagraphText) -> dict[str, Any]:
    return {
        "uid": para.uid, "text": para.text, "status": para.status,
        **paragraph_extras(para.brackets),
        "children": [_para_content(c) for c in para.children],
    }


def content_of(doc: DocumentText) -> dict[str, Any]:
    """The JSON-able content of a tree (numbers left out: they are derived)."""
    return {
        "title": doc.title, "kind": doc.kind, "language": doc.language,
        "sections": [
            {"uid": s.uid, "kind": s.kind, "lead_in": s.lead_in,
             **section_extras(s.title, s.numbering, s.first_number),
             "paragraphs": [_para_content(p) for p in s.paragraphs]}
            for s in doc.sections
        ],
    }


def shown_text(para: ParagraphText) -> str:
    """The text as printed in a draft: bracketed paragraphs between square brackets, and
    bracketed parts of a paragraph between their own."""
    text = render(para.text, para.brackets) if para.brackets else para.text
    if para.status == BRACKETED and not text.startswith("["):
        return f"[{text}]"
    return text
