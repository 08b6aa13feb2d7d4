"""Running an export with a progress dialog, and choosing the file to write."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from confdesk.ui.conclusions.exporting import ExportJob, RedlineExport, TextExport, start_export

_FILTERS = {".pdf": "PDF (*.pdf)", ".docx": "Word (*.docx)", ".txt": "Text (*.txt)",
            ".md": "Markdown (*.md)", ".xml": "Akoma Ntoso XML (*.xml)"}


def ask_path(parent: QWidget, title: str, suggestion: str, suffix: str) -> Path | None:
    """A save-file dialog; the suffix is added when the user typed none."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, _FILTERS.get(suffix, ""))
    if not path:
        return None
    target = Path(path)
    return target if target.suffix else target.with_suffix(suffix)


def run_export(parent: QWidget, export: TextExport | RedlineExport, path: Path,
               ) -> ExportJob:
    """Start the export with a progress dialog (busy until the first paragraph is done, then
    paragraph by paragraph); Cancel stops it and leaves no file; reports how it ended."""
    writing = QCoreApplication.translate("ExportProgress", "Writing {name}…")
    dialog = QProgressDialog(writing.format(name=path.name),
                             QCoreApplication.translate("ExportProgress", "Cancel"), 0, 0, parent)
    dialog.setObjectName("conclusionsExportProgress")
    dialog.setWindowTitle(QCoreApplication.translate("ExportProgress", "Export"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setMinimumWidth(380)

    def status(message: str) -> None:
        bar = getattr(parent.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(message, 8000)

    def moved(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(done)
        label = QCoreApplication.translate("ExportProgress",
                                           "Writing {name}…\nParagraph {done} of {total}")
        dialog.setLabelText(label.format(name=path.name, done=done, total=total))

    def done(written: str) -> None:
        dialog.close()
        status(QCoreApplication.translate("ExportProgress", "Wrote {path}").format(path=written))

    def failed(message: str) -> None:
        dialog.close()
        QMessageBox.warning(parent, QCoreApplication.translate("ExportProgress", "Export failed"),
                            message)

    def cancelled() -> None:
        dialog.close()
        stopped = QCoreApplication.translate("ExportProgress",
                                             "Export cancelled: {name} was not written")
        status(stopped.format(name=path.name))

    job = start_export(export, path, done, failed)
    job.signals.progress.connect(moved)
    job.signals.cancelled.connect(cancelled)
    dialog.canceled.connect(job.cancel)
    _running.append(job)
    job.signals.finished.connect(lambda: _running.remove(job) if job in _running else None)
    return job


#: Jobs in flight, kept alive until they finish.
_running: list[ExportJob] = []
