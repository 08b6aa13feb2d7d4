"""The import wizard's first two pages: which file (read in a worker), which columns."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from confdesk.db.errors import UserError
from confdesk.imports.mapping import FIELDS, ColumnMapping, is_combined
from confdesk.imports.participants import ImportPreview
from confdesk.imports.tables import Table, sheet_names
from confdesk.ui.messages import user_text
from confdesk.ui.participants.import_steps import BusyRow, Step, preview_job, read_job

if TYPE_CHECKING:
    from confdesk.ui.participants.import_wizard import ImportWizard

FILE_FILTER = "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)"
#: The names of imports.mapping.FIELDS (kept Qt-free), marked for pyside6-lupdate.
_FIELDS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("MappingPage", "Full name (split into given and family name)"),
    QT_TRANSLATE_NOOP("MappingPage", "Given name"),
    QT_TRANSLATE_NOOP("MappingPage", "Family name"),
    QT_TRANSLATE_NOOP("MappingPage", "Honorific"),
    QT_TRANSLATE_NOOP("MappingPage", "Function"),
    QT_TRANSLATE_NOOP("MappingPage", "Organisation / delegation"),
    QT_TRANSLATE_NOOP("MappingPage", "Kind of organisation"),
    QT_TRANSLATE_NOOP("MappingPage", "Country"),
    QT_TRANSLATE_NOOP("MappingPage", "E-mail"),
    QT_TRANSLATE_NOOP("MappingPage", "Phone"),
    QT_TRANSLATE_NOOP("MappingPage", "Category"),
    QT_TRANSLATE_NOOP("MappingPage", "Status"),
    QT_TRANSLATE_NOOP("MappingPage", "Delegation role"),
    QT_TRANSLATE_NOOP("MappingPage", "Dietary needs"),
    QT_TRANSLATE_NOOP("MappingPage", "Access needs"),
    QT_TRANSLATE_NOOP("MappingPage", "Notes"),
    QT_TRANSLATE_NOOP("MappingPage", "Participant code"),
    QT_TRANSLATE_NOOP("MappingPage", "Family name written first (yes/no)"),
)


class FilePage(QWizardPage):
    """Which file, and which sheet of a workbook; Next reads it in a worker."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose the registration file"))
        self.setSubTitle(self.tr("An Excel or OpenDocument workbook, or a CSV file, with one "
                                 "row per participant. Title rows above the headings are fine."))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        browse = QPushButton(self.tr("&Browse…"), self)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        sheet_row = QHBoxLayout()
        sheet_label = QLabel(self.tr("&Sheet:"), self)
        sheet_row.addWidget(sheet_label)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("importSheet")
        sheet_label.setBuddy(self.sheet)
        sheet_row.addWidget(self.sheet, 1)
        layout.addLayout(sheet_row)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.busy = BusyRow("readingFile", self)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.step = Step(self.busy, self)
        self._read = False  # the file was read: the next validatePage lets the wizard go on
        browse.clicked.connect(self._browse)
        self.path.textChanged.connect(self._path_changed)
        self.step.changed.connect(self._step_changed)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import Registrations"),
                                              self.path.text() or str(Path.home()), FILE_FILTER)
        if path:
            self.path.setText(path)

    def _path_changed(self) -> None:
        self.sheet.clear()
        self.problem.clear()
        path = Path(self.path.text().strip())
        if path.is_file():
            try:
                names = sheet_names(path)
            except UserError as exc:
                self.problem.setText(user_text(exc))
                names = []
            self.sheet.addItems(names)
        self.sheet.setEnabled(self.sheet.count() > 1)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return Path(self.path.text().strip()).is_file() and self.sheet.count() > 0 \
            and not self.step.running

    def _step_changed(self) -> None:
        for widget in (self.path, self.sheet):
            widget.setEnabled(not self.step.running)
        self.sheet.setEnabled(not self.step.running and self.sheet.count() > 1)
        self.completeChanged.emit()

    def validatePage(self) -> bool:  # noqa: N802
        """Next: read the sheet in a worker; the wizard moves on once it is read."""
        if self._read:
            self._read = False
            return True
        path = Path(self.path.text().strip())
        self.problem.clear()
        self.step.start(self.tr("Reading {name}…").format(name=path.name),
                        read_job(path, self.sheet.currentText() or None),
                        self._done, self.problem.setText)
        return False

    def _done(self, result: tuple[Table, ColumnMapping] | None) -> None:
        if result is None or self.owner.currentPage() is not self:
            return
        self.owner.file_read(*result)
        self._read = True
        self.owner.next()


class MappingPage(QWizardPage):
    """Which column holds which field: detected, remembered, corrected by the user."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        layout = QVBoxLayout(self)
        self.header_info = QLabel(self)
        self.header_info.setObjectName("headerInfo")
        self.header_info.setWordWrap(True)
        layout.addWidget(self.header_info)
        self.columns = QTableWidget(0, 3, self)
        self.columns.setObjectName("mappingTable")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Heading in the file"), self.tr("First values"), self.tr("Field")])
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(0, 200)
        self.columns.setColumnWidth(2, 260)
        layout.addWidget(self.columns)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.busy = BusyRow("buildingPreview", self)
        layout.addWidget(self.busy)
        self.step = Step(self.busy, self)
        self.step.changed.connect(self._step_changed)
        self._prepared = False  # the preview is built: the next validatePage goes on
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.owner
        table, detected = wizard.table, wizard.mapping
        assert table is not None and detected is not None
        mapping = ColumnMapping(detected.header_row, detected.headings, dict(detected.fields))
        wizard.use_mapping(mapping)
        remembered = wizard.settings.import_mapping(mapping.signature)
        if remembered is not None:
            mapping.fields = {c: f for c, f in remembered.items()
                              if c < len(mapping.headings) and f in FIELDS}
        combined = [h for c, h in enumerate(mapping.headings)
                    if mapping.fields.get(c) == "organisation" and is_combined(h)]
        by_value = self.tr(" “{heading}” is read value by value: a State makes a State "
                           "delegation and the person's country, anything else an "
                           "organisation.").format(heading=combined[0]) if combined else ""
        self.header_info.setText(
            self.tr("Sheet “{sheet}”: headings found on row {row}. {origin}").format(
                sheet=table.sheet, row=mapping.header_row + 1,
                origin=self.tr("Columns matched as you matched them last time.")
                if remembered is not None else self.tr("Correct any column matched wrongly."))
            + by_value)
        samples = table.rows[mapping.header_row + 1:mapping.header_row + 4]
        self.columns.setRowCount(len(mapping.headings))
        self.combos = []
        for column, heading in enumerate(mapping.headings):
            self.columns.setItem(column, 0, QTableWidgetItem(heading or self.tr("(no heading)")))
            values = [r[column] for r in samples if column < len(r) and r[column].strip()]
            self.columns.setItem(column, 1, QTableWidgetItem(" · ".join(values)))
            combo = QComboBox(self.columns)
            combo.setObjectName(f"field_{column}")
            combo.addItem(self.tr("(ignore)"), None)
            for name, text in FIELDS.items():
                combo.addItem(self.tr(text), name)
            combo.setCurrentIndex(max(combo.findData(mapping.fields.get(column)), 0))
            self.columns.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.problem.clear()

    def chosen_fields(self) -> dict[int, str]:
        return {c: combo.currentData() for c, combo in enumerate(self.combos)
                if combo.currentData()}

    def isComplete(self) -> bool:  # noqa: N802
        return not self.step.running

    def _step_changed(self) -> None:
        self.columns.setEnabled(not self.step.running)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:  # noqa: N802
        """Back: stop building a preview nobody waits for."""
        self.step.cancel()
        super().cleanupPage()

    def validatePage(self) -> bool:  # noqa: N802
        """Next: check the mapping, then build the preview in a worker and move on."""
        if self._prepared:
            self._prepared = False
            return True
        wizard = self.owner
        assert wizard.mapping is not None and wizard.table is not None
        mapping = ColumnMapping(wizard.mapping.header_row, wizard.mapping.headings)
        try:
            for column, name in self.chosen_fields().items():
                mapping.set(column, name)
            mapping.check()
        except UserError as exc:
            self.problem.setText(user_text(exc))
            return False
        self.problem.clear()

        def done(preview: ImportPreview) -> None:
            if wizard.currentPage() is not self:
                return
            wizard.preview_built(preview, mapping)
            wizard.settings.set_import_mapping(mapping.signature, mapping.fields)
            self._prepared = True
            wizard.next()

        self.step.start(self.tr("Comparing the rows with the people registered…"),
                        preview_job(wizard.service, wizard.table, mapping,
                                    wizard.settings.import_values()),
                        done, self.problem.setText)
        return False

    def nextId(self) -> int:  # noqa: N802
        """The values page when the preview found values nothing maps, else the preview."""
        preview = self.owner.preview
        if preview is not None and preview.unknown_values:
            return self.owner.values_page_id
        return self.owner.preview_page_id
