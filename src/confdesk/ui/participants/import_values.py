"""The import wizard's page for values it does not know: what does "VIP" in Catégorie mean?

Shown only when the preview found such values; each distinct value is asked once, with the
choices its column takes (the event's categories, the statuses, the States…). The answers go
into the mapping, are remembered for the next file, and the preview is built again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from confdesk.db.errors import UserError
from confdesk.imports.mapping import ColumnMapping
from confdesk.imports.participants import ImportPreview
from confdesk.registration.models import DelegationRole, OrganisationKind, Status
from confdesk.registration.states import all_states
from confdesk.ui.labels import label
from confdesk.ui.messages import user_text
from confdesk.ui.participants.editor import role_label
from confdesk.ui.participants.import_steps import BusyRow, Step, preview_job

if TYPE_CHECKING:
    from confdesk.ui.participants.import_wizard import ImportWizard


class ValuesPage(QWizardPage):
    """One row per value nothing maps, with a choice of what it means."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Say what these values mean"))
        self.setSubTitle(self.tr(
            "These cells hold words confdesk does not know. Choose what each one means; "
            "no row is left out for a word, and your answers are remembered for the next file."))
        layout = QVBoxLayout(self)
        self.values = QTableWidget(0, 4, self)
        self.values.setObjectName("valuesTable")
        self.values.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Value in the file"), self.tr("Rows"),
             self.tr("Means")])
        self.values.verticalHeader().hide()
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.values.setColumnWidth(0, 170)
        self.values.setColumnWidth(2, 60)
        self.values.setColumnWidth(3, 260)
        layout.addWidget(self.values)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.busy = BusyRow("buildingPreviewAgain", self)
        layout.addWidget(self.busy)
        self.step = Step(self.busy, self)
        self.step.changed.connect(self.completeChanged)
        #: (field, value as written, its combo) per row of the table.
        self.rows: list[tuple[str, str, QComboBox]] = []
        self._prepared = False

    def _choices(self, field_name: str) -> list[tuple[str, str]]:
        """(text shown, target) of what a value of this field may mean."""
        language = self.owner.language
        if field_name == "category":
            return [(c.name(language), c.code) for c in self.owner.service.categories()]
        if field_name == "status":
            return [(label(s.value), s.value) for s in Status]
        if field_name == "delegation_role":
            return [(role_label(r), r.value) for r in DelegationRole]
        if field_name == "organisation_kind":
            return [(label(k.value), k.value) for k in OrganisationKind]
        if field_name == "family_name_first":
            return [(self.tr("Yes"), "yes"), (self.tr("No"), "no")]
        return [(s.name(language), s.code)
                for s in sorted(all_states(), key=lambda s: s.sort_key(language))]

    def initializePage(self) -> None:  # noqa: N802
        preview = self.owner.preview
        assert preview is not None
        mapping = preview.mapping
        self.rows = []
        wanted = [(f, v, lines) for f, found in preview.unknown_values.items()
                  for v, lines in found.items()]
        self.values.setRowCount(len(wanted))
        for i, (field_name, value, lines) in enumerate(wanted):
            column = mapping.column_of(field_name)
            heading = mapping.headings[column] if column is not None else field_name
            self.values.setItem(i, 0, QTableWidgetItem(heading))
            self.values.setItem(i, 1, QTableWidgetItem(value))
            count = QTableWidgetItem(str(len(lines)))
            count.setToolTip(self.tr("Lines {lines}").format(
                lines=", ".join(map(str, lines[:30])) + (" …" if len(lines) > 30 else "")))
            self.values.setItem(i, 2, count)
            combo = QComboBox(self.values)
            combo.setObjectName(f"means_{i}")
            combo.addItem(self.tr("— choose —"), None)
            combo.addItem(self.tr("(no value: the default)"), "")
            for text, target in self._choices(field_name):
                combo.addItem(text, target)
            combo.currentIndexChanged.connect(self.completeChanged)
            self.values.setCellWidget(i, 3, combo)
            self.rows.append((field_name, value, combo))
        self.problem.clear()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.step.running and all(combo.currentData() is not None
                                             for _f, _v, combo in self.rows)

    def cleanupPage(self) -> None:  # noqa: N802
        self.step.cancel()
        super().cleanupPage()

    def validatePage(self) -> bool:  # noqa: N802
        """Next: put the answers into the mapping, build the preview again, move on."""
        if self._prepared:
            self._prepared = False
            return True
        wizard = self.owner
        assert wizard.preview is not None and wizard.table is not None
        old = wizard.preview.mapping
        mapping = ColumnMapping(old.header_row, old.headings, dict(old.fields),
                                {f: dict(m) for f, m in old.values.items()})
        try:
            for field_name, value, combo in self.rows:
                mapping.map_value(field_name, value, str(combo.currentData()))
        except UserError as exc:
            self.problem.setText(user_text(exc))
            return False

        def done(preview: ImportPreview) -> None:
            if wizard.currentPage() is not self:
                return
            wizard.preview_built(preview, mapping)
            wizard.settings.set_import_values(mapping.values)
            self._prepared = True
            wizard.next()

        self.step.start(self.tr("Checking the rows again…"),
                        preview_job(wizard.service, wizard.table, mapping),
                        done, self.problem.setText)
        return False

    def nextId(self) -> int:  # noqa: N802
        return self.owner.preview_page_id
