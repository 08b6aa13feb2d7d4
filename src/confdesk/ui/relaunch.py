"""Restarting the window, e.g. to show it in another interface language.

Qt's translations are applied as widgets are built, so a language chosen in View → Interface
Language shows fully only in a window built afterwards. Rather than half-translate the open
window, confdesk offers to restart: the window closes by its normal path (the window's
place and screen remembered, the database closed) and the same program starts again with
the same options, on the database that was open.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from confdesk.db.database import Database

#: Options of the window's command line that name the database to open: replaced by the one
#: open now. (Each with the number of values it takes.)
DATABASE_OPTIONS = {"--database": 1, "--demo": 0, "--fresh-demo": 0}


def _kept_options(words: Sequence[str]) -> list[str]:
    """`words` (the command line after the program) without the options naming a database."""
    kept: list[str] = []
    skip = 0
    for word in words:
        if skip:
            skip -= 1
            continue
        name = word.split("=", 1)[0]
        if name in DATABASE_OPTIONS:
            skip = DATABASE_OPTIONS[name] if "=" not in word else 0
            continue
        kept.append(word)
    return kept


def relaunch_command(database: Database | None, *, argv: Sequence[str] | None = None,
                     executable: str | None = None, frozen: bool | None = None,
                     demo_path: Path | None = None) -> tuple[str, list[str]]:
    """(program, arguments) that start this window again on `database`.

    The options the window was started with are kept (e.g. --user), except those naming a
    database: the demo copy reopens with --demo (kept, not fresh), any other database with
    --database and its file or its URL without the password (libpq finds that in ~/.pgpass
    or PGPASSWORD, as File → Open Recent does); no database: the start page. A frozen build
    (PyInstaller, Nuitka) is started as itself, an installed one as `python -m confdesk`.
    """
    argv = list(sys.argv if argv is None else argv)
    executable = executable or sys.executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if demo_path is None:
        from confdesk.demo.copy import demo_copy_path

        demo_path = demo_copy_path()
    options = _kept_options(argv[1:])
    if database is not None:
        path = database.path
        if path is not None and path.resolve() == demo_path.resolve():
            options.append("--demo")
        else:
            options += ["--database", database.recent_target]
    return (executable, options) if frozen else (executable, ["-m", "confdesk", *options])


def start_detached(program: str, arguments: list[str]) -> bool:
    """Start `program` on its own, then end this application; False if it could not start
    (this one then goes on)."""
    started, _pid = QProcess.startDetached(program, arguments)
    if started:
        QCoreApplication.quit()
    return bool(started)


def ask_restart(parent: QWidget, language: str) -> bool:
    """Ask whether to restart now to show the window in `language`; True: Restart Now."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("Relaunch", "Interface Language"),
                      translate("Relaunch", "confdesk will speak {language} from its next start.")
                      .format(language=language), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("restartQuestion")
    box.setInformativeText(translate(
        "Relaunch", "Restart now? Everything is saved as it is; the window closes and "
        "opens again on the same database."))
    restart = box.addButton(translate("Relaunch", "&Restart Now"),
                            QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(translate("Relaunch", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is restart
