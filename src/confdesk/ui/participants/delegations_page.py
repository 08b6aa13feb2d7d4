"""The Delegations tab: organisations in protocol order with head, members and count."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.registration.protocol import Delegation, delegations
from confdesk.registration.queries import ParticipantRow
from confdesk.ui.labels import label, role_label
from confdesk.ui.participants.table_model import status_label

_NONE = -1  # item data of "no organisation" (None does not survive QVariant round trips)


class DelegationsPage(QWidget):
    """Delegations above, the chosen one's members below."""

    #: Show this delegation in the List tab (organisation id, or None: no organisation).
    open_in_list = Signal(object)
    #: Edit this participant.
    edit = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegations: list[Delegation] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.tree = QTreeWidget(splitter)
        self.tree.setObjectName("delegations")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Delegation"), self.tr("Kind"),
                                   self.tr("Head of delegation"), self.tr("Members")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((1, 190), (2, 280), (3, 80)):
            header.resizeSection(column, width)
        below = QWidget(splitter)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.title = QLabel(below)
        self.title.setObjectName("delegationTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        bar.addWidget(self.title, 1)
        self.edit_button = QPushButton(self.tr("&Edit member…"), below)
        self.list_button = QPushButton(self.tr("Show in &list"), below)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.list_button)
        below_layout.addLayout(bar)
        self.members = QTreeWidget(below)
        self.members.setObjectName("members")
        self.members.setRootIsDecorated(False)
        self.members.setAlternatingRowColors(True)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Function"),
                                      self.tr("Status")])
        for column, width in ((0, 260), (1, 150), (2, 300)):
            self.members.header().resizeSection(column, width)
        below_layout.addWidget(self.members)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter)

        self.tree.currentItemChanged.connect(self._show_members)
        self.tree.itemActivated.connect(lambda item, _c: self.open_in_list.emit(self._org(item)))
        self.members.itemActivated.connect(lambda item, _c: self.edit.emit(
            int(item.data(0, Qt.ItemDataRole.UserRole))))
        self.list_button.clicked.connect(self._list_clicked)
        self.edit_button.clicked.connect(self._edit_clicked)

    def show_rows(self, rows: Iterable[ParticipantRow], *, no_organisation: str,
                  groups: Sequence[str] = ()) -> None:
        """Group the rows into delegations in protocol order, the event's order of groups
        (`groups`; empty: the UN order), keeping the current one."""
        current = self.tree.currentItem()
        keep = self._org(current) if current is not None else None
        self.delegations = delegations(rows, no_organisation=no_organisation, groups=groups)
        self.tree.clear()
        items = []
        for d in self.delegations:
            head = d.head
            item = QTreeWidgetItem([d.name, label(d.kind.value) if d.kind else "",
                                    head.display_name if head else "", str(d.count)])
            item.setData(0, Qt.ItemDataRole.UserRole,
                         d.organisation_id if d.organisation_id is not None else _NONE)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        self.tree.addTopLevelItems(items)
        index = next((i for i, d in enumerate(self.delegations)
                      if d.organisation_id == keep), 0) if keep is not None else 0
        if items:
            self.tree.setCurrentItem(items[index])
        else:
            self._show_members(None)

    @staticmethod
    def _org(item: QTreeWidgetItem | None) -> int | None:
        if item is None:
            return None
        value = int(item.data(0, Qt.ItemDataRole.UserRole))
        return None if value == _NONE else value

    def current_delegation(self) -> Delegation | None:
        current = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(current) if current is not None else -1
        return self.delegations[row] if 0 <= row < len(self.delegations) else None

    def _show_members(self, _item: QTreeWidgetItem | None, _previous: object = None) -> None:
        delegation = self.current_delegation()
        self.members.clear()
        self.list_button.setEnabled(delegation is not None)
        self.edit_button.setEnabled(delegation is not None)
        if delegation is None:
            self.title.setText(self.tr("No delegation"))
            return
        self.title.setText(self.tr("{name}: %n member(s)", "", delegation.count).format(
            name=delegation.name))
        items = []
        for member in delegation.members:
            role = role_label(member.delegation_role)
            item = QTreeWidgetItem([member.display_name, role, member.function,
                                    status_label(member.status)])
            item.setData(0, Qt.ItemDataRole.UserRole, member.id)
            items.append(item)
        self.members.addTopLevelItems(items)
        if items:
            self.members.setCurrentItem(items[0])

    def _list_clicked(self) -> None:
        delegation = self.current_delegation()
        if delegation is not None:
            self.open_in_list.emit(delegation.organisation_id)

    def _edit_clicked(self) -> None:
        item = self.members.currentItem()
        if item is not None:
            self.edit.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))
