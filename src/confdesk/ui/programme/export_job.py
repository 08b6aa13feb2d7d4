"""Programme exports run off the GUI thread, with progress and a way to cancel."""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal, Slot
from PySide6.QtWidgets import QProgressDialog

from confdesk.db.errors import UserError
from confdesk.exports.files import write_atomically
from confdesk.programme.queries import ProgrammeSnapshot

#: Told (done, total) as an export advances.
Progress = Callable[[int, int], None] | None


class ExportKind(enum.StrEnum):
    """What can be exported from the Programme screen, with the file suffix after the dot."""

    PDF_A4 = "pdf_a4"
    PDF_A5 = "pdf_a5"
    XLSX = "xlsx"
    ICS = "ics"
    FRAB = "frab"
    SPEAKERS_PDF = "speakers_pdf"
    SPEAKERS_XLSX = "speakers_xlsx"

    @property
    def suffix(self) -> str:
        return {"pdf_a4": ".pdf", "pdf_a5": ".pdf", "xlsx": ".xlsx", "ics": ".ics",
                "frab": ".xml", "speakers_pdf": ".pdf", "speakers_xlsx": ".xlsx"}[self.value]


class Cancelled(Exception):
    """The user pressed Cancel while the file was being made."""


def render(kind: ExportKind, snapshot: ProgrammeSnapshot, progress: Progress) -> bytes:
    """The bytes of one export of `snapshot`; `progress(done, total)` may raise Cancelled."""
    report = progress
    if kind in (ExportKind.PDF_A4, ExportKind.PDF_A5):
        from confdesk.exports.pdf.programme import programme_pdf

        return programme_pdf(snapshot, a5=kind == ExportKind.PDF_A5, progress=report)
    if kind == ExportKind.XLSX:
        from confdesk.exports.programme_xlsx import programme_workbook

        return programme_workbook(snapshot, progress=report)
    if kind == ExportKind.ICS:
        from confdesk.exports.ics import programme_calendar

        return programme_calendar(snapshot, progress=report)
    if kind == ExportKind.FRAB:
        from confdesk.exports.frab import schedule_xml

        return schedule_xml(snapshot, progress=report)
    if kind == ExportKind.SPEAKERS_PDF:
        from confdesk.exports.pdf.speakers import speakers_pdf

        return speakers_pdf(snapshot, progress=report)
    from confdesk.exports.programme_xlsx import speakers_workbook

    return speakers_workbook(snapshot)


class ExportSignals(QObject):
    """What an export job tells the GUI thread (queued across threads)."""

    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()


class ExportJob(QRunnable):
    """Render one export of a snapshot to a file in a pool thread."""

    def __init__(self, kind: ExportKind, snapshot: ProgrammeSnapshot, path: Path) -> None:
        super().__init__()
        self.kind, self.snapshot, self.path = kind, snapshot, path
        self.signals = ExportSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Stop at the next progress step; nothing is written."""
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            data = render(self.kind, self.snapshot, self._progress)
            if self._cancel.is_set():
                raise Cancelled
            write_atomically(self.path, data)
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as exc:  # a full disk, a read-only folder: its message says it all
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 (shown to the user, never lost)
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(str(self.path))


class ExportWatcher(QObject):
    """Receives a job's signals in the GUI thread, drives its progress dialog, tells the end.

    A QObject with slots, so that signals emitted from the pool thread are queued to the GUI
    thread rather than run where they were emitted.
    """

    #: The file written.
    completed = Signal(str)
    #: Why the export failed.
    problem = Signal(str)
    #: The user cancelled; nothing was written.
    stopped = Signal()

    def __init__(self, job: ExportJob, progress: QProgressDialog,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job, self.progress = job, progress
        progress.canceled.connect(job.cancel)
        job.signals.progress.connect(self._step)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)

    @Slot(int, int)
    def _step(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    @Slot(str)
    def _finished(self, path: str) -> None:
        self.progress.close()
        self.completed.emit(path)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.progress.close()
        self.problem.emit(message)

    @Slot()
    def _cancelled(self) -> None:
        self.progress.close()
        self.stopped.emit()
