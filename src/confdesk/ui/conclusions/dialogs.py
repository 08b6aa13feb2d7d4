"""The Conclusions screen's dialogs; each holds its form from `forms/conclusions_*.ui`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt
from PySide6.QtWidgets import QButtonGroup, QDialog, QFileDialog, QListWidgetItem, QWidget

from confdesk.conclusions.tree import DocumentText
from confdesk.db.errors import UserError
from confdesk.imports.document_text import (
    ImportedDocument,
    import_document,
    import_text,
    read_text_file,
)
from confdesk.ui.conclusions.draft_names import shown_draft_name
from confdesk.ui.conclusions.exporting import FORMATS
from confdesk.ui.conclusions.workspace import to_datetime, to_qdatetime
from confdesk.ui.generated.ui_conclusions_export_dialog import Ui_ExportDialog
from confdesk.ui.generated.ui_conclusions_import_dialog import Ui_ImportDialog
from confdesk.ui.generated.ui_conclusions_item_dialog import Ui_ItemDialog
from confdesk.ui.generated.ui_conclusions_new_document_dialog import Ui_NewDocumentDialog
from confdesk.ui.generated.ui_conclusions_snapshot_dialog import Ui_SnapshotDialog
from confdesk.ui.messages import message_text, show_error, user_text

#: Format names shown in the export choice.
FORMAT_NAMES = {"pdf": "PDF", "docx": "Word (DOCX)", "txt": "Plain text", "md": "Markdown",
                "akn": "Akoma Ntoso 3.0 XML", "press": "Press extract"}
#: The names that need a translation, marked for pyside6-lupdate (ExportDialog's tr()).
_FORMAT_NAMES_FOR_LUPDATE = (QT_TRANSLATE_NOOP("ExportDialog", "Plain text"),
                             QT_TRANSLATE_NOOP("ExportDialog", "Press extract"))


class SnapshotDialog(QDialog):
    """Name, date, note and finality of a new draft."""

    def __init__(self, suggestion: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SnapshotDialog()
        self.ui.setupUi(self)
        self.ui.nameEdit.setText(suggestion)
        self.ui.whenEdit.setDateTime(QDateTime.currentDateTime())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def when(self) -> datetime | None:
        """The date and time chosen."""
        return to_datetime(self.ui.whenEdit.dateTime())


class NewDocumentDialog(QDialog):
    """Title of a new document and the lead-in of its first numbered list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewDocumentDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.titleEdit.selectAll()


class ImportDialog(QDialog):
    """Paste a text or open a .txt/.docx file; take it as a new document or a new draft."""

    def __init__(self, has_document: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.asDraftRadio.setEnabled(has_document)
        (ui.asDraftRadio if has_document else ui.asNewRadio).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(ui.asNewRadio)
        group.addButton(ui.asDraftRadio)
        self.path: Path | None = None
        #: The encoding of the .txt file shown in the box ("" for pasted text).
        self.encoding = ""
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.fileButton.clicked.connect(self._choose_file)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a Draft"), "", self.tr("Drafts (*.txt *.docx);;All files (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Take `path`: a .txt (UTF-8, UTF-16 or Windows-1252) is shown in the box to check;
        a .docx is read on OK."""
        self.path = path
        self.encoding = ""
        self.ui.fileLabel.setText(path.name)
        if path.suffix.lower() not in (".docx", ".docm", ".dotx", ".doc"):
            self.path = None
            try:
                text, encoding = read_text_file(path)
            except UserError as exc:
                self.ui.fileLabel.clear()
                show_error(self, self.tr("Cannot read the file"), user_text(exc))
                return
            self.ui.textEdit.setPlainText(text)
            self.encoding = encoding
            if encoding != "UTF-8":
                self.ui.fileLabel.setText(self.tr("{name} (read as {encoding})").format(
                    name=path.name, encoding=message_text(encoding)))

    def imported(self, changes: str | None = None) -> ImportedDocument:
        """The text read and the import report (raises a UserError when it holds no document;
        TrackedChangesError when a Word file holds tracked changes and `changes` is None)."""
        title = self.ui.titleEdit.text()
        if self.path is not None:
            return import_document(self.path, title=title, changes=changes)
        return import_text(self.ui.textEdit.toPlainText(), title=title, encoding=self.encoding)

    def tree(self) -> DocumentText:
        """The text read (raises a UserError when it holds no document)."""
        return self.imported().tree


class ExportDialog(QDialog):
    """Choose a format, the document symbol of the page header and line numbers (PDF and
    Word) and, for a press extract, the paragraphs to take."""

    def __init__(self, tree: DocumentText, parent: QWidget | None = None,
                 symbol: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.symbolEdit.setText(symbol)
        self.setWindowTitle(self.tr("Export {name}").format(
            name=shown_draft_name(tree.draft_name, tree.final)))
        for fmt in FORMATS:
            ui.formatCombo.addItem(self.tr(FORMAT_NAMES[fmt]), fmt)
        for _section, para, _depth in tree.paragraphs():
            item = QListWidgetItem(f"{para.label} {para.text[:110]}".strip())
            item.setData(Qt.ItemDataRole.UserRole, para.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.paragraphsList.addItem(item)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.formatCombo.currentIndexChanged.connect(self._format_chosen)
        self._format_chosen()

    def _format_chosen(self) -> None:
        press = self.chosen_format() == "press"
        self.ui.paragraphsList.setEnabled(press)
        self.ui.paragraphsLabel.setEnabled(press)
        paged = self.chosen_format() in ("pdf", "docx")
        self.ui.symbolEdit.setEnabled(paged)
        self.ui.symbolLabel.setEnabled(paged)
        self.ui.lineNumbersCheck.setEnabled(paged)

    def chosen_line_numbers(self) -> bool:
        """Whether to number the lines in the margin (PDF and Word only)."""
        return self.chosen_format() in ("pdf", "docx") and self.ui.lineNumbersCheck.isChecked()

    def chosen_symbol(self) -> str:
        """The document symbol as typed (spaces tidied; "": none)."""
        return " ".join(self.ui.symbolEdit.text().split())

    def chosen_format(self) -> str:
        """The format's key ("pdf", "docx", …, "press")."""
        return str(self.ui.formatCombo.currentData())

    def chosen_uids(self) -> tuple[str, ...] | None:
        """The ticked paragraphs (None: all of them)."""
        listing = self.ui.paragraphsList
        uids = tuple(
            str(listing.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked
        )
        return uids or None


class ItemDialog(QDialog):
    """Text, author and time of a rapporteur's item."""

    def __init__(self, text: str, author: str, when: datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemDialog()
        self.ui.setupUi(self)
        self.ui.textEdit.setPlainText(text)
        self.ui.authorEdit.setText(author)
        self.ui.whenEdit.setDateTime(to_qdatetime(when))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> tuple[str, str, datetime | None]:
        """(text, author, time) as typed."""
        return (self.ui.textEdit.toPlainText(), self.ui.authorEdit.text(),
                to_datetime(self.ui.whenEdit.dateTime()))
