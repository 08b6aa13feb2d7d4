"""Choosing the file an export writes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from confdesk.ui.conclusions.exporting import export_job

__all__ = ["ask_path", "run_export"]

_FILTERS = {".pdf": "PDF (*.pdf)", ".docx": "Word (*.docx)", ".txt": "Text (*.txt)",
            ".md": "Markdown (*.md)", ".xml": "Akoma Ntoso XML (*.xml)"}

#: Start an export with its progress dialog (see `exporting.export_job`).
run_export = export_job


def ask_path(parent: QWidget, title: str, suggestion: str, suffix: str) -> Path | None:
    """A save-file dialog; the suffix is added when the user typed none."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, _FILTERS.get(suffix, ""))
    if not path:
        return None
    target = Path(path)
    return target if target.suffix else target.with_suffix(suffix)
