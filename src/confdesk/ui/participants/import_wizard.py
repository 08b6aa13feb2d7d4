"""Import registrations from XLSX/ODS/CSV: file, mapping, preview, import, report.

Reading the file and building the preview run as jobs (ui/jobs, via import_steps) with a
busy bar and Stop; the import itself runs as a job in one transaction that is rolled back
when the user cancels. Its ImportDone lets Edit → Undo take the whole import back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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

from confdesk.db.database import Database
from confdesk.imports.mapping import ColumnMapping
from confdesk.imports.messages import IMPORT_CANCELLED
from confdesk.imports.participants import (
    Action,
    ImportCancelledError,
    ImportPreview,
    ImportReport,
)
from confdesk.imports.tables import Table
from confdesk.registration.service import ImportChange, RegistrationService
from confdesk.ui.jobs import JobControl, JobWatcher, Work, run_job
from confdesk.ui.messages import message_text
from confdesk.ui.participants.import_pages import FilePage, MappingPage
from confdesk.ui.participants.import_preview import ActionDelegate, PreviewModel
from confdesk.ui.participants.import_steps import BusyRow, Step, preview_job, problem_text
from confdesk.ui.participants.import_values import ValuesPage
from confdesk.ui.settings import Settings


@dataclass(frozen=True)
class ImportDone:
    """A committed import: its report, and what undo and redo need."""

    report: ImportReport
    change: ImportChange


def import_job(service: RegistrationService, preview: ImportPreview, skip_invalid: bool,
               source: str = "") -> Work:
    """The job: the whole import in one transaction, rolled back when cancelled.

    The import decides itself when a cancel stops it (it then raises ImportCancelledError
    and rolls back); its progress reports never raise, and once it has committed it is done
    (run with `final_check=False`), whatever the user pressed meanwhile."""
    def job(control: JobControl) -> ImportDone:
        report, change = service.commit_import(
            preview, skip_invalid=skip_invalid, progress=control.report,
            cancelled=lambda: control.cancelled, source=source)
        return ImportDone(report, change)
    return job


class PreviewPage(QWizardPage):
    """Every row with its problems; a choice per duplicate; wrong cells corrected in place."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr(
            "Double-click an Action cell to decide about a possible duplicate, or a cell of "
            "the file (right of Action; red when wrong) to correct it."))
        layout = QVBoxLayout(self)
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(4, ActionDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        #: The whole text of the current row's problems, wrapped.
        self.details = QLabel(self)
        self.details.setObjectName("rowProblems")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
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
        #: Why Import is not available (empty when it is).
        self.blocked = QLabel(self)
        self.blocked.setObjectName("importBlocked")
        self.blocked.setStyleSheet("color: #b00020;")
        self.blocked.setWordWrap(True)
        layout.addWidget(self.blocked)
        self.busy = BusyRow("checkingAgain", self)
        layout.addWidget(self.busy)
        self.step = Step(self.busy, self)
        self.step.changed.connect(self._summarise)
        self.model.dataChanged.connect(self._summarise)
        self.model.cell_edited.connect(self.correct_cell)
        self.table.selectionModel().currentChanged.connect(self._show_details)
        self.skip_invalid.toggled.connect(self._summarise)

    def initializePage(self) -> None:  # noqa: N802
        assert self.owner.preview is not None
        self._show_preview(self.owner.preview)
        self.skip_invalid.setChecked(False)
        self._summarise()

    def _show_preview(self, preview: ImportPreview) -> None:
        self.model.set_preview(preview, self.owner.table)
        for column, width in ((0, 50), (1, 190), (2, 170), (3, 320), (4, 170)):
            self.table.setColumnWidth(column, width)
        for column in range(5, self.model.columnCount()):
            self.table.setColumnWidth(column, 130)
        self.skip_invalid.setVisible(preview.count(Action.INVALID) > 0)

    def correct_cell(self, line: int, column: int, text: str) -> None:
        """A cell of the file was corrected: change it and check every row again (in a
        worker), keeping the choices made for rows that keep their kind of duplicate."""
        wizard = self.owner
        if wizard.table is None or wizard.preview is None:
            return
        cells = wizard.table.rows[line - 1]
        cells.extend([""] * (column + 1 - len(cells)))
        cells[column] = text
        chosen = {r.line: (bool(r.duplicate_reason), bool(r.possible_duplicate), r.action)
                  for r in wizard.preview.rows if r.action != Action.INVALID}
        current = self.table.currentIndex()

        def done(preview: ImportPreview) -> None:
            for r in preview.rows:
                before = chosen.get(r.line)
                if before is not None and r.action != Action.INVALID and \
                        before[:2] == (bool(r.duplicate_reason), bool(r.possible_duplicate)):
                    r.action = before[2]
            wizard.preview_built(preview)
            self._show_preview(preview)
            if current.isValid():
                self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
            self._summarise()

        self.step.start(self.tr("Checking the rows again…"),
                        preview_job(wizard.service, wizard.table,
                                    wizard.preview.mapping),
                        done, self.blocked.setText)

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        rows = self.model.rows
        if not index.isValid() or index.row() >= len(rows):
            self.details.clear()
            return
        row = rows[index.row()]
        self.details.setText(self.tr("Line {line}: {problems}").format(
            line=row.line,
            problems="; ".join(message_text(p) for p in row.problems) or self.tr("no problem")))

    def _summarise(self) -> None:
        preview = self.owner.preview
        if preview is None:
            return
        possible = len(preview.possible_duplicates)
        self.summary.setText(self.tr(
            "{rows} rows: {add} to add, {update} to update, {skip} to skip, {invalid} invalid."
        ).format(rows=len(preview.rows), add=preview.count(Action.ADD),
                 update=preview.count(Action.UPDATE), skip=preview.count(Action.SKIP),
                 invalid=preview.count(Action.INVALID))
            + (self.tr(" {n} possible duplicate(s) share only a name with someone: check "
                       "them.").format(n=possible) if possible else ""))
        reason = self.why_not_importable()
        self.blocked.setText(reason)
        self.owner.button(QWizard.WizardButton.CommitButton).setToolTip(reason)
        self._show_details()
        self.completeChanged.emit()

    def why_not_importable(self) -> str:
        """Why Import is disabled, in words; empty when it is not."""
        preview = self.owner.preview
        if preview is None:
            return ""
        if self.step.running:
            return self.tr("Import waits until the rows are checked again.")
        invalid = preview.count(Action.INVALID)
        if invalid and not self.skip_invalid.isChecked():
            return self.tr(
                "Import is not available: {n} row(s) are invalid (in red). Correct their red "
                "cells (double-click), or tick “Import the valid rows and skip the invalid "
                "ones”.").format(n=invalid)
        if not any(r.action in (Action.ADD, Action.UPDATE) for r in preview.rows):
            return self.tr("Import is not available: no row would be added or updated.")
        return ""

    def isComplete(self) -> bool:  # noqa: N802
        return self.owner.preview is not None and not self.why_not_importable()


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
                 parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.database, self.event_id, self.settings = database, event_id, settings
        #: Where the previews are built and the import is committed.
        self.service = RegistrationService(database, event_id)
        #: Language of names shown (categories, States).
        self.language = language
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        self.worker: JobWatcher | None = None
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
        self.values_page = ValuesPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        self.addPage(self.file_page)
        self.addPage(self.mapping_page)
        self.values_page_id = self.addPage(self.values_page)
        self.preview_page_id = self.addPage(self.preview_page)
        self.addPage(self.run_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.preview_page.setCommitPage(True)

    # -- the wizard's state: the pages tell it what they found, never assign it --------------
    def file_read(self, table: Table, mapping: ColumnMapping) -> None:
        """The file page read `table` and detected `mapping`; a new file starts afresh."""
        self.table, self.mapping, self.preview = table, mapping, None

    def use_mapping(self, mapping: ColumnMapping) -> None:
        """The mapping page starts from `mapping` (detected, or as remembered)."""
        self.mapping = mapping

    def preview_built(self, preview: ImportPreview, mapping: ColumnMapping | None = None
                      ) -> None:
        """A page built `preview` (with `mapping`, when it changed the mapping)."""
        self.preview = preview
        if mapping is not None:
            self.mapping = mapping

    def start_import(self) -> None:
        assert self.preview is not None
        self.outcome = None
        watcher = self.worker = run_job(
            import_job(self.service, self.preview, self.preview_page.skip_invalid.isChecked(),
                       Path(self.file_page.path.text().strip()).name),
            self, final_check=False, describe=problem_text)
        watcher.progressed.connect(self._progress)
        watcher.completed.connect(self._succeeded)
        watcher.problem.connect(self._failed)
        watcher.stopped.connect(self._stopped)
        for signal in (watcher.completed, watcher.problem, watcher.stopped):
            signal.connect(self._finished)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)

    def cancel_import(self) -> None:
        """Ask the running import to stop; it rolls back."""
        if self.worker is not None:
            self.worker.job.control.cancel()
            self.run_page.cancel_button.setEnabled(False)
            self.run_page.report.setPlainText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.run_page.progress.setMaximum(max(total, 1))
        self.run_page.progress.setValue(done)

    def _succeeded(self, done: ImportDone) -> None:
        report = self.outcome = done.report
        self.run_page.progress.setValue(self.run_page.progress.maximum())
        self.run_page.setTitle(self.tr("Import done"))
        self.run_page.report.setPlainText("\n".join(message_text(t) for t in report.lines()))
        self.imported.emit(done)

    def _failed(self, text: str) -> None:
        self.outcome = text
        self.run_page.setTitle(self.tr("Nothing imported"))
        self.run_page.progress.setValue(0)
        self.run_page.report.setPlainText(self.outcome)

    def _stopped(self) -> None:
        """Stopped before it began (the import itself says when it rolled back)."""
        self._failed(problem_text(ImportCancelledError(IMPORT_CANCELLED, code="import.cancelled")))

    def _finished(self, *_args: object) -> None:
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
        for step in self._steps():
            if step.running:
                return step.description
        return None

    def _steps(self) -> tuple[Step, ...]:
        return (self.file_page.step, self.mapping_page.step, self.values_page.step,
                self.preview_page.step)

    def abandon(self) -> None:
        """Closing time: cancel whatever runs, wait for it to stop (an import rolls back), close.

        An import that had committed already stays, whole.
        """
        if self.worker is not None:
            self.worker.job.cancel_and_wait()
        self._stop_steps()
        super().reject()

    def _stop_steps(self) -> None:
        for step in self._steps():
            step.cancel_and_wait()
