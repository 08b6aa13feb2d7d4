"""The Amendments tab: delegations' proposals against the paragraphs, and their decisions.

A table of the document's amendments in the order of the paragraphs; accepting one applies
it to the working text (one undoable step with the decision, `ConclusionsService.
accept_amendment`), rejecting, withdrawing or merging records the decision only. Proposals
come in one by one (Propose…) or from a spreadsheet (Import…, which says what it left out);
the compilation (PDF or Word) and the comments report are written from here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.conclusions.amendments import AmendmentRow
from confdesk.conclusions.models import AmendmentKind, AmendmentStatus, ProposerKind
from confdesk.conclusions.views import places
from confdesk.exports.registry import DocumentExportKind
from confdesk.ui.conclusions.progress import ask_path, run_export
from confdesk.ui.conclusions.workspace import Workspace
from confdesk.ui.jobs import JobWatcher


def kind_names() -> dict[str, str]:
    """The translated names of the kinds of amendment."""
    translate = QCoreApplication.translate
    return {"replace": translate("Amendments", "Replace"),
            "insert_after": translate("Amendments", "Insert after"),
            "delete": translate("Amendments", "Delete"),
            "move": translate("Amendments", "Move")}


def status_names() -> dict[str, str]:
    """The translated names of an amendment's decisions."""
    translate = QCoreApplication.translate
    return {"submitted": translate("Amendments", "Pending"),
            "accepted": translate("Amendments", "Accepted"),
            "accepted_modified": translate("Amendments", "Accepted as modified"),
            "rejected": translate("Amendments", "Rejected"),
            "withdrawn": translate("Amendments", "Withdrawn"),
            "merged": translate("Amendments", "Merged")}


class ProposeDialog(QDialog):
    """The paragraph, kind, wording, proposer, date and rationale of a new amendment."""

    def __init__(self, paragraphs: list[tuple[str, str]], current: str = "",
                 parent: QWidget | None = None, proposers: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Propose an Amendment"))
        self.setObjectName("proposeAmendment")
        self.paragraph = QComboBox()
        self.target = QComboBox()
        for uid, label in paragraphs:
            self.paragraph.addItem(label, uid)
            self.target.addItem(label, uid)
        self.paragraph.setCurrentIndex(max(0, self.paragraph.findData(current)))
        self.kind = QComboBox()
        for value, name in kind_names().items():
            self.kind.addItem(name, value)
        self.text = QPlainTextEdit()
        self.proposer = QLineEdit()
        completer = QCompleter(proposers or [], self.proposer)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.proposer.setCompleter(completer)
        self.proposer_kind = QComboBox()
        self.proposer_kind.addItem(self.tr("Delegation"), ProposerKind.DELEGATION.value)
        self.proposer_kind.addItem(self.tr("Person"), ProposerKind.PERSON.value)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.rationale = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Paragraph:"), self.paragraph)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Proposed text:"), self.text)
        form.addRow(self.tr("Move after:"), self.target)
        who = QHBoxLayout()
        who.addWidget(self.proposer, 1)
        who.addWidget(self.proposer_kind)
        form.addRow(self.tr("Proposed by:"), who)
        form.addRow(self.tr("Date:"), self.day)
        form.addRow(self.tr("Rationale:"), self.rationale)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.text.setEnabled(kind in ("replace", "insert_after"))
        self.target.setEnabled(kind == "move")

    def values(self) -> dict[str, object]:
        """The service's `propose_amendment` arguments as entered."""
        qday = self.day.date()
        return {"paragraph": str(self.paragraph.currentData()),
                "kind": AmendmentKind(self.kind.currentData()),
                "text": self.text.toPlainText(), "proposer": self.proposer.text(),
                "proposer_kind": ProposerKind(self.proposer_kind.currentData()),
                "proposed_on": date(qday.year(), qday.month(), qday.day()),
                "rationale": self.rationale.text(),
                "target": str(self.target.currentData()) if self.target.isEnabled() else ""}


class AmendmentsPage(QWidget):
    """The amendments of the document, with the decisions on them."""

    #: Show a paragraph in the editor (uid).
    show_paragraph = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rows: list[AmendmentRow] = []
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("amendmentsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Paragraph"), self.tr("Proposal"), self.tr("Proposed by"),
            self.tr("Date"), self.tr("Decision")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.notes = QLabel()
        self.notes.setObjectName("amendmentNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, text, slot in (
                ("propose", self.tr("Propose…"), lambda: self.ask_propose()),
                ("accept", self.tr("Accept"), lambda: self.accept_selected()),
                ("modify", self.tr("Accept as Modified…"), self.ask_accept_modified),
                ("reject", self.tr("Reject"),
                 lambda: self.decide_selected(AmendmentStatus.REJECTED)),
                ("withdraw", self.tr("Withdrawn"),
                 lambda: self.decide_selected(AmendmentStatus.WITHDRAWN)),
                ("merge", self.tr("Merged"),
                 lambda: self.decide_selected(AmendmentStatus.MERGED)),
                ("reopen", self.tr("Reopen"),
                 lambda: self.decide_selected(AmendmentStatus.SUBMITTED)),
                ("import", self.tr("Import…"), self.ask_import),
                ("export", self.tr("Compilation…"), lambda: self.ask_export("amendments")),
                ("comments", self.tr("Comments Report…"), lambda: self.ask_export("comments"))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
            if name in ("propose", "reopen"):
                bar.addSpacing(12)
            self.buttons[name] = button
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.show_paragraph.emit(
            self.rows[row].paragraph_uid) if 0 <= row < len(self.rows) else None)
        self._update_buttons()

    # -- showing -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the amendments again, keeping the selected one."""
        keep = self.selected()
        found = self.workspace.read(lambda service: service.amendments())
        self.rows = found or []
        kinds, statuses = kind_names(), status_names()
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            proposal = kinds.get(row.kind, row.kind)
            if row.kind == "move":
                proposal = self.tr("Move after paragraph %1").replace(
                    "%1", row.target_number or "?")
            elif row.text:
                proposal = f"{proposal}: {row.text}"
            decision = statuses.get(row.status, row.status)
            if row.decided_by:
                decision = f"{decision} ({row.decided_by})"
            number = row.number or "—"
            if row.number_then and row.number_then != row.number:
                number = self.tr("%1 (was %2)").replace("%1", number).replace(
                    "%2", row.number_then)
            if row.list_name:
                number = f"{number} — {row.list_name}"
            for column, text in enumerate((str(row.id), number, proposal, row.proposer,
                                           row.proposed_on.isoformat(), decision)):
                item = QTableWidgetItem(text)
                if column == 2 and row.rationale:
                    item.setToolTip(row.rationale)
                self.table.setItem(index, column, item)
            if keep is not None and row.id == keep.id:
                self.table.selectRow(index)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected(self) -> AmendmentRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        index = rows[0].row() if rows else -1
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def select_amendment(self, amendment_id: int) -> bool:
        for index, row in enumerate(self.rows):
            if row.id == amendment_id:
                self.table.selectRow(index)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected()
        pending = row is not None and row.status == "submitted"
        has_doc = self.workspace.document_id is not None
        self.buttons["propose"].setEnabled(has_doc)
        self.buttons["import"].setEnabled(has_doc)
        for name in ("accept", "reject", "withdraw", "merge"):
            self.buttons[name].setEnabled(pending)
        self.buttons["modify"].setEnabled(pending and row is not None
                                          and row.kind in ("replace", "insert_after"))
        self.buttons["reopen"].setEnabled(row is not None and row.status in (
            "rejected", "withdrawn", "merged"))

    # -- actions -------------------------------------------------------------------------
    def paragraph_choices(self) -> list[tuple[str, str]]:
        """(uid, "7. The participants…") of the working text's paragraphs."""
        shown = self.workspace.read(lambda service: service.shown())
        if shown is None:
            return []
        tree = shown[0].tree
        where = places(tree)
        out = []
        for _section, para, _depth in tree.paragraphs():
            number = where[para.uid].number if para.uid in where else ""
            extract = para.text if len(para.text) <= 60 else para.text[:59] + "…"
            out.append((para.uid, f"{number}  {extract}" if number else extract))
        return out

    def ask_propose(self, current_uid: str = "") -> None:
        proposers = self.workspace.read(lambda service: service.proposer_suggestions()) or []
        dialog = ProposeDialog(self.paragraph_choices(), current_uid, self, proposers)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.propose(**dialog.values())

    def propose(self, **values: object) -> int | None:
        """Record a proposal (the dialog's values); its id, None if refused."""
        change = self.workspace.change(self.tr("Propose amendment"), lambda service: (
            service.propose_amendment(**values)))  # type: ignore[arg-type]
        if change is None:
            return None
        self.select_amendment(int(change.result))
        return int(change.result)

    def accept_selected(self, text: str | None = None) -> None:
        """Accept the selected amendment: its change goes into the working text."""
        row = self.selected()
        if row is None:
            return
        self.workspace.change(self.tr("Accept amendment %1").replace("%1", str(row.id)),
                              lambda service: service.accept_amendment(row.id, text=text))
        self.select_amendment(row.id)

    def ask_accept_modified(self) -> None:
        row = self.selected()
        if row is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Accept as Modified"), self.tr("The wording agreed:"),
            row.text)
        if ok and text.strip():
            self.accept_selected(text)

    def decide_selected(self, status: AmendmentStatus) -> None:
        """Record a decision that leaves the text as it is (or reopen one)."""
        row = self.selected()
        if row is None:
            return
        self.workspace.change(status_names().get(status.value, status.value)
                              if status != AmendmentStatus.SUBMITTED
                              else self.tr("Reopen amendment"),
                              lambda service: service.decide_amendment(row.id, status))
        self.select_amendment(row.id)

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Amendments"), "",
            self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> list[int]:
        """Record the amendments of a spreadsheet; what was left out shows under the table."""
        from confdesk.imports.amendment_sheet import read_amendments

        try:
            sheet = read_amendments(path)
        except Exception as exc:  # a file the reader refuses: say why, change nothing
            from confdesk.errors import known_error
            from confdesk.ui.messages import user_text

            known = known_error(exc)
            if known is None:
                raise
            self.notes.setText(user_text(known))
            return []
        result = self.workspace.run(lambda service: service.import_amendments(sheet.rows))
        added, refused = result if result is not None else ([], [])
        said = (self.tr("1 amendment imported from %1.") if len(added) == 1
                else self.tr("%2 amendments imported from %1.").replace("%2", str(len(added))))
        lines = [said.replace("%1", path.name), *sheet.notes, *refused]
        self.notes.setText("\n".join(lines))
        return added

    def ask_export(self, report: str) -> None:
        suffix, ok = QInputDialog.getItem(self, self.tr("Export"), self.tr("Format:"),
                                          ["PDF", "Word"], 0, False)
        if not ok:
            return
        ending = ".pdf" if suffix == "PDF" else ".docx"
        name = self.tr("Amendments") if report == "amendments" else self.tr("Comments")
        path = ask_path(self, self.tr("Export"), name, ending)
        if path is not None:
            self.export(report, path)

    def export(self, report: str, path: Path) -> JobWatcher | None:
        """Write the compilation ("amendments") or the comments report to `path`."""
        kind = DocumentExportKind(f"{report}_{path.suffix.lower().lstrip('.')}")
        export = self.workspace.read(lambda service: service.report_of(kind))
        return run_export(self, export, path) if export is not None else None
