"""Edit → Users…: people and their roles, for administrators (the same operations as
`confdesk users`). Every change is one call to `team.service.UsersService`; a refusal is
shown and the list read again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.events.service import EventListing
from confdesk.team.roles import ROLE_CONTEXT, ROLE_DESCRIPTIONS, Role
from confdesk.team.service import GrantRow, PersonRow, UsersService
from confdesk.ui.messages import confirm, user_errors

PERSON, ROLE, EVENT, LOGIN = range(4)


def role_label(role: Role) -> str:
    """A role's label in the user's language."""
    return QCoreApplication.translate(ROLE_CONTEXT, role.label)


class GrantDialog(QDialog):
    """Who, which role, for which event (and, adding a person on a server, a password)."""

    def __init__(self, events: list[EventListing], *, name: str = "", new_login: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grantDialog")
        self.setWindowTitle(self.tr("Add a Person") if new_login or not name
                            else self.tr("Give a Role"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("login name, e.g. ana.lopes"))
        self.name_edit.setReadOnly(bool(name))
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
            self.role_combo.setItemData(
                self.role_combo.count() - 1,
                QCoreApplication.translate(ROLE_CONTEXT, ROLE_DESCRIPTIONS[role]),
                Qt.ItemDataRole.ToolTipRole)
        form.addRow(self.tr("&Role:"), self.role_combo)
        self.event_combo = QComboBox(self)
        self.event_combo.setObjectName("eventCombo")
        self.event_combo.addItem(self.tr("All events"), 0)
        for event in events:
            self.event_combo.addItem(event.short_name or event.title, event.event_id)
        form.addRow(self.tr("&For:"), self.event_combo)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("leave empty to set none"))
        if new_login:
            form.addRow(self.tr("&Password:"), self.password_edit)
        else:
            self.password_edit.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @property
    def name(self) -> str:
        return self.name_edit.text().strip()

    @property
    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    @property
    def event_id(self) -> int | None:
        return int(self.event_combo.currentData()) or None

    @property
    def password(self) -> str | None:
        return self.password_edit.text() or None


class UsersDialog(QDialog):
    """Everyone holding a role, one row per role held; add, grant, revoke, remove."""

    def __init__(self, service: UsersService, events: list[EventListing],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users and Roles"))
        self.service, self.events = service, events
        self.rows: list[GrantRow] = []
        self.people: list[PersonRow] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Each person logs in to the server under their own name; their roles decide "
            "what they may change, for all events or for one.") if service.server else self.tr(
            "On a database file, roles guide the window: whoever can open the file can "
            "change it with other tools, so they are no protection."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Role"), self.tr("For"), self.tr("Login")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setColumnHidden(LOGIN, not service.server)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add Person…"), self)
        self.grant_button = QPushButton(self.tr("&Give Role…"), self)
        self.revoke_button = QPushButton(self.tr("&Take Role"), self)
        self.remove_button = QPushButton(self.tr("&Remove Person"), self)
        for button, slot in ((self.add_button, self.add_person),
                             (self.grant_button, self.grant_role),
                             (self.revoke_button, self.revoke_role),
                             (self.remove_button, self.remove_person)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(640, 380)
        self.reload()

    # -- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        with user_errors(self, self.tr("Cannot read the users")):
            self.people = self.service.people()
        self.rows = [g for p in self.people for g in p.grants]
        logins = {p.name: p.login for p in self.people}
        self.table.setRowCount(len(self.rows))
        for i, grant in enumerate(self.rows):
            event = (self.tr("All events") if grant.event_id is None
                     else grant.event_name or str(grant.event_id))
            login = logins.get(grant.person)
            values = (grant.person, role_label(grant.role), event,
                      "" if login is None else self.tr("yes") if login else self.tr("missing"))
            for column, value in enumerate(values):
                self.table.setItem(i, column, QTableWidgetItem(value))
        self._update_buttons()

    def selected(self) -> GrantRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.grant_button, self.revoke_button, self.remove_button):
            button.setEnabled(chosen)

    # -- changing ------------------------------------------------------------------------
    def add_person(self) -> None:
        dialog = GrantDialog(self.events, new_login=self.service.server, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        with user_errors(self, self.tr("Cannot add the person")):
            self.service.add(dialog.name, dialog.role, dialog.event_id,
                             password=dialog.password)
        self.reload()

    def grant_role(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = GrantDialog(self.events, name=chosen.person, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        with user_errors(self, self.tr("Cannot give the role")):
            self.service.grant(dialog.name, dialog.role, dialog.event_id)
        self.reload()

    def revoke_role(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        with user_errors(self, self.tr("Cannot take the role")):
            self.service.revoke(chosen.person, chosen.role, chosen.event_id)
        self.reload()

    def remove_person(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        text = (self.tr("Take every role from {name} and remove their login from the "
                        "server?") if self.service.server
                else self.tr("Take every role from {name}?")).format(name=chosen.person)
        if not confirm(self, self.tr("Remove Person"), text, action=self.tr("Remove"),
                       destructive=True, name="confirmRemovePerson"):
            return
        with user_errors(self, self.tr("Cannot remove the person")):
            self.service.remove(chosen.person)
        self.reload()
