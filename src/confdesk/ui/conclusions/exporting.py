"""Exports of the working text, a draft or a comparison, written off the GUI thread.

The text is read on the GUI thread into plain trees (fast); rendering and writing, the slow
part, run on Qt's thread pool. PDF and Word files report their progress paragraph by
paragraph, and a job cancelled before it finished writes nothing. The PDF, Word and Akoma
Ntoso exporters (reportlab, python-docx, lxml) are imported by the job that needs them, not
with the window (they took about 0.2 s of every start-up).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from confdesk.conclusions.diff import Comparison
from confdesk.conclusions.tree import DocumentText, EventInfo
from confdesk.exports.conclusions import plain
from confdesk.exports.conclusions.common import CancelCheck, ExportCancelled, Progress
from confdesk.exports.files import write_atomically

#: Formats of a text, with their file suffix; "press" is the press extract.
FORMATS = {"pdf": ".pdf", "docx": ".docx", "txt": ".txt", "md": ".md", "akn": ".xml",
           "press": ".txt"}
#: Formats of a comparison.
REDLINE_FORMATS = {"pdf": ".pdf", "docx": ".docx"}


@dataclass(frozen=True)
class TextExport:
    """What to write: a tree in a format (with the paragraphs chosen for a press extract)."""

    tree: DocumentText
    event: EventInfo
    fmt: str
    country: str = "un"
    press_uids: tuple[str, ...] | None = None

    def render(self, progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> bytes:
        """The file's bytes; PDF and Word tell `progress` and stop when `cancelled()`."""
        if self.fmt == "pdf":
            from confdesk.exports.conclusions import pdf

            return pdf.to_pdf(self.tree, self.event, progress=progress, cancelled=cancelled)
        if self.fmt == "docx":
            from confdesk.exports.conclusions import docx

            return docx.to_docx(self.tree, self.event, progress=progress, cancelled=cancelled)
        if self.fmt == "akn":
            from confdesk.exports.conclusions import akn

            return akn.to_akn(self.tree, self.event, country=self.country)
        if self.fmt == "md":
            return plain.to_markdown(self.tree, self.event).encode()
        if self.fmt == "press":
            return plain.to_press_extract(self.tree, self.press_uids).encode()
        return plain.to_text(self.tree, self.event).encode()


@dataclass(frozen=True)
class RedlineExport:
    """A comparison as a redline PDF or Word file."""

    comparison: Comparison
    event: EventInfo
    fmt: str

    def render(self, progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> bytes:
        """The file's bytes; tells `progress` and stops when `cancelled()`, as TextExport."""
        from confdesk.exports.conclusions import redline

        if self.fmt == "pdf":
            return redline.to_redline_pdf(self.comparison, self.event, progress=progress,
                                          cancelled=cancelled)
        return redline.to_redline_docx(self.comparison, self.event, progress=progress,
                                       cancelled=cancelled)


class ExportSignals(QObject):
    """What the export job tells the GUI thread."""

    #: The path written.
    succeeded = Signal(str)
    #: A message saying what went wrong.
    failed = Signal(str)
    #: Paragraphs done and their total, as the file is made.
    progress = Signal(int, int)
    #: Stopped on request; no file was written.
    cancelled = Signal()
    #: After any of succeeded, failed or cancelled.
    finished = Signal()


class ExportJob(QRunnable):
    """Render and write one file on the thread pool (written beside, then moved into place)."""

    def __init__(self, export: TextExport | RedlineExport, path: Path) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.export, self.path = export, path
        self.signals = ExportSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop (from any thread); the target is then left as it was."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._cancel.is_set()

    def run(self) -> None:
        """Render, write to a temporary name, then replace the target."""
        try:
            if self.is_cancelled():
                raise ExportCancelled
            data = self.export.render(self.signals.progress.emit, self.is_cancelled)
            if self.is_cancelled():
                raise ExportCancelled
            write_atomically(self.path, data)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 (shown to the user on the GUI thread)
            self.signals.failed.emit(str(exc))
        else:
            self.signals.succeeded.emit(str(self.path))
        finally:
            self.signals.finished.emit()


def start_export(export: TextExport | RedlineExport, path: Path,
                 on_success: Callable[[str], None], on_failure: Callable[[str], None],
                 ) -> ExportJob:
    """Queue the job on the global thread pool once the event loop runs (so that callers can
    connect to its signals first); the callbacks run on the GUI thread."""
    job = ExportJob(export, path)
    job.signals.succeeded.connect(on_success)
    job.signals.failed.connect(on_failure)
    QTimer.singleShot(0, job.signals, lambda: QThreadPool.globalInstance().start(job))
    return job
