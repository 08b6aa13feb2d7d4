"""Import registrations from XLSX/ODS/CSV: file, mapping, preview, import, report.

Reading the file and building the preview run in worker threads (import_steps) with a busy
bar and Stop; the import itself runs in a worker in one transaction that is rolled back
when the user cancels. Its ImportDone lets Edit → Undo take the whole import back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.exc import SQLAlchemyError

from confdesk.db.database import Database
from confdesk.db.errors import UserError
from confdesk.db.failures import write_failure
from confdesk.imports.mapping import ColumnMapping
from confdesk.imports.participants import (
    Action,
    ImportCancelledError,
    ImportPreview,
    ImportReport,
    run_import,
)
from confdesk.imports.tables import Table
from confdesk.ui.participants.commands import snapshots_in_bulk
from confdesk.ui.participants.import_pages import FilePage, MappingPage
from confdesk.ui.participants.import_preview import ActionDelegate, PreviewModel
from confdesk.ui.participants.workers import Worker
from confdesk.ui.settings import Settings


@dataclass(frozen=True)
class ImportDone:
    """A committed import: its report, and the people it touched as they became (for redo)."""

    report: ImportReport
    after: list[dict[str, Any]]


def import_job(database: Database, preview: ImportPreview, skip_invalid: bool
               ) -> Callable[[Callable[[int, int], None], Callable[[], bool]], ImportDone]:
    """The worker's job: the whole import in one transaction, rolled back when cancelled."""
    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ImportDone:
        with database.sessions() as session:
            try:
                report = run_import(session, preview, skip_invalid=skip_invalid,
                                    progress=progress, cancelled=cancelled)
                touched = [*report.added_ids, *(s["id"] for s in report.updated_before)]
                after = snapshots_in_bulk(session, touched)
                if cancelled():
                    raise ImportCancelledError("Import cancelled: nothing was imported.")
                session.commit()
            except BaseException as exc:
                session.rollback()
                failure = write_failure(exc, "nothing was imported")
                if failure is None:
                    raise
                raise failure from exc
        return ImportDone(report, after)
    return job


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
    """The wizard; `imported` is emitted with an ImportDone after a committed import."""

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

    def _succeeded(self, done: ImportDone) -> None:
        report = self.outcome = done.report
        self.run_page.progress.setValue(self.run_page.progress.maximum())
        self.run_page.setTitle(self.tr("Import done"))
        self.run_page.report.setPlainText("\n".join(report.lines()))
        self.imported.emit(done)

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
        self._stop_steps()
        super().reject()

    def running_job(self) -> str | None:
        """What the wizard is doing in a worker, for a question at closing time, or None."""
        if self.worker is not None:
            return self.tr("Importing registrations")
        for step in (self.file_page.step, self.mapping_page.step):
            if step.running:
                return step.description
        return None

    def abandon(self) -> None:
        """Closing time: cancel whatever runs, wait for it to stop (an import rolls back), close.

        An import that had committed already stays, whole.
        """
        if self.worker is not None:
            self.worker.cancel_and_wait()
        self._stop_steps()
        super().reject()

    def _stop_steps(self) -> None:
        for step in (self.file_page.step, self.mapping_page.step):
            step.cancel_and_wait()
