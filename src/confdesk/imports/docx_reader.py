"""Read the paragraphs of a Word (.docx) file as Word shows them, with what hangs on them.

What comes out is a list of `WordParagraph`: the text (a soft line break, Shift+Enter, stays in
the paragraph as a line break), its list label from Word's automatic numbering, its heading
level, whether it is centred (confdesk's own title block is), and the footnotes, endnotes and
comments anchored in it. Tables become one paragraph per row, cells separated by " | ". What
is converted or left out is told in `WordText.notes`, for the import report.

Tracked changes are counted first; unless the caller chose to accept or reject them, a file
holding any is refused (`TrackedChangesError`) with the count and the way forward.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from confdesk.errors import Message
from confdesk.imports import docx_revisions
from confdesk.imports import messages as m
from confdesk.imports.docx_numbering import Numbered, Numbering
from confdesk.imports.docx_package import W_NS, DocxPackage, open_docx
from confdesk.imports.errors import DocumentImportError, TrackedChangesError
from confdesk.imports.text_encoding import clean

W = f"{{{W_NS}}}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: Elements whose text is not shown in the paragraph's flow.
_HIDDEN = {f"{W}instrText", f"{W}delInstrText", f"{W}pPr", f"{W}rPr", f"{W}delText",
           f"{W}txbxContent", f"{_MC}Fallback"}

CHANGE_CHOICES = ("accept", "reject")


@dataclass
class WordParagraph:
    """One paragraph as Word shows it."""

    text: str
    numbered: Numbered | None = None
    #: Outline level 0–8 of a heading; None for body text.
    heading: int | None = None
    #: In the "Title" style.
    title: bool = False
    centred: bool = False
    #: Footnotes, endnotes and comments anchored here: (author or "Footnote 1", text).
    remarks: list[tuple[str, str]] = field(default_factory=list)
    #: A row of a table converted to text.
    table_row: bool = False


@dataclass
class WordText:
    paragraphs: list[WordParagraph]
    #: What was converted or left out, one sentence each.
    notes: list[str]


def _notes_by_id(root: Any, tag: str) -> dict[str, Any]:
    """Notes by id, without Word's separator pseudo-notes (the line above the footnotes)."""
    if root is None:
        return {}
    return {el.get(f"{W}id") or "": el for el in root.iter(f"{W}{tag}")
            if el.get(f"{W}type") in (None, "normal")}


class _Walker:
    """Collects text and anchors of one paragraph in document order."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.anchors: list[tuple[str, str]] = []  # (kind, id)
        self.text_boxes: list[Any] = []
        #: Runs of hidden text left out.
        self.hidden = 0

    def walk(self, element: Any) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _HIDDEN:
                if tag == f"{W}txbxContent":
                    self.text_boxes.append(child)
                continue
            if tag == f"{W}r" and _hidden(child):
                self.hidden += 1
                continue
            if tag == f"{W}t":
                self.parts.append(child.text or "")
            elif tag in (f"{W}tab", f"{W}ptab"):
                self.parts.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                kind = child.get(f"{W}type")
                self.parts.append(" " if kind in ("page", "column") else "\n")
            elif tag == f"{W}noBreakHyphen":
                self.parts.append("\u2011")
            elif tag == f"{W}sym":
                code = child.get(f"{W}char") or ""
                try:
                    char = clean(chr(int(code, 16)))
                except (ValueError, OverflowError):
                    char = ""
                self.parts.append("•" if char == "\uf0b7" else char)
            elif tag == f"{W}footnoteReference":
                self.anchors.append(("footnote", child.get(f"{W}id") or ""))
            elif tag == f"{W}endnoteReference":
                self.anchors.append(("endnote", child.get(f"{W}id") or ""))
            elif tag == f"{W}commentReference":
                self.anchors.append(("comment", child.get(f"{W}id") or ""))
            elif tag == f"{W}drawing" or tag == f"{W}pict" or tag == f"{_MC}AlternateContent":
                self._boxes(child)
            else:
                self.walk(child)

    def _boxes(self, element: Any) -> None:
        for box in element.iter(f"{W}txbxContent"):
            if not any(a.tag == f"{_MC}Fallback" for a in box.iterancestors()):
                self.text_boxes.append(box)

    def text(self) -> str:
        return "".join(self.parts)


def _hidden(run: Any) -> bool:
    """A run formatted as hidden text (Word shows it only with formatting marks on)."""
    props = run.find(f"{W}rPr")
    vanish = props.find(f"{W}vanish") if props is not None else None
    return vanish is not None and vanish.get(f"{W}val") not in ("0", "false", "off")


def _plain_text(element: Any) -> str:
    """The text of a footnote, endnote or comment: its paragraphs joined by line breaks."""
    texts = []
    for para in element.iter(f"{W}p"):
        walker = _Walker()
        walker.walk(para)
        if walker.text().strip():
            texts.append(" ".join(walker.text().split()))
    return "\n".join(texts)


class _Reader:
    def __init__(self, package: DocxPackage) -> None:
        self.package = package
        self.numbering = Numbering.read(package.styles, package.numbering)
        self.footnotes = _notes_by_id(package.footnotes, "footnote")
        self.endnotes = _notes_by_id(package.endnotes, "endnote")
        self.comments = _notes_by_id(package.comments, "comment")
        self.paragraphs: list[WordParagraph] = []
        self.counts = {"footnote": 0, "endnote": 0, "comment": 0, "table": 0, "row": 0,
                       "hidden": 0,
                       "text box": 0, "numbered": 0, "bullet": 0, "heading": 0}
        self.footnote_numbers: dict[tuple[str, str], int] = {}
        #: (kind, id) of the notes and comments attached to a paragraph.
        self.anchored: set[tuple[str, str]] = set()
        #: Remarks of a paragraph that vanished, for the next one.
        self.carried: list[tuple[str, str]] = []

    def read(self) -> None:
        body = self.package.document.find(f"{W}body")
        if body is None:
            raise DocumentImportError(m.NO_BODY, code="document.empty", name=self.package.name)
        self._block(body, join_next=False)
        if self.carried and self.paragraphs:
            self.paragraphs[-1].remarks += self.carried

    def _block(self, container: Any, *, join_next: bool) -> bool:
        """Read the paragraphs and tables of `container`; returns whether the last paragraph's
        mark was removed (its text runs on into the next)."""
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                join_next = self._paragraph(child, join_next)
            elif tag == f"{W}tbl":
                self._table(child)
                join_next = False
            elif tag in (f"{W}sdt", f"{W}customXml", f"{W}sdtContent", f"{W}ins",
                         f"{W}moveTo", f"{W}smartTag"):
                join_next = self._block(child, join_next=join_next)
        return join_next

    def _paragraph(self, element: Any, join_previous: bool) -> bool:
        walker = _Walker()
        walker.walk(element)
        self.counts["hidden"] += walker.hidden
        text = walker.text()
        remarks = [r for r in (self._remark(kind, ident) for kind, ident in walker.anchors)
                   if r is not None]
        joining: bool = element.get(docx_revisions.JOIN_NEXT) == "1"
        if joining and not text.strip():
            # Emptied and its mark gone (a paragraph deleted whole): it vanishes, takes no
            # number; what came before runs on into what follows as if it were not there.
            self.carried += remarks
            self._text_boxes(walker)
            return join_previous
        remarks, self.carried = self.carried + remarks, []
        if join_previous and self.paragraphs and self.paragraphs[-1].text.strip():
            # The paragraph whose mark went runs on into this one, keeping its properties.
            last = self.paragraphs[-1]
            last.text += text
            last.remarks += remarks
            self._text_boxes(walker)
            return joining
        numbered = self.numbering.number(element)
        heading = self.numbering.outline_level(element)
        paragraph = WordParagraph(
            text=text, numbered=numbered, heading=heading,
            title=self.numbering.is_title(element),
            centred=self.numbering.centred(element),
            remarks=remarks,
        )
        if numbered is not None:
            self.counts["bullet" if numbered.bullet else "numbered"] += 1
        if heading is not None:
            self.counts["heading"] += 1
        self.paragraphs.append(paragraph)
        self._text_boxes(walker)
        return joining

    def _text_boxes(self, walker: _Walker) -> None:
        for box in walker.text_boxes:
            self.counts["text box"] += 1
            for para in box.iter(f"{W}p"):
                inner = _Walker()
                inner.walk(para)
                if inner.text().strip():
                    self.paragraphs.append(WordParagraph(inner.text()))

    def _remark(self, kind: str, ident: str) -> tuple[str, str] | None:
        source = {"footnote": self.footnotes, "endnote": self.endnotes,
                  "comment": self.comments}[kind]
        element = source.get(ident)
        if element is None:
            return None
        text = _plain_text(element)
        if not text or (kind, ident) in self.anchored:
            return None
        self.anchored.add((kind, ident))
        self.counts[kind] += 1
        if kind == "comment":
            author = (element.get(f"{W}author") or "").strip()
            return (author or "Comment in the Word file", text)
        number = self.footnote_numbers.setdefault((kind, ident), len(
            [k for k in self.footnote_numbers if k[0] == kind]) + 1)
        return (f"{'Footnote' if kind == 'footnote' else 'Endnote'} {number}", text)

    def _table(self, table: Any) -> None:
        self.counts["table"] += 1
        for row in table.findall(f"{W}tr"):
            cells = []
            remarks: list[tuple[str, str]] = []
            for cell in row.iter(f"{W}tc"):
                texts = []
                for para in cell.iter(f"{W}p"):
                    walker = _Walker()
                    walker.walk(para)
                    remarks += [r for r in (self._remark(k, i) for k, i in walker.anchors)
                                if r is not None]
                    if walker.text().strip():
                        texts.append(" ".join(walker.text().split()))
                cells.append(" ".join(texts))
            if any(cells):
                self.counts["row"] += 1
                self.paragraphs.append(WordParagraph(
                    " | ".join(c for c in cells), remarks=remarks, table_row=True))

    def notes(self) -> list[str]:
        """What was converted or left out, as catalogued Messages (see imports/messages.py)."""
        c = self.counts
        found: list[str] = []
        code = "word.note"

        if c["numbered"] or c["bullet"]:
            paragraphs = m.counted(m.PARAGRAPHS_ONE, m.PARAGRAPHS_MANY, c["numbered"])
            if c["bullet"]:
                found.append(Message(m.WORD_NUMBERING_BULLETS, code=code, paragraphs=paragraphs,
                                     bullets=m.counted(m.BULLETS_ONE, m.BULLETS_MANY,
                                                       c["bullet"])))
            else:
                found.append(Message(m.WORD_NUMBERING, code=code, paragraphs=paragraphs))
        if c["heading"]:
            found.append(m.counted(m.HEADINGS_ONE, m.HEADINGS_MANY, c["heading"], code))
        for kind, one, many in (("footnote", m.FOOTNOTES_ONE, m.FOOTNOTES_MANY),
                                ("endnote", m.ENDNOTES_ONE, m.ENDNOTES_MANY),
                                ("comment", m.COMMENTS_ONE, m.COMMENTS_MANY)):
            if c[kind]:
                found.append(m.counted(one, many, c[kind], code))
        for kind, source, one, many in (
                ("footnote", self.footnotes, m.LOST_FOOTNOTES_ONE, m.LOST_FOOTNOTES_MANY),
                ("endnote", self.endnotes, m.LOST_ENDNOTES_ONE, m.LOST_ENDNOTES_MANY),
                ("comment", self.comments, m.LOST_COMMENTS_ONE, m.LOST_COMMENTS_MANY)):
            lost = [i for i, el in source.items()
                    if (kind, i) not in self.anchored and _plain_text(el)]
            if lost:
                found.append(m.counted(one, many, len(lost), code))
        if c["table"]:
            found.append(Message(
                m.TABLES, code=code, tables=m.counted(m.TABLES_ONE, m.TABLES_MANY, c["table"]),
                paragraphs=m.counted(m.PARAGRAPHS_ONE, m.PARAGRAPHS_MANY, c["row"])))
        if c["hidden"]:
            found.append(m.counted(m.HIDDEN_ONE, m.HIDDEN_MANY, c["hidden"], code))
        if c["text box"]:
            found.append(m.counted(m.TEXT_BOXES_ONE, m.TEXT_BOXES_MANY, c["text box"], code))
        return found


def read_word(path: Path, *, changes: str | None = None) -> WordText:
    """The paragraphs of the .docx at `path`; `changes` is "accept", "reject" or None (refuse a
    file with tracked changes)."""
    package = open_docx(path)
    parts = [package.document, package.footnotes, package.endnotes, package.comments]
    found = docx_revisions.RevisionCount()
    for part in parts:
        found.add(docx_revisions.count(part))
    notes: list[str] = []
    if found.total:
        if changes not in CHANGE_CHOICES:
            summary = (f"{path.name} holds {found.total} tracked "
                       f"{'change' if found.total == 1 else 'changes'} ({found.describe()}).")
            raise TrackedChangesError(
                f"{summary} Nothing was imported. Choose which text to import: the text with "
                "every change accepted (--changes accept, as Word's Accept All), or the text "
                "before the changes (--changes reject, as Reject All); or accept or reject them "
                "in Word and save the file again.", found.total, summary)
        for part in parts:
            docx_revisions.resolve(part, accept=changes == "accept")
        if changes == "accept":
            one, many = m.CHANGES_ACCEPTED_ONE, m.CHANGES_ACCEPTED_MANY
        else:
            one, many = m.CHANGES_REJECTED_ONE, m.CHANGES_REJECTED_MANY
        notes.append(m.counted(one, many, found.total, "word.note", kinds=found.describe()))
    reader = _Reader(package)
    reader.read()
    return WordText(reader.paragraphs, notes + reader.notes())
