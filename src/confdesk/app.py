"""The window's composition root: QApplication, translators, the database, the main window.

`confdesk` without a subcommand lands here (see cli.main). No domain logic lives here.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from confdesk import __version__
from confdesk.errors import UserError
from confdesk.paths import (
    APP_NAME,
    ORG_NAME,
    default_database_path,
    resource,
    user_data_dir,
)
from confdesk.ui.fonts import register_bundled_fonts
from confdesk.ui.icons import app_icon
from confdesk.ui.main_window import MainWindow
from confdesk.ui.messages import install_excepthook, show_user_error
from confdesk.ui.opening import DatabaseOpening, quick_opening
from confdesk.ui.settings import Settings

if TYPE_CHECKING:  # (SQLAlchemy loads when the database opens: ui/opening.py)
    from confdesk.db.database import Database

log = logging.getLogger(__name__)

#: When set (to anything but empty or "0"), the window quits once it has painted its first
#: screen's list with rows in it (the first paint of a filled item view's viewport), printing
#: the moment on standard output; with nothing to list, after the first turn of the event
#: loop (tests/benchmarks/ time start-up with it).
EXIT_AFTER_SHOW = "CONFDESK_EXIT_AFTER_SHOW"


def application() -> QApplication:
    """The QApplication, created once with the names QSettings files itself under."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    register_bundled_fonts()  # names in every UN script, even without system fonts for them
    return app


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load confdesk's and Qt's translations for `locale` (default: the system's), if shipped.

    English plural forms ("1 draft", "2 drafts") come from `confdesk_en.qm`, installed first
    so that any other language's file takes precedence over it.
    """
    locale = locale or QLocale.system()
    folder = str(resource("translations"))
    installed = []
    english = QTranslator(app)
    if english.load("confdesk_en", folder) and app.installTranslator(english):
        installed.append(english)
    wanted = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if locale.language() != QLocale.Language.English:
        wanted.insert(0, ("confdesk", folder))
    for name, where in wanted:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def interface_locale(settings: Settings) -> QLocale:
    """The window's locale: the language chosen in View → Interface Language (made the
    default locale, so that dates and numbers follow it too), else the system's."""
    chosen = settings.interface_language()
    if not chosen:
        return QLocale.system()
    locale = QLocale(chosen)
    QLocale.setDefault(locale)
    return locale


def open_start_database(args: argparse.Namespace) -> Database:
    """The database named on the command line: the demo copy (kept between starts; a fresh
    one with --fresh-demo), --database, or the user's own."""
    from confdesk.db.database import open_database
    from confdesk.demo.copy import demo_copy

    if getattr(args, "demo", False) or getattr(args, "fresh_demo", False):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return open_database(demo_copy(fresh=getattr(args, "fresh_demo", False)))
        finally:
            QGuiApplication.restoreOverrideCursor()
    target = getattr(args, "database", None) or default_database_path()
    return open_database(target)


def start_quickly(args: argparse.Namespace, settings: Settings) -> DatabaseOpening | None:
    """The file to show through the quick reader before its database is open (the
    Participants list painted before SQLAlchemy is loaded: ui/opening.py), when the window
    starts on the Participants screen with --database or the user's own file; None for the
    demo, a server, a file to create or upgrade, team mode."""
    if getattr(args, "demo", False) or getattr(args, "fresh_demo", False):
        return None
    if settings.screen() > 0:  # (another screen in front reads through the database)
        return None
    return quick_opening(getattr(args, "database", None) or default_database_path())


def start(args: argparse.Namespace, settings: Settings | None = None) -> MainWindow:
    """Build and show the main window; a database that cannot be opened is reported, and
    the window opens without one so the user can choose another."""
    settings = settings or Settings()
    opening = start_quickly(args, settings)
    if opening is not None:
        window = MainWindow(settings, opening=opening)
        window.show()
        return window
    database: Database | None
    try:
        database = open_start_database(args)
    except UserError as exc:
        log.warning("cannot open the database: %s", exc)
        show_user_error(None, QApplication.translate("App", "Cannot open the database"), exc)
        database = None
    window = MainWindow(settings, database)
    if database is not None and database.migration.backup is not None:
        window.statusBar().showMessage(
            QApplication.translate("App", "Upgraded the database; a backup is at {path}")
            .format(path=database.migration.backup), 15000,
        )
    window.show()
    return window


def run_gui(args: argparse.Namespace) -> int:
    """Open the window and run Qt's event loop until it closes; returns the exit code."""
    # The modules imported so far live as long as the process: out of the collector's
    # passes while the window is built and used.
    gc.freeze()
    app = application()
    install_translators(app, interface_locale(Settings()))
    # anything a slot raises reaches the user and the log file, not only standard error
    install_excepthook(user_data_dir())
    window = start(args)
    if os.environ.get(EXIT_AFTER_SHOW, "") not in ("", "0"):
        from confdesk.ui.first_paint import FirstPaint

        watcher = FirstPaint(app, window)
        app.installEventFilter(watcher)
        QTimer.singleShot(0, watcher.nothing_to_paint)
    code = app.exec()
    del window
    gc.unfreeze()  # (the process's end freezes what is left: confdesk.__main__)
    return int(code)

