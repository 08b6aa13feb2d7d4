"""Running slow work (imports, exports) off the GUI thread, with progress and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

#: A job receives `progress(done, total)` and `cancelled()` and returns its result.
Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class WorkerSignals(QObject):
    """What a worker tells the GUI thread (queued across threads by Qt)."""

    progress = Signal(int, int)
    #: The job's result.
    succeeded = Signal(object)
    #: The exception the job raised.
    failed = Signal(object)
    #: Emitted last, whatever happened.
    finished = Signal()


class Worker(QRunnable):
    """One job on Qt's thread pool; `cancel()` asks it to stop at its next check."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job = job
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop (it decides when; an import then rolls back)."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 (handed to the GUI thread, which shows or re-raises it)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()
            self._done.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has returned (True) or `timeout` seconds passed (False).

        Its signals are queued by then; `settle()` delivers them.
        """
        return self._done.wait(timeout)

    def cancel_and_wait(self, timeout: float | None = None) -> bool:
        """Cancel, wait for the job to stop, then deliver its last signals (closing time)."""
        self.cancel()
        stopped = self.wait(timeout)
        settle()
        return stopped

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the job on `pool` (the global pool by default)."""
        (pool or QThreadPool.globalInstance()).start(self)


def settle() -> None:
    """Deliver the signals finished workers queued for the GUI thread (not input events)."""
    QCoreApplication.sendPostedEvents()
