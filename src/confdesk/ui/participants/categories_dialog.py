"""Participants → Categories…: the event's categories in a table, saved together.

Names (English, French), badge colour, whether the category appears in the published list,
and the order; a category still held by people is removed only once the user says where they
go. The save is one call to `registration.categories.save_categories`; a refused save keeps
the dialog open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.errors import UserError
from confdesk.registration.categories import CategoryData, CategoryInfo, CategoryRow
from confdesk.ui.messages import user_text

#: Saves the rows (in order) and the moves of people out of removed categories.
Saver = Callable[[list[CategoryRow], dict[str, str]], None]
CODE, NAME_EN, NAME_FR, COLOUR, LISTED, PEOPLE = range(6)


class CategoriesDialog(QDialog):
    """Edit an event's categories; `saver` writes them (raising UserError when refused)."""

    def __init__(self, current: list[CategoryInfo], used: dict[str, int], saver: Saver,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Categories of Participants"))
        self.setObjectName("categoriesDialog")
        self.saver, self.used = saver, used
        #: Removed code → the code its people move to.
        self.moves: dict[str, str] = {}
        self._rows: list[CategoryInfo | None] = []  # per table row: the category, or None if new
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Badges show the category's name in its colour; people of categories not ticked "
            "under “Published list” are left out of the printed list of participants."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("categoriesTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name (English)"), self.tr("Name (French)"),
            self.tr("Badge colour"), self.tr("Published list"), self.tr("People")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME_EN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME_FR, QHeaderView.ResizeMode.Stretch)
        for column, width in ((CODE, 170), (COLOUR, 110), (LISTED, 110), (PEOPLE, 60)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.problem = QLabel(self)
        self.problem.setObjectName("categoriesProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.box)
        self.add_button.clicked.connect(self.add_category)
        self.remove_button.clicked.connect(self.remove_category)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        for category in current:
            self._append(category)
        self.resize(860, 460)
        self._update_buttons()

    # -- rows ----------------------------------------------------------------------------
    def _append(self, category: CategoryInfo | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._rows.append(category)
        code = QTableWidgetItem(category.code if category else self.tr("(new)"))
        code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
        code.setToolTip(self.tr("The stable code imports and the command line use; a new "
                                "category's code is made from its English name."))
        self.table.setItem(row, CODE, code)
        self.table.setItem(row, NAME_EN, QTableWidgetItem(category.name_en if category else ""))
        self.table.setItem(row, NAME_FR, QTableWidgetItem(category.name_fr if category else ""))
        colour = QPushButton(self.table)
        colour.setObjectName(f"colour_{row}")
        self._set_colour(colour, category.colour if category else "#1F4E79")
        colour.clicked.connect(lambda _c=False, b=colour: self._choose_colour(b))
        self.table.setCellWidget(row, COLOUR, colour)
        listed = QCheckBox(self.table)
        listed.setChecked(category.in_published_list if category else True)
        self.table.setCellWidget(row, LISTED, listed)
        people = QTableWidgetItem(str(self.used.get(category.code, 0)) if category else "0")
        people.setFlags(people.flags() & ~Qt.ItemFlag.ItemIsEditable)
        people.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, PEOPLE, people)
        return row

    @staticmethod
    def _set_colour(button: QPushButton, colour: str) -> None:
        button.setProperty("colour", colour.upper())
        button.setText(colour.upper())
        text = "#ffffff" if QColor(colour).lightness() < 140 else "#000000"
        button.setStyleSheet(f"background-color: {colour}; color: {text};")

    def _choose_colour(self, button: QPushButton) -> None:
        chosen = QColorDialog.getColor(QColor(str(button.property("colour"))), self,
                                       self.tr("Badge colour"))
        if chosen.isValid():
            self._set_colour(button, chosen.name())

    def _selected(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        row, count = self._selected(), self.table.rowCount()
        self.remove_button.setEnabled(row >= 0 and count > 1)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def add_category(self) -> None:
        row = self._append(None)
        self.table.selectRow(row)
        item = self.table.item(row, NAME_EN)
        if item is not None:
            self.table.editItem(item)

    def remove_category(self, move_to: str | None = None) -> None:
        """Remove the selected category; its people (if any) move to a category the user
        chooses (`move_to`: a code, chosen already, as tests give it)."""
        row = self._selected()
        if row < 0 or self.table.rowCount() < 2:
            return
        category = self._rows[row]
        held = self.used.get(category.code, 0) if category else 0
        if category is not None and held:
            others = [(self._name(r), c.code) for r, c in enumerate(self._rows)
                      if c is not None and r != row]
            if not others:
                self.problem.setText(self.tr("Save the new categories first, then move "
                                             "these people to one of them."))
                return
            if move_to is None:
                names = [name for name, _code in others]
                chosen, ok = QInputDialog.getItem(
                    self, self.tr("Remove a category"),
                    self.tr("%n participant(s) are in “{name}”. Move them to:", "", held)
                    .format(name=self._name(row)), names, 0, False)
                if not ok:
                    return
                move_to = others[names.index(chosen)][1]
            self.moves[category.code] = move_to
        self.table.removeRow(row)
        del self._rows[row]
        self.table.selectRow(min(row, self.table.rowCount() - 1))

    def move_row(self, step: int) -> None:
        row = self._selected()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.category_rows()
        infos = list(self._rows)
        rows[row], rows[target] = rows[target], rows[row]
        infos[row], infos[target] = infos[target], infos[row]
        self.table.setRowCount(0)
        self._rows = []
        for info, data in zip(infos, rows, strict=True):
            r = self._append(info)
            self._show(r, data.data)
        self.table.selectRow(target)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _show(self, row: int, data: CategoryData) -> None:
        for column, text in ((NAME_EN, data.name_en), (NAME_FR, data.name_fr)):
            item = self.table.item(row, column)
            if item is not None:
                item.setText(text)
        colour = self.table.cellWidget(row, COLOUR)
        assert isinstance(colour, QPushButton)
        self._set_colour(colour, data.colour)
        listed = self.table.cellWidget(row, LISTED)
        assert isinstance(listed, QCheckBox)
        listed.setChecked(data.in_published_list)

    def _name(self, row: int) -> str:
        return self._text(row, NAME_EN)

    # -- result --------------------------------------------------------------------------
    def category_rows(self) -> list[CategoryRow]:
        """The table as rows to save, in its order."""
        result = []
        for row, category in enumerate(self._rows):
            colour = self.table.cellWidget(row, COLOUR)
            listed = self.table.cellWidget(row, LISTED)
            assert isinstance(colour, QPushButton) and isinstance(listed, QCheckBox)
            data = CategoryData(self._name(row), self._text(row, NAME_FR),
                                str(colour.property("colour")), listed.isChecked())
            result.append(CategoryRow(data, category.id if category else None,
                                      category.version if category else None))
        return result

    def accept(self) -> None:
        try:
            self.saver(self.category_rows(), dict(self.moves))
        except UserError as exc:
            self.problem.setText(user_text(exc))
            return
        super().accept()
