"""The main window: navigation between the screens, the event selector, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStyle,
    QWidget,
)

from confdesk.demo.copy import demo_copy, demo_copy_path
from confdesk.errors import DatabaseOpenError, UserError
from confdesk.events.queries import EventListing, event_listing
from confdesk.team.grants import access_of
from confdesk.team.identity import desk_person
from confdesk.ui import relaunch
from confdesk.ui.events.window_actions import EventActions
from confdesk.ui.generated.ui_main_window import Ui_MainWindow
from confdesk.ui.icons import app_icon, icon, standard_icon
from confdesk.ui.jobs import Job, run_job
from confdesk.ui.messages import confirm, show_error, user_errors
from confdesk.ui.mnemonics import assign_mnemonics, mnemonics_for_menus, widget_mnemonics
from confdesk.ui.opening import DatabaseOpening, OpenWhenNeeded
from confdesk.ui.recent import is_file_target
from confdesk.ui.recent_menu import RecentMenu
from confdesk.ui.screen import Screen
from confdesk.ui.screens import KINDS, PARTICIPANTS, ScreenKind, floor_view_action
from confdesk.ui.settings import Settings
from confdesk.ui.start_page import StartPage
from confdesk.ui.summary.widget import format_range
from confdesk.ui.team.actions import TeamActions
from confdesk.ui.team.gate import TeamControls

if TYPE_CHECKING:  # (SQLAlchemy loads with the database: ui/opening.py)
    from confdesk.db.database import Database

#: Opens a database from a path or URL; `create` is False when the file must exist already.
Opener = Callable[..., "Database"]

DATABASE_FILTER = "confdesk databases (*.sqlite *.db);;All files (*)"

S = TypeVar("S", bound=Screen)


class MainWindow(QMainWindow):
    """The application window; it owns the open Database and swaps it on File → Open."""

    #: Emitted after another database was opened (or none is open any more).
    database_changed = Signal()
    #: Emitted with the event id (0: none) whenever the shown event changes.
    event_changed = Signal(int)
    #: Emitted with a screen built after the window (the first time it was shown or asked
    #: for), once it has the window's event, list language, undo group and menu.
    screen_built = Signal(object)
    #: Emitted when the database of a quick start is open (`ready`; ui/opening.py).
    database_ready = Signal()

    def __init__(
        self,
        settings: Settings,
        database: Database | None = None,
        opener: Opener | None = None,
        parent: QWidget | None = None,
        *,
        opening: DatabaseOpening | None = None,
    ) -> None:
        """Show `database`; or, given `opening` (a quick start, ui/opening.py), show its
        file through its quick reader and open it after the first paint."""
        super().__init__(parent)
        self.settings = settings
        self._opener = opener
        self._database: Database | None = None
        #: The quick start's file until its database is open (None: `ready`).
        self.opening: DatabaseOpening | None = None
        self._open_when_needed: OpenWhenNeeded | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        title_font = self.ui.pageTitle.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.ui.pageTitle.setFont(title_font)

        #: The screens built so far, in the order of KINDS (see ui/screens.py).
        self._built: list[Screen | None] = [None] * len(KINDS)
        #: Whether the window has given its screens an event yet (a screen built after
        #: that is given the window's at once).
        self._event_given = False
        self.undo_group = QUndoGroup(self)
        self._setup_screens()
        self._setup_actions()
        self._setup_screen_menus()
        self._setup_status_bar()
        self.team = TeamControls(self)
        self.recent_menu = RecentMenu(self.ui.menuOpenRecent, settings, self.open_target, self)
        self.screen_of(PARTICIPANTS)  # (its list's context menu takes the team's actions)
        self._setup_start_page()
        self.team_actions = TeamActions(self)  # History…, personal data, the live refresh
        # every menu item reachable with Alt+letters; the titles avoid the letters of the
        # screens not built yet too, so that they are the same whichever screen is in front
        unbuilt = {letter for kind, screen in zip(KINDS, self._built, strict=True)
                   if screen is None for letter in kind.alt_letters()}
        assign_mnemonics(self.menuBar().actions(), widget_mnemonics(self) | unbuilt)
        mnemonics_for_menus(self.menuBar(), self)

        self._shown_event_index = -1
        #: Nothing to show (no database, or no event in it): the start page is in front.
        self._empty = True
        #: The demo copy being written in the job runner, if any.
        self._demo_job: Job | None = None
        self.ui.eventCombo.currentIndexChanged.connect(self._event_picked)
        self._restore()
        if opening is not None:
            self._start_quickly(opening)
        else:
            self.set_database(database)

    # -- the quick start (ui/opening.py) ----------------------------------------------------
    @property
    def database(self) -> Database | None:
        """The open database (None: none). During a quick start, reading it opens the
        database now, if the next turn of the event loop has not yet."""
        if self.opening is not None:
            self.finish_opening()
        return self._database

    @database.setter
    def database(self, database: Database | None) -> None:
        self._database = database

    @property
    def ready(self) -> bool:
        """False while a quick start shows its file before the database is open."""
        return self.opening is None

    @property
    def opener(self) -> Opener:
        """Opens a database from a path or URL (`open_database` unless one was given)."""
        if self._opener is None:
            from confdesk.db.database import open_database

            return open_database
        return self._opener

    def _start_quickly(self, opening: DatabaseOpening) -> None:
        """Show `opening`'s file read through its quick reader; the database opens on the
        turn of the event loop after the first paint, or when anything needs it first."""
        reader = opening.reader
        try:
            events = event_listing(reader)
        except UserError:
            events = []
        self.opening = opening
        if not events:  # nothing to show quickly: the usual way
            self.finish_opening()
            return
        opening.needed = self.finish_opening
        watcher = self._open_when_needed = OpenWhenNeeded(self, self.finish_opening)
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(watcher)
        self._show_database_names(opening.path.name, opening.label, opening.recent_target)
        self._fill_events(events)
        if self.opening is None:  # (it was needed while the list was read: opened)
            return
        try:
            access = access_of(reader, desk_person(), self.event_id)
        except UserError:  # the quick read failed: the usual way reads (and says why)
            self.finish_opening()
            return
        self.team.show_access(access)

    def finish_opening(self) -> None:
        """Open the quick start's database now and hand it to the screens (once)."""
        opening = self.opening
        if opening is None:
            return
        self.opening = None
        self._stop_watching()
        database: Database | None = None
        try:
            with user_errors(self, self.tr("Cannot open the database")):
                database = opening.open()
        except BaseException:
            # An error confdesk does not know (a file's permissions changed meanwhile…):
            # the window shows no database rather than a file it could not open, then the
            # error goes to the exception hook, which reports it.
            self.set_database(None)
            self.database_ready.emit()
            raise
        if database is None or self.event_id is None:
            self.set_database(database)
        else:
            self._database = database
            for screen in self.built_screens():
                if screen.opening is opening:
                    screen.database_opened(database)
            self.database_changed.emit()
            self.event_changed.emit(self.event_id)
        self.database_ready.emit()

    def _stop_watching(self) -> None:
        watcher, self._open_when_needed = self._open_when_needed, None
        if watcher is not None:
            app = QGuiApplication.instance()
            if app is not None:
                app.removeEventFilter(watcher)
            watcher.deleteLater()

    def _show_database_names(self, name: str, label: str, recent: str) -> None:
        self.setWindowTitle(self.tr("{name} — confdesk").format(name=name))
        self.database_status.setText(label)
        self.recent_menu.add(recent)
        self.ui.actionSaveCopy.setEnabled(True)
        self.ui.actionSaveCopy.setToolTip(
            self.tr("Write a consistent copy of this database to another file"))

    def _label(self) -> str | None:
        """The label of the database shown (open or being opened), without opening it."""
        if self.opening is not None:
            return self.opening.label
        return self._database.label if self._database is not None else None

    # -- construction ------------------------------------------------------------------
    def _setup_screens(self) -> None:
        view_actions = (
            self.ui.actionParticipants, self.ui.actionProgramme, self.ui.actionConclusions,
            floor_view_action(self, self.ui.menuView, self.ui.actionConclusions),
        )
        self.screen_actions = QActionGroup(self)
        self.ui.navigation.setIconSize(QSize(28, 28))
        for index, (kind, action) in enumerate(zip(KINDS, view_actions, strict=True)):
            self.ui.pages.addWidget(QWidget(self.ui.pages))  # its place until it is built
            title = kind.translated_title()
            item = QListWidgetItem(icon(kind.icon_name), title)
            item.setSizeHint(QSize(0, 48))
            item.setToolTip(f"{title} ({action.shortcut().toString()})")
            self.ui.navigation.addItem(item)
            action.setIcon(icon(kind.icon_name))
            self.screen_actions.addAction(action)
            action.triggered.connect(lambda _checked=False, i=index: self.show_screen(i))
        self.ui.navigation.currentRowChanged.connect(self.show_screen)

    def _setup_actions(self) -> None:
        ui = self.ui
        sp = QStyle.StandardPixmap
        standard = (
            (ui.actionNew, QKeySequence.StandardKey.New, sp.SP_FileIcon, self.new_database),
            (ui.actionOpen, QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton,
             self.open_dialog),
            (ui.actionSaveCopy, QKeySequence.StandardKey.SaveAs, sp.SP_DialogSaveButton,
             self.save_copy_dialog),
            (ui.actionQuit, QKeySequence.StandardKey.Quit, sp.SP_DialogCloseButton, self.close),
            (ui.actionAbout, QKeySequence.StandardKey.HelpContents, sp.SP_MessageBoxInformation,
             self.show_about),
        )
        for action, key, pixmap, slot in standard:
            action.setShortcuts(key)
            action.setIcon(standard_icon(pixmap))
            action.triggered.connect(slot)
        if ui.actionQuit.shortcut().isEmpty():  # some platforms define no Quit key
            ui.actionQuit.setShortcut(QKeySequence("Ctrl+Q"))
        if ui.actionAbout.shortcut().isEmpty():
            ui.actionAbout.setShortcut(QKeySequence("F1"))
        ui.menuOpenRecent.setIcon(standard_icon(sp.SP_DirOpenIcon))

        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(standard_icon(sp.SP_ArrowBack))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(standard_icon(sp.SP_ArrowForward))
        ui.menuEdit.addAction(self.undo_action)
        ui.menuEdit.addAction(self.redo_action)
        ui.menuEdit.addSeparator()
        ui.menuEdit.addAction(ui.actionEventProperties)

        ui.actionResetDemo.triggered.connect(self.reset_demo)
        ui.actionChooseEvent.triggered.connect(self._focus_event_selector)
        self.event_actions = EventActions(self, self.show_saved_event, self._announce)
        ui.actionNewEvent.triggered.connect(self.new_event)
        ui.actionEventProperties.triggered.connect(self.edit_event)
        languages = QActionGroup(self)
        for action, language in ((ui.actionListsEnglish, "en"), (ui.actionListsFrench, "fr")):
            languages.addAction(action)
            action.setChecked(self.settings.list_language() == language)
            action.triggered.connect(
                lambda _checked=False, lang=language: self.set_list_language(lang)
            )
        interface = QActionGroup(self)
        for action, language in ((ui.actionInterfaceSystem, ""), (ui.actionInterfaceEnglish, "en"),
                                 (ui.actionInterfaceFrench, "fr")):
            interface.addAction(action)
            action.setChecked(self.settings.interface_language() == language)
            action.triggered.connect(
                lambda _checked=False, lang=language: self.set_interface_language(lang))

    def _setup_screen_menus(self) -> None:
        """A menu per screen, before Help, shown with the screen; it gets the screen's actions
        when the screen is built (it is hidden until then: only the front screen's shows)."""
        self.screen_menus: list[QMenu] = []
        for kind in KINDS:
            menu = QMenu(kind.translated_title(), self)
            menu.setObjectName(f"menu{kind.class_name}")
            self.ui.menuBar.insertMenu(self.ui.menuHelp.menuAction(), menu)
            menu.menuAction().setVisible(False)
            self.screen_menus.append(menu)

    # -- screens built when first needed -------------------------------------------------
    @property
    def screens(self) -> list[Screen]:
        """Every screen, in the navigation's order: those not built yet are built now (the
        window itself builds a screen when it first comes to the front; `built_screens`)."""
        return [self._screen_at(index) for index in range(len(KINDS))]

    def built_screens(self) -> list[Screen]:
        """The screens built so far (those not built have no event, work or undo steps)."""
        return [screen for screen in self._built if screen is not None]

    def built(self, kind: ScreenKind[S]) -> S | None:
        """The screen of this kind if it was built."""
        screen = self._built[KINDS.index(kind)]
        return screen if kind.holds(screen) else None

    def screen_of(self, kind: ScreenKind[S]) -> S:
        """The screen of this kind, built now if it was not yet."""
        screen = self._screen_at(KINDS.index(kind))
        assert kind.holds(screen)
        return screen

    def _screen_at(self, index: int) -> Screen:
        screen = self._built[index]
        if screen is not None:
            return screen
        screen = self._built[index] = KINDS[index].build()
        pages = self.ui.pages
        place = pages.widget(index)
        assert place is not None
        current = pages.currentIndex()
        pages.insertWidget(index, screen)
        pages.removeWidget(place)
        place.deleteLater()
        if current != index:
            pages.setCurrentIndex(current)
        self.undo_group.addStack(screen.undo_stack)
        screen.set_list_language(self.settings.list_language())
        menu = self.screen_menus[index]
        menu.addActions(screen.menu_actions())
        assign_mnemonics(menu.actions())  # (its submenus get theirs when it opens)
        if self._event_given:  # (it is read when the screen comes to the front)
            with user_errors(self, self.tr("Cannot read the event")):
                screen.show_event(self.database, self.event_id)
            self.screen_built.emit(screen)
        return screen

    def _setup_start_page(self) -> None:
        """The start page, in place of the screens while there is no event to show."""
        page = self.start_page = StartPage(self.ui.centralWidget)
        self.ui.contentLayout.addWidget(page, 1)
        page.create_event.connect(self.new_event)
        page.open_demo.connect(self.open_demo)
        page.open_other.connect(self.open_dialog)
        page.import_registrations.connect(self.import_into_new_event)
        page.open_recent.connect(self.open_target)

    def _show_start_page(self) -> None:
        """The start page while no database is open or it holds no event; else the screens."""
        label = self._label()
        empty = self._empty = label is None or self.event_id is None
        if empty:
            self.start_page.show_state(
                has_database=label is not None, label=label or "",
                recent=self.settings.recent_databases())
        self.start_page.setVisible(empty)
        self.ui.pages.setVisible(not empty)
        self.ui.pageTitle.setText(self.tr("Getting Started") if empty
                                  else self.current_screen.title())
        self.ui.navigation.setEnabled(not empty)
        for menu in self.screen_menus:
            menu.setEnabled(not empty)

    def open_demo(self) -> None:
        """The start page's Open the Demo Conference: the user's demo copy (made on first
        use, off the GUI thread), opened once it is there."""
        self._prepare_demo(fresh=False, failure=self.tr("Cannot open the demo"))

    def _prepare_demo(self, *, fresh: bool, failure: str) -> None:
        """Write the demo copy if needed (`fresh`: anew) in the job runner, then open it;
        the demo's actions wait meanwhile, and closing the window waits for the copy."""
        if self._demo_job is not None:
            return
        for widget in (self.ui.actionResetDemo, self.start_page.demo_button):
            widget.setEnabled(False)
        self.ui.statusBar.showMessage(self.tr("Preparing the demo conference…"))
        watcher = run_job(lambda _control: demo_copy(fresh=fresh), self, final_check=False)
        self._demo_job = watcher.job

        def over() -> None:
            self._demo_job = None
            for widget in (self.ui.actionResetDemo, self.start_page.demo_button):
                widget.setEnabled(True)
            self.ui.statusBar.clearMessage()

        def done(path: object) -> None:
            over()
            self.open_target(str(path))

        def failed(text: str) -> None:
            over()
            show_error(self, failure, text)

        watcher.completed.connect(done)
        watcher.problem.connect(failed)
        watcher.stopped.connect(over)

    def import_into_new_event(self) -> None:
        """The start page's Import Registrations…: create the event, then import into it."""
        if self.database is None or not self.screens_released():
            return
        dialog = self.event_actions.new_event(self.database)
        dialog.accepted.connect(self._import_after_creation)

    def _import_after_creation(self) -> None:
        if self.event_id is None:
            return
        self.show_screen(0)
        self.screen_of(PARTICIPANTS).import_action.trigger()

    def _setup_status_bar(self) -> None:
        self.event_status = QLabel(self)
        self.event_status.setObjectName("eventStatus")
        self.database_status = QLabel(self)
        self.database_status.setObjectName("databaseStatus")
        self.database_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Both are permanent so that temporary messages (left) never overlap them.
        self.ui.statusBar.addPermanentWidget(self.event_status)
        self.ui.statusBar.addPermanentWidget(self.database_status)

    def _restore(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_size()
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        self.show_screen(min(max(self.settings.screen(), 0), len(KINDS) - 1))

    def _first_size(self) -> None:
        """On a first start: most of the screen (up to 1440×900), centred on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width = min(1440, max(self.minimumWidth(), int(area.width() * 0.92)))
        height = min(900, max(self.minimumHeight(), int(area.height() * 0.92)))
        self.resize(width, height)
        self.move(area.center().x() - width // 2, area.center().y() - height // 2)

    # -- screens and events ------------------------------------------------------------
    @property
    def current_screen(self) -> Screen:
        """The screen in front."""
        screen = self.ui.pages.currentWidget()
        assert isinstance(screen, Screen)
        return screen

    def show_screen(self, index: int) -> None:
        """Bring screen `index` (0 Participants, 1 Programme, 2 Conclusions) to the front."""
        if not 0 <= index < len(KINDS):
            return
        screen = self._screen_at(index)
        # a screen that was behind reads the event it missed (before it is painted)
        with user_errors(self, self.tr("Cannot read the event")):
            screen.ensure_loaded()
        self.ui.pages.setCurrentIndex(index)
        self.ui.navigation.setCurrentRow(index)
        self.screen_actions.actions()[index].setChecked(True)
        self.undo_group.setActiveStack(screen.undo_stack)
        self.ui.pageTitle.setText(self.tr("Getting Started") if self._empty else screen.title())
        for number, menu in enumerate(self.screen_menus):
            menu.menuAction().setVisible(number == index)

    def screens_released(self) -> bool:
        """Whether every screen may drop its event: each one with work running asks whether
        to cancel it (and waits for it to stop); False when the user lets it go on."""
        return all(screen.can_close() for screen in self.built_screens())

    @property
    def event_id(self) -> int | None:
        """The event shown, if any."""
        data = self.ui.eventCombo.currentData()
        return int(data) if data is not None else None

    def select_event(self, event_id: int) -> bool:
        """Show `event_id` if the open database holds it."""
        index = self.ui.eventCombo.findData(event_id)
        if index >= 0:
            self.ui.eventCombo.setCurrentIndex(index)
        return index >= 0

    def _fill_events(self, events: list[EventListing] | None = None) -> None:
        """List the events (`events`: as read already, on a quick start) and show one."""
        combo = self.ui.eventCombo
        combo.blockSignals(True)
        combo.clear()
        if events is None and self.database is not None:
            from confdesk.events.service import EventService

            with user_errors(self, self.tr("Cannot read the events")):
                events = EventService(self.database).listing()
        if events:
            with user_errors(self, self.tr("Cannot read the events")):
                for event in events:
                    dates = format_range(event.start_date, event.end_date)
                    # the title in the window's language (the French edition's, in French)
                    language = ("fr" if QLocale().language() == QLocale.Language.French
                                else "en")
                    combo.addItem(f"{event.title_in(language)} ({dates})", event.event_id)
                    combo.setItemData(
                        combo.count() - 1, event.short_name, Qt.ItemDataRole.ToolTipRole
                    )
        combo.setEnabled(combo.count() > 0)
        label = self._label()
        wanted = self.settings.last_event(label) if label is not None else None
        index = combo.findData(wanted) if wanted is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
        combo.blockSignals(False)
        self._event_chosen()

    def _event_picked(self, index: int) -> None:
        if index != self._shown_event_index and not self.screens_released():
            self.ui.eventCombo.blockSignals(True)  # the work goes on: back to its event
            self.ui.eventCombo.setCurrentIndex(self._shown_event_index)
            self.ui.eventCombo.blockSignals(False)
            return
        self._event_chosen(index)

    def _event_chosen(self, _index: int = -1) -> None:
        self._shown_event_index = self.ui.eventCombo.currentIndex()
        event_id = self.event_id
        self._event_given = True
        opening = self.opening
        with user_errors(self, self.tr("Cannot read the event")):
            for screen in self.built_screens():
                if opening is not None and event_id is not None:  # a quick start
                    screen.show_event_quickly(opening, event_id)
                else:
                    screen.show_event(self.database, event_id)
        label = self._label()
        if label is not None and event_id is not None:
            self.settings.set_last_event(label, event_id)
        self.event_status.setText(self.ui.eventCombo.currentText())
        self.ui.actionNewEvent.setEnabled(label is not None)
        self.ui.actionEventProperties.setEnabled(event_id is not None)
        if hasattr(self, "start_page"):  # not yet while the window is being built
            self._show_start_page()
        if self.opening is None:  # (a quick start tells once its database is open)
            self.event_changed.emit(event_id or 0)

    def new_event(self) -> None:
        """File → New Event…: create an event in the open database and show it."""
        if self.database is not None and self.screens_released():
            self.event_actions.new_event(self.database)

    def edit_event(self) -> None:
        """Edit → Event Properties…: edit (or delete) the event shown and its rooms."""
        if self.database is None or self.event_id is None or not self.screens_released():
            return
        with user_errors(self, self.tr("Cannot read the event")) as outcome:
            self.event_actions.edit_event(self.database, self.event_id)
        if outcome.failed:  # deleted by a colleague, or the database went away
            self._fill_events()

    def show_saved_event(self, event_id: int | None) -> None:
        """After an event was created, edited or deleted: list the events again and show
        `event_id` (None: the most recent), which every screen reads afresh."""
        if self.database is not None and event_id is not None:
            self.settings.set_last_event(self.database.label, event_id)
        self._fill_events()

    def _announce(self, message: str) -> None:
        self.ui.statusBar.showMessage(message, 8000)

    def _focus_event_selector(self) -> None:
        self.ui.eventCombo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.ui.eventCombo.isEnabled():
            self.ui.eventCombo.showPopup()

    def set_list_language(self, language: str) -> None:
        """Names in lists in English or French; remembered for the next start."""
        self.settings.set_list_language(language)
        for screen in self.built_screens():
            screen.set_list_language(language)

    # -- databases ---------------------------------------------------------------------
    #: Starts the program again once the window has closed (tests put a recorder here).
    relauncher = staticmethod(relaunch.start_detached)

    def set_interface_language(self, language: str) -> None:
        """View → Interface Language: remembered, and applied from the next start (every
        window, date and number then follows it), which the user may make now: Restart Now
        closes the window as usual and starts it again on the same database."""
        if language == self.settings.interface_language():
            return
        self.settings.set_interface_language(language)
        names = {"": self.tr("the system's language"), "en": "English", "fr": "français"}
        if relaunch.ask_restart(self, names[language]) and self.restart():
            return
        self.ui.statusBar.showMessage(
            self.tr("The window will be in {language} from the next start.").format(
                language=names[language]), 10000)

    def restart(self) -> bool:
        """Close by the normal path (which may be refused), then start again on the same
        database; False when the window stayed open."""
        program, arguments = relaunch.relaunch_command(self.database)
        if not self.close():
            return False
        return self.relauncher(program, arguments)

    def set_database(self, database: Database | None) -> None:
        """Show `database`, closing the one shown before."""
        self.finish_opening()  # (a quick start's database, if any, is closed as any other)
        old, self.database = self.database, database
        if old is not None and old is not database:
            old.close()
        server = database is not None and database.path is None
        if database is None:
            self.setWindowTitle("confdesk")
            self.database_status.setText(self.tr("No database open"))
        else:
            name = database.path.name if database.path else database.label
            self._show_database_names(name, database.label, database.recent_target)
        self.ui.actionSaveCopy.setEnabled(database is not None and not server)
        self.ui.actionSaveCopy.setToolTip(
            self.tr("A server database is copied with the server's own tools (e.g. pg_dump).")
            if server else self.tr("Write a consistent copy of this database to another file")
        )
        self._fill_events()
        self.database_changed.emit()

    def open_target(self, target: str, create: bool = False) -> bool:
        """Open a database file or URL in place of the current one; False if it failed."""
        if not self.screens_released():
            return False
        with user_errors(self, self.tr("Cannot open the database")) as outcome:
            try:
                database = self.opener(target, create=create or not is_file_target(target))
            except OSError as exc:  # a file the system refuses to open (permissions, gone)
                raise DatabaseOpenError(f"{target}: {exc.strerror or exc}") from exc
        if outcome.failed:
            return False
        self.set_database(database)
        self.ui.statusBar.showMessage(self.tr("Opened {label}").format(label=database.label), 5000)
        return True

    def open_dialog(self) -> None:
        """File → Open: choose a database file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Database"), self._dialog_folder(), DATABASE_FILTER
        )
        if path:
            self.open_target(path)

    def new_database(self) -> None:
        """File → New Database: create an empty database file and open it."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Database"), self._dialog_folder(), DATABASE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".sqlite")
        if target.exists():
            show_error(self, self.tr("Cannot create the database"),
                       self.tr("{path} exists already. Choose a new name, or open it with "
                               "File → Open.").format(path=target))
            return
        self.open_target(str(target), create=True)

    def save_copy_dialog(self) -> None:
        """File → Save a Copy: choose where to write a copy of the open SQLite file."""
        if self.database is None or self.database.path is None:
            return
        source = self.database.path
        suggestion = str(source.with_name(f"{source.stem} copy{source.suffix}"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a Copy"), suggestion, DATABASE_FILTER
        )
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self, target: Path) -> bool:
        """Write a consistent copy of the open SQLite database to `target`."""
        assert self.database is not None and self.database.path is not None
        if target.resolve() == self.database.path.resolve():
            show_error(self, self.tr("Cannot save a copy"),
                       self.tr("A copy cannot replace the database it is taken from."))
            return False
        from confdesk.db.backup import save_copy

        with user_errors(self, self.tr("Cannot save a copy")) as outcome:
            save_copy(self.database.engine, target)  # BackupError says what went wrong
        if outcome.failed:
            return False
        self.ui.statusBar.showMessage(self.tr("Saved a copy to {path}").format(path=target), 5000)
        return True

    def reset_demo(self) -> bool:
        """File → Reset Demo…: after asking, replace the demo copy with a fresh one and open
        it (the copy is otherwise kept between starts, trial edits included)."""
        if not confirm(self, self.tr("Reset Demo"),
                       self.tr("Replace your copy of the demo conference with a fresh one? "
                               "Every change you made to the demo is lost."),
                       action=self.tr("Reset Demo"), destructive=True, name="resetDemoQuestion"):
            return False
        if not self.screens_released():
            return False
        if self.database is not None and self.database.path == demo_copy_path():
            self.set_database(None)  # the file is replaced under no open connection
        self._prepare_demo(fresh=True, failure=self.tr("Cannot reset the demo"))
        return True

    def _dialog_folder(self) -> str:
        if self.database is not None and self.database.path is not None:
            return str(self.database.path.parent)
        return str(Path.home())

    # -- the rest ----------------------------------------------------------------------
    def show_about(self) -> None:
        """Help → About."""
        from confdesk.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.database.label if self.database else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Unless work runs that the user lets go on: remember the window, close the database."""
        if not self.screens_released():
            event.ignore()
            return
        if self._demo_job is not None:  # a demo copy being written: let it finish whole
            self._demo_job.ended.wait(60)
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.set_screen(self.ui.pages.currentIndex())
        self.settings.sync()
        opening, self.opening = self.opening, None
        if opening is not None:  # closed before its database was opened: nothing to open
            self._stop_watching()
            opening.reader.close()
        if self._database is not None:
            self._database.close()
            self._database = None
        super().closeEvent(event)

