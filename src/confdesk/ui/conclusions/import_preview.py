"""Before an import writes anything: the structure read, the report, and the question about a
Word file's tracked changes. The rows come from `imports.preview` (the CLI's --dry-run too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from confdesk.imports.document_text import ImportedDocument
from confdesk.imports.preview import preview_rows
from confdesk.ui.generated.ui_conclusions_import_preview_dialog import Ui_ImportPreviewDialog
from confdesk.ui.messages import message_text


class ImportPreviewDialog(QDialog):
    """The parsed structure (parts, titles, lead-ins, numbers as printed, sub-paragraphs) and
    what the import converted or left out; OK imports it, Cancel writes nothing."""

    def __init__(self, imported: ImportedDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPreviewDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        tree = imported.tree
        paragraphs = sum(1 for _ in tree.paragraphs(include_deleted=True))
        remarks = sum(len(found) for found in imported.remarks.values())
        summary = self.tr("“{title}”: {parts}, {paragraphs}.").format(
            title=tree.title or self.tr("(no title found)"),
            parts=self.tr("%n part(s)", "", len(tree.sections)),
            paragraphs=self.tr("%n paragraph(s)", "", paragraphs))
        if remarks:
            summary += " " + self.tr("%n footnote(s) or comment(s) will be attached to their "
                                     "paragraphs.", "", remarks)
        ui.summaryLabel.setText(summary + " " + self.tr("Nothing is written until you import."))
        self._fill(imported)
        for note in imported.notes:
            ui.notesList.addItem(message_text(note))
        if not imported.notes:
            ui.notesList.addItem(self.tr("Everything was read as it is; nothing was left out."))
        header = ui.structureTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        ui.structureTree.expandAll()

    def _fill(self, imported: ImportedDocument) -> None:
        tree_widget = self.ui.structureTree
        bold = QFont(tree_widget.font())
        bold.setBold(True)
        italic = QFont(tree_widget.font())
        italic.setItalic(True)
        section: QTreeWidgetItem | None = None
        last: QTreeWidgetItem | None = None
        names = {"title": self.tr("Title"), "lead-in": self.tr("Lead-in")}
        for row in preview_rows(imported.tree, imported.remarks):
            if row.kind == "section":
                section = QTreeWidgetItem([message_text(row.label), message_text(row.text), ""])
                section.setFirstColumnSpanned(False)
                for column in (0, 1):
                    section.setFont(column, bold)
                tree_widget.addTopLevelItem(section)
                continue
            label = names.get(row.kind, row.label)
            notes = self.tr("%n note(s)", "", row.remarks) if row.remarks else ""
            item = QTreeWidgetItem([label, row.text, notes])
            item.setToolTip(1, row.text)
            if row.kind in ("title", "lead-in"):
                item.setFont(0, italic)
                if row.kind == "title":
                    item.setFont(1, bold)
            if row.remarks:
                found = imported.remarks.get(row.uid, [])
                item.setToolTip(2, "\n\n".join(f"{who}: {text}" for who, text in found))
            parent = last if row.depth == 2 and last is not None else section
            if parent is None:
                tree_widget.addTopLevelItem(item)
            else:
                parent.addChild(item)
            if row.kind == "paragraph":
                last = item
            item.setData(0, Qt.ItemDataRole.UserRole, row.kind)


def ask_tracked_changes(parent: QWidget | None, summary: str) -> str | None:
    """Ask which text of a Word file with tracked changes to import: "accept", "reject", or
    None (cancel). A module function, so that tests answer it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("TrackedChanges", "Tracked Changes"))
    box.setText(QCoreApplication.translate(
        "TrackedChanges",
        "This Word file holds tracked changes. Which text do you want to import?"))
    box.setInformativeText(summary + " " + QCoreApplication.translate(
        "TrackedChanges",
        "“Accepted” is the text as Word shows it after Accept All; “before the changes” as "
        "after Reject All. Nothing is written before you have checked the result."))
    accept = box.addButton(
        QCoreApplication.translate("TrackedChanges", "Text with All Changes &Accepted"),
        QMessageBox.ButtonRole.AcceptRole)
    reject = box.addButton(
        QCoreApplication.translate("TrackedChanges", "Text &Before the Changes"),
        QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)
    box.exec()
    clicked = box.clickedButton()
    if clicked is accept:
        return "accept"
    if clicked is reject:
        return "reject"
    return None
