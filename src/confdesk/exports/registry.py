"""The one list of confdesk's exports: kind → writer, shared by the CLI and the window.

Every file confdesk writes from its data is named here by a kind, of one of three families:

- `ExportKind`: the programme and the list of speakers (`confdesk export programme|speakers`,
  the Programme screen's Export menu), rendered from a `ProgrammeSnapshot`;
- `ParticipantsExport`: the list of participants and the badges (`confdesk export
  participants|badges`, the Participants screen's Export and Badges dialogs, both through
  `RegistrationService.export_list` / `export_badges`, which read the people in one session);
- `DocumentExportKind`: an outcome document and a comparison of two of its texts (`confdesk
  export document`, the Conclusions screen's Drafts and Comparison pages).

Each kind has a `subject` ("programme", "speakers", "participants", "badges", "document",
"comparison"), a `format_name` (the CLI's `--format`) and a `suffix`; `kinds_of(subject)`
lists a subject's kinds and `kind_for(subject, format_name)` finds the one the CLI means.
A face describes what to write as an `Export` (`ProgrammeExport`, `ParticipantsListExport`,
`BadgesExport`, `DocumentExport`) and calls `write` (an atomic file: a failure or a cancel
leaves any old file as it was) or, for the kinds written from bytes, `render`; so both faces
write the same file for the same data and choices. Long work reports `progress(done,
total)`, which may raise to stop; `cancelled()` is asked before a file is put in place.

The writers (reportlab, openpyxl, python-docx, lxml) are imported by the branch that needs
them, not with the window. Adding an export: see CONTRIBUTING.md ("Adding an export").
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, overload

from confdesk.errors import (
    COMPARISON_FORMAT,
    EXPORT_CANCELLED,
    NO_BADGE,
    NO_SUCH_FORMAT,
    UNKNOWN_FORMAT,
    UserError,
)
from confdesk.exports.files import atomic_path, write_atomically

if TYPE_CHECKING:
    from confdesk.conclusions.diff import Comparison
    from confdesk.conclusions.tree import DocumentText, EventInfo
    from confdesk.conclusions.views import AmendmentCompilation, CommentsReport
    from confdesk.exports.published_list import ListDocument
    from confdesk.programme.queries import ProgrammeSnapshot
    from confdesk.registration.queries import ParticipantRow

#: Told (done, total) as an export advances; it may raise to stop the export.
Progress = Callable[[int, int], None]
#: Asked before a file is put in place; True: the user cancelled, nothing is written.
Cancelled = Callable[[], bool]


class ExportCancelled(UserError):  # noqa: N818 (a stop request, not an error)
    """The user cancelled an export; no file was written."""

    default_code = "export.cancelled"


# -- the kinds ----------------------------------------------------------------------------
class ExportKind(enum.StrEnum):
    """One file the programme can be exported as."""

    PDF_A4 = "pdf_a4"
    PDF_A5 = "pdf_a5"
    XLSX = "xlsx"
    ICS = "ics"
    FRAB = "frab"
    SPEAKERS_PDF = "speakers_pdf"
    SPEAKERS_PDF_A5 = "speakers_pdf_a5"
    SPEAKERS_XLSX = "speakers_xlsx"

    @property
    def suffix(self) -> str:
        """The file name's ending, with the dot."""
        return _SUFFIXES[self]

    @property
    def subject(self) -> str:
        """"programme" or "speakers": what the file lists."""
        return "speakers" if self.value.startswith("speakers") else "programme"

    @property
    def format_name(self) -> str:
        """The CLI's `--format` name of this kind ("pdf", "xlsx", "ics", "frab")."""
        return _FORMAT_NAMES[self]

    @property
    def a5(self) -> bool:
        """An A5 edition (the CLI's `--a5`)."""
        return self.value.endswith("_a5")


class ParticipantsExport(enum.StrEnum):
    """One file registration can be exported as."""

    LIST_PDF = "list_pdf"
    LIST_XLSX = "list_xlsx"
    LIST_CSV = "list_csv"
    BADGES = "badges"

    @property
    def suffix(self) -> str:
        """The file name's ending, with the dot."""
        return "." + self.format_name

    @property
    def subject(self) -> str:
        """"participants" (the list) or "badges"."""
        return "badges" if self is ParticipantsExport.BADGES else "participants"

    @property
    def format_name(self) -> str:
        """The CLI's `--format` name ("pdf", "xlsx", "csv")."""
        return "pdf" if self in (ParticipantsExport.LIST_PDF, ParticipantsExport.BADGES) \
            else self.value.removeprefix("list_")

    @property
    def a5(self) -> bool:
        return False


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
    def report(self) -> bool:
        """Whether this kind writes a compilation of amendments or a comments report."""
        return self.value.startswith(("amendments_", "comments_"))

    @property
    def redline(self) -> bool:
        """Whether this kind writes a comparison."""
        return self.value.startswith("redline_")

    @property
    def subject(self) -> str:
        """"document" (a text) or "comparison" (a redline of two texts)."""
        if self.report:
            return self.value.split("_")[0]  # "amendments" or "comments"
        return "comparison" if self.redline else "document"

    @property
    def format_name(self) -> str:
        """The CLI's `--format` name ("pdf", "docx", …; a redline by its file format)."""
        return self.value.split("_")[-1]

    @property
    def a5(self) -> bool:
        return False


#: Any export's kind.
Kind = ExportKind | ParticipantsExport | DocumentExportKind

_SUFFIXES: dict[Kind, str] = {
    ExportKind.PDF_A4: ".pdf", ExportKind.PDF_A5: ".pdf", ExportKind.XLSX: ".xlsx",
    ExportKind.ICS: ".ics", ExportKind.FRAB: ".xml", ExportKind.SPEAKERS_PDF: ".pdf",
    ExportKind.SPEAKERS_PDF_A5: ".pdf", ExportKind.SPEAKERS_XLSX: ".xlsx",
    DocumentExportKind.PDF: ".pdf", DocumentExportKind.DOCX: ".docx",
    DocumentExportKind.TXT: ".txt", DocumentExportKind.MD: ".md",
    DocumentExportKind.AKN: ".xml", DocumentExportKind.PRESS: ".txt",
    DocumentExportKind.REDLINE_PDF: ".pdf", DocumentExportKind.REDLINE_DOCX: ".docx",
    DocumentExportKind.AMENDMENTS_PDF: ".pdf", DocumentExportKind.AMENDMENTS_DOCX: ".docx",
    DocumentExportKind.COMMENTS_PDF: ".pdf", DocumentExportKind.COMMENTS_DOCX: ".docx",
}
_FORMAT_NAMES = {
    ExportKind.PDF_A4: "pdf", ExportKind.PDF_A5: "pdf", ExportKind.XLSX: "xlsx",
    ExportKind.ICS: "ics", ExportKind.FRAB: "frab", ExportKind.SPEAKERS_PDF: "pdf",
    ExportKind.SPEAKERS_PDF_A5: "pdf", ExportKind.SPEAKERS_XLSX: "xlsx",
}

#: Every kind, family by family.
ALL_KINDS: tuple[Kind, ...] = (*ExportKind, *ParticipantsExport, *DocumentExportKind)
#: What can be exported, in the CLI's words.
SUBJECTS = ("programme", "speakers", "participants", "badges", "document", "comparison",
            "amendments", "comments")
#: The formats of the list of participants, as the CLI and the window name them.
LIST_FORMATS = ("pdf", "xlsx", "csv")
#: The outcome document's text kinds (the CLI's --format choices) and comparison kinds.
TEXT_KINDS = tuple(k for k in DocumentExportKind if not k.redline and not k.report)
REDLINE_KINDS = tuple(k for k in DocumentExportKind if k.redline)


def kinds_of(subject: str) -> list[Kind]:
    """The kinds exporting `subject` (one of `SUBJECTS`), in the registry's order."""
    return [k for k in ALL_KINDS if k.subject == subject]


@overload
def kind_for(subject: str, format_name: str, *, a5: bool = False) -> Kind: ...


@overload
def kind_for(subject: str, format_name: str, *, a5: bool = False,
             family: type[ExportKind]) -> ExportKind: ...


@overload
def kind_for(subject: str, format_name: str, *, a5: bool = False,
             family: type[ParticipantsExport]) -> ParticipantsExport: ...


@overload
def kind_for(subject: str, format_name: str, *, a5: bool = False,
             family: type[DocumentExportKind]) -> DocumentExportKind: ...


def kind_for(subject: str, format_name: str, *, a5: bool = False,
             family: type[Kind] | None = None) -> Kind:
    """The kind the CLI means by `--format` (and `--a5`) for `subject`; a UserError (code
    "export.format") for a format the subject has no export in. `family`: the enum the
    caller expects (for the type checker; a subject belongs to one family)."""
    kinds = kinds_of(subject)
    for kind in kinds:
        if kind.format_name == format_name and (kind.format_name != "pdf" or kind.a5 == a5):
            assert family is None or isinstance(kind, family)
            return kind
    if subject == "participants":
        raise UserError(UNKNOWN_FORMAT, code="export.format", format=format_name)
    if subject == "comparison":
        raise UserError(COMPARISON_FORMAT, code="export.format", format=format_name)
    raise UserError(NO_SUCH_FORMAT, code="export.format", format=format_name,
                    formats=", ".join(dict.fromkeys(k.format_name for k in kinds)))


# -- what to write --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Choices some programme kinds take (the others ignore them)."""

    #: iCalendar: also put breaks in the calendar.
    include_breaks: bool = False
    #: PDFs: the edition's language ("en" or "fr"); the other files are in English.
    language: str = "en"


@dataclass(frozen=True)
class ProgrammeExport:
    """The programme (or its speakers) in one kind."""

    kind: ExportKind
    snapshot: ProgrammeSnapshot
    options: ExportOptions = field(default_factory=ExportOptions)


@dataclass(frozen=True)
class ParticipantsListExport:
    """A prepared list of participants (`exports.published_list.prepare_list`) in one kind."""

    kind: ParticipantsExport
    document: ListDocument
    language: str = "en"


@dataclass(frozen=True)
class BadgesExport:
    """The badges of `rows`, in their order."""

    rows: Sequence[ParticipantRow]
    event_name: str
    language: str = "en"
    one_per_page: bool = False

    @property
    def kind(self) -> ParticipantsExport:
        return ParticipantsExport.BADGES


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
    #: A report kind: the compilation of amendments or the comments report.
    report: AmendmentCompilation | CommentsReport | None = None
    #: PDF and Word: line numbers in the margin beside the body text, counted through the
    #: document (for negotiation: "paragraph 4, line 3").
    line_numbers: bool = False


#: Anything the registry writes.
Export = ProgrammeExport | ParticipantsListExport | BadgesExport | DocumentExport


# -- writing --------------------------------------------------------------------------------
def render(export: ProgrammeExport | DocumentExport, progress: Progress | None = None) -> bytes:
    """The bytes of one export; `progress(done, total)` may raise to stop."""
    if isinstance(export, ProgrammeExport):
        return _render_programme(export, progress)
    return _render_document(export, progress)


@overload
def write(export: ParticipantsListExport | BadgesExport, path: Path, *,
          progress: Progress | None = None, cancelled: Cancelled | None = None) -> int: ...


@overload
def write(export: ProgrammeExport | DocumentExport, path: Path, *,
          progress: Progress | None = None, cancelled: Cancelled | None = None) -> None: ...


def write(export: Export, path: Path, *, progress: Progress | None = None,
          cancelled: Cancelled | None = None) -> int | None:
    """Write `export` to `path` atomically (a failure or a cancel leaves any old file as it
    was). Returns the people on a list, or the pages of badges; None for the others."""
    if isinstance(export, ParticipantsListExport):
        return _write_list(export, path, progress, cancelled)
    if isinstance(export, BadgesExport):
        return _write_badges(export, path, progress, cancelled)
    data = render(export, progress)
    _check(cancelled)
    write_atomically(path, data)
    return None


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled(EXPORT_CANCELLED)


def _render_programme(export: ProgrammeExport, progress: Progress | None) -> bytes:
    kind, snapshot, options = export.kind, export.snapshot, export.options
    if kind in (ExportKind.PDF_A4, ExportKind.PDF_A5):
        from confdesk.exports.pdf.programme import programme_pdf

        return programme_pdf(snapshot, a5=kind == ExportKind.PDF_A5, progress=progress,
                             language=options.language)
    if kind in (ExportKind.SPEAKERS_PDF, ExportKind.SPEAKERS_PDF_A5):
        from confdesk.exports.pdf.speakers import speakers_pdf

        return speakers_pdf(snapshot, a5=kind == ExportKind.SPEAKERS_PDF_A5, progress=progress,
                            language=options.language)
    if kind == ExportKind.XLSX:
        from confdesk.exports.programme_xlsx import programme_workbook

        return programme_workbook(snapshot, progress=progress)
    if kind == ExportKind.ICS:
        from confdesk.exports.ics import programme_calendar

        return programme_calendar(snapshot, include_breaks=options.include_breaks,
                                  progress=progress)
    if kind == ExportKind.FRAB:
        from confdesk.exports.frab import schedule_xml

        return schedule_xml(snapshot, progress=progress)
    from confdesk.exports.programme_xlsx import speakers_workbook

    return speakers_workbook(snapshot)


def _render_document(export: DocumentExport, progress: Progress | None) -> bytes:
    kind = export.kind
    if kind.report:
        from confdesk.exports.conclusions import amendments

        return amendments.render_report(export.report, pdf=kind.format_name == "pdf")
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

        return pdf.to_pdf(tree, export.event, symbol=export.symbol,
                          line_numbers=export.line_numbers, progress=progress)
    if kind == DocumentExportKind.DOCX:
        from confdesk.exports.conclusions import docx

        return docx.to_docx(tree, export.event, symbol=export.symbol,
                            line_numbers=export.line_numbers, progress=progress)
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


def _write_list(export: ParticipantsListExport, path: Path, progress: Progress | None,
                cancelled: Cancelled | None) -> int:
    """Write a prepared list atomically; returns the number of people in it."""
    kind, document, language = export.kind, export.document, export.language
    if kind != ParticipantsExport.LIST_PDF:
        return write_table(kind, document.rows, path, language=language, progress=progress,
                           cancelled=cancelled)
    from confdesk.exports.pdf.participants_list import write_participants_list

    with atomic_path(path) as partial:
        count = write_participants_list(partial, document.header, document.delegations,
                                        language=language, progress=progress,
                                        changes=document.changes)
        _check(cancelled)
    return count


def write_table(kind: ParticipantsExport, rows: Sequence[ParticipantRow], path: Path, *,
                language: str = "en", progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> int:
    """Write `rows` as the list's workbook or CSV (`kind`) atomically, in their order;
    returns the number of people. (The rows need no prepared list: `exports.participants_listing`
    writes them from a plain reader.)"""
    from confdesk.exports.participants_table import write_csv, write_xlsx

    with atomic_path(path) as partial:
        if kind == ParticipantsExport.LIST_XLSX:
            count = write_xlsx(partial, rows, language=language, progress=progress)
        elif kind == ParticipantsExport.LIST_CSV:
            count = write_csv(partial, rows, language=language)
            if progress is not None:
                progress(count, count)
        else:
            raise ValueError(f"{kind} is not a table of participants")
        _check(cancelled)
    return count


def _write_badges(export: BadgesExport, path: Path, progress: Progress | None,
                  cancelled: Cancelled | None) -> int:
    """Write the badges atomically; returns the pages."""
    from confdesk.exports.pdf.badges import badges_from_rows
    from confdesk.exports.pdf.badges import write_badges as draw

    if not export.rows:
        raise UserError(NO_BADGE, code="export.no_badge")
    badges = badges_from_rows(list(export.rows), export.event_name, language=export.language)
    with atomic_path(path) as partial:
        pages = draw(partial, badges, one_per_page=export.one_per_page, progress=progress,
                     cancelled=cancelled)
        _check(cancelled)
    return pages
