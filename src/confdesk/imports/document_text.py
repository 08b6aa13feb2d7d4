"""Read an outcome document's structure from pasted text, a .txt file or a .docx file.

Rules, applied to the lines of the text (a .docx paragraph counts as one line):

- A *marked* line starts a list item: "1.", "1)", "- 1." (numbered); "(a)", "a)", "(iv)"
  (lettered or roman); "•", "-", "–", "*" (a bullet). A marked line is an item even when it
  ends with ":" (the reference's "…mass atrocities:"). Word's automatic numbering counts as
  the marker, with its format, level and value as Word shows them (see `docx_numbering`).
- Lettered items under a numbered item are its sub-paragraphs; straight under a lead-in (no
  numbered item before them) they are the list's own items, labelled (a), (b)….
- A numbered item whose number does not follow the one before (a "1." after "3.") starts a
  new list, so two lists in a row stay two lists; a list may start at any number.
- An unmarked line *continues* the paragraph before it (joined with one space) when that
  paragraph does not end a sentence (its last character, past closing quotes and brackets, is
  not one of . ; : ! ? …) and either the line follows directly, or it follows blank lines or a
  page break (form feed) after an item or a long paragraph (a page break cut it) and does not
  begin a new sentence (a capitalised word such as "The"). So "…the Great Lakes" ⏎⏎ "(ICGLR)
  protocol…" is one paragraph again, while a short title stands alone. An unmarked line
  starting with a lower-case letter always continues. The first lines of a text, before its
  first blank line, are a title block and never run into each other.
- An unmarked paragraph right before a list item is the list's *lead-in* when it ends with
  ":" or ends no sentence at all ("…express their resolve to"); one ending with a full stop
  stays free text and the list gets an empty lead-in.
- A *heading* (a Word heading style or outline level; in text, a short line of at most 12
  words that ends no sentence and stands alone) starts a new section and is its title.
- Other unmarked paragraphs form free-text sections (the opening text, a closing text).
- The title: the caller's, or a title block — confdesk's text export closes its heading with a
  rule line ("===="), its Word export centres it; a Word "Title" paragraph; otherwise a
  first paragraph of at most 100 characters that ends no sentence. The other lines of
  confdesk's heading restate the event and are left out (the report says so).
- A paragraph wholly between square brackets is under negotiation: status "bracketed", the
  brackets left out (confdesk prints bracketed paragraphs so).
- Text is kept as written: curly quotes, dashes, accents; only runs of spaces are collapsed
  and characters no document can hold (control characters) are removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from confdesk.conclusions.models import new_uid
from confdesk.conclusions.tree import (
    BULLET,
    DECIMAL,
    FREE_TEXT,
    NUMBERED_LIST,
    DocumentText,
    tree_from_content,
)
from confdesk.imports.docx_reader import WordParagraph, read_word
from confdesk.imports.errors import DocumentImportError, TrackedChangesError
from confdesk.imports.text_encoding import clean, decode

__all__ = ["DocumentImportError", "ImportedDocument", "TrackedChangesError", "import_document",
           "import_text", "parse_text", "read_document"]

_NUMBER = re.compile(r"^(?:[-–•]\s*)?(\d{1,3})[.)](?:\s+|$)")
_LETTER = re.compile(
    r"^(?:[-–•]\s*)?(?:\(([a-z]{1,2}|[ivxl]{1,6})\)|([a-z]|[ivx]{1,4})\))(?:\s+|$)")
_CAPITAL = re.compile(r"^([A-Z]|[IVXL]{1,6})[.)]\t")
_BULLET = re.compile(r"^[•▪‣◦·*\-–—](?:\s+|$)")
_ROMAN = re.compile(r"^(?=[ivxl])(x{0,3}l?x{0,3})(ix|iv|v?i{0,3})$")
_SENTENCE_END = re.compile(r"[.;:!?…][\"'”’»)\]]*$")
_NEW_SENTENCE = re.compile(r"^[\"'“‘«]?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]")
_HEADING_START = re.compile(r"^[\"'“‘«(]?[A-ZÀ-ÖØ-ÞĀ-Ž0-9]")
_BRACKETED = re.compile(r"^\[[^\[\]]+\]$")
_SPACES = re.compile(r"[ \t\u00a0]{2,}|\t")

#: Word's list formats → the section numbering they become.
_WORD_STYLES = {"decimal": DECIMAL, "decimalZero": DECIMAL, "lowerLetter": "lower-letter",
                "upperLetter": "upper-letter", "lowerRoman": "lower-roman",
                "upperRoman": "upper-roman", "bullet": BULLET}


@dataclass
class ImportedDocument:
    """What an import read: the tree, the report and the remarks to attach."""

    tree: DocumentText
    #: What was converted or left out, one sentence each (the import report).
    notes: list[str] = field(default_factory=list)
    #: Paragraph uid → (author, text) of the footnotes, endnotes and comments anchored in it.
    remarks: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


@dataclass
class _Line:
    text: str
    #: Blank lines or a page break come before this line.
    after_gap: bool = False
    #: The Word paragraph the line comes from (None: plain text).
    word: WordParagraph | None = None


@dataclass
class _Block:
    text: str
    #: "number", "letter", "bullet", "heading" or "" (unmarked).
    marker: str = ""
    #: The item's number (1 for a, i…), None when not known.
    value: int | None = None
    #: The list style of a top-level item ("decimal", "lower-letter", "bullet"…).
    style: str = DECIMAL
    #: 0 for a list's own item, 1 for a sub-paragraph.
    level: int = 0
    remarks: list[tuple[str, str]] = field(default_factory=list)
    #: The line stands alone (blank lines after it, or a Word paragraph).
    alone: bool = True
    #: The Word list it belongs to ("": typed, or not a Word list item).
    list_id: str = ""
    #: A Word heading's outline level (0 for Heading 1).
    heading_level: int = 0


def _letter_value(token: str) -> int:
    value = 0
    for char in token:
        value = value * 26 + ord(char) - ord("a") + 1
    return value if len(set(token)) == 1 else ord(token[-1]) - ord("a") + 1


def _roman_value(token: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total = 0
    for i, char in enumerate(token):
        v = values[char]
        total += -v if i + 1 < len(token) and values[token[i + 1]] > v else v
    return total


def _typed_marker(text: str) -> tuple[_Block, str, str] | None:
    """The marker typed at the start of `text`, the text without it, and a lower-case roman
    token ("iv") that might be a letter instead (see `_settle_roman`)."""
    if m := _NUMBER.match(text):
        return _Block("", "number", int(m.group(1))), text[m.end():], ""
    if m := _LETTER.match(text):
        token = m.group(1) or m.group(2)
        if _ROMAN.match(token) and (len(token) > 1 or token == "i"):
            return (_Block("", "letter", _roman_value(token), "lower-roman"), text[m.end():],
                    token)
        return _Block("", "letter", _letter_value(token), "lower-letter"), text[m.end():], ""
    if m := _BULLET.match(text):
        return _Block("", "bullet", None, BULLET), text[m.end():], ""
    if m := _CAPITAL.match(text):  # "IV.⇥" or "B.⇥": a label and a tab, as Word files have
        token = m.group(1).lower()
        if _ROMAN.match(token) and (len(token) > 1 or token == "i"):
            return _Block("", "letter", _roman_value(token), "upper-roman"), text[m.end():], ""
        return _Block("", "letter", _letter_value(token), "upper-letter"), text[m.end():], ""
    return None


def _word_marker(para: WordParagraph) -> _Block | None:
    if para.heading is not None:
        return _Block("", "heading", heading_level=para.heading)
    numbered = para.numbered
    if numbered is None or (numbered.fmt == "none" and not numbered.label):
        return None
    style = _WORD_STYLES.get(numbered.fmt, DECIMAL)
    if numbered.level > 0:
        return _Block("", "letter", numbered.value, style, 1, list_id=numbered.list_id)
    kind = "bullet" if style == BULLET else ("number" if style == DECIMAL else "letter")
    return _Block("", kind, numbered.value if style != BULLET else None, style, 0,
                  list_id=numbered.list_id)


def _continues(previous: _Block, line: _Line, body: str) -> bool:
    if previous.marker == "heading" or _SENTENCE_END.search(previous.text):
        return False
    if body[:1].islower():
        return True
    if not line.after_gap:
        return True
    # Across blank lines or a page break, only a long paragraph or an item runs on (a page
    # break cut it); a short unmarked line there is a title or heading standing alone.
    if not previous.marker and len(previous.text) <= 100:
        return False
    return not _NEW_SENTENCE.match(body)


def _blocks(lines: list[_Line], *, title_block: bool) -> list[_Block]:
    blocks: list[_Block] = []
    # A short first line followed directly by a capitalised one: a title over a subtitle, not
    # a paragraph wrapped over two lines (wrapped lines are long).
    in_title_block = (title_block and len(lines) > 1 and len(lines[0].text) < 60
                      and not _SENTENCE_END.search(lines[0].text) and not lines[1].after_gap
                      and bool(_NEW_SENTENCE.match(lines[1].text)))
    for line in lines:
        if line.after_gap:
            in_title_block = False
        word = line.word
        marked = _word_marker(word) if word is not None else None
        body, roman_token = line.text, ""
        if marked is None and (word is None or word.numbered is None):
            typed = _typed_marker(body)
            if typed is not None:
                marked, body, roman_token = typed
        body = _SPACES.sub(" ", body.strip())
        remarks = list(word.remarks) if word is not None else []
        if not body:
            if remarks and blocks:
                blocks[-1].remarks += remarks
            continue
        if marked is None and blocks and not in_title_block and word is None \
                and _continues(blocks[-1], line, body):
            blocks[-1].text = f"{blocks[-1].text} {body}"
            blocks[-1].remarks += remarks
            continue
        if blocks and line.after_gap is False and word is None:
            blocks[-1].alone = False
        block = marked or _Block("")
        block.text, block.remarks = body, remarks
        if roman_token:
            _settle_roman(blocks, block, roman_token)
        blocks.append(block)
    return blocks


def _settle_roman(blocks: list[_Block], block: _Block, token: str) -> None:
    """"(i)" after "(h)" is the letter i; otherwise a roman numeral."""
    previous = next((b for b in reversed(blocks) if b.marker in ("letter", "number")), None)
    if (previous is not None and previous.marker == "letter" and previous.style == "lower-letter"
            and previous.value == _letter_value(token) - 1):
        block.style, block.value = "lower-letter", _letter_value(token)


def _nest_interleaved(blocks: list[_Block]) -> None:
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


def _is_heading(block: _Block, following: _Block | None) -> bool:
    """A plain-text line that reads as a heading: short, no sentence end, standing alone."""
    if block.marker or following is None or not block.alone:
        return False
    text = block.text
    return (len(text) <= 100 and len(text.split()) <= 12 and not _SENTENCE_END.search(text)
            and bool(_HEADING_START.match(text)))


def _is_lead_in(block: _Block, following: _Block | None) -> bool:
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
    return not _SENTENCE_END.search(text) and len(text.split()) > 1 and last[:1].islower()


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
        if _BRACKETED.match(text):  # printed so by confdesk: a paragraph under negotiation
            text, status = text[1:-1].strip(), "bracketed"
        para: dict[str, Any] = {"uid": uid, "text": text, "status": status, "children": []}
        attached = self.pending_remarks + remarks
        self.pending_remarks = []
        if attached:
            self.remarks[uid] = attached
        return para

    def heading(self, block: _Block) -> None:
        if self.pending_title:
            self.open(FREE_TEXT)
        self.pending_title = block.text
        self.pending_remarks += block.remarks
        self.current = None

    def free(self, block: _Block) -> None:
        if self.current is None or self.current["kind"] != FREE_TEXT or self.pending_title:
            self.open(FREE_TEXT)
        assert self.current is not None
        self.current["paragraphs"].append(self.paragraph(block.text, block.remarks))

    def lead_in(self, block: _Block, following: _Block) -> None:
        self.open(NUMBERED_LIST, block.text, style=following.style,
                  first=following.value or 1)
        self.pending_remarks += block.remarks

    def _continues_list(self, block: _Block) -> bool:
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

    def item(self, block: _Block) -> None:
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
            block = _Block(block.text, block.marker, block.value, block.style, 0, block.remarks)
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


def _structure(blocks: list[_Block], title: str, notes: list[str], *, text_headings: bool,
               ) -> tuple[dict[str, Any], dict[str, list[tuple[str, str]]]]:
    # A first heading is the document's title when it outranks every other heading (a
    # Heading 1 over Heading 2 sections); among equal headings it is the first section's.
    first_is_title = bool(blocks) and (blocks[0].marker == "" or (
        blocks[0].marker == "heading" and all(
            b.heading_level > blocks[0].heading_level for b in blocks[1:]
            if b.marker == "heading")))
    if not title and len(blocks) > 1 and first_is_title:
        first = blocks[0].text
        if len(first) <= 100 and not _SENTENCE_END.search(first):
            title = first
            blocks = blocks[1:]
    _nest_interleaved(blocks)
    builder = _Builder()
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.marker == "heading":
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
        raise DocumentImportError("The text holds no paragraph to import.")
    if builder.flattened:
        notes.append(f"{builder.flattened} list items nested deeper than one level kept as "
                     "sub-paragraphs (confdesk lists have one level of sub-paragraphs).")
    if builder.relettered:
        notes.append(f"{builder.relettered} sub-item{'s' if builder.relettered > 1 else ''} "
                     "marked otherwise (bullets, roman numerals) kept as sub-paragraphs "
                     "lettered (a), (b)….")
    content = {"title": title, "kind": "chairs_conclusions", "language": "en",
               "sections": builder.sections}
    return content, builder.remarks


def _text_lines(text: str) -> list[_Line]:
    text = clean(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
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
    return lines


_RULE = re.compile(r"^[=_]{3,}$")
_DRAFT_STAMP = re.compile(r"^DRAFT(\s+[—–-]\s+.*)?$")


def _split_heading(lines: list[_Line], notes: list[str]) -> tuple[list[_Line], str]:
    """Lines after a rule-closed heading in the first lines, and the heading's title."""
    for index, line in enumerate(lines[:7]):
        if _RULE.match(line.text):
            heading = [h.text for h in lines[:index] if not _DRAFT_STAMP.match(h.text)]
            rest = lines[index + 1:]
            if rest:
                rest[0] = _Line(rest[0].text, after_gap=True)
            if len(heading) > 1:
                notes.append(f"The heading's {len(heading) - 1} lines after the title "
                             "(the event's name, place and dates) left out.")
            return rest, heading[0] if heading else ""
    return lines, ""


def import_text(text: str, *, title: str = "", encoding: str = "") -> ImportedDocument:
    """Parse pasted or .txt text into a document tree with fresh uids, and the report."""
    notes = [f"Read as {encoding} text."] if encoding else []
    lines, heading_title = _split_heading(_text_lines(text), notes)
    blocks = _blocks(lines, title_block=not heading_title)
    content, remarks = _structure(blocks, title or heading_title, notes, text_headings=True)
    return ImportedDocument(tree_from_content(content), notes, remarks)


def parse_text(text: str, *, title: str = "") -> DocumentText:
    """Parse pasted or .txt text into a document tree with fresh uids."""
    return import_text(text, title=title).tree


def _word_title_block(paragraphs: list[WordParagraph], notes: list[str],
                      ) -> tuple[list[WordParagraph], str]:
    """The title of a Word file from a Title paragraph or a centred heading (confdesk's own
    export centres the title, the event and the place and dates), and the paragraphs after."""
    visible = [p for p in paragraphs if p.text.strip()]
    if not visible:
        return paragraphs, ""
    first = visible[0]
    if first.title:
        start = paragraphs.index(first) + 1
        return paragraphs[start:], " ".join(first.text.split())
    if not first.centred or first.numbered is not None:
        return paragraphs, ""
    block: list[WordParagraph] = []
    for para in paragraphs:
        if not para.text.strip():
            continue
        if not para.centred or para.numbered is not None or len(block) == 4:
            break
        block.append(para)
    if len(block) < 2 and len(visible) > 1 and not visible[1].centred:
        return paragraphs[paragraphs.index(first) + 1:], " ".join(first.text.split())
    if len(block) > 1:
        notes.append(f"The centred heading's {len(block) - 1} lines after the title "
                     "(the event's name, place and dates) left out.")
    return paragraphs[paragraphs.index(block[-1]) + 1:], " ".join(first.text.split())


def _docx_lines(paragraphs: list[WordParagraph]) -> list[_Line]:
    lines: list[_Line] = []
    for para in paragraphs:
        # A soft line break (Shift+Enter) stays inside the paragraph: it reads as a space.
        text = clean(" ".join(para.text.replace("\f", "\n").split("\n")))
        if para.heading is not None and para.numbered is not None and para.numbered.label:
            text = f"{para.numbered.label} {text.strip()}"  # "1. Introduction", as Word shows
        lines.append(_Line(text.strip(), after_gap=True, word=para))
    return lines


def import_document(path: Path, *, title: str = "", changes: str | None = None,
                    ) -> ImportedDocument:
    """Read a .txt or .docx file; `changes` ("accept"/"reject") resolves a .docx's tracked
    changes, which are refused by default (TrackedChangesError)."""
    if not path.is_file():
        raise DocumentImportError(f"No such file: {path}")
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise DocumentImportError("Old Word .doc files cannot be read; save it as .docx first.")
    if suffix in (".docx", ".docm", ".dotx"):
        word = read_word(path, changes=changes)
        notes = list(word.notes)
        paragraphs, heading_title = _word_title_block(word.paragraphs, notes)
        blocks = _blocks(_docx_lines(paragraphs), title_block=False)
        content, remarks = _structure(blocks, title or heading_title, notes, text_headings=False)
        return ImportedDocument(tree_from_content(content), notes, remarks)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentImportError(f"Cannot read {path.name}: {exc.strerror or exc}.") from exc
    if data.startswith(b"PK\x03\x04"):
        raise DocumentImportError(
            f"{path.name} is a zip package (a Word or OpenDocument file?), not text; "
            "give a Word file the .docx extension.")
    text, encoding = decode(data, path.name)
    return import_text(text, title=title, encoding=encoding)


def read_document(path: Path, *, title: str = "", changes: str | None = None) -> DocumentText:
    """Read a .txt or .docx file into a document tree with fresh uids."""
    return import_document(path, title=title, changes=changes).tree
