"""Import registrations from XLSX/ODS/CSV: file, mapping, preview, import, report.

Reading and mapping are quick and happen in the GUI thread; the import itself runs in a
worker thread in one transaction that is rolled back when the user cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.exc import SQLAlchemyError

from confdesk.db.database import Database
from confdesk.db.errors import UserError
from confdesk.imports.mapping import FIELDS, ColumnMapping, detect
from confdesk.imports.participants import (
    Action,
    ImportCancelledError,
    ImportPreview,
    ImportReport,
    prepare,
    run_import,
)
from confdesk.imports.tables import Table, read_table, sheet_names
from confdesk.ui.participants.import_preview import ActionDelegate, PreviewModel
from confdesk.ui.participants.workers import Worker
from confdesk.ui.settings import Settings

FILE_FILTER = "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"


def import_job(database: Database, preview: ImportPreview, skip_invalid: bool
               ) -> Callable[[Callable[[int, int], None], Callable[[], bool]], ImportReport]:
    """The worker's job: the whole import in one transaction, rolled back when cancelled."""
    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ImportReport:
        with database.sessions() as session:
            try:
                report = run_import(session, preview, skip_invalid=skip_invalid,
                                    progress=progress, cancelled=cancelled)
                if cancelled():
                    raise ImportCancelledError("Import cancelled: nothing was imported.")
            except BaseException:
                session.rollback()
                raise
            session.commit()
        return report
    return job


class FilePage(QWizardPage):
    """Which file, and which sheet of a workbook."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        layout.addStretch(1)
        browse.clicked.connect(self._browse)
        self.path.textChanged.connect(self._path_changed)

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
                self.problem.setText(str(exc))
                names = []
            self.sheet.addItems(names)
        self.sheet.setEnabled(self.sheet.count() > 1)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return Path(self.path.text().strip()).is_file() and self.sheet.count() > 0


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
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.owner
        table = wizard.table = read_table(Path(wizard.file_page.path.text().strip()),
                                          wizard.file_page.sheet.currentText() or None)
        mapping = wizard.mapping = detect(table.rows)
        remembered = wizard.settings.import_mapping(mapping.signature)
        if remembered is not None:
            mapping.fields = {c: f for c, f in remembered.items()
                              if c < len(mapping.headings) and f in FIELDS}
        self.header_info.setText(
            self.tr("Sheet “{sheet}”: headings found on row {row}. {origin}").format(
                sheet=table.sheet, row=mapping.header_row + 1,
                origin=self.tr("Columns matched as you matched them last time.")
                if remembered is not None else self.tr("Correct any column matched wrongly.")))
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

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.owner
        assert wizard.mapping is not None and wizard.table is not None
        mapping = ColumnMapping(wizard.mapping.header_row, wizard.mapping.headings)
        try:
            for column, name in self.chosen_fields().items():
                mapping.set(column, name)
            mapping.check()
            self.setCursor(Qt.CursorShape.WaitCursor)
            with wizard.database.sessions() as session:
                wizard.preview = prepare(session, wizard.event_id, wizard.table, mapping)
        except UserError as exc:
            self.problem.setText(str(exc))
            return False
        finally:
            self.unsetCursor()
        wizard.mapping = mapping
        wizard.settings.set_import_mapping(mapping.signature, mapping.fields)
        return True


class PreviewPage(QWizardPage):
    """Every row with its problems; a choice per duplicate."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Choose what to do with people who may be registered already "
                                 "(double-click the Action cell)."))
        layout = QVBoxLayout(self)
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(4, ActionDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 50), (1, 200), (2, 180), (4, 190)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("All duplicates:"), self))
        for action, text in ((Action.SKIP, self.tr("Skip")), (Action.UPDATE, self.tr("Update")),
                             (Action.ADD, self.tr("Add anyway"))):
            button = QPushButton(text, self)
            button.setObjectName(f"duplicates_{action.value}")
            button.clicked.connect(lambda _c=False, a=action: self.model.set_all_duplicates(a))
            row.addWidget(button)
        row.addStretch(1)
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and skip the invalid ones"),
                                      self)
        self.skip_invalid.setObjectName("skipInvalid")
        row.addWidget(self.skip_invalid)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        layout.addWidget(self.summary)
        self.model.dataChanged.connect(self._summarise)
        self.skip_invalid.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802
        assert self.owner.preview is not None
        self.model.set_preview(self.owner.preview)
        invalid = self.owner.preview.count(Action.INVALID)
        self.skip_invalid.setVisible(invalid > 0)
        self.skip_invalid.setChecked(False)
        self._summarise()

    def _summarise(self) -> None:
        preview = self.owner.preview
        if preview is None:
            return
        self.summary.setText(self.tr(
            "{rows} rows: {add} to add, {update} to update, {skip} to skip, {invalid} invalid."
        ).format(rows=len(preview.rows), add=preview.count(Action.ADD),
                 update=preview.count(Action.UPDATE), skip=preview.count(Action.SKIP),
                 invalid=preview.count(Action.INVALID)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        preview = self.owner.preview
        return preview is not None and (not preview.invalid or self.skip_invalid.isChecked())


class RunPage(QWizardPage):
    """The import with a progress bar and Cancel, then its report."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        layout.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("&Cancel the import"), self)
        self.cancel_button.setObjectName("cancelImport")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("importReport")
        self.report.setReadOnly(True)
        layout.addWidget(self.report, 1)
        self.cancel_button.clicked.connect(self.owner.cancel_import)

    def initializePage(self) -> None:  # noqa: N802
        self.setTitle(self.tr("Importing…"))
        self.report.clear()
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.owner.start_import()

    def isComplete(self) -> bool:  # noqa: N802
        return self.owner.worker is None and self.owner.outcome is not None


class ImportWizard(QWizard):
    """The wizard; `imported` is emitted after a committed import."""

    imported = Signal(object)
    #: Emitted when the worker has finished, whatever the outcome.
    import_finished = Signal()

    def __init__(self, database: Database, event_id: int, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.event_id, self.settings = database, event_id, settings
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        self.worker: Worker | None = None
        #: The report, or the message of a failed or cancelled import.
        self.outcome: ImportReport | str | None = None
        self.setWindowTitle(self.tr("Import Registrations"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        # The last page imports: its own button cancels that; after it, only Finish makes sense.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(860, 600)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.run_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.preview_page.setCommitPage(True)

    def start_import(self) -> None:
        assert self.preview is not None
        self.outcome = None
        worker = self.worker = Worker(import_job(
            self.database, self.preview, self.preview_page.skip_invalid.isChecked()))
        worker.signals.progress.connect(self._progress)
        worker.signals.succeeded.connect(self._succeeded)
        worker.signals.failed.connect(self._failed)
        worker.signals.finished.connect(self._finished)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        worker.start()

    def cancel_import(self) -> None:
        """Ask the running import to stop; it rolls back."""
        if self.worker is not None:
            self.worker.cancel()
            self.run_page.cancel_button.setEnabled(False)
            self.run_page.report.setPlainText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.run_page.progress.setMaximum(max(total, 1))
        self.run_page.progress.setValue(done)

    def _succeeded(self, report: ImportReport) -> None:
        self.outcome = report
        self.run_page.progress.setValue(self.run_page.progress.maximum())
        self.run_page.setTitle(self.tr("Import done"))
        self.run_page.report.setPlainText("\n".join(report.lines()))
        self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError | SQLAlchemyError | OSError):
            raise error
        self.outcome = str(error)
        self.run_page.setTitle(self.tr("Nothing imported"))
        self.run_page.progress.setValue(0)
        self.run_page.report.setPlainText(str(error))

    def _finished(self) -> None:
        self.worker = None
        self.run_page.cancel_button.setEnabled(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.run_page.completeChanged.emit()
        self.import_finished.emit()

    def reject(self) -> None:
        if self.worker is not None:  # Cancel (or Escape) while importing: stop it first
            self.cancel_import()
            return
        super().reject()
