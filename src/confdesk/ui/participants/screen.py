"""The Participants screen: list, delegations, registration desk and summary, with actions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMenu,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.errors import UserError
from confdesk.events.queries import protocol_groups
from confdesk.registration.category_list import CategoryInfo, event_categories
from confdesk.registration.kinds import Status
from confdesk.ui import messages
from confdesk.ui.icons import standard_icon
from confdesk.ui.labels import label
from confdesk.ui.messages import user_errors
from confdesk.ui.participants.commands import ImportCommand, SnapshotCommand
from confdesk.ui.participants.delegations_page import DelegationsPage
from confdesk.ui.participants.desk_page import DeskPage
from confdesk.ui.participants.list_page import ListPage
from confdesk.ui.participants.table_model import ScreenRowStore
from confdesk.ui.screen import Screen
from confdesk.ui.settings import Settings
from confdesk.ui.summary.view_model import load_summary

if TYPE_CHECKING:  # the editor, exports and import load when first used, not at start
    from confdesk.db.database import Database
    from confdesk.registration.categories import CategoryRow
    from confdesk.registration.service import PeopleChange, RegistrationService
    from confdesk.ui.participants.exporting import Exporter
    from confdesk.ui.participants.import_wizard import ImportDone, ImportWizard

_NO_ORGANISATION = {"en": "Individual participants", "fr": "Participants à titre individuel"}


class ParticipantsScreen(Screen):
    """Who comes: the list, delegations, check-in at the desk, and the figures."""

    icon_name = "participants.svg"
    first_sections = (
        "participants_by_status", "participants_by_category",
        "participants_by_kind", "participants_by_region",
    )

    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.store = ScreenRowStore(0)
        self._stale = {"delegations": True, "summary": True}
        #: The event's figures are read just after the list's next paint (they cost a second
        #: at 100,000 people, which the user would otherwise wait for to see the list), or
        #: when the Summary is shown.
        self._summary_after_paint = False
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(0)
        self._summary_timer.timeout.connect(self._fill_summary)
        #: The event's order of the delegations' groups (empty: the UN order).
        self.protocol_groups: tuple[str, ...] = ()
        #: The last message given in the status bar (also when there is no window).
        self.last_status = ""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.summary)
        layout.setContentsMargins(8, 4, 8, 4)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("participantTabs")
        self.tabs.setDocumentMode(True)
        self.list_page = ListPage(self.store, self)
        self.delegations_page = DelegationsPage(self)
        self.desk_page = DeskPage(self.undo_stack, self)
        self.tabs.addTab(self.list_page, self.tr("&List"))
        self.tabs.addTab(self.delegations_page, self.tr("&Delegations"))
        self.tabs.addTab(self.desk_page, self.tr("Registration &desk"))
        self.tabs.addTab(self.summary, self.tr("&Summary"))
        layout.addWidget(self.tabs, 1)
        self._exporter: Exporter | None = None
        #: The import wizard, while one is open.
        self.import_wizard: ImportWizard | None = None
        self._make_actions()

        self.tabs.currentChanged.connect(self._tab_shown)
        self.list_page.activated.connect(self.edit)
        self.list_page.selection_changed.connect(self._update_actions)
        self.delegations_page.open_in_list.connect(self.show_delegation_in_list)
        self.delegations_page.edit.connect(self.edit)
        self.desk_page.changed.connect(self.participants_changed)
        for widget in (self.list_page.table, self.list_page.search,
                       self.list_page.table.viewport()):
            widget.installEventFilter(self)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Participants")

    @property
    def service(self) -> RegistrationService | None:
        """The registration service of the event shown (None: no event)."""
        if self.database is None or self.event_id is None:
            return None
        from confdesk.registration.service import RegistrationService

        return RegistrationService(self.database, self.event_id)

    @property
    def exporter(self) -> Exporter:
        """Badges and list exports run in the job runner (made on first use)."""
        if self._exporter is None:
            from confdesk.ui.participants.exporting import Exporter

            self._exporter = Exporter(self)
        return self._exporter

    @property
    def settings(self) -> Settings:
        """The window's settings (a screen made alone uses the application's)."""
        if self._settings is None:
            found = getattr(self.window(), "settings", None)
            self._settings = found if isinstance(found, Settings) else Settings()
        return self._settings

    # -- actions -------------------------------------------------------------------------
    def _action(self, text: str, slot: object, pixmap: QStyle.StandardPixmap | None = None,
                keys: Iterable[str | QKeySequence.StandardKey] = (),
                widget: QWidget | None = None) -> QAction:
        action = QAction(text, self)
        if pixmap is not None:
            action.setIcon(standard_icon(pixmap))
        action.setShortcuts([QKeySequence(k) for k in keys])
        target = widget or self
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut
                                  if widget is None else Qt.ShortcutContext.WidgetShortcut)
        target.addAction(action)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        table = self.list_page.table
        self.add_action = self._action(self.tr("&Add…"), self.add, sp.SP_FileDialogNewFolder,
                                       ["Ins"])
        self.add_action.setToolTip(self.tr("Add a participant (Ins, Ctrl+N in the list)"))
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_current,
                                        sp.SP_FileDialogDetailedView, ["F2"], table)
        self.edit_action.setToolTip(self.tr("Edit the participant (Enter, F2)"))
        self.delete_action = self._action(self.tr("&Delete…"), self.delete_selected,
                                          sp.SP_TrashIcon, ["Del"], table)
        self.delete_action.setToolTip(self.tr("Delete the selected participants (Del)"))
        self.find_action = self._action(self.tr("&Find"), self.focus_search, None,
                                        [QKeySequence.StandardKey.Find])
        self.status_menu = QMenu(self.tr("Set &status"), self)
        for status in Status:
            self.status_menu.addAction(label(status.value)).triggered.connect(
                lambda _c=False, s=status: self.bulk_status(s))
        self.category_menu = QMenu(self.tr("Set &category"), self)
        #: The event's categories, read with its participants.
        self.categories: list[CategoryInfo] = []
        self.badges_action = self._action(self.tr("&Badges…"),
                                          lambda: self.exporter.badges_dialog(),
                                          sp.SP_FileDialogContentsView, ["Ctrl+B"])
        self.badges_action.setToolTip(self.tr("Print badges to PDF (Ctrl+B)"))
        self.export_action = self._action(self.tr("E&xport…"),
                                          lambda: self.exporter.export_list_dialog(),
                                          sp.SP_DialogSaveButton, ["Ctrl+Shift+E"])
        self.export_action.setToolTip(
            self.tr("The list of participants as PDF, Excel workbook or CSV (Ctrl+Shift+E)"))
        self.import_action = self._action(self.tr("&Import…"), self.import_dialog,
                                          sp.SP_DialogOpenButton, ["Ctrl+I"])
        self.import_action.setToolTip(
            self.tr("Import registrations from a spreadsheet (Ctrl+I)"))
        for action in (self.add_action, self.edit_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for menu in (self.status_menu, self.category_menu):
            button = QToolButton(self.toolbar)
            button.setMenu(menu)
            button.setText(menu.title())
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.toolbar.addWidget(button)
        self.toolbar.addSeparator()
        self.categories_action = self._action(self.tr("Ca&tegories…"), self.edit_categories,
                                              sp.SP_FileDialogListView, [])
        self.categories_action.setObjectName("editCategories")
        self.categories_action.setToolTip(
            self.tr("The event's categories of participants: names, badge colours, whether "
                    "they appear in the published list"))
        for action in (self.badges_action, self.export_action, self.import_action,
                       self.categories_action):
            self.toolbar.addAction(action)
        #: The list's context menu (the window adds History… and the personal-data actions).
        self.context_actions: list[QAction] = [
            self.edit_action, self.delete_action, self.status_menu.menuAction(),
            self.category_menu.menuAction(), self.badges_action]
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda pos: QMenu.exec(self.context_actions, table.viewport().mapToGlobal(pos),
                                   None, table))

    def _update_actions(self) -> None:
        has_event = self.event_id is not None and self.has_database()
        selected = len(self.list_page.selected_ids()) if has_event else 0
        for action in (self.add_action, self.export_action, self.import_action,
                       self.badges_action, self.categories_action):
            action.setEnabled(has_event)
        self.edit_action.setEnabled(selected == 1)
        self.delete_action.setEnabled(selected > 0)
        self.status_menu.setEnabled(selected > 0)
        self.category_menu.setEnabled(selected > 0)
        for button in self.toolbar.findChildren(QToolButton):
            if button.menu() in (self.status_menu, self.category_menu):
                button.setEnabled(selected > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Keys of the list: Ctrl+N adds (before File → New sees it), Enter edits; after the
        list is painted, the figures of the Summary are read (if they are waiting)."""
        if event.type() == QEvent.Type.Paint:
            if watched is self.list_page.table.viewport() and self._summary_after_paint:
                self._summary_after_paint = False
                self._summary_timer.start()
            return False
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            ctrl_n = event.matches(QKeySequence.StandardKey.New)
            enter = watched is self.list_page.table and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if ctrl_n or enter:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.add() if ctrl_n else self.edit_current()
                return True
        return super().eventFilter(watched, event)

    # -- showing ---------------------------------------------------------------------------
    def load_event(self) -> None:
        if not self.has_database() or self.event_id is None:
            super().load_event()  # the summary says why there is nothing to show
        self.reload()
        if self.has_database() and self.event_id is not None:
            self._stale["summary"] = True
            if self.tabs.currentWidget() is self.summary:
                self._fill_summary()
            else:
                self._summary_after_paint = True

    def database_opened(self, database: Database) -> None:
        """The list read on the window's quick start stays; the desk can check in now."""
        super().database_opened(database)
        self.desk_page.set_service(self.service)
        self._update_actions()

    def _fill_summary(self) -> None:
        """The event's figures in the Summary tab, unless they are up to date."""
        if self._stale["summary"] and self.database is not None and self.event_id is not None:
            self._stale["summary"] = False
            with user_errors(self, self.tr("Cannot read the event")):
                self.summary.show_summary(load_summary(self.database.sessions, self.event_id))

    def set_list_language(self, language: str) -> None:
        changed = language != self.list_language
        super().set_list_language(language)
        if changed and self.database is not None and not self.stale_event:
            self.reload()

    def reload(self) -> None:
        """Read every participant of the event again."""
        opening = self.opening
        if opening is not None and self.event_id is not None:  # before the database is open
            reader = opening.reader
            try:
                self.list_page.model.load_from(reader, self.event_id, self.list_language)
                self.protocol_groups = protocol_groups(reader, self.event_id)
                self.categories = event_categories(reader, self.event_id)
            except UserError:  # (the file could not be read): the usual way says what it is
                opening.needed()
            else:
                self._categories_changed()
                self._rows_changed(summary_done=not self._stale["summary"])
                return
        service = self.service
        if service is None:
            self.list_page.model.load_nothing()
            self.categories = []
        else:
            self.list_page.model.load(service, self.list_language)
            self.protocol_groups = service.protocol_groups()
            self.categories = service.categories()
        self._categories_changed()
        self._rows_changed(summary_done=not self._stale["summary"])

    def edit_categories(self) -> None:
        """Open the categories dialog; a save shows the new names everywhere."""
        service = self.service
        if service is None:
            return
        from confdesk.ui.participants import editing
        from confdesk.ui.participants.categories_dialog import CategoriesDialog

        def save(rows: list[CategoryRow], moves: dict[str, str]) -> None:
            editing.in_dialog(lambda: service.save_categories(rows, moves))

        dialog = CategoriesDialog(service.categories(), service.category_usage(), save, self)
        self.open_dialog(dialog)
        if dialog.result() == QDialog.DialogCode.Accepted:
            self.reload()
            self.show_status(self.tr("Categories saved."))

    def _categories_changed(self) -> None:
        named = [(c.code, c.name(self.list_language)) for c in self.categories]
        self.list_page.set_categories(named)
        self.category_menu.clear()
        for code, name in named:
            self.category_menu.addAction(name).triggered.connect(
                lambda _c=False, c=code, n=name: self.bulk_category(c, n))

    def participants_changed(self, ids: set[int]) -> None:
        """Some participants were added, changed or deleted: refresh what shows them."""
        service = self.service
        if service is None or self.stale_event:
            return  # (a stale screen reads everything when it is next shown)
        self.list_page.model.refresh(service, ids)
        self._rows_changed()

    def _rows_changed(self, summary_done: bool = False) -> None:
        rows = self.store.all_rows()
        delegations: dict[int, str] = {}
        for row in rows:
            if row.organisation_id is not None:
                delegations.setdefault(row.organisation_id, row.organisation_name)
        self.list_page.set_delegations(sorted(delegations.items(), key=lambda i: i[1].casefold()))
        self.desk_page.show_event(self.service if self.opening is None else None, rows,
                                  self.list_language,
                                  counts=self.tabs.currentWidget() is self.desk_page)
        self._stale = {"delegations": True, "summary": not summary_done}
        self._tab_shown(self.tabs.currentIndex())
        self._update_actions()

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.delegations_page and self._stale["delegations"]:
            self._stale["delegations"] = False
            self.delegations_page.show_rows(
                self.store.all_rows(),
                no_organisation=_NO_ORGANISATION.get(self.list_language, _NO_ORGANISATION["en"]),
                groups=self.protocol_groups)
        elif widget is self.summary:
            self._fill_summary()
        elif widget is self.desk_page:
            if self.desk_page.counts_stale:
                self.desk_page.update_counts()
            self.desk_page.field.setFocus()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.list_page)
        self.list_page.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_page.search.selectAll()

    def show_delegation_in_list(self, organisation_id: int | None) -> None:
        self.tabs.setCurrentWidget(self.list_page)
        self.list_page.show_delegation(organisation_id)

    def show_status(self, text: str) -> None:
        """A message in the window's status bar."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)
        self.last_status = text

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    # -- editing -------------------------------------------------------------------------
    def add(self) -> None:
        """Add a participant through the dialog."""
        from confdesk.ui.participants import editing

        editing.add_participant(self)

    def edit_current(self) -> None:
        pid = self.list_page.current_id()
        if pid is not None:
            self.edit(pid)

    def edit(self, participant_id: int) -> None:
        """Edit one participant through the dialog."""
        from confdesk.ui.participants import editing

        editing.edit_participant(self, participant_id)

    def open_dialog(self, dialog: QWidget) -> None:
        """Run a dialog modally (tests replace this to drive the dialog themselves)."""
        dialog.exec()  # type: ignore[attr-defined]

    def delete_selected(self) -> None:
        ids = self.list_page.selected_ids()
        if not ids or self.database is None:
            return
        rows = [self.store.get(pid) for pid in ids]
        names = ", ".join(r.plain_name for r in rows[:5] if r is not None)
        more = self.tr(" and {n} more").format(n=len(ids) - 5) if len(ids) > 5 else ""
        if not messages.confirm(
                self, self.tr("Delete participants"),
                self.tr("Delete %n participant(s): {names}{more}?\n\nEdit → Undo brings them "
                        "back.", "", len(ids)).format(names=names, more=more),
                action=self.tr("Delete"), destructive=True):
            return
        self._change(self.tr("Delete %n participant(s)", "", len(ids)), ids,
                     lambda service: service.delete(ids), deleting=True)

    def bulk_status(self, status: Status) -> None:
        ids = self.list_page.selected_ids()
        self._change(self.tr("Set status of {n} to {status}").format(
            n=len(ids), status=label(status.value)), ids,
            lambda service: service.set_status(ids, status))

    def bulk_category(self, category: str, name: str = "") -> None:
        """Give the selected people the category of this code (`name`: as shown)."""
        ids = self.list_page.selected_ids()
        self._change(self.tr("Set category of {n} to {category}").format(
            n=len(ids), category=name or category), ids,
            lambda service: service.set_category(ids, category))

    def _change(self, text: str, ids: list[int],
                change: Callable[[RegistrationService], PeopleChange], *,
                deleting: bool = False) -> None:
        """Make a change of several people (one service call) and push its undo step."""
        service = self.service
        if not ids or service is None:
            return
        with user_errors(self, self.tr("The change could not be made")) as outcome:
            done = change(service)
        if outcome.failed:
            self.participants_changed(set(ids))
            return
        self.push(SnapshotCommand(text, service, done, parent=self,
                                  changed=self.participants_changed))
        self.participants_changed(set(ids))
        if not deleting:
            self.list_page.select_ids(set(ids))

    # -- import ----------------------------------------------------------------------------
    def import_dialog(self) -> None:
        if self.database is None or self.event_id is None:
            return
        wizard = self.make_import_wizard()
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.exec()

    def make_import_wizard(self) -> ImportWizard:
        assert self.database is not None and self.event_id is not None
        from confdesk.ui.participants.import_wizard import ImportWizard

        wizard = self.import_wizard = ImportWizard(
            self.database, self.event_id, self.settings, self, language=self.list_language)
        wizard.imported.connect(self._imported)
        wizard.destroyed.connect(lambda _gone=None, w=wizard: self._wizard_gone(w))
        return wizard

    def _wizard_gone(self, wizard: ImportWizard) -> None:
        if self.import_wizard is wizard:
            self.import_wizard = None

    def _imported(self, done: ImportDone) -> None:
        """An import was committed: show it, and let Edit → Undo take it back."""
        report = done.report
        service = self.service
        if service is not None and (report.added_ids or report.updated_before):
            self.push(ImportCommand(
                self.tr("Import of %n participant(s)", "",
                        len(report.added_ids) + len(report.updated_before)),
                service, done.change, parent=self, changed=self.participants_changed))
        self.reload()
        self.show_status(messages.message_text(report.lines()[0]))

    # -- work running in threads -------------------------------------------------------------
    def busy_jobs(self) -> list[str]:
        exporter = self._exporter
        jobs = [exporter.running_job() if exporter is not None else None,
                self.import_wizard.running_job() if self.import_wizard is not None else None]
        return [job for job in jobs if job]

    def cancel_jobs(self) -> None:
        if self._exporter is not None:
            self._exporter.cancel_and_wait()
        if self.import_wizard is not None:
            self.import_wizard.abandon()

    def menu_actions(self) -> list[QAction]:
        return [self.add_action, self.edit_action, self.delete_action, self.find_action,
                self.status_menu.menuAction(), self.category_menu.menuAction(),
                self.badges_action, self.export_action, self.import_action,
                self.categories_action]
