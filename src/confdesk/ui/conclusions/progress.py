"""Choosing the file an export writes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from confdesk.ui.conclusions.exporting import export_job
from confdesk.ui.exported import ask_save_path

__all__ = ["ask_path", "run_export"]

_FILTERS = {".pdf": "PDF (*.pdf)", ".docx": "Word (*.docx)", ".txt": "Text (*.txt)",
            ".md": "Markdown (*.md)", ".xml": "Akoma Ntoso XML (*.xml)"}

#: Start an export with its progress dialog (see `exporting.export_job`).
run_export = export_job


def ask_path(parent: QWidget, title: str, suggestion: str, suffix: str) -> Path | None:
    """A save-file dialog proposing `<suggestion> – <date><suffix>` in the folder last
    exported to; the suffix is added when the user typed none."""
    return ask_save_path(parent, title, "", suggestion, suffix, _FILTERS.get(suffix, ""))
