"""The work behind the screen's exports, as plain functions a worker thread runs.

Each job opens its own database session (the GUI thread keeps its own), reads the rows in the
export's language, and writes the file; none of them touches Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from confdesk.db.database import Database
from confdesk.db.errors import UserError
from confdesk.events.models import Event
from confdesk.exports.files import atomic_path
from confdesk.exports.published_list import ListOptions
from confdesk.registration.models import INACTIVE_STATUSES
from confdesk.registration.queries import ParticipantRow, load_rows

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
FORMATS = ("pdf", "xlsx", "csv")


class ExportCancelled(UserError):  # noqa: N818 (a stop request, not an error)
    """The user cancelled an export; no file was written."""


@dataclass(frozen=True)
class ListRequest:
    """A list of participants to write: which people (None: all), how, where."""

    path: Path
    format: str
    language: str
    ids: Sequence[int] | None
    #: Who goes on the list and how it is issued (default: the published list for a PDF).
    options: ListOptions | None = None


@dataclass(frozen=True)
class BadgeRequest:
    """Badges to write: which people (None: all), and options."""

    path: Path
    language: str
    ids: Sequence[int] | None
    only_unprinted: bool = False
    one_per_page: bool = False


@dataclass(frozen=True)
class ExportDone:
    """What was written: the file, how many people, and their ids (to mark badges printed)."""

    path: Path
    count: int
    ids: tuple[int, ...]


def _rows(database: Database, event_id: int, language: str, ids: Sequence[int] | None
          ) -> tuple[list[ParticipantRow], Event]:
    with database.sessions() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise UserError(f"Event {event_id} no longer exists.")
        rows = load_rows(session, event_id, language=language, ids=ids)
        session.expunge(event)
    if ids is not None:  # keep the order the user saw
        position = {pid: i for i, pid in enumerate(ids)}
        rows.sort(key=lambda r: position.get(r.id, 0))
    return rows, event


def _atomic(path: Path, write: Callable[[Path], object], cancelled: Cancelled) -> None:
    """Write next to the target, then move into place, so a cancelled export leaves nothing
    and a failed one leaves an earlier file of that name as it was."""
    with atomic_path(path) as partial:
        write(partial)
        if cancelled():
            raise ExportCancelled("Export cancelled; no file was written.")


def export_list(database: Database, event_id: int, request: ListRequest,
                progress: Progress, cancelled: Cancelled) -> ExportDone:
    """Write the list of participants as PDF (the published list, in protocol order), XLSX
    or CSV; an issue of the list is recorded only once its file is in place."""
    from confdesk.exports.participants_table import write_csv, write_xlsx
    from confdesk.exports.pdf.participants_list import write_participants_list
    from confdesk.exports.published_list import prepare_list

    lang = request.language
    options = request.options or ListOptions(language=lang, published=request.format == "pdf")
    if request.ids is not None:
        # A chosen selection is printed as chosen: the event's unpublished categories too.
        options = dataclasses.replace(options, include_all_categories=True)
    if request.format not in FORMATS:
        raise UserError(f"Unknown format {request.format!r}: choose PDF, XLSX or CSV.")
    with database.sessions() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise UserError(f"Event {event_id} no longer exists.")
        rows = load_rows(session, event_id, language=lang, ids=request.ids)
        if request.ids is not None:  # keep the order the user saw
            position = {pid: i for i, pid in enumerate(request.ids)}
            rows.sort(key=lambda r: position.get(r.id, 0))
        document = prepare_list(session, event, rows, options)

        def write(target: Path) -> None:
            if request.format == "pdf":
                write_participants_list(target, document.header, document.delegations,
                                        language=lang, progress=progress,
                                        changes=document.changes)
            elif request.format == "xlsx":
                write_xlsx(target, document.rows, language=lang, progress=progress)
            else:
                write_csv(target, document.rows, language=lang)
                progress(len(document.rows), len(document.rows))

        _atomic(request.path, write, cancelled)
        session.commit()
    chosen = document.rows
    return ExportDone(request.path, len(chosen), tuple(r.id for r in chosen))


def export_badges(database: Database, event_id: int, request: BadgeRequest,
                  progress: Progress, cancelled: Cancelled) -> ExportDone:
    """Write badges in protocol order; people who declined or cancelled are left out."""
    from confdesk.exports.pdf.badges import badges_from_rows, write_badges
    from confdesk.registration.protocol import protocol_sorted

    rows, event = _rows(database, event_id, request.language, request.ids)
    rows = [r for r in rows if r.status not in INACTIVE_STATUSES]
    if request.only_unprinted:
        rows = [r for r in rows if r.badge_printed_at is None]
    if not rows:
        raise UserError("No badge to print: nobody in the chosen set is expected "
                        "(or every badge was printed already).")
    rows = protocol_sorted(rows)
    badges = badges_from_rows(rows, event.short_name or event.text("title", request.language),
                              language=request.language)
    _atomic(request.path, lambda target: write_badges(
        target, badges, one_per_page=request.one_per_page, progress=progress,
        cancelled=cancelled), cancelled)
    return ExportDone(request.path, len(rows), tuple(r.id for r in rows))
