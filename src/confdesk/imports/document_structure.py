"""Blocks → the content of a document: sections (free text or lists, with titles and lead-ins),
paragraphs and sub-paragraphs, and the footnotes and comments to attach (see `document_text`).
"""

from __future__ import annotations

from typing import Any

from confdesk.conclusions.models import new_uid
from confdesk.conclusions.tree import BULLET, DECIMAL, FREE_TEXT, NUMBERED_LIST
from confdesk.imports import messages as m
from confdesk.imports.document_blocks import (
    BRACKETED,
    HEADING_START,
    SENTENCE_END,
    Block,
)
from confdesk.imports.errors import DocumentImportError

#: The longest text taken as a section title (the column holds 400 characters).
TITLE_LIMIT = 300


def _nest_interleaved(blocks: list[Block]) -> None:
    """A run of items of another Word list between two items of one list (a "List Number 2"
    list inside a "List Number" one) are sub-paragraphs of the item before the run."""
    index = 0
    while index < len(blocks):
        outer = blocks[index]
        if not outer.list_id or outer.level or outer.marker == "heading":
            index += 1
            continue
        end = index + 1
        while end < len(blocks) and blocks[end].list_id and blocks[end].list_id != outer.list_id:
            end += 1
        if end > index + 1 and end < len(blocks) and blocks[end].list_id == outer.list_id \
                and blocks[end].level == 0:
            for inner in blocks[index + 1:end]:
                inner.level = max(inner.level, 1)
                inner.marker = "letter"
        index = max(end, index + 1)


def _is_heading(block: Block, following: Block | None) -> bool:
    """A plain-text line that reads as a heading: short, no sentence end, standing alone."""
    if block.marker or following is None or not block.alone:
        return False
    text = block.text
    return (len(text) <= 100 and len(text.split()) <= 12 and not SENTENCE_END.search(text)
            and bool(HEADING_START.match(text)))


def _is_lead_in(block: Block, following: Block | None) -> bool:
    if block.marker or following is None or following.marker not in ("number", "letter",
                                                                       "bullet"):
        return False
    if following.marker == "letter" and following.level > 0 and following.style == BULLET:
        return False
    text = block.text
    if text.endswith(":"):
        return True
    # Without a colon: "…express their resolve to" (ends on a lower-case word) is a lead-in;
    # "Recommendations" or "II. Resolve" over a list is the list's heading.
    last = text.split()[-1]
    return not SENTENCE_END.search(text) and len(text.split()) > 1 and last[:1].islower()


class _Builder:
    """Sections and paragraphs from blocks, with the remarks to attach and the notes."""

    def __init__(self) -> None:
        self.sections: list[dict[str, Any]] = []
        self.current: dict[str, Any] | None = None
        self.pending_title = ""
        self.pending_remarks: list[tuple[str, str]] = []
        self.remarks: dict[str, list[tuple[str, str]]] = {}
        self.flattened = 0
        self.relettered = 0

    def open(self, kind: str, lead_in: str = "", *, style: str = DECIMAL,
             first: int = 1) -> dict[str, Any]:
        section: dict[str, Any] = {"uid": new_uid(), "kind": kind, "lead_in": lead_in,
                                   "paragraphs": []}
        if self.pending_title:
            section["title"], self.pending_title = self.pending_title, ""
        if kind == NUMBERED_LIST:
            if style != DECIMAL:
                section["numbering"] = style
            if first != 1:
                section["first_number"] = first
        self.sections.append(section)
        self.current = section
        return section

    def paragraph(self, text: str, remarks: list[tuple[str, str]]) -> dict[str, Any]:
        uid = new_uid()
        status = "proposed"
        if BRACKETED.match(text):  # printed so by confdesk: a paragraph under negotiation
            text, status = text[1:-1].strip(), "bracketed"
        para: dict[str, Any] = {"uid": uid, "text": text, "status": status, "children": []}
        attached = self.pending_remarks + remarks
        self.pending_remarks = []
        if attached:
            self.remarks[uid] = attached
        return para

    def heading(self, block: Block) -> None:
        if self.pending_title:
            self.open(FREE_TEXT)
        self.pending_title = block.text
        self.pending_remarks += block.remarks
        self.current = None

    def free(self, block: Block) -> None:
        if self.current is None or self.current["kind"] != FREE_TEXT or self.pending_title:
            self.open(FREE_TEXT)
        assert self.current is not None
        self.current["paragraphs"].append(self.paragraph(block.text, block.remarks))

    def lead_in(self, block: Block, following: Block) -> None:
        self.open(NUMBERED_LIST, block.text, style=following.style,
                  first=following.value or 1)
        self.pending_remarks += block.remarks

    def _continues_list(self, block: Block) -> bool:
        current = self.current
        if current is None or current["kind"] != NUMBERED_LIST or self.pending_title:
            return False
        items = current["paragraphs"]
        style = current.get("numbering", DECIMAL)
        if style != block.style:
            return False
        if not items or block.value is None or style == BULLET:
            return True
        return bool(block.value == current.get("first_number", 1) + len(items))

    def item(self, block: Block) -> None:
        current = self.current
        sub = block.level > 0 or (
            block.marker == "letter" and current is not None
            and current["kind"] == NUMBERED_LIST and current["paragraphs"]
            and current.get("numbering", DECIMAL) in (DECIMAL, BULLET)
            and block.style in ("lower-letter", "lower-roman") and not self.pending_title)
        if sub and current is not None and current["kind"] == NUMBERED_LIST \
                and current["paragraphs"] and not self.pending_title:
            self.flattened += block.level > 1
            self.relettered += block.style != "lower-letter"
            current["paragraphs"][-1]["children"].append(
                self.paragraph(block.text, block.remarks))
            return
        if block.level > 0:  # a sub-item with nothing above it: an item of its own list
            block = Block(block.text, block.marker, block.value, block.style, 0, block.remarks)
        if not self._continues_list(block):
            self.open(NUMBERED_LIST, style=block.style, first=block.value or 1)
        assert self.current is not None
        self.current["paragraphs"].append(self.paragraph(block.text, block.remarks))

    def finish(self) -> None:
        if self.pending_title:
            self.open(FREE_TEXT)
        if self.pending_remarks:
            paragraphs = [p for s in self.sections for p in s["paragraphs"]]
            if paragraphs:
                self.remarks.setdefault(paragraphs[-1]["uid"], []).extend(self.pending_remarks)


def build_content(blocks: list[Block], title: str, notes: list[str], *, text_headings: bool,
                  ) -> tuple[dict[str, Any], dict[str, list[tuple[str, str]]]]:
    """The document content (see `conclusions.tree`) and the remarks by paragraph uid;
    `notes` gets what was changed on the way; `text_headings` finds headings in plain text."""
    # A first heading is the document's title when it outranks every other heading (a
    # Heading 1 over Heading 2 sections); among equal headings it is the first section's.
    first_is_title = bool(blocks) and not blocks[0].table_row and (blocks[0].marker == "" or (
        blocks[0].marker == "heading" and all(
            b.heading_level > blocks[0].heading_level for b in blocks[1:]
            if b.marker == "heading")))
    if not title and len(blocks) > 1 and first_is_title and not _is_lead_in(blocks[0],
                                                                            blocks[1]):
        first = blocks[0].text
        if len(first) <= 100 and not SENTENCE_END.search(first):
            title = first
            blocks = blocks[1:]
    _nest_interleaved(blocks)
    builder = _Builder()
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.table_row or (block.marker == "heading" and len(block.text) > TITLE_LIMIT):
            builder.free(block)  # a "heading" longer than a title: a paragraph in that style
        elif block.marker == "heading":
            builder.heading(block)
        elif block.marker:
            builder.item(block)
        elif _is_lead_in(block, following):
            assert following is not None
            builder.lead_in(block, following)
        elif text_headings and _is_heading(block, following):
            builder.heading(block)
        else:
            builder.free(block)
    builder.finish()
    if not any(s["paragraphs"] or s["lead_in"] for s in builder.sections):
        raise DocumentImportError(m.NO_PARAGRAPH, code="document.empty")
    if builder.flattened:
        notes.append(m.counted(m.FLATTENED_ONE, m.FLATTENED_MANY, builder.flattened,
                               "document.note"))
    if builder.relettered:
        notes.append(m.counted(m.RELETTERED_ONE, m.RELETTERED_MANY, builder.relettered,
                               "document.note"))
    content = {"title": title, "kind": "chairs_conclusions", "language": "en",
               "sections": builder.sections}
    return content, builder.remarks

