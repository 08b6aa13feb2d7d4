"""The import wizard's preview: every row of the sheet, its problems and what will be done.

A table model (20,000 rows stay fluid) whose Action column is editable for duplicates (skip,
update the registered person, or add anyway) and possible duplicates (add or skip). After the
fixed columns come the sheet's own imported cells, editable: a wrong cell (shown red) is
corrected in place, and the page checks the rows again.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from confdesk.imports.participants import Action, ImportPreview, ImportRow
from confdesk.imports.tables import Table
from confdesk.registration.states import country_name
from confdesk.ui.messages import message_text

AnyIndex = QModelIndex | QPersistentModelIndex
HEADINGS = ("Line", "Name", "Organisation / country", "Problems", "Action")
ACTION_COLUMN = 4
_ACTION_TEXT = {Action.ADD: "Add", Action.UPDATE: "Update registered person",
                Action.SKIP: "Skip", Action.INVALID: "Invalid: skipped"}
#: Choices for a duplicate row, and for someone who only shares a name with someone.
DUPLICATE_ACTIONS = (Action.SKIP, Action.UPDATE, Action.ADD)
POSSIBLE_DUPLICATE_ACTIONS = (Action.ADD, Action.SKIP, Action.UPDATE)
_BAD_CELL = QColor("#f8d7da")
#: Headings and actions again, marked for pyside6-lupdate in the contexts whose tr() shows them.
_TEXTS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("PreviewModel", "Line"),
    QT_TRANSLATE_NOOP("PreviewModel", "Name"),
    QT_TRANSLATE_NOOP("PreviewModel", "Organisation / country"),
    QT_TRANSLATE_NOOP("PreviewModel", "Problems"),
    QT_TRANSLATE_NOOP("PreviewModel", "Action"),
    QT_TRANSLATE_NOOP("PreviewModel", "Add"),
    QT_TRANSLATE_NOOP("PreviewModel", "Update registered person"),
    QT_TRANSLATE_NOOP("PreviewModel", "Skip"),
    QT_TRANSLATE_NOOP("PreviewModel", "Invalid: skipped"),
    QT_TRANSLATE_NOOP("ActionDelegate", "Add"),
    QT_TRANSLATE_NOOP("ActionDelegate", "Update registered person"),
    QT_TRANSLATE_NOOP("ActionDelegate", "Skip"),
    QT_TRANSLATE_NOOP("ActionDelegate", "Invalid: skipped"),
)


def action_text(action: Action) -> str:
    return _ACTION_TEXT[action]


def is_duplicate(row: ImportRow) -> bool:
    return bool(row.duplicate_reason) and row.action != Action.INVALID


def is_possible_duplicate(row: ImportRow) -> bool:
    return bool(row.possible_duplicate) and not row.duplicate_reason \
        and row.action != Action.INVALID


def actions_for(row: ImportRow) -> tuple[Action, ...]:
    """What the user may choose for a row (nothing for an ordinary or invalid one)."""
    if is_duplicate(row):
        return DUPLICATE_ACTIONS
    return POSSIBLE_DUPLICATE_ACTIONS if is_possible_duplicate(row) else ()


class PreviewModel(QAbstractTableModel):
    """The rows of an ImportPreview, then the sheet's imported cells."""

    #: A cell of the sheet was corrected: (line, column of the sheet, new text).
    cell_edited = Signal(int, int, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.table: Table | None = None
        #: Columns of the sheet shown after the fixed ones (the imported ones, in order).
        self.sheet_columns: list[int] = []

    @property
    def rows(self) -> list[ImportRow]:
        return self.preview.rows if self.preview is not None else []

    def set_preview(self, preview: ImportPreview, table: Table | None = None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.table = table
        self.sheet_columns = sorted(preview.mapping.fields) if table is not None else []
        self.endResetModel()

    def _cell(self, row: ImportRow, column: int) -> str:
        assert self.table is not None
        cells = self.table.rows[row.line - 1]
        return cells[column] if column < len(cells) else ""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADINGS) + len(self.sheet_columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(HEADINGS):
                return self.tr(HEADINGS[section])
            assert self.preview is not None
            return self.preview.mapping.headings[self.sheet_columns[section - len(HEADINGS)]]
        if role == Qt.ItemDataRole.ToolTipRole and section >= len(HEADINGS):
            return self.tr("A cell of the file, as imported: double-click to correct it")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        action = index.column() == ACTION_COLUMN and actions_for(self.rows[index.row()])
        if action or index.column() >= len(HEADINGS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _sheet_data(self, row: ImportRow, index: AnyIndex, role: int) -> Any:
        assert self.preview is not None
        column = self.sheet_columns[index.column() - len(HEADINGS)]
        field_name = self.preview.mapping.fields[column]
        bad = field_name in row.bad_fields
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._cell(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and bad:
            return QBrush(_BAD_CELL)
        if role == Qt.ItemDataRole.ToolTipRole and bad:
            return self.tr("Wrong: double-click to correct it. {problems}").format(
                problems="; ".join(message_text(e) for e in row.errors))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column >= len(HEADINGS):
            return self._sheet_data(row, index, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            # The whole text, wrapped: a rich-text tooltip wraps where a plain one would not.
            return "".join(f"<p>{html.escape(message_text(p))}</p>" for p in row.problems) \
                or None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return row.line
            if column == 1:
                return row.name
            if column == 2:
                code = row.values.get("country_code")
                return row.organisation or (country_name(code) if isinstance(code, str) else "")
            if column == 3:
                return "; ".join(message_text(p) for p in row.problems)
            text = self.tr(action_text(row.action))
            return f"{text} ▾" if actions_for(row) and role == Qt.ItemDataRole.DisplayRole \
                else text
        if role == Qt.ItemDataRole.EditRole and column == ACTION_COLUMN:
            return row.action
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.action == Action.INVALID:
                return QBrush(QColor("#b00020"))
            if column == 3 and row.problems:
                return QBrush(QColor("#8a5a00"))
        return None

    def setData(self, index: AnyIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        if index.column() >= len(HEADINGS):
            column = self.sheet_columns[index.column() - len(HEADINGS)]
            text = str(value)
            if text != self._cell(row, column):
                self.cell_edited.emit(row.line, column, text)
            return True
        if index.column() != ACTION_COLUMN or value not in actions_for(row):
            return False
        row.action = Action(value)
        self.dataChanged.emit(index, index)
        return True

    def set_all_duplicates(self, action: Action) -> None:
        """One choice for every duplicate row."""
        for row in self.rows:
            if is_duplicate(row):
                row.action = action
        if self.rows:
            self.dataChanged.emit(self.index(0, ACTION_COLUMN),
                                  self.index(len(self.rows) - 1, ACTION_COLUMN))


class ActionDelegate(QStyledItemDelegate):
    """A combo box to choose what happens to a duplicate row."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        row = model.rows[index.row()] if isinstance(model, PreviewModel) else None
        for action in actions_for(row) if row is not None else DUPLICATE_ACTIONS:
            combo.addItem(self.tr(action_text(action)), action)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
