"""The History panel: who changed a record, when, in which action, each field before → after."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.team.trail import TrailEntry, TrailService, show
from confdesk.ui.messages import user_errors


def local_time(entry: TrailEntry) -> str:
    """When, in the desk's local time: "2014-03-31 10:42"."""
    return entry.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def field_label(name: str) -> str:
    """A stored field's name as words: "given_name" → "Given name"."""
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


class HistoryDialog(QDialog):
    """Every recorded change of one record (newest first), with its fields as children; also
    the whole event's latest changes (Edit → Audit Trail…)."""

    def __init__(self, service: TrailService, title: str, found: Sequence[TrailEntry],
                 parent: QWidget | None = None, *, window_title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.service = service
        self.found = list(found)
        self.setWindowTitle(window_title or self.tr("History of {record}").format(record=title))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("%n recorded change(s)", "", len(self.found)))
        layout.addWidget(self.heading)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Action"),
                                   self.tr("Change")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        layout.addWidget(self.tree, 1)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(self.tr("&Export…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setEnabled(bool(self.found))
        self.export_button.clicked.connect(self.export_dialog)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        operations = {"insert": self.tr("created"), "update": self.tr("changed"),
                      "delete": self.tr("deleted"), "export": self.tr("personal data exported"),
                      "erase": self.tr("personal data erased")}
        for entry in self.found:
            what = operations.get(entry.operation, entry.operation)
            summary = f"{entry.entity_label} — {what}" if entry.entity_label else what
            item = QTreeWidgetItem([local_time(entry), entry.person, entry.action, summary])
            item.setToolTip(2, entry.action)
            item.setToolTip(3, summary)
            for change in entry.changes:
                line = f"{field_label(change.field)}: {show(change.before)} → {show(change.after)}"
                child = QTreeWidgetItem(["", "", "", line])
                child.setToolTip(3, f"{change.field}\n{change.before!s}\n→ {change.after!s}")
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if not self.found:
            empty = QTreeWidgetItem(["", "", "", self.tr("No change recorded yet.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)

    def lines(self) -> list[str]:
        """The rows as shown (for tests and accessibility): one per entry and per field."""
        out: list[str] = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            assert item is not None
            out.append(" | ".join(item.text(c) for c in range(4)))
            for j in range(item.childCount()):
                child = item.child(j)
                assert child is not None
                out.append(child.text(3))
        return out

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the History"), str(Path.home() / "history.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        with user_errors(self, self.tr("Cannot export the history")) as outcome:
            self.service.export(path, self.found)
        return not outcome.failed
