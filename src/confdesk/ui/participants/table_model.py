"""The participants table: a QAbstractTableModel over the Qt-free row store.

Filtering and sorting happen in Python on the store's plain rows, then the model resets
(tens of milliseconds at 20,000 rows); no QSortFilterProxyModel, which would call `data()`
for every row on each sort (see FACTS).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from confdesk import labels
from confdesk.registration.kinds import INACTIVE_STATUSES, Status
from confdesk.registration.queries import ParticipantFilter, ParticipantRow, ParticipantRowStore
from confdesk.ui.labels import translated

if TYPE_CHECKING:
    from confdesk.db.reader import Reader
    from confdesk.registration.service import RegistrationService

#: (sort key in the store, heading); the order of the table's columns.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Name"),
    ("organisation", "Organisation / delegation"),
    ("country", "Country"),
    ("category", "Category"),
    ("status", "Status"),
    ("function", "Function"),
    ("email", "E-mail"),
    ("code", "Code"),
)
#: The headings again, marked for pyside6-lupdate (headerData translates them with tr()).
_HEADINGS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Name"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Organisation / delegation"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Country"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Category"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Status"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Function"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "E-mail"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Code"),
)

_STATUS_COLOURS = {
    Status.CHECKED_IN: QColor("#1b7a36"),
    Status.CONFIRMED: QColor("#1f4e79"),
    Status.DECLINED: QColor("#a33"),
    Status.CANCELLED: QColor("#a33"),
    Status.INVITED: QColor("#7a5c00"),
}

AnyIndex = QModelIndex | QPersistentModelIndex


def status_label(status: Status) -> str:
    """A status for one person's cell ("Confirmed"; in French the singular, "Confirmé")."""
    return translated(labels.status_label(status))


class ScreenRowStore(ParticipantRowStore):
    """The row store, with every row of the event for the delegations and the desk."""

    def all_rows(self) -> list[ParticipantRow]:
        """Every participant loaded, in the current sort order."""
        return list(self._sorted)

    def clear(self) -> None:
        """Forget every row."""
        self._rows, self._sorted, self.visible = {}, [], []


class ParticipantTableModel(QAbstractTableModel):
    """Shows `store.visible`; `apply_filter`/`sort` reset it, `refresh` updates some rows."""

    def __init__(self, store: ScreenRowStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._rows: list[ParticipantRow] = []
        self._strike = QFont()
        self._strike.setStrikeOut(True)

    # -- Qt's interface ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return "\n".join(t for t in (row.display_name, row.function, row.email) if t)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            colour = _STATUS_COLOURS.get(row.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and row.status in INACTIVE_STATUSES:
            return QBrush(QColor("#888"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    @staticmethod
    def text(row: ParticipantRow, column: str) -> str:
        """What a cell shows."""
        if column == "name":
            return row.display_name
        if column == "organisation":
            return row.organisation_name
        if column == "country":
            return row.country_name
        if column == "category":
            return row.category_name
        if column == "status":
            return status_label(row.status)
        return str(getattr(row, column))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self.store.set_sort(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        self._rows = self.store.visible
        self.endResetModel()

    # -- confdesk's --------------------------------------------------------------------
    def load(self, service: RegistrationService, language: str) -> None:
        """Read every participant of the service's event (keeping filter and sort)."""
        self.beginResetModel()
        self.store.event_id, self.store.language = service.event_id, language
        service.load(self.store)
        self._rows = self.store.set_filter(self.store.filter)
        self.endResetModel()

    def load_from(self, reader: Reader, event_id: int, language: str) -> None:
        """Read every participant of `event_id` through `reader` (the window's quick start
        reads with sqlite3 before the database is open), keeping filter and sort."""
        self.beginResetModel()
        try:
            self.store.event_id, self.store.language = event_id, language
            self.store.load_from(reader)
        finally:  # (a read that failed leaves the rows as they were)
            self._rows = self.store.set_filter(self.store.filter)
            self.endResetModel()

    def load_nothing(self) -> None:
        """Show no rows (no database or no event)."""
        self.beginResetModel()
        self.store.clear()
        self._rows = []
        self.endResetModel()

    def apply_filter(self, flt: ParticipantFilter) -> None:
        self.beginResetModel()
        self._rows = self.store.set_filter(flt)
        self.endResetModel()

    def refresh(self, service: RegistrationService, ids: Iterable[int]) -> None:
        """Re-read some participants after a change; others stay where they are."""
        self.beginResetModel()
        service.refresh(self.store, ids)
        self._rows = self.store.visible
        self.endResetModel()

    def row_at(self, index: int) -> ParticipantRow:
        return self._rows[index]

    def row_of(self, participant_id: int) -> int:
        """The table row showing a participant, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == participant_id), -1)

    @property
    def rows(self) -> list[ParticipantRow]:
        """The rows shown, in their order."""
        return self._rows
