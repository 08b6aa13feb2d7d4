"""The Programme screen: the day grid, the list of sessions, live conflicts, exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStyle,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.errors import ConcurrentEditError, UserError
from confdesk.exports.registry import ExportKind, ExportOptions
from confdesk.programme.conflicts import (
    Finding,
    check_programme,
    export_conflicts,
    findings_by_session,
)
from confdesk.programme.queries import ProgrammeSnapshot
from confdesk.programme.service import Change, ProgrammeService, ThemeValues
from confdesk.programme.timetable import day_grid
from confdesk.registration.operations import ParticipantData
from confdesk.registration.queries import ParticipantRow
from confdesk.ui import messages
from confdesk.ui.exported import announce_export, ask_save_path
from confdesk.ui.icons import standard_icon
from confdesk.ui.jobs import JobWatcher
from confdesk.ui.programme.commands import SessionCommand, ThemeCommand
from confdesk.ui.programme.export_job import confirm_despite_conflicts, export_job
from confdesk.ui.programme.grid import DayGridView
from confdesk.ui.programme.interpretation_command import with_languages
from confdesk.ui.programme.labels import short_day
from confdesk.ui.programme.list_model import SESSION_ID_ROLE, SessionTableModel
from confdesk.ui.programme.people_dialogs import PersonPicker
from confdesk.ui.programme.session_dialog import Person, SessionDialog
from confdesk.ui.programme.themes_dialog import ThemesDialog
from confdesk.ui.programme.view_memory import ViewMemory
from confdesk.ui.programme.warnings_panel import WarningsPanel
from confdesk.ui.screen import Screen
from confdesk.ui.settings import Settings


class ProgrammeScreen(Screen):
    """What happens when, where, with whom: edit it, check it, export it."""

    icon_name = "programme.svg"
    first_sections = ("sessions_per_day", "participants_by_category")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: ProgrammeService | None = None
        self.snapshot: ProgrammeSnapshot | None = None
        self.findings: list[Finding] = []
        #: The user closed the conflicts panel (it reopens when new conflicts appear).
        self._user_hid_conflicts = False
        self.day_index = 0
        self.selected_id = 0
        self.exports: list[JobWatcher] = []
        self._people: list[ParticipantRow] | None = None
        self._settings: Settings | None = None
        self._build()
        self._build_actions()
        self.memory = ViewMemory(lambda: self.settings, self.grid, self.colour_combo, self.tabs,
                                 self.table)

    def title(self) -> str:
        return self.tr("Programme")

    @property
    def settings(self) -> Settings:
        """The window's settings (a screen made alone uses the application's)."""
        if self._settings is None:
            window = self.window()
            found = getattr(window, "settings", None) if window is not self else None
            self._settings = found if isinstance(found, Settings) else Settings()
        return self._settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        self._settings = settings

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.summary)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.day_tabs = QTabBar(self)
        self.day_tabs.setExpanding(False)
        self.day_tabs.setDrawBase(False)
        self.grid = DayGridView(self)
        #: Why sessions may not be moved here ("": they may), set by the team gate.
        self.locked_reason = ""
        timetable = QWidget(self)
        box = QVBoxLayout(timetable)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.day_tabs)
        box.addWidget(self.grid)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Search titles, rooms, themes, kinds and people…"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = SessionTableModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((88, 48, 48, 150, 100, 150, 300, 170, 64, 70)):
            self.table.setColumnWidth(column, width)
        listing = QWidget(self)
        box = QVBoxLayout(listing)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.search_edit)
        box.addWidget(self.table)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(timetable, self.tr("&Timetable"))
        self.tabs.addTab(listing, self.tr("All &sessions"))
        self.tabs.addTab(self.summary, self.tr("&Overview"))
        self.warnings = WarningsPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.warnings)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 260])
        self.status = QLabel(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self.day_tabs.currentChanged.connect(self.show_day)
        self.grid.session_activated.connect(self.edit_session)
        self.grid.session_selected.connect(self._grid_selected)
        self.tabs.currentChanged.connect(lambda _index: self.update_actions())
        self.grid.create_requested.connect(self._create_at)
        self.grid.move_requested.connect(self.move_session)
        self.grid.resize_requested.connect(self.resize_session)
        self.search_edit.textChanged.connect(self.model.set_search)
        self.table.activated.connect(self._table_activated)  # double-click or Enter
        self.table.selectionModel().currentRowChanged.connect(self._table_selected)
        self.warnings.session_chosen.connect(self.select_session)
        for widget in (self.grid, self.table):
            widget.installEventFilter(self)

    def _action(self, text: str, slot: Callable[[], object], *keys: str,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        if keys:
            action.setToolTip(f"{text.replace('&', '')} ({QKeySequence(keys[0]).toString()})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        # Ctrl+N too, caught by the grid and the list (Ctrl+Shift+N is File → New Event…).
        self.new_action = self._action(self.tr("&New session"), self.new_session, "Ins")
        self.edit_action = self._action(self.tr("&Edit"), lambda: self.edit_session(), "F2",
                                        "Ctrl+Return")
        self.duplicate_action = self._action(self.tr("D&uplicate"), self.duplicate_session,
                                             "Ctrl+D")
        self.delete_action = self._action(self.tr("De&lete"), self.delete_session, "Del")
        self.themes_action = self._action(self.tr("T&hemes…"), self.edit_themes, "Ctrl+T")
        self.previous_day_action = self._action(self.tr("Previous day"), lambda: self.step_day(-1),
                                                "Ctrl+PgUp")
        self.next_day_action = self._action(self.tr("Next day"), lambda: self.step_day(1),
                                            "Ctrl+PgDown")
        self.zoom_in_action = self._action(self.tr("Zoom in"), self.grid.zoom_in, "Ctrl++",
                                           "Ctrl+=")
        self.zoom_out_action = self._action(self.tr("Zoom out"), self.grid.zoom_out, "Ctrl+-")
        self.zoom_reset_action = self._action(self.tr("Actual size"), self.grid.zoom_reset,
                                              "Ctrl+0")
        self.find_action = self._action(self.tr("&Find session"), self.focus_search, "Ctrl+F")
        self.reload_action = self._action(self.tr("&Reload"),
                                          lambda: self.refresh(self.selected_id), "F5")
        self.seating_action = self._action(self.tr("Seating &Plan…"), self.open_seating,
                                            "Ctrl+Shift+L")
        self.colour_combo = QComboBox(self)
        self.colour_combo.addItem(self.tr("Colour by theme"), False)
        self.colour_combo.addItem(self.tr("Colour by kind"), True)
        self.colour_combo.currentIndexChanged.connect(
            lambda _i: self.grid.set_colour_by_kind(bool(self.colour_combo.currentData())))
        self.colour_action = self._action(self.tr("Colour by kind"), self._toggle_colour, "Ctrl+K")
        self.day_only_action = QAction(self.tr("Shown day only"), self)
        self.day_only_action.setCheckable(True)
        export_menu = QMenu(self.tr("Export"), self)
        self.export_actions: dict[ExportKind, QAction] = {}
        for kind, text, keys in (
            (ExportKind.PDF_A4, self.tr("Programme PDF (A4)…"), ("Ctrl+Shift+P",)),
            (ExportKind.PDF_A5, self.tr("Programme PDF (A5 booklet)…"), ()),
            (ExportKind.XLSX, self.tr("Programme workbook (XLSX)…"), ("Ctrl+Shift+X",)),
            (ExportKind.ICS, self.tr("Calendar (iCalendar .ics)…"), ("Ctrl+Shift+I",)),
            (ExportKind.FRAB, self.tr("Conference apps (frab XML)…"), ()),
            (ExportKind.SPEAKERS_PDF, self.tr("Speakers list PDF…"), ()),
            (ExportKind.SPEAKERS_PDF_A5, self.tr("Speakers list PDF (A5)…"), ()),
            (ExportKind.SPEAKERS_XLSX, self.tr("Speakers list XLSX…"), ()),
        ):
            action = self._action(text, partial(self.export_dialog, kind), *keys)
            export_menu.addAction(action)
            self.export_actions[kind] = action
        export_menu.addSeparator()
        export_menu.addAction(self.day_only_action)
        #: PDFs in French: words, dates, honorifics, the event's French texts.
        self.french_action = QAction(self.tr("PDF in French"), self)
        self.french_action.setCheckable(True)
        export_menu.addAction(self.french_action)
        export_button = QToolButton(self)
        export_button.setText(self.tr("Export"))
        export_button.setMenu(export_menu)
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = export_menu
        #: Shows or hides the conflicts panel; it opens by itself when conflicts appear.
        self.conflicts_action = self._action(self.tr("&Conflicts Panel"),
                                             self._conflicts_toggled, "Ctrl+Shift+C",
                                             checkable=True)
        self.conflicts_action.setChecked(True)
        sp = QStyle.StandardPixmap
        for action, pixmap in ((self.new_action, sp.SP_FileIcon),
                               (self.edit_action, sp.SP_FileDialogDetailedView),
                               (self.duplicate_action, sp.SP_FileDialogNewFolder),
                               (self.delete_action, sp.SP_TrashIcon),
                               (self.themes_action, sp.SP_FileDialogListView),
                               (self.conflicts_action, sp.SP_MessageBoxWarning),
                               (self.reload_action, sp.SP_BrowserReload)):
            action.setIcon(standard_icon(pixmap))
        export_button.setIcon(standard_icon(sp.SP_DialogSaveButton))
        export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar = self.toolbar
        for action in (self.new_action, self.edit_action, self.duplicate_action,
                       self.delete_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.themes_action)
        bar.addWidget(self.colour_combo)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        bar.addAction(self.zoom_in_action)
        bar.addSeparator()
        bar.addWidget(export_button)
        bar.addAction(self.seating_action)
        bar.addSeparator()
        bar.addAction(self.conflicts_action)

    def menu_actions(self) -> list[QAction]:
        """The Programme menu: every action of the screen, with its shortcut."""
        separator = [QAction(self), QAction(self), QAction(self), QAction(self)]
        for action in separator:
            action.setSeparator(True)
        return [self.new_action, self.edit_action, self.duplicate_action, self.delete_action,
                separator[0], self.themes_action, self.find_action, self.reload_action,
                separator[1], self.previous_day_action, self.next_day_action,
                self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action,
                self.colour_action, self.conflicts_action, separator[2],
                self.seating_action, self.export_menu.menuAction()]

    def update_actions(self) -> None:
        """Enable what applies: session actions need a selected session, the rest an event
        with a programme to show or export."""
        has_event = self.service is not None
        has_sessions = self.snapshot is not None and bool(self.snapshot.sessions)
        selected = has_sessions and self.current_session_id() != 0
        self.new_action.setEnabled(has_event)
        for action in (self.edit_action, self.duplicate_action, self.delete_action):
            action.setEnabled(selected)
        self.themes_action.setEnabled(has_event)
        self.reload_action.setEnabled(has_event)
        for action in (self.previous_day_action, self.next_day_action, self.find_action,
                       self.colour_action):
            action.setEnabled(has_sessions)
        for action in self.export_actions.values():
            action.setEnabled(has_sessions)

    def _conflicts_toggled(self) -> None:
        self._user_hid_conflicts = not self.conflicts_action.isChecked()
        self._show_conflicts_panel()

    def _show_conflicts_panel(self) -> None:
        """The panel shows while there are conflicts, unless the user closed it; its
        action says how many there are."""
        count = len(self.findings)
        self.conflicts_action.setText(
            self.tr("&Conflicts Panel (%n)", "", count) if count
            else self.tr("&Conflicts Panel"))
        self.conflicts_action.setEnabled(bool(count))
        visible = bool(count) and not self._user_hid_conflicts
        self.conflicts_action.setChecked(visible)
        self.warnings.setVisible(visible)

    # -- showing -------------------------------------------------------------------------
    def load_event(self) -> None:
        super().load_event()
        database, event_id = self.database, self.event_id
        self.service = (ProgrammeService(database, event_id)
                        if database is not None and event_id is not None else None)
        self.day_index, self.selected_id, self._people = 0, 0, None
        tab = self.memory.restore()
        self.refresh()
        if self.snapshot is not None:
            self.tabs.setCurrentIndex(tab)
        else:
            self.tabs.setCurrentWidget(self.summary)
        self.memory.active = True

    def refresh(self, select: int = 0) -> None:
        """Reload the programme, recheck it, redraw the grid, list and warnings."""
        if self.service is None:
            self.snapshot, self.findings = None, []
            self.grid.show_grid(None, {})
            self.model.set_sessions([], {})
            self.warnings.show_findings([])
            self._show_conflicts_panel()
            self._fill_day_tabs([])
            self.update_actions()
            return
        self.snapshot = self.service.snapshot()
        self.findings = check_programme(self.snapshot)
        by_session = findings_by_session(self.findings)
        days = self.snapshot.days
        ids = {s.id for s in self.snapshot.sessions}
        if self.selected_id not in ids:  # deleted, perhaps by someone else
            self.selected_id = 0
        if select and select in ids:
            self.day_index = days.index(self.snapshot.session(select).day)
            self.selected_id = select
        self.day_index = min(self.day_index, max(len(days) - 1, 0))
        self._fill_day_tabs(days)
        self._show_grid(by_session)
        self.model.set_sessions(self.snapshot.sessions, by_session)
        had_conflicts = bool(self.warnings.findings)
        self.warnings.show_findings(self.findings)
        if self.findings and not had_conflicts:
            self._user_hid_conflicts = False  # new conflicts: show them
        self._show_conflicts_panel()
        if self.selected_id:
            self.select_session(self.selected_id)
        self.update_actions()

    def _fill_day_tabs(self, days: list[date]) -> None:
        tabs = self.day_tabs
        tabs.blockSignals(True)
        while tabs.count() > len(days):
            tabs.removeTab(tabs.count() - 1)
        for index, d in enumerate(days):
            text = short_day(d)
            if index < tabs.count():
                tabs.setTabText(index, text)
            else:
                tabs.addTab(text)
        if days:
            tabs.setCurrentIndex(self.day_index)
        tabs.blockSignals(False)

    def _show_grid(self, by_session: dict[int, list[Finding]] | None = None) -> None:
        if self.snapshot is None or not self.snapshot.days:
            self.grid.show_grid(None, {})
            return
        if by_session is None:
            by_session = findings_by_session(self.findings)
        day = self.snapshot.days[self.day_index]
        self.grid.show_grid(day_grid(self.snapshot, day), by_session)

    def show_day(self, index: int) -> None:
        """Show day `index` (0 = the first) in the grid."""
        if self.snapshot is None or not 0 <= index < len(self.snapshot.days):
            return
        self.day_index = index
        if self.day_tabs.currentIndex() != index:
            self.day_tabs.setCurrentIndex(index)  # comes back here through the signal
            return
        self._show_grid()

    def step_day(self, step: int) -> None:
        if self.snapshot is not None and self.snapshot.days:
            self.show_day((self.day_index + step) % len(self.snapshot.days))

    def select_session(self, session_id: int) -> None:
        """Select a session in the grid (on its day) and in the list."""
        if self.snapshot is None:
            return
        try:
            day = self.snapshot.session(session_id).day
        except KeyError:
            return
        self.selected_id = session_id
        index = self.snapshot.days.index(day)
        if index != self.day_index:
            self.show_day(index)
        self.grid.select_session(session_id)
        row = self.model.row_of(session_id)
        if row >= 0 and self.table.currentIndex().row() != row:
            self.table.selectRow(row)

    def _grid_selected(self, session_id: int) -> None:
        self.selected_id = session_id
        row = self.model.row_of(session_id)
        if row >= 0:
            self.table.selectRow(row)
        self.update_actions()

    def _table_selected(self, current: object, _previous: object) -> None:
        row = self.table.currentIndex().row()
        if row >= 0 and self.tabs.currentIndex() == 1:
            self.select_session(self.model.session_at(row).id)
        self.update_actions()

    def _table_activated(self, index: QModelIndex) -> None:
        self.edit_session(int(index.data(SESSION_ID_ROLE)))

    def current_session_id(self) -> int:
        """The session the actions act on: the list's current row or the grid's selection."""
        if self.tabs.currentIndex() == 1:
            row = self.table.currentIndex().row()
            return self.model.session_at(row).id if row >= 0 else 0
        return self.grid.selected_session() or self.selected_id

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+N on the grid or the list: a new session (before File → New sees it)."""
        if (event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
                and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.New)):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.new_session()
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _toggle_colour(self) -> None:
        self.colour_combo.setCurrentIndex(1 - self.colour_combo.currentIndex())

    # -- changes -------------------------------------------------------------------------
    def shown_again(self) -> None:
        """Coming back to the screen: reread, since another screen may have changed people."""
        self._people = None
        if self.service is not None and self.snapshot is not None:
            self.refresh(self.selected_id)

    def _reloaded_note(self) -> str:
        return self.tr("The programme has been reloaded to show it as it is now.")

    def _report(self, exc: UserError) -> None:
        # after a concurrent edit the caller has reloaded the programme: say so
        note = self._reloaded_note() if isinstance(exc, ConcurrentEditError) else ""
        messages.show_user_error(self, self.tr("The programme could not be changed"), exc, note)

    def _push(self, text: str, changes: list[Change]) -> None:
        assert self.service is not None
        self.undo_stack.push(SessionCommand(self.service, text, changes, parent=self,
                                            refresh=self.refresh, note=self._reloaded_note()))
        self.refresh(changes[0].session_id if changes and changes[0].after else 0)

    def _attempt(self, text: str, change: Callable[[], Change], session_id: int = 0) -> bool:
        """Make one change to `session_id`; a refusal reloads the programme, then says why."""
        title = self._title(session_id)
        try:
            done = change()
        except UserError as exc:
            self.refresh(self.selected_id)
            if isinstance(exc, ConcurrentEditError) and title:
                self._report_stale(title, session_id)
            else:
                self._report(exc)
            return False
        self._push(text, [done])
        return True

    def _title(self, session_id: int) -> str:
        try:
            return self.snapshot.session(session_id).title if self.snapshot else ""
        except KeyError:
            return ""

    def _report_stale(self, title: str, session_id: int) -> None:
        """Someone else changed or deleted the session: say which, after the reload."""
        if self._title(session_id):
            text = self.tr("“%s” was changed by someone else in the meantime, so your change "
                           "was not made.") % title
        else:
            text = self.tr("“%s” is no longer in the programme: someone else deleted it.") % title
        self._report(ConcurrentEditError(text))

    def _version(self, session_id: int) -> int | None:
        assert self.snapshot is not None
        return self.snapshot.session(session_id).version

    def new_session(self) -> SessionDialog | None:
        """The dialog for a new session: starting when the selected one ends, in its room,
        or on the shown day when none is selected."""
        if self.snapshot is None:
            return None
        try:
            after = self.snapshot.session(self.current_session_id())
        except KeyError:
            day = self.snapshot.days[self.day_index] if self.snapshot.days else None
            return self._open_dialog(None, day=day)
        return self._open_dialog(None, day=after.day, start=after.end_time,
                                 room_id=after.room.id if after.room else None)

    def _create_at(self, room_id: int | None, start: time) -> None:
        if self.snapshot is not None and self.snapshot.days:
            self._open_dialog(None, day=self.snapshot.days[self.day_index], start=start,
                              room_id=room_id)

    def edit_session(self, session_id: int = 0) -> SessionDialog | None:
        session_id = session_id or self.current_session_id()
        if not session_id or self.snapshot is None:
            return None
        return self._open_dialog(session_id)

    def dialog(self, session_id: int | None = None, **where: object) -> SessionDialog:
        """The session dialog (not yet shown) for a new session or `session_id`."""
        assert self.snapshot is not None and self.service is not None
        service, snapshot = self.service, self.snapshot
        shown: list[SessionDialog] = []  # the dialog, for its languages (checked first)

        def saved(text: str, change: Callable[[], Change]) -> None:
            choice = shown[0].language_choice()

            def push() -> int:
                done = change()
                self._push(text, [done])
                return done.session_id
            with_languages(self.undo_stack, self.database, self.event_id, text, choice, push,
                           self, self.refresh)
        if session_id is None:
            def save(data, roles):  # type: ignore[no-untyped-def]
                saved(self.tr("New session “%s”") % data.title,
                      lambda: service.create(data, roles))
            shown.append(SessionDialog(snapshot, save, self.choose_person, None, parent=self,
                                       **where))  # type: ignore[arg-type]
            return shown[0]
        session = snapshot.session(session_id)

        def update(data, roles):  # type: ignore[no-untyped-def]
            saved(self.tr("Edit “%s”") % data.title,
                  lambda: service.update(session_id, session.version, data, roles))
        shown.append(SessionDialog(snapshot, update, self.choose_person, session, parent=self))
        return shown[0]

    def _open_dialog(self, session_id: int | None, **where: object) -> SessionDialog | None:
        if self.snapshot is None:
            return None
        dialog = self.dialog(session_id, **where)
        dialog.open()
        return dialog

    def choose_person(self, parent: QWidget) -> Person | None:
        """Ask for a participant and a role (the session dialog's chooser)."""
        picker = self.person_picker(parent)
        return picker.chosen if picker.exec() else None

    def person_picker(self, parent: QWidget) -> PersonPicker:
        """The picker over the event's participants (read once, until someone is added or
        the screen is shown again)."""
        assert self.service is not None
        service = self.service
        if self._people is None:
            self._people = service.participants(self.list_language)

        def register(data: ParticipantData, organisation: str) -> int:
            person_id = service.create_participant(data, organisation)
            self._people = None
            return person_id

        return PersonPicker(self._people, register, parent)

    def duplicate_session(self) -> None:
        session_id = self.current_session_id()
        if session_id and self.service is not None:
            title = self.snapshot.session(session_id).title if self.snapshot else ""
            self._attempt(self.tr("Duplicate “%s”") % title,
                          lambda: self.service.duplicate(session_id),  # type: ignore[union-attr]
                          session_id)

    def delete_session(self) -> None:
        session_id = self.current_session_id()
        if session_id and self.service is not None and self.snapshot is not None:
            service, version = self.service, self._version(session_id)
            self._attempt(self.tr("Delete “%s”") % self.snapshot.session(session_id).title,
                          lambda: service.delete(session_id, version), session_id)

    def lock_sessions(self, reason: str) -> None:
        """Refuse moving and stretching sessions on the grid (by mouse or keyboard), saying
        `reason` ("Needs the Programme role."); "" allows them again."""
        self.locked_reason = reason
        self.grid.read_only = bool(reason)

    def _refuse_if_locked(self) -> bool:
        """True (and the reason in the status bar) when sessions may not be moved here."""
        if not self.locked_reason:
            return False
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.locked_reason, 5000)
        return True

    def move_session(self, session_id: int, room_id: int | None, start: time) -> None:
        """Move a session to a room and start on the shown day (the grid's drop)."""
        if self.service is None or self.snapshot is None or self._refuse_if_locked():
            return
        service, version = self.service, self._version(session_id)
        day = self.snapshot.days[self.day_index]
        self._attempt(self.tr("Move “%s”") % self.snapshot.session(session_id).title,
                      lambda: service.move(session_id, version, day=day, start_time=start,
                                          room_id=room_id), session_id)

    def resize_session(self, session_id: int, end: time) -> None:
        """Change a session's end (the grid's bottom-edge drag)."""
        if self.service is None or self.snapshot is None or self._refuse_if_locked():
            return
        service, version = self.service, self._version(session_id)
        self._attempt(self.tr("Resize “%s”") % self.snapshot.session(session_id).title,
                      lambda: service.resize(session_id, version, end), session_id)

    # -- themes --------------------------------------------------------------------------
    def themes_dialog(self) -> ThemesDialog | None:
        if self.service is None:
            return None
        service = self.service

        def create(name: str, colour: str) -> None:
            theme_id = service.create_theme(name, colour)
            self._push_theme(self.tr("New theme “%s”") % name, theme_id, None,
                             ThemeValues(name, colour))

        def update(theme_id: int, name: str, colour: str) -> None:
            after = ThemeValues(name, colour)
            before = service.update_theme(theme_id, after)
            self._push_theme(self.tr("Change theme “%s”") % name, theme_id, before, after)

        return ThemesDialog(lambda: service.snapshot().themes, create, update, self)

    def _push_theme(self, text: str, theme_id: int, before: ThemeValues | None,
                    after: ThemeValues) -> None:
        assert self.service is not None
        self.undo_stack.push(ThemeCommand(self.service, text, theme_id, before, after,
                                          parent=self, refresh=self.refresh,
                                          note=self._reloaded_note()))
        self.refresh(self.selected_id)

    def edit_themes(self) -> None:
        dialog = self.themes_dialog()
        if dialog is not None:
            dialog.open()

    # -- exports -------------------------------------------------------------------------
    def open_seating(self) -> None:
        """The seating plan window of this event (one at a time, brought to the front)."""
        if self.database is None or self.event_id is None:
            return
        from confdesk.ui.seating.window import SeatingWindow

        window = getattr(self, "seating_window", None)
        if window is None or window.service.event_id != self.event_id \
                or window.service.database is not self.database:
            if window is not None:
                window.close()
            window = self.seating_window = SeatingWindow(self.database, self.event_id, self)
            window.setWindowFlag(Qt.WindowType.Window)
        window.show()
        window.raise_()
        window.activateWindow()

    def export_dialog(self, kind: ExportKind) -> None:
        if self.snapshot is None:
            return
        event = self.snapshot.event
        what = {"programme": self.tr("Programme"), "speakers": self.tr("Speakers")}
        path = ask_save_path(self, self.tr("Export"), event.short_name or event.title,
                             what.get(kind.subject, kind.subject), kind.suffix,
                             self.tr("Files (*%s)") % kind.suffix)
        if path is not None:
            self.export_to(kind, path)

    def export_to(self, kind: ExportKind, path: Path) -> JobWatcher | None:
        """Write an export in the shared job runner with a progress dialog (Cancel stops it);
        when what is exported has conflicts, ask first (None when the user declines)."""
        if self.service is None:
            return None
        with messages.user_errors(self, self.tr("The export failed")) as outcome:
            snapshot = self.service.snapshot()
        if outcome.failed:
            return None
        if self.day_only_action.isChecked():
            snapshot = snapshot.only_day(self.day_index + 1)
        conflicts = export_conflicts(snapshot)
        if conflicts and not confirm_despite_conflicts(self, conflicts, path.name):
            self.status.setText(self.tr("Export cancelled; nothing was written."))
            return None
        language = "fr" if self.french_action.isChecked() else "en"
        watcher = export_job(self, kind, snapshot, path, ExportOptions(language=language))
        self.exports.append(watcher)

        def over() -> None:
            self.exports.remove(watcher)

        def completed(written: object) -> None:
            text = self.tr("Wrote %s.") % written
            self.status.setText(text)
            announce_export(self, Path(str(written)), text)
            over()

        def problem(message: str) -> None:
            over()
            messages.show_error(self, self.tr("The export failed"), message)

        def stopped() -> None:
            self.status.setText(self.tr("Export cancelled; nothing was written."))
            over()

        watcher.completed.connect(completed)
        watcher.problem.connect(problem)
        watcher.stopped.connect(stopped)
        return watcher
