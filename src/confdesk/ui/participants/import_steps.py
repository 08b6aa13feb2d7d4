"""Slow steps of the import wizard (reading the file, building the preview) off the GUI thread.

They run on the window's one job runner (`ui.jobs.run_job`). A page starts a `Step`; while
it runs, a `BusyRow` shows an indeterminate bar and a Stop button, and the page stays
responsive. A cancelled step's result is thrown away when it arrives; at closing time
`Step.cancel_and_wait()` lets no thread outlive the wizard.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from confdesk.imports.mapping import ColumnMapping, detect
from confdesk.imports.messages import SHEET_EMPTY
from confdesk.imports.participants import ImportPreview
from confdesk.imports.tables import Table, UnreadableFileError, read_table
from confdesk.registration.service import RegistrationService
from confdesk.ui.jobs import JobControl, JobWatcher, Work, failure_text, run_job


def problem_text(error: BaseException) -> str:
    """What a page says when its step failed: a file that cannot be opened says why (an
    OSError's own text); otherwise as every job says it (a known error, or "unexpected")."""
    if isinstance(error, OSError):
        return str(error)
    return failure_text(error)


def read_job(path: Path, sheet: str | None) -> Work:
    """Read one sheet and find its header row and columns (no database, no Qt)."""
    def job(control: JobControl) -> tuple[Table, ColumnMapping]:
        table = read_table(path, sheet)
        control.check()
        mapping = detect(table.rows)
        if not mapping.headings:
            raise UnreadableFileError(SHEET_EMPTY, code="sheet.empty", name=path.name,
                                      sheet=table.sheet)
        return table, mapping
    return job


def preview_job(service: RegistrationService, table: Table, mapping: ColumnMapping,
                remembered: dict[str, dict[str, str]] | None = None) -> Work:
    """Compare every row with the people registered already (the service's own session).

    `remembered`: value meanings the user gave for earlier files; those this event can use
    are added to the mapping's own (which win)."""
    def job(_control: JobControl) -> ImportPreview:
        preview: ImportPreview = service.preview_import(table, mapping, remembered)
        return preview
    return job


class BusyRow(QWidget):
    """'Reading…' with a busy bar and a Stop button; hidden when nothing runs."""

    cancel_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no figures to give: a busy indicator
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Stop"), self)  # the wizard has a Cancel
        self.cancel_button.setObjectName(f"{name}Cancel")
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.hide()

    def start(self, text: str) -> None:
        """Show `text` with a running bar."""
        self.label.setText(text)
        self.show()


class Step(QObject):
    """One slow step of a page, run as a job (ui/jobs); its result or problem goes to
    callbacks."""

    #: Emitted when a step starts, ends or is cancelled (the page's isComplete changes).
    changed = Signal()

    def __init__(self, busy: BusyRow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = busy
        #: The step the user waits for (None when none runs or it was cancelled).
        self.worker: JobWatcher | None = None
        self._alive: set[JobWatcher] = set()  # every job not ended, cancelled ones too
        self.description = ""
        busy.cancel_requested.connect(self.cancel)

    @property
    def running(self) -> bool:
        """A step the user waits for is running."""
        return self.worker is not None

    def start(self, text: str, job: Work, done: Callable[[Any], None],
              failed: Callable[[str], None]) -> None:
        """Run `job`; `done(result)` or `failed(message)` follow unless it is cancelled."""
        self.cancel()
        watcher = self.worker = run_job(job, self, describe=problem_text)
        self._alive.add(watcher)
        self.description = text
        cancelled = watcher.job.control
        watcher.completed.connect(
            lambda result: None if cancelled.cancelled else done(result))
        watcher.problem.connect(lambda text: None if cancelled.cancelled else failed(text))
        for signal in (watcher.completed, watcher.problem, watcher.stopped):
            signal.connect(lambda *_args: self._finished(watcher))
        self.busy.start(text)
        self.changed.emit()

    def cancel(self) -> None:
        """Stop waiting: the result is thrown away when it comes."""
        watcher, self.worker = self.worker, None
        if watcher is not None:
            watcher.job.control.cancel()
            self.busy.hide()
            self.changed.emit()

    def cancel_and_wait(self) -> None:
        """Cancel, and let every job of this step return (before the wizard goes)."""
        self.cancel()
        for watcher in list(self._alive):
            watcher.job.cancel_and_wait()

    def _finished(self, watcher: JobWatcher) -> None:
        self._alive.discard(watcher)
        if watcher is self.worker:
            self.worker = None
            self.busy.hide()
            self.changed.emit()
