"""The rapporteur workspace: a session's recommendations and key points, and their promotion."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from confdesk.conclusions.service import Change, ConclusionsService
from confdesk.conclusions.views import ItemRow, Place, places
from confdesk.ui.conclusions.dialogs import ItemDialog
from confdesk.ui.conclusions.outline import one_line
from confdesk.ui.conclusions.workspace import Workspace
from confdesk.ui.generated.ui_conclusions_rapporteur_page import Ui_RapporteurPage

__all__ = ["ItemRow", "Place", "RapporteurPage", "list_name", "places"]


def list_name(lead_in: str, words: int = 2) -> str:
    """A list named by the end of its lead-in, where lead-ins differ: "…resolve to"."""
    parts = lead_in.strip().rstrip(":").split()
    return " ".join(parts) if len(parts) <= words else "…" + " ".join(parts[-words:])


def _by_list(where: tuple[Place, ...]) -> list[tuple[str, list[str]]]:
    """The places grouped by list (lead-in), lists in reading order."""
    groups: dict[str, list[str]] = {}
    for place in where:
        groups.setdefault(place.lead_in, []).append(place.number)
    return list(groups.items())


class RapporteurPage(QWidget):
    """Choose a session; record, reorder and promote its items; see what is reflected."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rows: list[ItemRow] = []
        self.ui = Ui_RapporteurPage()
        self.ui.setupUi(self)
        ui = self.ui
        header = ui.itemsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        shortcuts = ((ui.addButton, "Ins"), (ui.editButton, "Ctrl+Shift+E"),
                     (ui.upButton, "Alt+Up"), (ui.downButton, "Alt+Down"),
                     (ui.promoteButton, "Ctrl+Shift+P"))
        for button, key in shortcuts:
            button.setShortcut(QKeySequence(key))
            button.setToolTip(key)
        ui.sessionCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.addButton.clicked.connect(self.ask_add)
        ui.editButton.clicked.connect(self.ask_edit)
        ui.deleteButton.clicked.connect(self.delete)
        ui.upButton.clicked.connect(lambda: self.move_by(-1))
        ui.downButton.clicked.connect(lambda: self.move_by(1))
        ui.promoteButton.clicked.connect(lambda: self.promote())
        ui.itemsTable.doubleClicked.connect(lambda _i: self.ask_edit())
        ui.itemsTable.itemSelectionChanged.connect(self.update_buttons)
        self.update_buttons()

    @property
    def session_id(self) -> int | None:
        """The programme session chosen."""
        data = self.ui.sessionCombo.currentData()
        return int(data) if data else None

    def reload(self) -> None:
        """Refill sessions and sections (keeping the choices) and the items."""
        if self.workspace.database is None or self.workspace.event_id is None:
            self.ui.sessionCombo.clear()
            self.ui.itemsTable.setRowCount(0)
            return
        choices = self.workspace.read(lambda service: service.session_choices()) or []
        sections = self.workspace.read(lambda service: service.lists()) or []
        wanted = self.ui.sessionCombo.currentData()
        self.ui.sessionCombo.blockSignals(True)
        self.ui.sessionCombo.clear()
        for session_id, label in choices:
            self.ui.sessionCombo.addItem(label, session_id)
        index = self.ui.sessionCombo.findData(wanted)
        self.ui.sessionCombo.setCurrentIndex(max(index, 0))
        self.ui.sessionCombo.blockSignals(False)
        wanted_section = self.ui.sectionCombo.currentData()
        self.ui.sectionCombo.clear()
        for uid, lead_in in sections:
            # Named as the "In the document" column names lists, with the lead-in's start.
            self.ui.sectionCombo.addItem(f"“{list_name(lead_in)}” · {one_line(lead_in, 40)}", uid)
            self.ui.sectionCombo.setItemData(self.ui.sectionCombo.count() - 1, lead_in,
                                           Qt.ItemDataRole.ToolTipRole)
        index = self.ui.sectionCombo.findData(wanted_section)
        last = self.ui.sectionCombo.count() - 1
        self.ui.sectionCombo.setCurrentIndex(index if index >= 0 else last)
        self.refresh()

    def select_session(self, session_id: int) -> bool:
        """Show the items of `session_id`."""
        index = self.ui.sessionCombo.findData(session_id)
        if index >= 0:
            self.ui.sessionCombo.setCurrentIndex(index)
        return index >= 0

    def refresh(self) -> None:
        """Read the chosen session's items and whether each is reflected."""
        session_id = self.session_id
        if session_id is None or self.workspace.database is None:
            self.rows = []
            self._fill()
            return

        selected = self.selected_id()
        self.rows, names = self.workspace.read(lambda service: service.items(session_id)) \
            or ([], [])
        rapporteurs = ", ".join(names)
        self.ui.rapporteurLabel.setText(self.tr("Rapporteur: {names}").format(names=rapporteurs)
                                if rapporteurs else "")
        self._fill()
        ids = [r.id for r in self.rows]
        if selected in ids:
            self.ui.itemsTable.selectRow(ids.index(selected))

    def _fill(self) -> None:
        self.ui.itemsTable.setRowCount(len(self.rows))
        yes, no = QBrush(QColor("#2e7d32")), QBrush(QColor("#8a8a8a"))
        for index, row in enumerate(self.rows):
            when = f"{row.recorded_at:%H:%M}" if row.recorded_at else ""
            cells = [row.text, row.author, when, self.reflected_text(row.reflected_in)]
            noted = self.tr("Noted by %1").replace("%1", row.recorded_by) \
                if row.recorded_by else ""
            tips = [row.text + (f"\n\n{noted}" if noted else ""), row.author, when,
                    self.reflected_tip(row.reflected_in)]
            for column, (text, tip) in enumerate(zip(cells, tips, strict=True)):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if column == 3:
                    item.setForeground(yes if row.reflected_in else no)
                self.ui.itemsTable.setItem(index, column, item)
        self.ui.itemsTable.resizeRowsToContents()
        self.update_buttons()
        reflected = sum(1 for r in self.rows if r.reflected_in)
        summary = self.tr("{reflected} of %n item(s) reflected in the document", "",
                          len(self.rows))
        self.ui.summaryLabel.setText(summary.format(reflected=reflected))

    def reflected_text(self, where: tuple[Place, ...]) -> str:
        """"Reflected in paragraph 16 of “…resolve to”" (lists named by their lead-in's end),
        or "Not reflected"."""
        if not where:
            return self.tr("Not reflected")
        parts = []
        for lead_in, numbers in _by_list(where):
            if not lead_in:
                parts.append(self.tr("the opening text"))
            else:
                parts.append(self.tr("paragraph(s) {numbers} of “{list}”", "", len(numbers))
                             .format(numbers=", ".join(numbers), list=list_name(lead_in)))
        return self.tr("Reflected in {places}").format(places="; ".join(parts))

    def reflected_tip(self, where: tuple[Place, ...]) -> str:
        """The same with each list's lead-in in full."""
        if not where:
            return self.tr("No paragraph of the document comes from this item.")
        return "\n".join(
            self.tr("%n paragraph(s) of the opening text", "", len(numbers)) if not lead_in
            else self.tr("Paragraph(s) {numbers} of “{lead_in}”", "", len(numbers))
            .format(numbers=", ".join(numbers), lead_in=lead_in)
            for lead_in, numbers in _by_list(where))

    def update_buttons(self) -> None:
        """Add needs a session; the others an item selected (Promote, a list to go to)."""
        ui = self.ui
        chosen = self.selected_id() is not None
        ui.addButton.setEnabled(self.session_id is not None)
        for button in (ui.editButton, ui.deleteButton, ui.upButton, ui.downButton):
            button.setEnabled(chosen)
        ui.promoteButton.setEnabled(chosen and ui.sectionCombo.count() > 0)

    def selected_id(self) -> int | None:
        """The id of the selected item."""
        rows = self.ui.itemsTable.selectionModel().selectedRows()
        return self.rows[rows[0].row()].id if rows and rows[0].row() < len(self.rows) else None

    def select_item(self, item_id: int) -> None:
        """Select an item by id."""
        ids = [r.id for r in self.rows]
        if item_id in ids:
            self.ui.itemsTable.selectRow(ids.index(item_id))

    # -- changes -------------------------------------------------------------------------
    def _default_time(self) -> datetime:
        session_id = self.session_id
        now = datetime.now()
        if session_id is None:
            return now
        return self.workspace.read(
            lambda service: service.default_item_time(session_id, now)) or now

    def ask_add(self) -> None:
        """Ask for a new item's text, author and time, then add it."""
        if self.session_id is None:
            return
        shown = self.ui.rapporteurLabel.text()
        author = shown.split(": ", 1)[-1] if shown else ""
        dialog = ItemDialog("", author.split(", ")[0], self._default_time(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add(*dialog.values())

    def add(self, text: str, author: str, when: datetime | None) -> int | None:
        """Add an item to the chosen session (undoable); returns its id."""
        session_id = self.session_id
        if session_id is None:
            return None

        change = self.workspace.change(self.tr("Add recommendation"), lambda service: (
            service.add_item(session_id, text, author, when)))
        new_id = change.result if change is not None else None
        if isinstance(new_id, int):
            self.select_item(new_id)
        return new_id if isinstance(new_id, int) else None

    def ask_edit(self) -> None:
        """Edit the selected item in a dialog."""
        item_id = self.selected_id()
        row = next((r for r in self.rows if r.id == item_id), None)
        if row is None:
            return
        dialog = ItemDialog(row.text, row.author, row.recorded_at or self._default_time(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.edit(row.id, *dialog.values(), expected=row.text)

    def edit(self, item_id: int, text: str, author: str, when: datetime | None, *,
             expected: str | None = None) -> None:
        """Change an item (undoable); refused if its text is no longer `expected`."""
        self._item_change(self.tr("Edit recommendation"), lambda service: service.edit_item(
            item_id, text, author, when, expected=expected))

    def delete(self) -> None:
        """Delete the selected item (undoable)."""
        item_id = self.selected_id()
        if item_id is not None:
            self._item_change(self.tr("Delete recommendation"),
                              lambda service: service.delete_item(item_id))

    def move_by(self, step: int) -> None:
        """Move the selected item up (-1) or down (1)."""
        item_id = self.selected_id()
        if item_id is None:
            return
        index = [r.id for r in self.rows].index(item_id)
        if 0 <= index + step < len(self.rows):
            self._item_change(self.tr("Move recommendation"),
                              lambda service: service.move_item(item_id, index + step))
            self.select_item(item_id)

    def _item_change(self, text: str, call: Callable[[ConclusionsService], Change]) -> object:
        change = self.workspace.change(text, call)
        return change.result if change is not None else None

    def promote(self, section_uid: str | None = None) -> str | None:
        """Make the selected item a new paragraph at the end of the chosen section."""
        item_id = self.selected_id()
        target = section_uid or self.ui.sectionCombo.currentData()
        if item_id is None or not target or self.workspace.document_id is None:
            return None

        uid = self._item_change(self.tr("Promote recommendation"),
                                lambda service: service.promote_item(item_id, str(target)))
        self.select_item(item_id)
        return uid if isinstance(uid, str) else None
