"""Choosing someone for a role (accent-blind search), or registering a speaker on the fly."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.errors import UserError
from confdesk.programme.models import RoleKind
from confdesk.registration.operations import ParticipantData
from confdesk.registration.queries import ParticipantFilter, ParticipantRow, search
from confdesk.ui.honorifics import fill_honorifics, honorific_of
from confdesk.ui.messages import user_text
from confdesk.ui.programme.labels import role_text
from confdesk.ui.programme.session_dialog import Person

#: Registers a participant from (data, organisation name); returns the new id.
Registrar = Callable[[ParticipantData, str], int]
#: Most people listed at once; the search narrows the rest.
SHOWN = 200


class PersonPicker(QDialog):
    """Search the event's participants and pick one, with the role they will hold."""

    def __init__(self, rows: list[ParticipantRow], registrar: Registrar,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a person to the session"))
        self.resize(640, 480)
        self.rows = rows
        self.registrar = registrar
        self.chosen: Person | None = None
        layout = QVBoxLayout(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by name, organisation, country…"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.count_label = QLabel(self)
        self.role_combo = QComboBox(self)
        for role in RoleKind:
            self.role_combo.addItem(role_text(role), role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(RoleKind.SPEAKER))
        self.new_button = QPushButton(self.tr("&New participant…"), self)
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        layout.addWidget(self.count_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.new_button.clicked.connect(self.register_new)
        self.search_edit.textChanged.connect(self.refresh)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.results.currentRowChanged.connect(
            lambda row: self.ok_button.setEnabled(row >= 0))
        self.refresh()

    def refresh(self) -> None:
        """List the people matching the search (all words, accents and case ignored)."""
        found = search(self.rows, ParticipantFilter(text=self.search_edit.text()))
        self.results.clear()
        for row in found[:SHOWN]:
            detail = ", ".join(part for part in (row.function, row.organisation_name) if part)
            item = QListWidgetItem(f"{row.display_name}" + (f" — {detail}" if detail else ""))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        self.ok_button.setEnabled(bool(found))
        if len(found) > SHOWN:
            self.count_label.setText(self.tr("%1 people match; the first %2 are shown.")
                                     .replace("%1", str(len(found))).replace("%2", str(SHOWN)))
        else:
            self.count_label.setText(self.tr("One person matches.") if len(found) == 1
                                     else self.tr("%1 people match.").replace(
                                         "%1", str(len(found))))

    def register_new(self) -> NewParticipantDialog:
        """Open the form for someone not in the list yet; once saved they are chosen."""
        dialog = NewParticipantDialog(self.registrar, self.search_edit.text(), self)

        def saved() -> None:
            if dialog.person_id is not None:
                self.chosen = Person(dialog.person_id, self.role_combo.currentData(),
                                     dialog.display_name(), dialog.affiliation())
                QDialog.accept(self)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        person_id = int(item.data(Qt.ItemDataRole.UserRole))
        row = next(r for r in self.rows if r.id == person_id)
        self.chosen = Person(
            row.id, self.role_combo.currentData(), row.display_name,
            ", ".join(part for part in (row.function, row.organisation_name) if part),
        )
        super().accept()


class NewParticipantDialog(QDialog):
    """Honorific, names, function and organisation of a speaker not registered yet."""

    def __init__(self, registrar: Registrar, typed: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New participant"))
        self.registrar = registrar
        self.person_id: int | None = None
        self.honorific = QComboBox(self)
        self.honorific.setEditable(True)
        fill_honorifics(self.honorific)
        self.given = QLineEdit(self)
        self.family = QLineEdit(self)
        self.function = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("A State, an organisation…"))
        words = typed.split()
        if len(words) >= 2:
            self.given.setText(" ".join(words[:-1]))
            self.family.setText(words[-1])
        elif words:
            self.family.setText(words[0])
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Honorific:"), self.honorific)
        form.addRow(self.tr("&Given name:"), self.given)
        form.addRow(self.tr("&Family name:"), self.family)
        form.addRow(self.tr("F&unction:"), self.function)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(420, self.sizeHint().height())

    def data(self) -> ParticipantData:
        return ParticipantData(
            given_name=self.given.text(), family_name=self.family.text(),
            honorific=honorific_of(self.honorific), function=self.function.text(),
        )

    def display_name(self) -> str:
        parts = (self.honorific.currentText(), self.given.text(), self.family.text())
        return " ".join(p.strip() for p in parts if p.strip())

    def affiliation(self) -> str:
        parts = (self.function.text().strip(), self.organisation.text().strip())
        return ", ".join(p for p in parts if p)

    def accept(self) -> None:
        try:
            self.person_id = self.registrar(self.data(), self.organisation.text())
        except UserError as exc:
            self.error_label.setText(user_text(exc))
            return
        super().accept()
