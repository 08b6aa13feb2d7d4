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

from confdesk.conclusions.tree import DocumentText, tree_from_content
from confdesk.errors import Message
from confdesk.imports import messages as m
from confdesk.imports.document_blocks import Line, read_blocks
from confdesk.imports.document_structure import TITLE_LIMIT, build_content
from confdesk.imports.docx_reader import WordParagraph, read_word
from confdesk.imports.errors import DocumentImportError, TrackedChangesError
from confdesk.imports.text_encoding import check_size, clean, decode

__all__ = ["DocumentImportError", "ImportedDocument", "TrackedChangesError", "import_document",
           "import_text", "parse_text", "read_document", "read_text_file"]


@dataclass
class ImportedDocument:
    """What an import read: the tree, the report and the remarks to attach."""

    tree: DocumentText
    #: What was converted or left out, one sentence each (the import report).
    notes: list[str] = field(default_factory=list)
    #: Paragraph uid → (author, text) of the footnotes, endnotes and comments anchored in it.
    remarks: dict[str, list[tuple[str, str]]] = field(default_factory=dict)



def _text_lines(text: str) -> list[Line]:
    text = clean(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    lines: list[Line] = []
    gap = False
    for raw in text.split("\n"):
        pieces = raw.split("\f")
        for i, piece in enumerate(pieces):
            if i > 0:
                gap = True
            if not piece.strip():
                gap = True
                continue
            lines.append(Line(piece.strip(), after_gap=gap))
            gap = False
    return lines


_RULE = re.compile(r"^[=_]{3,}$")
_DRAFT_STAMP = re.compile(r"^DRAFT(\s+[—–-]\s+.*)?$")


def _split_heading(lines: list[Line], notes: list[str]) -> tuple[list[Line], str]:
    """Lines after a rule-closed heading in the first lines, and the heading's title."""
    for index, line in enumerate(lines[:7]):
        if _RULE.match(line.text):
            heading = [h.text for h in lines[:index] if not _DRAFT_STAMP.match(h.text)]
            rest = lines[index + 1:]
            if rest:
                rest[0] = Line(rest[0].text, after_gap=True)
            if len(heading) > 1:
                notes.append(m.counted(m.HEADING_LINES_ONE, m.HEADING_LINES_MANY,
                                       len(heading) - 1, "document.note"))
            return rest, heading[0] if heading else ""
    return lines, ""


def import_text(text: str, *, title: str = "", encoding: str = "") -> ImportedDocument:
    """Parse pasted or .txt text into a document tree with fresh uids, and the report."""
    notes: list[str] = [Message(m.READ_AS, code="document.encoding", encoding=encoding)] \
        if encoding else []
    lines, heading_title = _split_heading(_text_lines(text), notes)
    blocks = read_blocks(lines, title_block=not heading_title)
    content, remarks = build_content(blocks, title or heading_title, notes, text_headings=True)
    return ImportedDocument(tree_from_content(content), notes, remarks)


def parse_text(text: str, *, title: str = "") -> DocumentText:
    """Parse pasted or .txt text into a document tree with fresh uids."""
    return import_text(text, title=title).tree


def _word_title_block(paragraphs: list[WordParagraph], notes: list[str],
                      ) -> tuple[list[WordParagraph], str]:
    """The title of a Word file from a Title paragraph or a centred heading (confdesk's own
    export centres the title, the event and the place and dates), and the paragraphs after.

    A "DRAFT — …" stamp in the heading is passed over; centred lines longer than a heading's
    are text, not heading."""
    start = 0
    while start < len(paragraphs) and (not paragraphs[start].text.strip() or _DRAFT_STAMP.match(
            " ".join(paragraphs[start].text.split()))):
        start += 1
    if start == len(paragraphs):
        return paragraphs, ""
    first = paragraphs[start]
    title = " ".join(first.text.split())
    if first.title and len(title) <= TITLE_LIMIT:
        return paragraphs[start + 1:], title
    if not first.centred or first.numbered is not None or len(title) > 150:
        return paragraphs, ""
    end, lines = start + 1, 1
    while end < len(paragraphs) and lines < 4:
        para = paragraphs[end]
        if para.text.strip():
            if not para.centred or para.numbered is not None or len(para.text.strip()) > 150:
                break
            lines += 1
        end += 1
    if lines > 1:
        notes.append(m.counted(m.CENTRED_LINES_ONE, m.CENTRED_LINES_MANY, lines - 1,
                               "document.note"))
    return paragraphs[end:], title


def _docx_lines(paragraphs: list[WordParagraph]) -> list[Line]:
    lines: list[Line] = []
    for para in paragraphs:
        # A soft line break (Shift+Enter) stays inside the paragraph: it reads as a space.
        text = clean(" ".join(para.text.replace("\f", "\n").split("\n")))
        if para.heading is not None and para.numbered is not None and para.numbered.label:
            text = f"{para.numbered.label} {text.strip()}"  # "1. Introduction", as Word shows
        lines.append(Line(text.strip(), after_gap=True, word=para))
    return lines


def read_text_file(path: Path) -> tuple[str, str]:
    """(text, encoding) of a text file; a clear DocumentImportError for a file that is not
    text (a Word, RTF or PDF file under a .txt name, binary data) or cannot be read."""
    try:
        check_size(path.stat().st_size, path.name)  # before it is read into memory
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentImportError(m.TEXT_UNREADABLE, code="document.unreadable",
                                  name=path.name, reason=exc.strerror or str(exc)) from exc
    if data.startswith(b"PK\x03\x04"):
        raise DocumentImportError(m.TEXT_IS_ZIP, code="document.not_text", name=path.name)
    if data.lstrip(b"\xef\xbb\xbf").startswith(b"{\\rtf"):
        raise DocumentImportError(m.TEXT_IS_RTF, code="document.not_text", name=path.name)
    if data.startswith(b"%PDF-"):
        raise DocumentImportError(m.TEXT_IS_PDF, code="document.not_text", name=path.name)
    return decode(data, path.name)


def import_document(path: Path, *, title: str = "", changes: str | None = None,
                    ) -> ImportedDocument:
    """Read a .txt or .docx file; `changes` ("accept"/"reject") resolves a .docx's tracked
    changes, which are refused by default (TrackedChangesError)."""
    if not path.is_file():
        raise DocumentImportError(m.NO_SUCH_FILE, code="document.missing", path=str(path))
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise DocumentImportError(m.OLD_WORD, code="document.doc")
    if suffix in (".docx", ".docm", ".dotx"):
        word = read_word(path, changes=changes)
        notes = list(word.notes)
        paragraphs, heading_title = _word_title_block(word.paragraphs, notes)
        blocks = read_blocks(_docx_lines(paragraphs), title_block=False)
        content, remarks = build_content(blocks, title or heading_title, notes, text_headings=False)
        return ImportedDocument(tree_from_content(content), notes, remarks)
    text, encoding = read_text_file(path)
    return import_text(text, title=title, encoding=encoding)


def read_document(path: Path, *, title: str = "", changes: str | None = None) -> DocumentText:
    """Read a .txt or .docx file into a document tree with fresh uids."""
    return import_document(path, title=title, changes=changes).tree
