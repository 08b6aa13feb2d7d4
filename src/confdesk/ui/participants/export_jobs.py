"""The work behind the screen's exports, as plain functions a worker thread runs.

Each one is a call of the registration service, the code path `confdesk export participants`
and `confdesk export badges` take too (`RegistrationService.export_list` / `export_badges`,
writers in `exports/registry.py`): it reads the rows in the export's language
in its own session and writes the file atomically; none of them touches Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from confdesk.exports.published_list import ListOptions
from confdesk.exports.registry import ExportCancelled, ParticipantsExport, kind_for
from confdesk.registration.service import Exported, RegistrationService, Selection

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
FORMATS = ("pdf", "xlsx", "csv")
#: What an export wrote (the file, how many people, their ids).
ExportDone = Exported

__all__ = ["BadgeRequest", "ExportCancelled", "ExportDone", "ListRequest", "export_badges",
           "export_list"]


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


def export_list(service: RegistrationService, request: ListRequest,
                progress: Progress, cancelled: Cancelled) -> ExportDone:
    """Write the list of participants as PDF (the published list, in protocol order), XLSX
    or CSV; an issue of the list is recorded only once its file is in place."""
    kind = kind_for("participants", request.format, family=ParticipantsExport)
    lang = request.language
    options = request.options or ListOptions(language=lang, published=request.format == "pdf")
    if request.ids is not None:
        # A chosen selection is printed as chosen: the event's unpublished categories too.
        options = dataclasses.replace(options, include_all_categories=True)
    return service.export_list(kind, request.path, options, Selection(ids=request.ids),
                               progress=progress, cancelled=cancelled)


def export_badges(service: RegistrationService, request: BadgeRequest,
                  progress: Progress, cancelled: Cancelled) -> ExportDone:
    """Write badges in protocol order; people who declined or cancelled are left out."""
    return service.export_badges(
        request.path, Selection(ids=request.ids), language=request.language,
        only_unprinted=request.only_unprinted, one_per_page=request.one_per_page,
        progress=progress, cancelled=cancelled)
