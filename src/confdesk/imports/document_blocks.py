"""Lines of a text or Word file → blocks: one paragraph each, with the list marker it carries.

See `document_text` for the rules; this module applies those about markers (typed or Word's)
and about lines that continue the paragraph before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from confdesk.conclusions.tree import BULLET, DECIMAL
from confdesk.imports.docx_reader import WordParagraph

_NUMBER = re.compile(r"^(?:[-–•]\s*)?(\d{1,3})[.)](?:\s+|$)")
_LETTER = re.compile(
    r"^(?:[-–•]\s*)?(?:\(([a-z]{1,2}|[ivxl]{1,6})\)|([a-z]|[ivx]{1,4})\))(?:\s+|$)")
_CAPITAL = re.compile(r"^([A-Z]|[IVXL]{1,6})[.)]\t")
_BULLET = re.compile(r"^[•▪‣◦·*\-–—](?:\s+|$)")
_ROMAN = re.compile(r"^(?=[ivxl])(x{0,3}l?x{0,3})(ix|iv|v?i{0,3})$")
SENTENCE_END = re.compile(r"[.;:!?…][\"'”’»)\]]*$")
NEW_SENTENCE = re.compile(r"^[\"'“‘«]?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]")
HEADING_START = re.compile(r"^[\"'“‘«(]?[A-ZÀ-ÖØ-ÞĀ-Ž0-9]")
BRACKETED = re.compile(r"^\[[^\[\]]+\]$")
_SPACES = re.compile(r"[ \t\u00a0]{2,}|\t")

#: Word's list formats → the section numbering they become.
_WORD_STYLES = {"decimal": DECIMAL, "decimalZero": DECIMAL, "lowerLetter": "lower-letter",
                "upperLetter": "upper-letter", "lowerRoman": "lower-roman",
                "upperRoman": "upper-roman", "bullet": BULLET}


@dataclass
class Line:
    """One line of a text, or one paragraph of a Word file."""

    text: str
    #: Blank lines or a page break come before this line.
    after_gap: bool = False
    #: The Word paragraph the line comes from (None: plain text).
    word: WordParagraph | None = None


@dataclass
class Block:
    """One paragraph-to-be: its text and the marker it carries."""

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
    #: A row of a Word table, as text: always a free-text paragraph.
    table_row: bool = False


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


def _typed_marker(text: str) -> tuple[Block, str, str] | None:
    """The marker typed at the start of `text`, the text without it, and a lower-case roman
    token ("iv") that might be a letter instead (see `_settle_roman`)."""
    if m := _NUMBER.match(text):
        return Block("", "number", int(m.group(1))), text[m.end():], ""
    if m := _LETTER.match(text):
        token = m.group(1) or m.group(2)
        if _ROMAN.match(token) and (len(token) > 1 or token == "i"):
            return (Block("", "letter", _roman_value(token), "lower-roman"), text[m.end():],
                    token)
        return Block("", "letter", _letter_value(token), "lower-letter"), text[m.end():], ""
    if m := _BULLET.match(text):
        return Block("", "bullet", None, BULLET), text[m.end():], ""
    if m := _CAPITAL.match(text):  # "IV.⇥" or "B.⇥": a label and a tab, as Word files have
        token = m.group(1).lower()
        if _ROMAN.match(token) and (len(token) > 1 or token == "i"):
            return Block("", "letter", _roman_value(token), "upper-roman"), text[m.end():], ""
        return Block("", "letter", _letter_value(token), "upper-letter"), text[m.end():], ""
    return None


def _word_marker(para: WordParagraph) -> Block | None:
    if para.heading is not None:
        return Block("", "heading", heading_level=para.heading)
    numbered = para.numbered
    if numbered is None or (numbered.fmt == "none" and not numbered.label):
        return None
    style = _WORD_STYLES.get(numbered.fmt, DECIMAL)
    if numbered.level > 0:
        return Block("", "letter", numbered.value, style, 1, list_id=numbered.list_id)
    kind = "bullet" if style == BULLET else ("number" if style == DECIMAL else "letter")
    return Block("", kind, numbered.value if style != BULLET else None, style, 0,
                  list_id=numbered.list_id)


def _continues(previous: Block, line: Line, body: str) -> bool:
    if previous.marker == "heading" or SENTENCE_END.search(previous.text):
        return False
    if body[:1].islower():
        return True
    if not line.after_gap:
        return True
    # Across blank lines or a page break, only a long paragraph or an item runs on (a page
    # break cut it); a short unmarked line there is a title or heading standing alone.
    if not previous.marker and len(previous.text) <= 100:
        return False
    return not NEW_SENTENCE.match(body)


def read_blocks(lines: list[Line], *, title_block: bool) -> list[Block]:
    """The blocks of `lines`: markers read, continued lines joined; `title_block`: the first
    lines of a text may be a title over a subtitle (see `document_text`)."""
    blocks: list[Block] = []
    # A short first line followed directly by a capitalised one: a title over a subtitle, not
    # a paragraph wrapped over two lines (wrapped lines are long).
    in_title_block = (title_block and len(lines) > 1 and len(lines[0].text) < 60
                      and not SENTENCE_END.search(lines[0].text) and not lines[1].after_gap
                      and bool(NEW_SENTENCE.match(lines[1].text)))
    for line in lines:
        if line.after_gap:
            in_title_block = False
        word = line.word
        marked = _word_marker(word) if word is not None else None
        body, roman_token = line.text, ""
        if marked is None and (word is None or (word.numbered is None and not word.table_row)):
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
        block = marked or Block("")
        block.text, block.remarks = body, remarks
        block.table_row = word is not None and word.table_row
        if roman_token:
            _settle_roman(blocks, block, roman_token)
        blocks.append(block)
    return blocks


def _settle_roman(blocks: list[Block], block: Block, token: str) -> None:
    """"(i)" after "(h)" is the letter i; otherwise a roman numeral."""
    previous = next((b for b in reversed(blocks) if b.marker in ("letter", "number")), None)
    if (previous is not None and previous.marker == "letter" and previous.style == "lower-letter"
            and previous.value == _letter_value(token) - 1):
        block.style, block.value = "lower-letter", _letter_value(token)

