"""The one list of registration's exports: kind → writer, shared by the CLI and the window.

The sibling of `exports/registry.py` (the programme's). `confdesk export participants|badges`
and the Participants screen's Export and Badges dialogs both go through
`RegistrationService.export_list` / `export_badges`, which read the people in one session and
call the writers here; every file is written atomically (beside the target, renamed into
place only when whole and not cancelled), so both faces write the same file for the same
choices and neither leaves half a file. Adding an export: a member here, its suffix and
format name, one branch in `write_list`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from pathlib import Path

from confdesk.errors import EXPORT_CANCELLED, NO_BADGE, UNKNOWN_FORMAT, UserError
from confdesk.exports.files import atomic_path
from confdesk.exports.published_list import ListDocument
from confdesk.registration.queries import ParticipantRow

#: Told (done, total) as an export advances; it may raise to stop the export.
Progress = Callable[[int, int], None]
#: Asked before a file is put in place; True: the user cancelled, nothing is written.
Cancelled = Callable[[], bool]

class ExportCancelled(UserError):  # noqa: N818 (a stop request, not an error)
    """The user cancelled an export; no file was written."""

    default_code = "export.cancelled"


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
    def format_name(self) -> str:
        """The CLI's `--format` name ("pdf", "xlsx", "csv")."""
        return "pdf" if self in (ParticipantsExport.LIST_PDF, ParticipantsExport.BADGES) \
            else self.value.removeprefix("list_")


#: The formats of the list, as the CLI and the window name them.
LIST_FORMATS = ("pdf", "xlsx", "csv")


def list_kind(format_name: str) -> ParticipantsExport:
    """The list export of a format name ("pdf", "xlsx", "csv"); refused otherwise."""
    if format_name not in LIST_FORMATS:
        raise UserError(UNKNOWN_FORMAT, code="export.format", format=format_name)
    return ParticipantsExport("list_" + format_name)


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled(EXPORT_CANCELLED)


def write_list(kind: ParticipantsExport, document: ListDocument, path: Path, *,
               language: str, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> int:
    """Write a prepared list atomically; returns the number of people in it."""
    from confdesk.exports.participants_table import write_csv, write_xlsx

    with atomic_path(path) as partial:
        if kind == ParticipantsExport.LIST_PDF:
            from confdesk.exports.pdf.participants_list import write_participants_list

            count = write_participants_list(partial, document.header, document.delegations,
                                            language=language, progress=progress,
                                            changes=document.changes)
        elif kind == ParticipantsExport.LIST_XLSX:
            count = write_xlsx(partial, document.rows, language=language, progress=progress)
        elif kind == ParticipantsExport.LIST_CSV:
            count = write_csv(partial, document.rows, language=language)
            if progress is not None:
                progress(count, count)
        else:
            raise ValueError(f"{kind} is not a list")
        _check(cancelled)
    return count


def write_badges(rows: Sequence[ParticipantRow], event_name: str, path: Path, *,
                 language: str, one_per_page: bool = False, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> int:
    """Write the badges of `rows` (in their order) atomically; returns the pages."""
    from confdesk.exports.pdf.badges import badges_from_rows
    from confdesk.exports.pdf.badges import write_badges as draw

    if not rows:
        raise UserError(NO_BADGE, code="export.no_badge")
    badges = badges_from_rows(list(rows), event_name, language=language)
    with atomic_path(path) as partial:
        pages = draw(partial, badges, one_per_page=one_per_page, progress=progress,
                     cancelled=cancelled)
        _check(cancelled)
    return pages
