"""The comparison page: any two drafts (or a draft and the working text), shown and exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from confdesk.conclusions.diff import Comparison
from confdesk.conclusions.queries import WORKING
from confdesk.conclusions.tree import EventInfo
from confdesk.exports.registry import DocumentExport, DocumentExportKind
from confdesk.ui.conclusions.compare_html import comparison_html
from confdesk.ui.conclusions.draft_names import shown_draft_name
from confdesk.ui.conclusions.exporting import REDLINE_FORMATS
from confdesk.ui.conclusions.progress import ask_path, run_export
from confdesk.ui.conclusions.workspace import Workspace
from confdesk.ui.jobs import JobWatcher


class ComparisonPage(QWidget):
    """Two draft choosers, the redline view, and redline exports."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.comparison: Comparison | None = None
        self.old = QComboBox()
        self.new = QComboBox()
        self.old.setMinimumContentsLength(24)
        self.new.setMinimumContentsLength(24)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.pdf_button = QPushButton(self.tr("Export Redline PDF…"))
        self.docx_button = QPushButton(self.tr("Export Redline DOCX…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare")))
        top.addWidget(self.old)
        top.addWidget(QLabel(self.tr("with")))
        top.addWidget(self.new)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.docx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        self.old.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new.currentIndexChanged.connect(lambda _i: self.refresh())
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.docx_button.clicked.connect(lambda: self.ask_export("docx"))

    def reload(self) -> None:
        """Refill the draft choices (keeping the choice) and compare again."""
        if self.workspace.database is None or self.workspace.document_id is None:
            names: list[str] = []
        else:
            names = self.workspace.read(lambda service: service.draft_names()) or []
        choices = [*names, WORKING]
        old_wanted = self.old.currentData() or (names[-2] if len(names) > 1 else WORKING)
        new_wanted = self.new.currentData() or (names[-1] if names else WORKING)
        for combo, wanted in ((self.old, old_wanted), (self.new, new_wanted)):
            combo.blockSignals(True)
            combo.clear()
            for name in choices:
                combo.addItem(self.tr("Working text") if name == WORKING
                              else shown_draft_name(name), name)
            index = combo.findData(wanted)
            combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
            combo.blockSignals(False)
        self.refresh()

    def choose(self, old: str, new: str) -> None:
        """Compare draft `old` with `new` ("working" for the working text)."""
        self.old.blockSignals(True)
        self.old.setCurrentIndex(self.old.findData(old))
        self.old.blockSignals(False)
        self.new.setCurrentIndex(self.new.findData(new))
        self.refresh()

    def _compute(self) -> tuple[Comparison, EventInfo] | None:
        if self.workspace.database is None or self.workspace.document_id is None:
            return None
        old, new = self.old.currentData(), self.new.currentData()
        if old is None or new is None:
            return None

        found = self.workspace.read(
            lambda service: service.comparison(str(old), str(new)))
        return (found[0], found[1].event) if found is not None else None

    def refresh(self) -> None:
        """Compare the two chosen drafts and show the result."""
        found = self._compute()
        self.comparison = found[0] if found else None
        for button in (self.pdf_button, self.docx_button):
            button.setEnabled(found is not None)
        if found is None:
            self.browser.setHtml("")
            return
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(comparison_html(found[0]))
        self.browser.verticalScrollBar().setValue(scroll)

    def ask_export(self, fmt: str) -> None:
        """Choose a file and write the comparison as a redline."""
        if self.comparison is None:
            return
        name = f"Redline {self.comparison.old_name} - {self.comparison.new_name}"
        path = ask_path(self, self.tr("Export Redline"), name.replace("/", "-").replace(":", ""),
                        REDLINE_FORMATS[fmt])
        if path is not None:
            self.export(fmt, path)

    def export(self, fmt: str, path: Path) -> JobWatcher | None:
        """Write the shown comparison as a redline PDF or DOCX off the GUI thread."""
        found = self._compute()
        if found is None:
            return None
        database = self.workspace.database
        export = DocumentExport(DocumentExportKind(f"redline_{fmt}"), found[1],
                                comparison=found[0],
                                author=database.person if database is not None else "")
        return run_export(self, export, path)
