"""Exports started from the Participants screen: choose, pick a file, run on the shared job
runner (`ui/jobs.py`: progress dialog, Cancel) through the registration service."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QProgressDialog

from confdesk.errors import EXPORT_CANCELLED, UserError
from confdesk.exports.published_list import ListOptions
from confdesk.exports.registry import ExportCancelled, Progress
from confdesk.registration.models import INACTIVE_STATUSES
from confdesk.ui.exported import announce_export, ask_save_path
from confdesk.ui.jobs import Cancelled, JobControl, JobWatcher, start_job
from confdesk.ui.messages import show_error, user_errors, user_text
from confdesk.ui.participants.commands import SnapshotCommand
from confdesk.ui.participants.export_dialogs import BadgeExportDialog, ListExportDialog
from confdesk.ui.participants.export_jobs import (
    BadgeRequest,
    ExportDone,
    ListRequest,
    export_badges,
    export_list,
)

if TYPE_CHECKING:
    from confdesk.ui.participants.screen import ParticipantsScreen

_FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel workbook (*.xlsx)", "csv": "CSV (*.csv)"}


class Exporter(QObject):
    """Runs one export at a time for the screen, with a progress dialog and Cancel."""

    #: The file written (or the problem met): emitted when an export ends.
    finished = Signal(object)

    def __init__(self, screen: ParticipantsScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        #: The running export's watcher (None: none runs).
        self.worker: JobWatcher | None = None
        self.progress: QProgressDialog | None = None

    # -- which people --------------------------------------------------------------------
    def ids(self, scope: str) -> Sequence[int] | None:
        """Participant ids of a scope ("all": None, every one of the event)."""
        page = self.screen.list_page
        if scope == "selection":
            return page.selected_ids()
        if scope == "filtered":
            return page.shown_ids()
        if scope == "unprinted":
            return [r.id for r in self.screen.store.all_rows() if r.badge_printed_at is None]
        return None

    def counts(self) -> dict[str, int]:
        rows = self.screen.store.all_rows()
        return {"all": len(rows), "filtered": self.screen.list_page.shown_count(),
                "selection": len(self.screen.list_page.selected_ids()),
                "unprinted": sum(1 for r in rows if r.badge_printed_at is None)}

    def badge_counts(self) -> dict[str, int]:
        """How many badges each scope gives (people who will not attend get none)."""
        page = self.screen.list_page
        selected = set(page.selected_ids())
        expected = [r for r in self.screen.store.all_rows() if r.status not in INACTIVE_STATUSES]
        shown = set(page.shown_ids())
        return {"all": len(expected),
                "filtered": sum(1 for r in expected if r.id in shown),
                "selection": sum(1 for r in expected if r.id in selected),
                "unprinted": sum(1 for r in expected if r.badge_printed_at is None)}

    # -- dialogs -------------------------------------------------------------------------
    def export_list_dialog(self) -> None:
        dialog = ListExportDialog(self.counts(), self.screen.list_language, self.screen)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fmt, language, scope = dialog.chosen()
        path = self._ask_path(self.tr("Export the List of Participants"),
                              self.tr("List of participants"), fmt)
        if path is not None:
            self.export_list(path, fmt, language, scope, dialog.options())

    def badges_dialog(self) -> None:
        dialog = BadgeExportDialog(self.badge_counts(), self.screen.list_language, self.screen)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = self._ask_path(self.tr("Print Badges"), self.tr("Badges"), "pdf")
        if path is not None:
            self.print_badges(path, dialog.scope.scope(), dialog.language.currentData(),
                              one_per_page=dialog.one_per_page.isChecked(),
                              mark_printed=dialog.mark_printed.isChecked())

    def _ask_path(self, title: str, what: str, fmt: str) -> Path | None:
        service = self.screen.service
        event_name = service.event_name() if service is not None else ""
        return ask_save_path(self.screen, title, event_name, what, f".{fmt}", _FILTERS[fmt])

    # -- running -------------------------------------------------------------------------
    def export_list(self, path: Path, fmt: str, language: str, scope: str,
                    options: ListOptions | None = None) -> None:
        """Write the list of participants of `scope` in a worker (the published list for a
        PDF unless `options` say otherwise)."""
        if options is None:
            options = ListOptions(language=language, published=fmt == "pdf")
        request = ListRequest(Path(path), fmt, language, self.ids(scope),
                              replace(options, language=language))
        service = self.screen.service
        assert service is not None
        self._run(self.tr("Writing the list of participants…"),
                  lambda p, c: export_list(service, request, p, c),
                  lambda done: self.tr("Wrote {n} participants to {path}").format(
                      n=done.count, path=done.path))

    def print_badges(self, path: Path, scope: str, language: str, *,
                     one_per_page: bool = False, mark_printed: bool = False) -> None:
        """Write badges of `scope` in a worker; optionally record them as printed."""
        request = BadgeRequest(Path(path), language, self.ids(scope),
                               only_unprinted=scope == "unprinted", one_per_page=one_per_page)
        service = self.screen.service
        assert service is not None

        def done_text(done: ExportDone) -> str:
            if mark_printed:
                self._mark_printed(done.ids)
            return self.tr("Wrote {n} badges to {path}").format(n=done.count, path=done.path)

        self._run(self.tr("Drawing badges…"),
                  lambda p, c: export_badges(service, request, p, c), done_text)

    def _run(self, label: str, job: Callable[[Progress, Callable[[], bool]], ExportDone],
             done_text: Callable[[ExportDone], str]) -> None:
        if self.worker is not None:
            show_error(self.screen, self.tr("Export"), self.tr("An export is running already."))
            return

        def work(control: JobControl) -> ExportDone:
            try:
                return job(control, lambda: control.cancelled)
            except UserError:
                if control.cancelled:  # the writer stopped for the Cancel: not a problem
                    raise Cancelled from None
                raise

        watcher = self.worker = start_job(self.screen, work, label, self.tr("Export"))
        self.progress = watcher.progress
        watcher.completed.connect(lambda done: self._ended(self._succeeded(done, done_text)))
        watcher.problem.connect(lambda text: self._ended(self._failed(text)))
        watcher.stopped.connect(lambda: self._ended(self._cancelled()))

    def running_job(self) -> str | None:
        """What is being exported, for a question at closing time, or None."""
        return self.progress.labelText() if self.worker is not None \
            and self.progress is not None else None

    def cancel_and_wait(self) -> None:
        """Closing time: cancel the running export and wait until it stopped (no file left)."""
        if self.worker is not None:
            self.worker.job.cancel_and_wait()

    def _succeeded(self, done: ExportDone, done_text: Callable[[ExportDone], str]) -> object:
        text = done_text(done)
        self.screen.show_status(text)
        announce_export(self.screen, done.path, text)
        return done.path

    def _failed(self, text: str) -> object:
        self.screen.show_status(text)
        show_error(self.screen, self.tr("Export failed"), text)
        return UserError(text)

    def _cancelled(self) -> object:
        error = ExportCancelled(EXPORT_CANCELLED, code="export.cancelled")
        self.screen.show_status(user_text(error))
        return error

    def _ended(self, outcome: object) -> None:
        # `finished` goes out once the job is over, so a new export may start at once.
        self.worker = self.progress = None
        self.finished.emit(outcome)

    def _mark_printed(self, ids: Sequence[int]) -> None:
        screen = self.screen
        service = screen.service
        if service is None:
            return
        with user_errors(screen, self.tr("Cannot record the badges as printed")) as outcome:
            change = service.mark_badges_printed(ids)
        if outcome.failed:
            return
        screen.push(SnapshotCommand(self.tr("Badges printed ({n})").format(n=len(ids)),
                                    service, change, parent=screen,
                                    changed=screen.participants_changed))
        screen.participants_changed(set(ids))
