"""The import wizard's preview: every row of the sheet, its problems and what will be done.

A table model (20,000 rows stay fluid) whose Action column is editable for duplicates:
skip, update the registered person, or add anyway.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from confdesk.imports.participants import Action, ImportPreview, ImportRow
from confdesk.registration.states import country_name

AnyIndex = QModelIndex | QPersistentModelIndex
HEADINGS = ("Line", "Name", "Organisation / country", "Problems", "Action")
ACTION_COLUMN = 4
_ACTION_TEXT = {Action.ADD: "Add", Action.UPDATE: "Update registered person",
                Action.SKIP: "Skip", Action.INVALID: "Invalid: skipped"}
#: Choices for a duplicate row.
DUPLICATE_ACTIONS = (Action.SKIP, Action.UPDATE, Action.ADD)
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


class PreviewModel(QAbstractTableModel):
    """The rows of an ImportPreview."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None

    @property
    def rows(self) -> list[ImportRow]:
        return self.preview.rows if self.preview is not None else []

    def set_preview(self, preview: ImportPreview) -> None:
        self.beginResetModel()
        self.preview = preview
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADINGS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADINGS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ACTION_COLUMN \
                and is_duplicate(self.rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return row.line
            if column == 1:
                return row.name
            if column == 2:
                code = row.values.get("country_code")
                return row.organisation or (country_name(code) if isinstance(code, str) else "")
            if column == 3:
                return "; ".join(row.problems)
            text = self.tr(action_text(row.action))
            return f"{text} ▾" if is_duplicate(row) and role == Qt.ItemDataRole.DisplayRole \
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
        if role != Qt.ItemDataRole.EditRole or index.column() != ACTION_COLUMN:
            return False
        row = self.rows[index.row()]
        if not is_duplicate(row) or value not in DUPLICATE_ACTIONS:
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
                     _index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        for action in DUPLICATE_ACTIONS:
            combo.addItem(self.tr(action_text(action)), action)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
