"""The History panel: who changed a record, when, in which action, each field before → after."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.team.trail import TrailEntry, TrailService, show
from confdesk.ui.exported import announce_export, ask_save_path
from confdesk.ui.messages import user_errors


def local_time(entry: TrailEntry) -> str:
    """When, in the desk's local time: "2014-03-31 10:42"."""
    return entry.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


#: Stored fields the history shows, as words (context "FieldLabel"); others are
#: tidied from their names.
_FIELDS: dict[str, object] = {
    "access_needs": QT_TRANSLATE_NOOP("FieldLabel", "Access needs"),
    "acronym": QT_TRANSLATE_NOOP("FieldLabel", "Acronym"),
    "author_name": QT_TRANSLATE_NOOP("FieldLabel", "Author"),
    "badge_printed_at": QT_TRANSLATE_NOOP("FieldLabel", "Badge printed"),
    "capacity": QT_TRANSLATE_NOOP("FieldLabel", "Capacity"),
    "category": QT_TRANSLATE_NOOP("FieldLabel", "Category"),
    "checked_in_at": QT_TRANSLATE_NOOP("FieldLabel", "Checked in"),
    "city": QT_TRANSLATE_NOOP("FieldLabel", "City"),
    "city_fr": QT_TRANSLATE_NOOP("FieldLabel", "City (French)"),
    "code": QT_TRANSLATE_NOOP("FieldLabel", "Code"),
    "colour": QT_TRANSLATE_NOOP("FieldLabel", "Colour"),
    "content": QT_TRANSLATE_NOOP("FieldLabel", "Content"),
    "country_code": QT_TRANSLATE_NOOP("FieldLabel", "Country"),
    "day": QT_TRANSLATE_NOOP("FieldLabel", "Day"),
    "delegation": QT_TRANSLATE_NOOP("FieldLabel", "Delegation"),
    "delegation_role": QT_TRANSLATE_NOOP("FieldLabel", "Role in the delegation"),
    "description": QT_TRANSLATE_NOOP("FieldLabel", "Description"),
    "dietary_needs": QT_TRANSLATE_NOOP("FieldLabel", "Dietary needs"),
    "do_not_publish": QT_TRANSLATE_NOOP("FieldLabel", "Not to be published"),
    "email": QT_TRANSLATE_NOOP("FieldLabel", "E-mail"),
    "end_date": QT_TRANSLATE_NOOP("FieldLabel", "End date"),
    "end_time": QT_TRANSLATE_NOOP("FieldLabel", "End"),
    "family_name": QT_TRANSLATE_NOOP("FieldLabel", "Family name"),
    "family_name_first": QT_TRANSLATE_NOOP("FieldLabel", "Family name first"),
    "final": QT_TRANSLATE_NOOP("FieldLabel", "Final"),
    "floor_language": QT_TRANSLATE_NOOP("FieldLabel", "Floor language"),
    "function": QT_TRANSLATE_NOOP("FieldLabel", "Function"),
    "given_name": QT_TRANSLATE_NOOP("FieldLabel", "Given name"),
    "honorific": QT_TRANSLATE_NOOP("FieldLabel", "Title"),
    "host": QT_TRANSLATE_NOOP("FieldLabel", "Host"),
    "host_fr": QT_TRANSLATE_NOOP("FieldLabel", "Host (French)"),
    "interpretation": QT_TRANSLATE_NOOP("FieldLabel", "Interpretation"),
    "kind": QT_TRANSLATE_NOOP("FieldLabel", "Kind"),
    "language": QT_TRANSLATE_NOOP("FieldLabel", "Language"),
    "lead_in": QT_TRANSLATE_NOOP("FieldLabel", "Lead-in"),
    "level": QT_TRANSLATE_NOOP("FieldLabel", "Level"),
    "name": QT_TRANSLATE_NOOP("FieldLabel", "Name"),
    "name_en": QT_TRANSLATE_NOOP("FieldLabel", "Name (English)"),
    "name_fr": QT_TRANSLATE_NOOP("FieldLabel", "Name (French)"),
    "note": QT_TRANSLATE_NOOP("FieldLabel", "Note"),
    "notes": QT_TRANSLATE_NOOP("FieldLabel", "Notes"),
    "number": QT_TRANSLATE_NOOP("FieldLabel", "Number"),
    "organisation_id": QT_TRANSLATE_NOOP("FieldLabel", "Organisation"),
    "phone": QT_TRANSLATE_NOOP("FieldLabel", "Phone"),
    "position": QT_TRANSLATE_NOOP("FieldLabel", "Position"),
    "rationale": QT_TRANSLATE_NOOP("FieldLabel", "Rationale"),
    "remarks": QT_TRANSLATE_NOOP("FieldLabel", "Remarks"),
    "reply": QT_TRANSLATE_NOOP("FieldLabel", "Right of reply"),
    "role": QT_TRANSLATE_NOOP("FieldLabel", "Role"),
    "room_id": QT_TRANSLATE_NOOP("FieldLabel", "Room"),
    "short_name": QT_TRANSLATE_NOOP("FieldLabel", "Short name"),
    "speaker": QT_TRANSLATE_NOOP("FieldLabel", "Speaker"),
    "start_date": QT_TRANSLATE_NOOP("FieldLabel", "Start date"),
    "start_time": QT_TRANSLATE_NOOP("FieldLabel", "Start"),
    "status": QT_TRANSLATE_NOOP("FieldLabel", "Status"),
    "symbol": QT_TRANSLATE_NOOP("FieldLabel", "Symbol"),
    "text": QT_TRANSLATE_NOOP("FieldLabel", "Text"),
    "theme_id": QT_TRANSLATE_NOOP("FieldLabel", "Theme"),
    "timezone": QT_TRANSLATE_NOOP("FieldLabel", "Time zone"),
    "title": QT_TRANSLATE_NOOP("FieldLabel", "Title"),
    "title_fr": QT_TRANSLATE_NOOP("FieldLabel", "Title (French)"),
    "venue": QT_TRANSLATE_NOOP("FieldLabel", "Venue"),
    "venue_fr": QT_TRANSLATE_NOOP("FieldLabel", "Venue (French)"),
    "working_languages": QT_TRANSLATE_NOOP("FieldLabel", "Working languages"),
    "session_id": QT_TRANSLATE_NOOP("FieldLabel", "Session"),
    "section_id": QT_TRANSLATE_NOOP("FieldLabel", "Section"),
    "in_published_list": QT_TRANSLATE_NOOP("FieldLabel", "In the published list"),
    "state_minutes": QT_TRANSLATE_NOOP("FieldLabel", "Time limit for States"),
    "observer_minutes": QT_TRANSLATE_NOOP("FieldLabel", "Time limit for observers"),
    "reply_minutes": QT_TRANSLATE_NOOP("FieldLabel", "Time limit for rights of reply"),
}


def field_label(name: str) -> str:
    """A stored field's name as words in the window's language: "given_name" → "Given
    name" ("Prénom" in French); a field without a label is tidied from its name."""
    known = _FIELDS.get(name)
    if known is not None:
        return QCoreApplication.translate("FieldLabel", str(known))
    words = name.removesuffix("_id").replace("_", " ").strip()
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
        path = ask_save_path(self, self.tr("Export the History"), "", self.windowTitle(),
                             ".xlsx", self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> bool:
        with user_errors(self, self.tr("Cannot export the history")) as outcome:
            self.service.export(path, self.found)
        if not outcome.failed:
            # the notice lives in the main window's status bar, which stays after the dialog
            announce_export(self.parentWidget() or self, path,
                            self.tr("Wrote the history to %1").replace("%1", path.name))
        return not outcome.failed
