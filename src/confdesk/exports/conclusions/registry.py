"""The one list of the outcome documents' exports: kind → writer, shared by the CLI and the window.

`confdesk export document` and the Conclusions screen's Drafts and Comparison pages both name
a `DocumentExportKind`, build a `DocumentExport` and call `render` (bytes) or `write` (an
atomic file), so the two faces write the same file for the same text. Adding an export: a
member here with its suffix, one branch in `render`; the CLI's `--format` choices and the
window's dialogs follow. PDF and Word files report `progress(done, total)` paragraph by
paragraph; a `progress` that raises stops the export before anything is written.

The PDF, Word and Akoma Ntoso writers (reportlab, python-docx, lxml) are imported by the
branch that needs them, not with the window.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk.exports.files import write_atomically

if TYPE_CHECKING:
    from confdesk.conclusions.diff import Comparison
    from confdesk.conclusions.tree import DocumentText, EventInfo

#: Told (paragraphs done, total) as a document is written; it may raise to stop the export.
Progress = Callable[[int, int], None]


class DocumentExportKind(enum.StrEnum):
    """One file an outcome document (or a comparison of two of its texts) is written as."""

    PDF = "pdf"
    DOCX = "docx"
    TXT = "txt"
    MD = "md"
    AKN = "akn"
    PRESS = "press"
    REDLINE_PDF = "redline_pdf"
    REDLINE_DOCX = "redline_docx"

    @property
    def suffix(self) -> str:
        """The file name's ending, with the dot."""
        return _SUFFIXES[self]

    @property
    def redline(self) -> bool:
        """Whether this kind writes a comparison."""
        return self.value.startswith("redline_")

    @property
    def format_name(self) -> str:
        """The CLI's `--format` name ("pdf", "docx", …; a redline by its file format)."""
        return self.value.removeprefix("redline_")


_SUFFIXES = {
    DocumentExportKind.PDF: ".pdf", DocumentExportKind.DOCX: ".docx",
    DocumentExportKind.TXT: ".txt", DocumentExportKind.MD: ".md",
    DocumentExportKind.AKN: ".xml", DocumentExportKind.PRESS: ".txt",
    DocumentExportKind.REDLINE_PDF: ".pdf", DocumentExportKind.REDLINE_DOCX: ".docx",
}

#: The text kinds (the CLI's --format choices).
TEXT_KINDS = tuple(k for k in DocumentExportKind if not k.redline)
#: The comparison kinds.
REDLINE_KINDS = tuple(k for k in DocumentExportKind if k.redline)


def kind_for(format_name: str, *, redline: bool = False) -> DocumentExportKind:
    """The kind the CLI means by `--format` (and `--compare-with`)."""
    for kind in REDLINE_KINDS if redline else TEXT_KINDS:
        if kind.format_name == format_name:
            return kind
    from confdesk.errors import UserError

    raise UserError("A comparison is written as pdf or docx." if redline
                    else f"There is no document export in format {format_name!r}.")


@dataclass(frozen=True)
class DocumentExport:
    """What to write: a text (or, for a redline kind, a comparison) in one kind."""

    kind: DocumentExportKind
    event: EventInfo
    tree: DocumentText | None = None
    comparison: Comparison | None = None
    #: Akoma Ntoso: the country code in the document's FRBR names.
    country: str = "un"
    #: The press extract: the paragraphs chosen (None: those marked for the press).
    press_uids: tuple[str, ...] | None = None
    #: Who exports: the author of a Word redline's tracked changes.
    author: str = ""
    #: Akoma Ntoso: the Work's date (the event's first day) and the document's own number.
    work_date: date | None = None
    number: str = ""
    #: PDF and Word: the document symbol printed with the text's date in the page header
    #: ("": no such header).
    symbol: str = ""


def render(export: DocumentExport, progress: Progress | None = None) -> bytes:
    """The bytes of one export; `progress(done, total)` may raise to stop."""
    kind = export.kind
    if kind.redline:
        from confdesk.exports.conclusions import redline

        assert export.comparison is not None, "a redline needs a comparison"
        if kind == DocumentExportKind.REDLINE_PDF:
            return redline.to_redline_pdf(export.comparison, export.event, progress=progress)
        return redline.to_redline_docx(export.comparison, export.event, author=export.author,
                                       progress=progress)
    tree = export.tree
    assert tree is not None, "a text export needs a text"
    if kind == DocumentExportKind.PDF:
        from confdesk.exports.conclusions import pdf

        return pdf.to_pdf(tree, export.event, symbol=export.symbol, progress=progress)
    if kind == DocumentExportKind.DOCX:
        from confdesk.exports.conclusions import docx

        return docx.to_docx(tree, export.event, symbol=export.symbol, progress=progress)
    if kind == DocumentExportKind.AKN:
        from confdesk.exports.conclusions import akn

        return akn.to_akn(tree, export.event, work_date=export.work_date, number=export.number,
                          country=export.country)
    from confdesk.exports.conclusions import plain

    if kind == DocumentExportKind.MD:
        return plain.to_markdown(tree, export.event).encode()
    if kind == DocumentExportKind.PRESS:
        return plain.to_press_extract(tree, export.press_uids).encode()
    return plain.to_text(tree, export.event).encode()


def write(export: DocumentExport, path: Path, progress: Progress | None = None) -> None:
    """Render and write `path` atomically (a failure or a stop leaves any old file as it was)."""
    write_atomically(path, render(export, progress))
