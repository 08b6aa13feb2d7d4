"""Exports of the working text, a draft or a comparison from the window: the export registry
(`exports/registry.py`, as the CLI uses it) run by the shared job runner
(`ui/jobs.py`), with a progress dialog that counts paragraphs, and Cancel.

The text is read on the GUI thread into plain values (fast, through the service);
rendering and writing, the slow part, run on Qt's thread pool. A job cancelled before it
finished writes nothing, and an earlier file stays as it was (the file is written atomically).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from confdesk.exports.registry import REDLINE_KINDS, TEXT_KINDS, DocumentExport
from confdesk.ui import messages
from confdesk.ui.exported import announce_export
from confdesk.ui.jobs import JobControl, JobWatcher, start_job, write_export

#: Formats of a text, with their file suffix; "press" is the press extract.
FORMATS = {kind.format_name: kind.suffix for kind in TEXT_KINDS}
#: Formats of a comparison.
REDLINE_FORMATS = {kind.format_name: kind.suffix for kind in REDLINE_KINDS}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportProgress", text)


def export_job(parent: QWidget, export: DocumentExport, path: Path) -> JobWatcher:
    """Write `export` to `path` off the GUI thread behind a progress dialog (busy until the
    first paragraph is done, then paragraph by paragraph); Cancel stops it and leaves no
    file; the window's status bar (or a message) tells how it ended. The watcher's
    `completed` carries the path written."""

    def work(control: JobControl) -> str:
        return write_export(control, export, path)

    watcher = start_job(parent, work, _tr("Writing {name}…").format(name=path.name),
                        _tr("Export"))
    dialog = watcher.progress
    assert dialog is not None  # start_job always gives its watcher a dialog
    dialog.setObjectName("conclusionsExportProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(380)

    def status(message: str) -> None:
        bar = getattr(parent.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(message, 8000)

    def moved(done: int, total: int) -> None:
        dialog.setLabelText(_tr("Writing {name}…\nParagraph {done} of {total}").format(
            name=path.name, done=done, total=total))

    watcher.job.signals.progress.connect(moved)
    def completed(written: str) -> None:
        text = _tr("Wrote {path}").format(path=written)
        status(text)
        announce_export(parent, Path(written), text)

    watcher.completed.connect(completed)
    watcher.problem.connect(lambda text: messages.show_error(parent, _tr("Export failed"), text))
    watcher.stopped.connect(
        lambda: status(_tr("Export cancelled: {name} was not written").format(name=path.name)))
    return watcher
