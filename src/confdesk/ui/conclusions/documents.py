"""Choosing the event's outcome document; new documents; imports of pasted or file text."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from confdesk.conclusions.tree import DocumentText
from confdesk.errors import UserError
from confdesk.imports.document_text import ImportedDocument, TrackedChangesError
from confdesk.ui.conclusions import import_preview
from confdesk.ui.conclusions.dialogs import ImportDialog, NewDocumentDialog
from confdesk.ui.conclusions.import_preview import ImportPreviewDialog
from confdesk.ui.conclusions.workspace import Workspace
from confdesk.ui.generated.ui_conclusions_document_bar import Ui_DocumentBar
from confdesk.ui.messages import show_user_error


class DocumentBar(QWidget):
    """The document combo with New and Import buttons."""

    #: Another document was chosen (its id, 0 for none).
    document_chosen = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_DocumentBar()
        self.ui.setupUi(self)
        self.ui.documentCombo.currentIndexChanged.connect(self._chosen)
        self.ui.newButton.clicked.connect(self.ask_new)
        self.ui.importButton.clicked.connect(self.ask_import)

    def fill(self, wanted: int | None = None) -> int | None:
        """List the event's documents; select `wanted` (or the first); returns the selection."""
        documents = self.workspace.read(lambda service: service.documents()) or []
        self.ui.documentCombo.blockSignals(True)
        self.ui.documentCombo.clear()
        for doc_id, title in documents:
            self.ui.documentCombo.addItem(title, doc_id)
        index = self.ui.documentCombo.findData(wanted) if wanted is not None else -1
        self.ui.documentCombo.setCurrentIndex(index if index >= 0 else (0 if documents else -1))
        self.ui.documentCombo.blockSignals(False)
        data = self.ui.documentCombo.currentData()
        return int(data) if data is not None else None

    def _chosen(self, _index: int) -> None:
        data = self.ui.documentCombo.currentData()
        self.document_chosen.emit(int(data) if data is not None else 0)

    def ask_new(self) -> None:
        """Ask for a title and lead-in, then create an empty document."""
        dialog = NewDocumentDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.new_document(dialog.ui.titleEdit.text(), dialog.ui.leadInEdit.text())

    def new_document(self, title: str, lead_in: str = "The participants note that:"
                     ) -> int | None:
        """Create a document with an empty opening part and one numbered list; show it."""
        doc_id = self.workspace.run(lambda service: service.create_document(title, lead_in))
        if isinstance(doc_id, int):
            self.fill(doc_id)
            self.workspace.choose_document(doc_id)
        return doc_id if isinstance(doc_id, int) else None

    def ask_import(self) -> None:
        """The import dialog; a Word file's tracked changes asked about; the preview of what
        was read; then the import."""
        dialog = ImportDialog(self.workspace.document_id is not None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        imported = self._read(dialog)
        if imported is None:
            return
        if ImportPreviewDialog(imported, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.import_tree(imported.tree, as_draft=dialog.ui.asDraftRadio.isChecked(),
                         title=dialog.ui.titleEdit.text(),
                         draft_name=dialog.ui.draftNameEdit.text(), remarks=imported.remarks)

    def _read(self, dialog: ImportDialog) -> ImportedDocument | None:
        """What the dialog's text or file holds; None when it cannot be read or the user
        cancels the question about tracked changes."""
        try:
            try:
                return dialog.imported()
            except TrackedChangesError as exc:
                changes = import_preview.ask_tracked_changes(self, exc.summary)
                if changes is None:
                    return None
                return dialog.imported(changes)
        except UserError as exc:
            show_user_error(self, self.tr("Cannot import this text"), exc)
            return None

    def import_tree(self, tree: DocumentText, *, as_draft: bool, title: str = "",
                    draft_name: str = "",
                    remarks: dict[str, list[tuple[str, str]]] | None = None) -> int | None:
        """Take `tree` in as a new document, or as the new working text of the current one
        (an undoable change), recorded as a draft when `draft_name` is given; `remarks`
        (footnotes and comments of the file, by paragraph uid) become paragraph comments."""
        remarks = remarks or {}
        if as_draft and self.workspace.document_id is not None:
            change = self.workspace.change(self.tr("Import draft"), lambda service: (
                service.import_draft(tree, remarks, draft_name=draft_name)))
            return self.workspace.document_id if change is not None else None
        doc_id = self.workspace.run(lambda service: service.create_document_from_text(
            tree, title=title, draft_name=draft_name, remarks=remarks))
        if isinstance(doc_id, int):
            self.fill(doc_id)
            self.workspace.choose_document(doc_id)
        return doc_id if isinstance(doc_id, int) else None
