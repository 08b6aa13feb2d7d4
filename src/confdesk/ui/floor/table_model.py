"""The speakers' list as a table: number, delegation, speaker, level, limit, status, time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from confdesk.exports.floor_rows import clock
from confdesk.plenary.speakers_models import SpeakerStatus
from confdesk.plenary.speakers_service import FloorRow, FloorSnapshot
from confdesk.ui.floor.live import level_text, running_clock, status_text

Index = QModelIndex | QPersistentModelIndex

_GREY = QColor("#8a939e")
_SPEAKING = QColor("#e3efff")
_REPLY = QColor("#f6f2e4")


class FloorTableModel(QAbstractTableModel):
    """Rows of a `FloorSnapshot`, in the order of speaking, withdrawn ones last."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[FloorRow] = []

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Delegation or observer"), self.tr("Speaker"),
                self.tr("Level"), self.tr("Limit"), self.tr("Status"), self.tr("Time"),
                self.tr("Rapporteur's note")]

    def set_snapshot(self, snapshot: FloorSnapshot | None) -> None:
        self.beginResetModel()
        self.rows = list(snapshot.rows) if snapshot else []
        self.endResetModel()

    def tick(self) -> None:
        """Redraw the time of whoever is speaking."""
        for n, row in enumerate(self.rows):
            if row.speaking:
                index = self.index(n, 6)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def row_of(self, inscription_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == inscription_id), -1)

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.status in (
                SpeakerStatus.WITHDRAWN, SpeakerStatus.ABSENT, SpeakerStatus.SPOKE):
            return QBrush(_GREY)
        if role == Qt.ItemDataRole.ForegroundRole and row.speaking and column == 6 and (
                row.elapsed() > row.limit_seconds):
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.speaking:
                return QBrush(_SPEAKING)
            if row.reply:
                return QBrush(_REPLY)
        if role == Qt.ItemDataRole.FontRole and (row.speaking or row.status ==
                                                 SpeakerStatus.WITHDRAWN):
            font = QFont()
            font.setBold(row.speaking)
            font.setStrikeOut(row.status == SpeakerStatus.WITHDRAWN)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 7 and row.note_text:
            return row.note_text
        return None

    def _text(self, row: FloorRow, column: int) -> str:
        if column == 0:
            return str(row.number) if row.number is not None else "—"
        if column == 1:
            return row.delegation
        if column == 2:
            return row.speaker
        if column == 3:
            return level_text(row)
        if column == 4:
            return clock(row.limit_seconds)
        if column == 5:
            text = status_text(row)
            return f"{text} ↕" if row.moved else text
        if column == 6:
            if row.speaking:
                return running_clock(row)
            return clock(row.elapsed()) if row.started_at else ""
        return row.note_text
