"""Read an outcome document's structure from pasted text, a .txt file or a .docx file.

Rules, applied to the lines of the text (a .docx paragraph counts as one line):

- A *marked* line starts a list item: "1.", "1)", "- 1." (top-level, numbered); "(a)", "a)",
  "(iv)" (a sub-paragraph of the last numbered item of the list); "•", "-", "–", "*" (a
  top-level item). A marked line is an item even when it ends with ":" (the reference's
  "…mass atrocities:"). Word's own list numbering counts as a marker (level 0 or deeper).
- An unmarked line *continues* the paragraph before it (joined with one space) when that
  paragraph does not end a sentence (its last character, past closing quotes and brackets, is
  not one of . ; : ! ? …) and either the line follows directly, or it follows blank lines or a
  page break (form feed) but does not begin a new sentence (a capitalised word such as "The").
  So "…the Great Lakes" ⏎⏎ "(ICGLR) protocol…" is one paragraph again, while a title without
  a full stop followed by "On the initiative…" is not. An unmarked line starting with a
  lower-case letter always continues.
- An unmarked paragraph ending with ":" whose next paragraph is an item is the *lead-in* of a
  new numbered section. Items without a lead-in open a numbered section with an empty lead-in.
- Other unmarked paragraphs form free-text sections (the opening text, a closing text).
- A first paragraph of at most 100 characters that ends no sentence is taken as the title.
- A heading closed by a rule line ("====", as confdesk's own text export writes) gives the
  title (its first line, past a "DRAFT — …" stamp); its other lines restate the event and are
  left out.
- Text is kept as written: curly quotes, dashes, accents; only runs of spaces are collapsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from confdesk.conclusions.models import new_uid
from confdesk.conclusions.tree import FREE_TEXT, NUMBERED_LIST, DocumentText, tree_from_content
from confdesk.db.errors import UserError


class DocumentImportError(UserError):
    """The file cannot be read as an outcome document."""


_NUMBER = re.compile(r"^(?:[-–•]\s*)?(\d{1,3})[.)]\s+")
_LETTER = re.compile(r"^(?:[-–•]\s*)?(?:\(([a-z]{1,2}|[ivxl]{1,6})\)|([a-z]|[ivx]{1,4})\))\s+")
_BULLET = re.compile(r"^[•▪‣◦·*\-–—]\s+")
_SENTENCE_END = re.compile(r"[.;:!?…][\"'”’»)\]]*$")
_NEW_SENTENCE = re.compile(r"^[\"'“‘«]?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")


@dataclass
class _Line:
    text: str
    #: Blank lines or a page break come before this line.
    after_gap: bool = False
    #: Word list level of a .docx paragraph (None: not a Word list item).
    list_level: int | None = None


@dataclass
class _Block:
    text: str
    #: "number", "letter", "bullet" or "" (unmarked).
    marker: str = ""


def _marker(line: _Line) -> tuple[str, str]:
    """(kind of marker, text without it) of one line."""
    text = line.text
    if line.list_level is not None:
        return ("letter" if line.list_level > 0 else "number"), text
    if m := _NUMBER.match(text):
        return "number", text[m.end():]
    if m := _LETTER.match(text):
        return "letter", text[m.end():]
    if m := _BULLET.match(text):
        return "bullet", text[m.end():]
    return "", text


def _continues(previous: _Block, line: _Line, body: str) -> bool:
    if _SENTENCE_END.search(previous.text):
        return False
    if body[:1].islower():
        return True
    return not line.after_gap or not _NEW_SENTENCE.match(body)


def _blocks(lines: list[_Line]) -> list[_Block]:
    blocks: list[_Block] = []
    for line in lines:
        kind, body = _marker(line)
        body = _SPACES.sub(" ", body.strip())
        if not body:
            continue
        if not kind and blocks and _continues(blocks[-1], line, body):
            blocks[-1].text = f"{blocks[-1].text} {body}"
            continue
        blocks.append(_Block(body, kind))
    return blocks


def _paragraph(text: str) -> dict[str, Any]:
    return {"uid": new_uid(), "text": text, "status": "proposed", "children": []}


def _structure(blocks: list[_Block], title: str) -> dict[str, Any]:
    if not title and len(blocks) > 1 and not blocks[0].marker:
        first = blocks[0].text
        if len(first) <= 100 and not _SENTENCE_END.search(first):
            title = first
            blocks = blocks[1:]
    sections: list[dict[str, Any]] = []

    def open_section(kind: str, lead_in: str = "") -> dict[str, Any]:
        sections.append({"uid": new_uid(), "kind": kind, "lead_in": lead_in, "paragraphs": []})
        return sections[-1]

    current: dict[str, Any] | None = None
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if not block.marker:
            if block.text.endswith(":") and following is not None and following.marker:
                current = open_section(NUMBERED_LIST, block.text)
                continue
            if current is None or current["kind"] != FREE_TEXT:
                current = open_section(FREE_TEXT)
            current["paragraphs"].append(_paragraph(block.text))
            continue
        if current is None or current["kind"] != NUMBERED_LIST:
            current = open_section(NUMBERED_LIST)
        items = current["paragraphs"]
        if block.marker == "letter" and items:
            items[-1]["children"].append(_paragraph(block.text))
        else:
            items.append(_paragraph(block.text))
    if not sections:
        raise DocumentImportError("The text holds no paragraph to import.")
    return {"title": title, "kind": "chairs_conclusions", "language": "en", "sections": sections}


def parse_text(text: str, *, title: str = "") -> DocumentText:
    """Parse pasted or .txt text into a document tree with fresh uids."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines: list[_Line] = []
    gap = False
    for raw in text.split("\n"):
        pieces = raw.split("\f")
        for i, piece in enumerate(pieces):
            if i > 0:
                gap = True
            if not piece.strip():
                gap = True
                continue
            lines.append(_Line(piece.strip(), after_gap=gap))
            gap = False
    lines, heading_title = _split_heading(lines)
    return tree_from_content(_structure(_blocks(lines), title or heading_title))


_RULE = re.compile(r"^[=_]{3,}$")
_DRAFT_STAMP = re.compile(r"^DRAFT(\s+[—–-]\s+.*)?$")


def _split_heading(lines: list[_Line]) -> tuple[list[_Line], str]:
    """Lines after a rule-closed heading in the first lines, and the heading's title."""
    for index, line in enumerate(lines[:7]):
        if _RULE.match(line.text):
            heading = [h.text for h in lines[:index] if not _DRAFT_STAMP.match(h.text)]
            rest = lines[index + 1:]
            if rest:
                rest[0] = _Line(rest[0].text, after_gap=True, list_level=rest[0].list_level)
            return rest, heading[0] if heading else ""
    return lines, ""


def _list_level(para: Any) -> int | None:
    """The Word list level of a paragraph, set on it or on its style (None: not a list)."""
    holders = [para._p]
    style = para.style
    while style is not None:
        holders.append(style.element)
        style = style.base_style
    for holder in holders:
        ppr = holder.pPr
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            if not num_pr.numId.val:  # numId 0 switches a style's numbering off
                return None
            return num_pr.ilvl.val if num_pr.ilvl is not None else 0
    return None


def _docx_lines(path: Path) -> list[_Line]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise DocumentImportError(f"{path.name} is not a Word (.docx) document.") from exc
    lines: list[_Line] = []
    for para in document.paragraphs:
        level = _list_level(para)
        for piece in para.text.replace("\f", "\n").split("\n"):
            if piece.strip():
                lines.append(_Line(piece.strip(), after_gap=True, list_level=level))
    return lines


def read_document(path: Path, *, title: str = "") -> DocumentText:
    """Read a .txt (UTF-8) or .docx file into a document tree with fresh uids."""
    if not path.is_file():
        raise DocumentImportError(f"No such file: {path}")
    if path.suffix.lower() == ".docx":
        return tree_from_content(_structure(_blocks(_docx_lines(path)), title))
    if path.suffix.lower() == ".doc":
        raise DocumentImportError("Old Word .doc files cannot be read; save it as .docx first.")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentImportError(f"{path.name} is not UTF-8 text.") from exc
    return parse_text(text, title=title)
