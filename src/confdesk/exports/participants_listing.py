"""The participants an export takes, and the list written as a table file (XLSX, CSV).

Written over a `Reader` (`confdesk.db.reader`), once: `RegistrationService.export_list`
runs it in its session (the window, the CLI on a server or in team mode), and `confdesk
export participants --format csv|xlsx` on a SQLite file runs it over Python's sqlite3
without loading SQLAlchemy (at 100,000 people the import of SQLAlchemy and the models was a
fifth of the export). The permission check stays the service's: the CLI takes this path
directly only where no role applies (see `commands.registration`).

Nothing here imports SQLAlchemy, the models or the writers' libraries at module level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk import collector
from confdesk.registration.queries import ParticipantFilter, ParticipantRow, load_rows, search

if TYPE_CHECKING:
    from confdesk.db.reader import Reader
    from confdesk.exports.list_options import ListOptions
    from confdesk.exports.registry import Cancelled, ParticipantsExport, Progress
    from confdesk.registration.service import PeopleChange


@dataclass(frozen=True)
class Selection:
    """Which participants an export takes: `ids` (in the order the user saw them; None:
    everybody) further narrowed by `only` (the CLI's --filter, --category, --status)."""

    ids: Sequence[int] | None = None
    only: ParticipantFilter | None = None


@dataclass(frozen=True)
class Exported:
    """What an export wrote: the file, how many people (or badges), on how many pages, their
    ids; for a list, the issue recorded and the categories left out; for badges marked as
    printed, the change undo needs."""

    path: Path
    count: int
    ids: tuple[int, ...]
    pages: int = 0
    revision_label: str | None = None
    hidden_categories: tuple[str, ...] = ()
    hidden_count: int = 0
    printed: PeopleChange | None = None


#: Everybody in the event (the default selection of an export).
EVERYBODY = Selection()


def selected_rows(reader: Reader, event_id: int, language: str, selection: Selection
                  ) -> list[ParticipantRow]:
    """The rows `selection` takes, in `language`: alphabetical, or in the order of its ids
    (their `haystack` is left empty unless the selection searches text)."""
    only = selection.only
    rows = load_rows(reader, event_id, language=language, ids=selection.ids,
                     searchable=only is not None and bool(only.words))
    if selection.ids is not None:  # keep the order the user saw
        position = {pid: i for i, pid in enumerate(selection.ids)}
        rows.sort(key=lambda r: position.get(r.id, 0))
    return search(rows, only) if only is not None else rows


def write_table_list(reader: Reader, event_id: int, kind: ParticipantsExport, path: Path,
                     options: ListOptions, selection: Selection = EVERYBODY, *,
                     progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> Exported:
    """Write the list as a workbook or a CSV (`kind`) atomically, alphabetically: everybody
    `selection` takes, or the published list (`options.published`). An issue is recorded
    by `RegistrationService.export_list`, not here: this only reads."""
    from confdesk.exports import registry
    from confdesk.exports.list_options import chosen_rows

    assert not (options.issue or options.changes), "an issue is recorded by the service"
    # The rows and the cells made of them hold no cycles: with the collector running, its
    # passes over the 100,000 rows alive cost a fifth of writing a CSV.
    with collector.paused():
        rows = selected_rows(reader, event_id, options.language, selection)
        chosen, hidden = chosen_rows(rows, options)
        count = registry.write_table(kind, chosen, path, language=options.language,
                                     progress=progress, cancelled=cancelled)
    return Exported(path, count, tuple(r.id for r in chosen),
                    hidden_categories=tuple(sorted({r.category_name for r in hidden})),
                    hidden_count=len(hidden))
