"""The work behind the screen's exports, as plain functions a worker thread runs.

Each job opens its own database session (the GUI thread keeps its own), reads the rows in the
export's language, and writes the file; none of them touches Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date

from confdesk.db.database import Database
from confdesk.db.errors import UserError
from confdesk.events.models import Event
from confdesk.exports.files import atomic_path
from confdesk.registration.models import INACTIVE_STATUSES
from confdesk.registration.queries import ParticipantRow, load_rows
from confdesk.registration.states import country_name

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
FORMATS = ("pdf", "xlsx", "csv")
_ALONE = {"en": "Individual participants", "fr": "Participants à titre individuel"}


class ExportCancelled(UserError):
    """The user cancelled an export; no file was written."""


@dataclass(frozen=True)
class ListRequest:
    """A list of participants to write: which people (None: all), how, where."""

    path: Path
    format: str
    language: str
    ids: Sequence[int] | None


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


def _dates(event: Event, language: str) -> str:
    start = format_date(event.start_date, "d MMMM y", locale=language)
    if event.end_date == event.start_date:
        return start
    return f"{start} – {format_date(event.end_date, 'd MMMM y', locale=language)}"


def _atomic(path: Path, write: Callable[[Path], object], cancelled: Cancelled) -> None:
    """Write next to the target, then move into place, so a cancelled export leaves nothing
    and a failed one leaves an earlier file of that name as it was."""
    with atomic_path(path) as partial:
        write(partial)
        if cancelled():
            raise ExportCancelled("Export cancelled; no file was written.")


def export_list(database: Database, event_id: int, request: ListRequest,
                progress: Progress, cancelled: Cancelled) -> ExportDone:
    """Write the list of participants as PDF (protocol order), XLSX or CSV."""
    from confdesk.exports.participants_table import write_csv, write_xlsx
    from confdesk.exports.pdf.participants_list import ListHeader, write_participants_list
    from confdesk.registration.protocol import delegations

    rows, event = _rows(database, event_id, request.language, request.ids)
    lang = request.language

    def write(target: Path) -> None:
        if request.format == "pdf":
            place = ", ".join(p for p in (event.venue, event.city,
                                          country_name(event.country_code, lang)) if p)
            write_participants_list(
                target, ListHeader(event.title, _dates(event, lang), place),
                delegations(rows, no_organisation=_ALONE.get(lang, _ALONE["en"])),
                language=lang, progress=progress)
        elif request.format == "xlsx":
            write_xlsx(target, rows, language=lang, progress=progress)
        elif request.format == "csv":
            write_csv(target, rows, language=lang)
            progress(len(rows), len(rows))
        else:
            raise UserError(f"Unknown format {request.format!r}: choose PDF, XLSX or CSV.")

    _atomic(request.path, write, cancelled)
    return ExportDone(request.path, len(rows), tuple(r.id for r in rows))


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
    badges = badges_from_rows(rows, event.short_name or event.title, language=request.language)
    _atomic(request.path, lambda target: write_badges(
        target, badges, one_per_page=request.one_per_page, progress=progress,
        cancelled=cancelled), cancelled)
    return ExportDone(request.path, len(rows), tuple(r.id for r in rows))
