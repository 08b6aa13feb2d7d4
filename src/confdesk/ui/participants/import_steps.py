"""Slow steps of the import wizard (reading the file, building the preview) off the GUI thread.

A page starts a `Step`; while it runs, a `BusyRow` shows an indeterminate bar and a Stop
button, and the page stays responsive. A cancelled step's result is thrown away when it
arrives; at closing time `Step.cancel_and_wait()` lets no thread outlive the wizard.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from confdesk.errors import known_error
from confdesk.imports.mapping import ColumnMapping, detect
from confdesk.imports.participants import ImportPreview
from confdesk.imports.tables import Table, UnreadableFileError, read_table
from confdesk.registration.service import RegistrationService
from confdesk.ui.messages import user_text
from confdesk.ui.participants.workers import Job, Worker


#: Problems a step reports on its page; anything else is a bug and is raised.
def expected(error: BaseException) -> bool:
    """Whether `error` is a known problem to show (a UserError, a lost database, a file
    that cannot be read) rather than a bug."""
    return isinstance(error, OSError) or known_error(error) is not None


def read_job(path: Path, sheet: str | None) -> Job:
    """Read one sheet and find its header row and columns (no database, no Qt)."""
    def job(_progress: Callable[[int, int], None], cancelled: Callable[[], bool]
            ) -> tuple[Table, ColumnMapping] | None:
        table = read_table(path, sheet)
        if cancelled():
            return None
        mapping = detect(table.rows)
        if not mapping.headings:
            raise UnreadableFileError(f"{path.name}: the sheet “{table.sheet}” is empty.")
        return table, mapping
    return job


def preview_job(service: RegistrationService, table: Table, mapping: ColumnMapping,
                remembered: dict[str, dict[str, str]] | None = None) -> Job:
    """Compare every row with the people registered already (the service's own session).

    `remembered`: value meanings the user gave for earlier files; those this event can use
    are added to the mapping's own (which win)."""
    def job(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]
            ) -> ImportPreview:
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
    """One slow step of a page, run in a worker; its result or problem goes to callbacks."""

    #: Emitted when a step starts, ends or is cancelled (the page's isComplete changes).
    changed = Signal()

    def __init__(self, busy: BusyRow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = busy
        #: The step the user waits for (None when none runs or it was cancelled).
        self.worker: Worker | None = None
        self._alive: set[Worker] = set()  # every worker not finished, cancelled ones too
        self.description = ""
        busy.cancel_requested.connect(self.cancel)

    @property
    def running(self) -> bool:
        """A step the user waits for is running."""
        return self.worker is not None

    def start(self, text: str, job: Job, done: Callable[[Any], None],
              failed: Callable[[str], None]) -> None:
        """Run `job`; `done(result)` or `failed(message)` follow unless it is cancelled."""
        self.cancel()
        worker = self.worker = Worker(job)
        self._alive.add(worker)
        self.description = text
        worker.signals.succeeded.connect(
            lambda result: None if worker.is_cancelled else done(result))
        worker.signals.failed.connect(lambda error: self._failed(worker, error, failed))
        worker.signals.finished.connect(lambda: self._finished(worker))
        self.busy.start(text)
        worker.start()
        self.changed.emit()

    def cancel(self) -> None:
        """Stop waiting: the result is thrown away when it comes."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.cancel()
            self.busy.hide()
            self.changed.emit()

    def cancel_and_wait(self) -> None:
        """Cancel, and let every worker of this step return (before the wizard goes)."""
        self.cancel()
        for worker in list(self._alive):
            worker.cancel_and_wait()

    @staticmethod
    def _failed(worker: Worker, error: BaseException, failed: Callable[[str], None]) -> None:
        if not expected(error):
            raise error
        if not worker.is_cancelled:
            known = known_error(error)
            failed(user_text(known) if known is not None else str(error))

    def _finished(self, worker: Worker) -> None:
        self._alive.discard(worker)
        if worker is self.worker:
            self.worker = None
            self.busy.hide()
            self.changed.emit()
