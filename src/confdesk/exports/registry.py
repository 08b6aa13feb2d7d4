"""The one list of the programme's exports: kind → writer, shared by the CLI and the window.

`confdesk export programme|speakers` and the Programme screen's Export menu both name an
`ExportKind` and call `render` (bytes) or `write` (an atomic file), so the two faces write the
same file for the same snapshot and options. Adding an export: a member here, its suffix and
subject, one branch in `render`; the CLI's `--format` choices and the window's menu follow.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from confdesk.exports.files import write_atomically
from confdesk.programme.queries import ProgrammeSnapshot

#: Told (done, total) as an export advances; it may raise to stop the export.
Progress = Callable[[int, int], None]


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


_SUFFIXES = {
    ExportKind.PDF_A4: ".pdf", ExportKind.PDF_A5: ".pdf", ExportKind.XLSX: ".xlsx",
    ExportKind.ICS: ".ics", ExportKind.FRAB: ".xml", ExportKind.SPEAKERS_PDF: ".pdf",
    ExportKind.SPEAKERS_PDF_A5: ".pdf", ExportKind.SPEAKERS_XLSX: ".xlsx",
}
_FORMAT_NAMES = {
    ExportKind.PDF_A4: "pdf", ExportKind.PDF_A5: "pdf", ExportKind.XLSX: "xlsx",
    ExportKind.ICS: "ics", ExportKind.FRAB: "frab", ExportKind.SPEAKERS_PDF: "pdf",
    ExportKind.SPEAKERS_PDF_A5: "pdf", ExportKind.SPEAKERS_XLSX: "xlsx",
}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Choices some kinds take (the others ignore them)."""

    #: iCalendar: also put breaks in the calendar.
    include_breaks: bool = False
    #: PDFs: the edition's language ("en" or "fr"); the other files are in English.
    language: str = "en"


def kinds_of(subject: str) -> list[ExportKind]:
    """The kinds listing `subject` ("programme" or "speakers")."""
    return [k for k in ExportKind if k.subject == subject]


def kind_for(subject: str, format_name: str, *, a5: bool = False) -> ExportKind:
    """The kind the CLI means by `--format` (and `--a5`) for `subject`."""
    for kind in kinds_of(subject):
        if kind.format_name == format_name and (
                kind.format_name != "pdf" or kind.value.endswith("_a5") == a5):
            return kind
    raise ValueError(f"no {subject} export in format {format_name!r}")


def render(kind: ExportKind, snapshot: ProgrammeSnapshot,
           options: ExportOptions | None = None, progress: Progress | None = None) -> bytes:
    """The bytes of one export of `snapshot`; `progress(done, total)` may raise to stop."""
    options = options or ExportOptions()
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


def write(kind: ExportKind, snapshot: ProgrammeSnapshot, path: Path,
          options: ExportOptions | None = None, progress: Progress | None = None) -> None:
    """Render and write `path` atomically (a failure leaves any old file as it was)."""
    write_atomically(path, render(kind, snapshot, options, progress))
