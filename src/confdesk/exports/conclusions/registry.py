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
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk.exports.files import write_atomically

if TYPE_CHECKING:
    from confdesk.conclusions.diff import Comparison
    from confdesk.conclusions.tree import DocumentText, EventInfo
    from confdesk.conclusions.views import AmendmentCompilation, CommentsReport

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
    #: The compilation of amendments and the comments report (exports/conclusions/amendments).
    AMENDMENTS_PDF = "amendments_pdf"
    AMENDMENTS_DOCX = "amendments_docx"
    COMMENTS_PDF = "comments_pdf"
    COMMENTS_DOCX = "comments_docx"

    @property
    def suffix(self) -> str:
        """The file name's ending, with the dot."""
        return _SUFFIXES[self]

    @property
    def redline(self) -> bool:
        """Whether this kind writes a comparison."""
        return self.value.startswith("redline_")

    @property
    def report(self) -> bool:
        """Whether this kind writes a compilation of amendments or a comments report."""
        return self.value.startswith(("amendments_", "comments_"))

    @property
    def format_name(self) -> str:
        """The CLI's `--format` name ("pdf", "docx", …; a redline by its file format)."""
        return self.value.removeprefix("redline_").split("_")[-1]


_SUFFIXES = {
    DocumentExportKind.PDF: ".pdf", DocumentExportKind.DOCX: ".docx",
    DocumentExportKind.TXT: ".txt", DocumentExportKind.MD: ".md",
    DocumentExportKind.AKN: ".xml", DocumentExportKind.PRESS: ".txt",
    DocumentExportKind.REDLINE_PDF: ".pdf", DocumentExportKind.REDLINE_DOCX: ".docx",
    DocumentExportKind.AMENDMENTS_PDF: ".pdf", DocumentExportKind.AMENDMENTS_DOCX: ".docx",
    DocumentExportKind.COMMENTS_PDF: ".pdf", DocumentExportKind.COMMENTS_DOCX: ".docx",
}

#: The text kinds (the CLI's --format choices).
TEXT_KINDS = tuple(k for k in DocumentExportKind if not k.redline and not k.report)
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
    #: A report kind: the compilation of amendments or the comments report.
    report: AmendmentCompilation | CommentsReport | None = None


def render(export: DocumentExport, progress: Progress | None = None) -> bytes:
    """The bytes of one export; `progress(done, total)` may raise to stop."""
    kind = export.kind
    if kind.report:
        from confdesk.exports.conclusions import amendments

        return amendments.render_report(export.report, pdf=kind.format_name == "pdf")
    if kind.redline:
        from confdesk.exports.conclusions import redline

        assert export.comparison is not None, "a redline needs a comparison"
        if kind == DocumentExportKind.REDLINE_PDF:
            return redline.to_redline_pdf(export.comparison, export.event, progress=progress)
        return redline.to_redline_docx(export.comparison, export.event, progress=progress)
    tree = export.tree
    assert tree is not None, "a text export needs a text"
    if kind == DocumentExportKind.PDF:
        from confdesk.exports.conclusions import pdf

        return pdf.to_pdf(tree, export.event, progress=progress)
    if kind == DocumentExportKind.DOCX:
        from confdesk.exports.conclusions import docx

        return docx.to_docx(tree, export.event, progress=progress)
    if kind == DocumentExportKind.AKN:
        from confdesk.exports.conclusions import akn

        return akn.to_akn(tree, export.event, country=export.country)
    from confdesk.exports.conclusions import plain

    if kind == DocumentExportKind.MD:
        return plain.to_markdown(tree, export.event).encode()
    if kind == DocumentExportKind.PRESS:
        return plain.to_press_extract(tree, export.press_uids).encode()
    return plain.to_text(tree, export.event).encode()


def write(export: DocumentExport, path: Path, progress: Progress | None = None) -> None:
    """Render and write `path` atomically (a failure or a stop leaves any old file as it was)."""
    write_atomically(path, render(export, progress))
