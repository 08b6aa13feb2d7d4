"""The List tab: search-as-you-type, filters, the table and its row count."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from confdesk.registration.kinds import INACTIVE_STATUSES, OrganisationKind, Status
from confdesk.registration.queries import ParticipantFilter
from confdesk.ui.labels import label
from confdesk.ui.participants.choice_button import MultiChoiceButton
from confdesk.ui.participants.table_model import (
    COLUMNS,
    ParticipantTableModel,
    ScreenRowStore,
)

#: Pause after the last keystroke before the table is filtered.
SEARCH_DELAY_MS = 150
_WIDTHS = {"name": 220, "organisation": 190, "country": 115, "category": 80, "status": 85,
           "function": 180, "email": 185, "code": 70}


class ListPage(QWidget):
    """Shows the participants; the screen adds the actions."""

    #: A row was activated (double-click or Enter): its participant id.
    activated = Signal(int)
    #: The shown rows or the selection changed.
    selection_changed = Signal()

    def __init__(self, store: ScreenRowStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ParticipantTableModel(store, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search names, organisations, countries, e-mail, codes (Ctrl+F)"))
        self.search.setMinimumWidth(300)
        bar.addWidget(self.search, 3)
        self.category = self._combo("categoryFilter", self.tr("All categories"), [])
        #: Several statuses at once ("Attending": everyone but declined and cancelled).
        self.status = MultiChoiceButton(self.tr("All statuses"),
                                        [(label(s.value), s) for s in Status],
                                        self.tr("{n} statuses"), self)
        self.status.setObjectName("statusFilter")
        self.status.add_preset(self.tr("Attending (not declined or cancelled)"),
                               [s for s in Status if s not in INACTIVE_STATUSES])
        self.status.changed.connect(self.apply_filter)
        self.kind = self._combo("kindFilter", self.tr("All kinds of organisation"),
                                [(label(k.value), k) for k in OrganisationKind])
        self.delegation = self._combo("delegationFilter", self.tr("All delegations"), [])
        self.delegation.setMinimumContentsLength(18)
        self.kind.setMinimumContentsLength(18)
        for combo in (self.category, self.status, self.kind, self.delegation):
            bar.addWidget(combo, 1)
        layout.addLayout(bar)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("participantsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, (key, _title) in enumerate(COLUMNS):
            self.table.setColumnWidth(i, _WIDTHS[key])
        layout.addWidget(self.table, 1)
        self.count = QLabel(self)
        self.count.setObjectName("rowCount")
        layout.addWidget(self.count)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.table.doubleClicked.connect(lambda index: self.activated.emit(
            self.model.row_at(index.row()).id))
        self.table.selectionModel().selectionChanged.connect(self._count_changed)
        self.model.modelReset.connect(self._count_changed)

    def _combo(self, name: str, everything: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Wide enough for its "All …" entry, so a narrow window never cuts it to "All catego".
        combo.setMinimumContentsLength(len(everything))
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    # -- filtering ---------------------------------------------------------------------
    def current_filter(self) -> ParticipantFilter:
        """The filter the search field and combos describe."""
        def one(combo: QComboBox) -> frozenset:  # type: ignore[type-arg]
            value = combo.currentData()
            return frozenset() if value is None else frozenset({value})

        return ParticipantFilter(
            text=self.search.text(), categories=one(self.category),
            statuses=frozenset(self.status.values()),  # type: ignore[arg-type]
            organisation_kinds=one(self.kind), organisation_id=self.delegation.currentData(),
        )

    def apply_filter(self) -> None:
        """Filter now (the debounce timer calls this ~150 ms after the last keystroke)."""
        self._timer.stop()
        selected = set(self.selected_ids())
        self.model.apply_filter(self.current_filter())
        self.select_ids(selected)

    def set_delegations(self, delegations: list[tuple[int, str]]) -> None:
        """The organisations offered by the delegation filter (keeps the current choice)."""
        current = self.delegation.currentData()
        self.delegation.blockSignals(True)
        self.delegation.clear()
        self.delegation.addItem(self.tr("All delegations"), None)
        for oid, name in delegations:
            self.delegation.addItem(name, oid)
        self.delegation.setCurrentIndex(max(self.delegation.findData(current), 0))
        self.delegation.blockSignals(False)

    def set_categories(self, categories: list[tuple[str, str]]) -> None:
        """The event's categories as (code, name) for the filter (keeps the current choice)."""
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for code, name in categories:
            self.category.addItem(name, code)
        found = self.category.findData(current)
        self.category.setCurrentIndex(max(found, 0))
        self.category.blockSignals(False)
        if current is not None and found < 0:
            self.apply_filter()  # the category filtered on is gone

    def show_delegation(self, organisation_id: int | None) -> None:
        """Filter the list to one delegation, clearing the other criteria."""
        for combo in (self.category, self.kind):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.status.blockSignals(True)
        self.status.set_values(())
        self.status.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.delegation.setCurrentIndex(max(self.delegation.findData(organisation_id), 0))
        self.apply_filter()

    def _count_changed(self) -> None:
        shown, total = self.model.rowCount(), self.model.store.total
        text = self.tr("{shown} of {total} participants").format(
            shown=f"{shown:,}", total=f"{total:,}")
        selected = len(self.table.selectionModel().selectedRows())
        if selected > 1:
            text += " · " + self.tr("{n} selected").format(n=f"{selected:,}")
        self.count.setText(text)
        self.selection_changed.emit()

    # -- selection ---------------------------------------------------------------------
    def shown_ids(self) -> list[int]:
        """The participants the list shows (its filter applied), in their order."""
        return [r.id for r in self.model.rows]

    def shown_count(self) -> int:
        """How many participants the list shows."""
        return self.model.rowCount()

    def selected_ids(self) -> list[int]:
        """Participants of the selected rows, in the table's order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_at(r).id for r in rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.model.row_at(index.row()).id
        ids = self.selected_ids()
        return ids[0] if ids else None

    def select_ids(self, ids: set[int]) -> None:
        """Select the rows of these participants (those shown), the first made current."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        if not ids:
            return
        for i, row in enumerate(self.model.rows):
            if row.id in ids:
                index = self.model.index(i, 0)
                if first:
                    selection.setCurrentIndex(index, flags)
                    self.table.scrollTo(index)
                    first = False
                else:
                    selection.select(index, flags)
