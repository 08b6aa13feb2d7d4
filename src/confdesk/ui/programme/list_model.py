"""The list of all sessions: a table model over the snapshot, sorted and searched in Python."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from confdesk.programme.conflicts import Finding, Severity
from confdesk.programme.models import RoleKind
from confdesk.programme.queries import SessionInfo
from confdesk.registration.names import fold
from confdesk.ui.programme.labels import finding_text, kind_text, short_day

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("day", "start", "end", "room", "kind", "theme", "title", "chair", "speakers",
           "conflicts")
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _chair(s: SessionInfo) -> str:
    people = s.people(RoleKind.CHAIR) or s.people(RoleKind.MODERATOR)
    return ", ".join(p.display_name for p in people)


def _speakers(s: SessionInfo) -> int:
    return sum(1 for r in s.roles if r.role in (RoleKind.SPEAKER, RoleKind.KEYNOTE_SPEAKER,
                                                RoleKind.DISCUSSANT))


class SessionTableModel(QAbstractTableModel):
    """Every session of the event, one row each; `set_search` and `sort` reset the rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[SessionInfo] = []
        self._rows: list[SessionInfo] = []
        self._findings: dict[int, list[Finding]] = {}
        self._haystacks: dict[int, str] = {}
        self._search = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers = (
            self.tr("Day"), self.tr("Start"), self.tr("End"), self.tr("Room"), self.tr("Kind"),
            self.tr("Theme"), self.tr("Title"), self.tr("Chair"), self.tr("Speakers"),
            self.tr("Conflicts"),
        )

    def set_sessions(self, sessions: tuple[SessionInfo, ...] | list[SessionInfo],
                     findings: dict[int, list[Finding]]) -> None:
        """Show these sessions with their findings, keeping the search and the sort."""
        self._all = list(sessions)
        self._findings = findings
        self._haystacks = {s.id: fold(" ".join((
            s.title, s.room.name if s.room else "", s.theme.name if s.theme else "",
            kind_text(s.kind), s.description,
            " ".join(f"{r.person.display_name} {r.person.organisation}" for r in s.roles),
        ))) for s in self._all}
        self._refilter()

    def set_search(self, text: str) -> None:
        """Keep the sessions whose title, room, theme, kind or people contain every word."""
        self._search = text
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        words = fold(self._search).split()
        rows = [s for s in self._all if all(w in self._haystacks[s.id] for w in words)]
        if self._sort is not None:
            column, order = self._sort
            rows.sort(key=self._key(COLUMNS[column]),
                      reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self.endResetModel()

    def _key(self, name: str) -> Callable[[SessionInfo], Any]:
        keys: dict[str, Callable[[SessionInfo], Any]] = {
            "day": lambda s: (s.day, s.start_time),
            "start": lambda s: (s.start_time, s.day),
            "end": lambda s: (s.end_time, s.day),
            "room": lambda s: (s.room.position if s.room else 10**6, s.day, s.start_time),
            "kind": lambda s: (list(type(s.kind)).index(s.kind), s.day, s.start_time),
            "theme": lambda s: (fold(s.theme.name) if s.theme else "\uffff", s.day),
            "title": lambda s: fold(s.title),
            "chair": lambda s: (fold(_chair(s)) or "\uffff", s.day),
            "speakers": lambda s: (_speakers(s), s.day, s.start_time),
            "conflicts": lambda s: (len(self._findings.get(s.id, ())), s.day, s.start_time),
        }
        return keys[name]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._refilter()

    # -- the model's interface -----------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def session_at(self, row: int) -> SessionInfo:
        return self._rows[row]

    def row_of(self, session_id: int) -> int:
        """The row showing a session, -1 when the search hides it."""
        for row, s in enumerate(self._rows):
            if s.id == session_id:
                return row
        return -1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        name = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, name)
        if role == SESSION_ID_ROLE:
            return s.id
        findings = self._findings.get(s.id, [])
        if role == Qt.ItemDataRole.DecorationRole and name == "theme" and s.theme:
            return QColor(s.theme.colour)
        if role == Qt.ItemDataRole.ForegroundRole and name == "conflicts" and findings:
            errors = any(f.severity == Severity.ERROR for f in findings)
            return QColor("#d32f2f" if errors else "#b86e00")
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "conflicts" and findings:
                return "\n".join(finding_text(f) for f in findings)
            if name in ("title", "chair"):
                return self._text(s, name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("speakers", "conflicts"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, s: SessionInfo, name: str) -> str:
        if name == "day":
            return short_day(s.day)
        if name == "start":
            return f"{s.start_time:%H:%M}"
        if name == "end":
            return f"{s.end_time:%H:%M}"
        if name == "room":
            return s.room.name if s.room else ""
        if name == "kind":
            return kind_text(s.kind)
        if name == "theme":
            return s.theme.name if s.theme else ""
        if name == "title":
            return s.title
        if name == "chair":
            return _chair(s)
        if name == "speakers":
            count = _speakers(s)
            return str(count) if count else ""
        findings = self._findings.get(s.id, [])
        return str(len(findings)) if findings else ""
