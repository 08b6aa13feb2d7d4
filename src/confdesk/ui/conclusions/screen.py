"""The Conclusions screen: the outcome-document editor, drafts, comparison, rapporteurs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from confdesk.ui.conclusions.amendments import AmendmentsPage
from confdesk.ui.conclusions.comparison import ComparisonPage
from confdesk.ui.conclusions.documents import DocumentBar
from confdesk.ui.conclusions.drafts import DraftsPage
from confdesk.ui.conclusions.editor import EditorPage
from confdesk.ui.conclusions.rapporteur import RapporteurPage
from confdesk.ui.conclusions.workspace import Workspace
from confdesk.ui.messages import show_error
from confdesk.ui.screen import Screen


class ConclusionsScreen(Screen):
    """What was agreed: the chair's outcome documents, drafted from the rapporteurs' items."""

    icon_name = "conclusions.svg"
    first_sections = ("documents", "participants_by_kind", "participants_by_region")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = Workspace(self.undo_stack, self)
        self.work = QWidget()
        self.documents = DocumentBar(self.workspace)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.editor = EditorPage(self.workspace)
        self.drafts = DraftsPage(self.workspace)
        self.comparison = ComparisonPage(self.workspace)
        self.rapporteurs = RapporteurPage(self.workspace)
        self.amendments = AmendmentsPage(self.workspace)
        self.tabs.addTab(self.editor, self.tr("&Editor"))
        self.tabs.addTab(self.drafts, self.tr("&Drafts"))
        self.tabs.addTab(self.comparison, self.tr("C&omparison"))
        self.tabs.addTab(self.rapporteurs, self.tr("&Rapporteurs"))
        self.tabs.addTab(self.amendments, self.tr("&Amendments"))
        self.status_line = QLabel()
        self.status_line.setObjectName("conclusionsStatus")
        self.status_line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.status_line.setStyleSheet("color: #5f6b7a; padding: 2px 6px;")
        layout = QVBoxLayout(self.work)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.addWidget(self.documents)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_line)
        main = self.layout()
        assert main is not None
        main.addWidget(self.work)
        self.work.hide()

        self.workspace.window = self
        self.workspace.changed.connect(self.reload)
        self.workspace.failed.connect(lambda title, text: show_error(self, title, text))
        self.documents.document_chosen.connect(
            lambda doc_id: self.workspace.choose_document(doc_id or None))
        self.editor.counts_changed.connect(self.status_line.setText)
        self.editor.leave_draft.connect(lambda: self.editor.show_snapshot(None))
        self.drafts.open_requested.connect(self.open_draft)
        self.amendments.show_paragraph.connect(self.show_paragraph)
        self.editor.document.propose_requested.connect(self.amendments.ask_propose)
        self.tabs.currentChanged.connect(lambda _i: self._reload_current())

    def title(self) -> str:
        """The screen's name."""
        return self.tr("Conclusions")

    def menu_actions(self) -> list[QAction]:
        """The Conclusions menu: the editor's actions (insert, delete, split, merge, move,
        indent, find, replace) and the document view's (document, line numbers, bracket,
        heading), each with its shortcut; enabled as the editor enables them."""
        separator = QAction(self)
        separator.setSeparator(True)
        return [*self.editor.edit_actions.values(), separator,
                *self.editor.document_actions.values()]

    def load_event(self) -> None:
        """Show the event's first outcome document (the summary when there is no event)."""
        super().load_event()
        database, event_id = self.database, self.event_id
        has_event = database is not None and event_id is not None
        self.summary.setVisible(not has_event)
        self.work.setVisible(has_event)
        self.editor.snapshot_id = None
        self.workspace.database, self.workspace.event_id = database, event_id
        document_id = self.documents.fill() if has_event else None
        self.workspace.set_target(database if has_event else None, event_id, document_id)

    def open_draft(self, snapshot_id: int) -> None:
        """Show a draft read-only in the editor."""
        self.editor.show_snapshot(snapshot_id)
        self.tabs.setCurrentWidget(self.editor)

    def show_paragraph(self, uid: str) -> None:
        """Show a paragraph of the working text in the editor."""
        self.editor.show_snapshot(None)
        self.editor.select(uid)
        self.tabs.setCurrentWidget(self.editor)

    def reload(self) -> None:
        """Redraw every page after a change (each reads what it shows again)."""
        for page in (self.editor, self.drafts, self.comparison, self.rapporteurs,
                     self.amendments):
            page.reload()

    def _reload_current(self) -> None:
        if self.tabs.currentWidget() is self.editor:
            self.status_line.setText(self.editor.counts_text())
        elif self.tabs.currentWidget() is self.rapporteurs:
            self.rapporteurs.refresh()
