"""The drafts page: named, dated snapshots; take, open read-only, restore, export."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from confdesk.conclusions.tree import DocumentText
from confdesk.conclusions.views import DraftRow
from confdesk.exports.registry import DocumentExportKind
from confdesk.ui.conclusions.dialogs import ExportDialog, SnapshotDialog
from confdesk.ui.conclusions.draft_names import format_when, shown_draft_name
from confdesk.ui.conclusions.exporting import FORMATS
from confdesk.ui.conclusions.progress import ask_path, run_export
from confdesk.ui.conclusions.workspace import Workspace
from confdesk.ui.generated.ui_conclusions_drafts_page import Ui_DraftsPage
from confdesk.ui.jobs import JobWatcher


class DraftsPage(QWidget):
    """The list of drafts with the working text on top, and what can be done with them."""

    #: Show a draft read-only in the editor (snapshot id).
    open_requested = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rows: list[DraftRow] = []
        self.ui = Ui_DraftsPage()
        self.ui.setupUi(self)
        ui = self.ui
        header = ui.draftsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.snapshotButton.setShortcut(QKeySequence("Ctrl+Shift+D"))
        ui.snapshotButton.setToolTip(self.tr("Record the working text as a named, dated draft "
                                             "(Ctrl+Shift+D)"))
        ui.snapshotButton.clicked.connect(self.ask_snapshot)
        ui.openButton.clicked.connect(self._open)
        ui.restoreButton.clicked.connect(self.ask_restore)
        ui.exportButton.clicked.connect(self.ask_export)
        ui.draftsTable.itemSelectionChanged.connect(self._update_buttons)
        ui.draftsTable.doubleClicked.connect(lambda _i: self._open())

    def reload(self) -> None:
        """Read the drafts again."""
        if self.workspace.database is None or self.workspace.document_id is None:
            self.rows = []
        else:
            self.rows = [DraftRow(None, self.tr("Working text"), None,
                                  self.tr("The text being edited")),
                         *(self.workspace.read(lambda service: service.drafts()) or [])]
        selected = self.selected()
        self.ui.draftsTable.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            name = QTableWidgetItem(row.name if row.id is None
                                    else shown_draft_name(row.name, row.final))
            if row.id is None:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            self.ui.draftsTable.setItem(index, 0, name)
            self.ui.draftsTable.setItem(index, 1, QTableWidgetItem(format_when(row.taken_at)))
            self.ui.draftsTable.setItem(index, 2, QTableWidgetItem(row.note))
        ids = [r.id for r in self.rows]
        wanted = ids.index(selected.id) if selected and selected.id in ids else 0
        self.ui.draftsTable.selectRow(wanted)
        self._update_buttons()

    def selected(self) -> DraftRow | None:
        """The draft selected."""
        model = self.ui.draftsTable.selectionModel()
        rows = model.selectedRows() if model else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select_draft(self, name: str) -> bool:
        """Select the draft called `name` (for tests and the keyboard)."""
        for index, row in enumerate(self.rows):
            if row.name == name:
                self.ui.draftsTable.selectRow(index)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected()
        has_doc = self.workspace.document_id is not None
        self.ui.snapshotButton.setEnabled(has_doc)
        self.ui.openButton.setEnabled(row is not None and row.id is not None)
        self.ui.restoreButton.setEnabled(row is not None and row.id is not None)
        self.ui.exportButton.setEnabled(row is not None)

    def _open(self) -> None:
        row = self.selected()
        if row is not None and row.id is not None:
            self.open_requested.emit(row.id)

    # -- snapshots -----------------------------------------------------------------------
    def suggested_name(self) -> str:
        """"Draft 3 — 1 April 2014 18:00" for the next draft."""
        count = sum(1 for r in self.rows if r.id is not None)
        now = datetime.now()
        return self.tr("Draft {n} — {when}").format(n=count + 1, when=format_when(now))

    def ask_snapshot(self) -> None:
        """Ask for a name and date, then take the snapshot."""
        dialog = SnapshotDialog(self.suggested_name(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ui = dialog.ui
            self.take_snapshot(ui.nameEdit.text(), dialog.when(),
                               final=ui.finalCheck.isChecked(), note=ui.noteEdit.text())

    def take_snapshot(self, name: str, when: datetime | None = None, *, final: bool = False,
                      note: str = "") -> bool:
        """Record the working text as a draft (a record: Undo does not take it back)."""
        # A draft is a record, not an edit of the text: it stays when edits are undone.
        snapshot_id = self.workspace.run(lambda service: service.take_snapshot(
            name, when, final=final, note=note))
        if snapshot_id is not None:
            self.select_draft(name.strip())
        return snapshot_id is not None

    def ask_restore(self) -> None:
        """Confirm, then make the selected draft the working text."""
        row = self.selected()
        if row is None or row.id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore a Draft"),
            self.tr("Make “{name}” the working text? The current working text is replaced; "
                    "Edit → Undo brings it back.").format(name=row.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(row.id)

    def restore(self, snapshot_id: int) -> bool:
        """Make a draft the working text, as one undoable change."""
        return self.workspace.change(self.tr("Restore draft"),
                                     lambda service: service.restore_draft(snapshot_id)
                                     ) is not None

    # -- exports -------------------------------------------------------------------------
    def tree_of(self, snapshot_id: int | None) -> tuple[DocumentText, object, str, str]:
        """The text of a draft (or the working text), the event info, country and title."""
        found = self.workspace.read(lambda service: service.text_for_export(snapshot_id))
        assert found is not None
        return found.tree, found.event, found.country, found.title

    def ask_export(self) -> None:
        """Choose a format (and paragraphs), then a file, and export the selected draft."""
        row = self.selected()
        if row is None:
            return
        tree, _info, _country, title = self.tree_of(row.id)
        symbol = self.workspace.read(lambda service: service.symbol()) or ""
        dialog = ExportDialog(tree, self, symbol)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fmt = dialog.chosen_format()
        chosen = dialog.chosen_symbol()
        if fmt in ("pdf", "docx") and chosen != symbol:  # kept with the document
            self.workspace.run(lambda service: service.set_symbol(chosen))
        suggestion = f"{title} - {tree.draft_name}".replace("/", "-").replace(":", "")
        path = ask_path(self, self.tr("Export"), suggestion, FORMATS[fmt])
        if path is not None:
            self.export(row.id, fmt, path, dialog.chosen_uids(),
                        line_numbers=dialog.chosen_line_numbers())

    def export(self, snapshot_id: int | None, fmt: str, path: Path,
               press_uids: tuple[str, ...] | None = None, *,
               line_numbers: bool = False) -> JobWatcher | None:
        """Write a draft (None: the working text) in `fmt` to `path` off the GUI thread (PDF
        and Word with line numbers in the margin if `line_numbers`)."""
        export = self.workspace.read(lambda service: service.export_of(
            DocumentExportKind(fmt), draft_id=snapshot_id, press_uids=press_uids,
            line_numbers=line_numbers))
        return run_export(self, export, path) if export is not None else None
