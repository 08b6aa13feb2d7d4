"""Choosing the event's outcome document; new documents; imports of pasted or file text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from confdesk.conclusions import operations as ops
from confdesk.conclusions.models import OutcomeDocument, SectionKind
from confdesk.conclusions.queries import documents_of_event
from confdesk.conclusions.tree import DocumentText
from confdesk.db.errors import UserError
from confdesk.events.models import Event
from confdesk.imports.document_text import parse_text, read_document
from confdesk.ui.conclusions.workspace import Workspace, need
from confdesk.ui.dialogs.messages import show_error


class ImportDialog(QDialog):
    """Paste a text or open a .txt/.docx file; take it as a new document or a new draft."""

    def __init__(self, has_document: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import an Outcome Document"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr("Paste the text here: lead-ins end with “:”, paragraphs start with "
                    "“1.”, “(a)”, “•”…"))
        self.file_button = QPushButton(self.tr("Open a .txt or .docx File…"))
        self.file_label = QLabel()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Chair's Conclusions"))
        self.as_new = QRadioButton(self.tr("As a new document"))
        self.as_draft = QRadioButton(self.tr("As a new draft of the current document"))
        self.as_draft.setEnabled(has_document)
        (self.as_draft if has_document else self.as_new).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.as_new)
        group.addButton(self.as_draft)
        self.draft_name = QLineEdit()
        self.draft_name.setPlaceholderText(self.tr("Optional: record it as a named draft"))
        self.path: Path | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addWidget(self.file_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.as_new)
        form.addRow(self.as_draft)
        form.addRow(self.tr("Draft name:"), self.draft_name)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.file_button.clicked.connect(self._choose_file)
        self.resize(640, 520)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a Draft"), "", self.tr("Drafts (*.txt *.docx);;All files (*)"))
        if path:
            self.path = Path(path)
            self.file_label.setText(self.path.name)
            if self.path.suffix.lower() != ".docx":
                try:
                    self.text.setPlainText(self.path.read_text(encoding="utf-8"))
                    self.path = None
                except (OSError, UnicodeDecodeError) as exc:
                    show_error(self, self.tr("Cannot read the file"), str(exc))

    def tree(self) -> DocumentText:
        """The text read (raises a UserError when it holds no document)."""
        if self.path is not None:
            return read_document(self.path, title=self.title.text())
        return parse_text(self.text.toPlainText(), title=self.title.text())


class DocumentBar(QWidget):
    """The document combo with New and Import buttons."""

    #: Another document was chosen (its id, 0 for none).
    document_chosen = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(30)
        self.new_button = QPushButton(self.tr("New Document…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setShortcut("Ctrl+Shift+I")
        self.import_button.setToolTip(self.tr("Paste a text or open a .txt/.docx draft "
                                              "(Ctrl+Shift+I)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Document:")))
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.new_button)
        layout.addWidget(self.import_button)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.ask_new)
        self.import_button.clicked.connect(self.ask_import)

    def fill(self, wanted: int | None = None) -> int | None:
        """List the event's documents; select `wanted` (or the first); returns the selection."""
        documents: list[tuple[int, str]] = []
        if self.workspace.database is not None and self.workspace.event_id is not None:
            event_id = self.workspace.event_id
            documents = self.workspace.read(lambda s, _d: [
                (d.id, d.title) for d in documents_of_event(s, event_id)])
        self.combo.blockSignals(True)
        self.combo.clear()
        for doc_id, title in documents:
            self.combo.addItem(title, doc_id)
        index = self.combo.findData(wanted) if wanted is not None else -1
        self.combo.setCurrentIndex(index if index >= 0 else (0 if documents else -1))
        self.combo.blockSignals(False)
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def _chosen(self, _index: int) -> None:
        data = self.combo.currentData()
        self.document_chosen.emit(int(data) if data is not None else 0)

    def ask_new(self) -> None:
        """Ask for a title and create an empty document (opening text and a numbered list)."""
        title, ok = QInputDialog.getText(self, self.tr("New Document"), self.tr("Title:"),
                                         text=self.tr("Chair's Conclusions"))
        if ok:
            self.new_document(title)

    def new_document(self, title: str) -> int | None:
        """Create a document with an empty opening part and one numbered list; show it."""
        event_id = self.workspace.event_id

        def operation(s: Session, _d: OutcomeDocument | None) -> int:
            event = s.get(Event, event_id)
            assert event is not None
            doc = ops.create_document(s, event, title)
            ops.add_section(s, doc, SectionKind.FREE_TEXT)
            ops.add_section(s, doc, SectionKind.NUMBERED_LIST,
                            "The participants note that:")
            return doc.id

        doc_id = self.workspace.run(operation)
        if isinstance(doc_id, int):
            self.fill(doc_id)
            self.workspace.choose_document(doc_id)
        return doc_id if isinstance(doc_id, int) else None

    def ask_import(self) -> None:
        """The import dialog, then the import."""
        dialog = ImportDialog(self.workspace.document_id is not None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            tree = dialog.tree()
        except UserError as exc:
            show_error(self, self.tr("Cannot import this text"), str(exc))
            return
        self.import_tree(tree, as_draft=dialog.as_draft.isChecked(),
                         title=dialog.title.text(), draft_name=dialog.draft_name.text())

    def import_tree(self, tree: DocumentText, *, as_draft: bool, title: str = "",
                    draft_name: str = "") -> int | None:
        """Take `tree` in as a new document, or as the new working text of the current one
        (an undoable change), recorded as a draft when `draft_name` is given."""
        if as_draft and self.workspace.document_id is not None:
            def take_in(s: Session, d: OutcomeDocument | None) -> bool:
                assert d is not None
                ops.take_in_draft(s, d, tree)
                return True

            if self.workspace.change(self.tr("Import draft"), take_in) is not True:
                return None
            if draft_name.strip():
                self.workspace.run(lambda s, d: ops.take_snapshot(s, need(d), draft_name).id)
            return self.workspace.document_id
        event_id = self.workspace.event_id

        def create(s: Session, _d: OutcomeDocument | None) -> int:
            event = s.get(Event, event_id)
            assert event is not None
            doc = ops.create_document_from_text(s, event, tree, title=title)
            if draft_name.strip():
                ops.take_snapshot(s, doc, draft_name)
            return doc.id

        doc_id = self.workspace.run(create)
        if isinstance(doc_id, int):
            self.fill(doc_id)
            self.workspace.choose_document(doc_id)
        return doc_id if isinstance(doc_id, int) else None
