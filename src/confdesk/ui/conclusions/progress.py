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
    """Start the export with a busy progress dialog; reports success or failure when done."""
    writing = QCoreApplication.translate("ExportProgress", "Writing {name}…")
    dialog = QProgressDialog(writing.format(name=path.name), "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ExportProgress", "Export"))
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(written: str) -> None:
        dialog.close()
        window = parent.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            wrote = QCoreApplication.translate("ExportProgress", "Wrote {path}")
            bar().showMessage(wrote.format(path=written), 8000)

    def failed(message: str) -> None:
        dialog.close()
        QMessageBox.warning(parent, QCoreApplication.translate("ExportProgress", "Export failed"),
                            message)

    job = start_export(export, path, done, failed)
    _running.append(job)
    job.signals.finished.connect(lambda: _running.remove(job) if job in _running else None)
    return job


#: Jobs in flight, kept alive until they finish.
_running: list[ExportJob] = []
