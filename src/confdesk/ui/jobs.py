"""The one job runner of the window: work off the GUI thread, with progress and Cancel.

`start_job(parent, work, label)` runs `work(control)` in Qt's global thread pool behind a
`QProgressDialog`. `work` reports with `control(done, total)`, which raises `Cancelled` once
the user has pressed Cancel, and calls `control.check()` before any last step that must not
happen after a cancel (writing the file). The returned `JobWatcher` lives in the GUI thread
and tells the end through exactly one of its signals: `completed(result)`, `problem(text)`
(a UserError's translated text, or an honest "unexpected" message after logging the
traceback), or `stopped()`.

Screens keep the watcher until one of those signals arrives (it is their handle in tests).
`run_job(work)` is the same without the dialog, for screens that show progress inline (the
participants import wizard).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from confdesk.errors import known_error
from confdesk.exports import registry
from confdesk.ui.messages import user_text

log = logging.getLogger(__name__)


class Cancelled(Exception):  # noqa: N818 (a signal to stop, not an error)
    """The user pressed Cancel while the job was running."""


class JobControl:
    """What a job's work function gets: progress reports and the cancel flag."""

    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        """Report progress; raises Cancelled once the user has cancelled."""
        self.check()
        self.report(done, total)

    def report(self, done: int, total: int) -> None:
        """Report progress without looking at the cancel flag (for work that decides itself
        how to stop, like an import that rolls back)."""
        self._signals.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user has cancelled."""
        if self._cancel.is_set():
            raise Cancelled


class JobSignals(QObject):
    """What a job tells the GUI thread (queued across threads)."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


#: A job's work: runs in a pool thread, returns its result.
Work = Callable[[JobControl], object]


class Job(QRunnable):
    """Runs one work function in a pool thread.

    `final_check`: a cancel that comes after the work has returned still reports the job as
    cancelled (right when nothing was kept yet: the caller throws the result away). Work that
    commits passes False: once it returns, what it did stands and is reported as done."""

    def __init__(self, work: Work, *, final_check: bool = True) -> None:
        super().__init__()
        self.work = work
        self.final_check = final_check
        self.signals = JobSignals()
        self.control = JobControl(self.signals)
        #: Set once the work has returned and its last signal is queued.
        self.ended = threading.Event()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.work(self.control)
            if self.final_check:
                self.control.check()
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 (reported to the user in the GUI thread)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            self.ended.set()

    def cancel_and_wait(self, timeout: float | None = None) -> bool:
        """Closing time: cancel, wait until the work has returned (True; False after
        `timeout` seconds), then deliver its queued signals to the GUI thread."""
        self.control.cancel()
        stopped = self.ended.wait(timeout)
        QCoreApplication.sendPostedEvents()
        return stopped


def write_export(control: JobControl, export: registry.ProgrammeExport | registry.DocumentExport,
                 path: Path) -> str:
    """A job's work for an export: `registry.write` (atomic), its progress shown and Cancel
    honoured up to the moment the file is put in place (then nothing is written); returns the
    path written, as a string."""
    try:
        registry.write(export, path, progress=control, cancelled=lambda: control.cancelled)
    except registry.ExportCancelled:
        raise Cancelled from None
    return str(path)


def failure_text(exc: BaseException) -> str:
    """What the user reads when a job failed: a known error's text, else an honest
    "unexpected problem" (the traceback goes to the log)."""
    known = known_error(exc)
    if known is not None:
        return user_text(known)
    log.error("a job failed", exc_info=exc)
    return QCoreApplication.translate(
        "Jobs", "An unexpected problem stopped the work; nothing was written. (%1)"
    ).replace("%1", type(exc).__name__)


class JobWatcher(QObject):
    """Receives a job's signals in the GUI thread, drives its progress dialog, tells the end.

    A QObject with slots, so that signals emitted from the pool thread are queued to the GUI
    thread rather than run where they were emitted.
    """

    #: The work's result.
    completed = Signal(object)
    #: Why the job failed, for the user.
    problem = Signal(str)
    #: The user cancelled.
    stopped = Signal()
    #: Progress (done, total), for screens that show it themselves.
    progressed = Signal(int, int)

    def __init__(self, job: Job, progress: QProgressDialog | None = None,
                 parent: QObject | None = None, *,
                 describe: Callable[[BaseException], str] = failure_text) -> None:
        super().__init__(parent)
        self.job, self.progress, self.describe = job, progress, describe
        if progress is not None:
            progress.canceled.connect(job.control.cancel)
        job.signals.progress.connect(self._step)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)

    @Slot(int, int)
    def _step(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
        self.progressed.emit(done, total)

    def _close_progress(self) -> None:
        """Close the dialog once the job has ended. Closing a QProgressDialog emits
        `canceled`, which must not reach the job's cancel flag any more (a finished job would
        read as cancelled afterwards)."""
        if self.progress is not None:
            self.progress.canceled.disconnect(self.job.control.cancel)
            self.progress.close()

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._close_progress()
        self.completed.emit(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.problem.emit(self.describe(exc))

    @Slot()
    def _cancelled(self) -> None:
        self._close_progress()
        self.stopped.emit()


def start_job(parent: QWidget, work: Work, label: str, title: str) -> JobWatcher:
    """Run `work` in the thread pool behind a progress dialog (shown after 400 ms) with
    Cancel; the watcher and the dialog are deleted once the job has ended."""
    job = Job(work)
    progress = QProgressDialog(label, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    watcher = JobWatcher(job, progress, parent)

    def over(*_args: object) -> None:
        watcher.deleteLater()
        progress.deleteLater()

    for signal in (watcher.completed, watcher.problem, watcher.stopped):
        signal.connect(over)
    QThreadPool.globalInstance().start(job)
    return watcher


def run_job(work: Work, parent: QObject | None = None, *, final_check: bool = True,
            describe: Callable[[BaseException], str] = failure_text) -> JobWatcher:
    """Run `work` in the thread pool with no dialog of its own: the caller connects to the
    watcher's signals (`progressed` to show progress inline) and cancels with
    `watcher.job.control.cancel()`. The watcher is deleted once the job has ended."""
    job = Job(work, final_check=final_check)
    watcher = JobWatcher(job, None, parent, describe=describe)
    for signal in (watcher.completed, watcher.problem, watcher.stopped):
        signal.connect(watcher.deleteLater)
    QThreadPool.globalInstance().start(job)
    return watcher
