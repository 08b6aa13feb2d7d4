"""Every question and message the window puts to the user, and its one error path.

- `show_error`, `confirm`: the message boxes, in one module so that tests answer them by
  patching one place (`QMessageBox.critical` underneath `show_error`; `messages.confirm`).
- `user_text`: a `confdesk.errors.UserError` in the user's language (its template is looked
  up in the "UserError" context, then filled with its params); `message_text` the same for
  a `confdesk.errors.Message` (a note of an import's report, a row's problem).
- `user_errors(parent, title)`: the context manager around a user action that shows a
  UserError (or a known database failure) and never SQLAlchemy's own text.
- `install_excepthook`: anything else that escapes a slot is a bug or an outage; the hook
  writes the traceback to a log file in the user's data folder and says so in a message box.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from confdesk.errors import CONTEXT, Message, UserError, known_error, render
from confdesk.i18n import Marked, MarkedList

log = logging.getLogger(__name__)


def user_text(exc: UserError) -> str:
    """The error's message in the user's language (English when not translated)."""
    template = QCoreApplication.translate(CONTEXT, exc.template) if exc.template else ""
    return render(template, translated_params(exc.params)) if template else str(exc)


def message_text(text: str) -> str:
    """A `confdesk.errors.Message` (a row's problem, a report's note) in the user's
    language, its catalogued params translated too; any other text as it is."""
    if not isinstance(text, Message):
        return text
    template = QCoreApplication.translate(text.context, text.template)
    return render(template, translated_params(text.params))


def translated_params(params: dict[str, object]) -> dict[str, object]:
    """Params as shown: nested messages and errors, and texts marked for translation (role
    labels), translated in turn."""
    def shown(value: object) -> object:
        if isinstance(value, Message):
            return message_text(value)
        if isinstance(value, UserError):
            return user_text(value)
        if isinstance(value, MarkedList):
            return ", ".join(QCoreApplication.translate(m.context, m) for m in value.items)
        if isinstance(value, Marked):
            return QCoreApplication.translate(value.context, value)
        return value
    return {name: shown(value) for name, value in params.items()}


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """A modal message for a problem the user can do something about (no traceback)."""
    QMessageBox.critical(parent, title, text)


def show_user_error(parent: QWidget | None, title: str, exc: UserError, note: str = "") -> None:
    """`show_error` with a UserError's translated text, and `note` as a paragraph after it."""
    text = user_text(exc)
    show_error(parent, title, f"{text}\n\n{note}" if note else text)


def confirm(parent: QWidget | None, title: str, text: str, *, action: str,
            destructive: bool = False, details: str = "", name: str = "") -> bool:
    """Ask yes/no; True when the user chose `action` (Cancel is the default when
    destructive; Escape always cancels). `details` go under the question; `name` is the
    box's object name, for tests and accessibility tools."""
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
                      title, text, QMessageBox.StandardButton.NoButton, parent)
    if name:
        box.setObjectName(name)
    if details:
        box.setInformativeText(details)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no if destructive else yes)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


@dataclass
class Outcome:
    """What `user_errors` saw: the error shown, if any."""

    error: UserError | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


@contextmanager
def user_errors(parent: QWidget | None, title: str, *, note: str = "",
                before_showing: Callable[[UserError], None] | None = None
                ) -> Iterator[Outcome]:
    """Run a user action; a UserError (or a known database failure) ends it with a message
    box titled `title`, and `outcome.failed` tells the caller. Anything else propagates to
    the exception hook. `before_showing(error)` runs first (e.g. to reload a screen)."""
    outcome = Outcome()
    try:
        yield outcome
    except Exception as exc:
        known = known_error(exc)
        if known is None:
            raise
        if known is not exc:
            log.warning("database failure in %r", title, exc_info=exc)
        outcome.error = known
        if before_showing is not None:
            before_showing(known)
        show_user_error(parent, title, known, note)


# -- the exception hook -------------------------------------------------------------------
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_file(folder: Path) -> Path:
    """Where the hook writes tracebacks: `errors.log` in `folder` (the user's data folder)."""
    return folder / "errors.log"


def write_log(path: Path, kind: type[BaseException], exc: BaseException,
              tb: TracebackType | None) -> bool:
    """Append a timestamped traceback to `path`; False when it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write(f"--- {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC\n")
            out.write("".join(traceback.format_exception(kind, exc, tb)))
    except OSError:
        return False
    return True


class ExceptionHook:
    """`sys.excepthook` for the window: log, then tell the user honestly, never silently.

    A known problem (a lost database connection) gets its own message; any other exception
    is reported as an unexpected problem with the log file's path. Qt calls slots from C++,
    so an exception in a slot arrives here, not at the code that triggered it.
    """

    def __init__(self, folder: Path, previous: ExceptHook | None = None) -> None:
        self.path = log_file(folder)
        self.previous = previous or sys.__excepthook__
        self._showing = False

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self.previous(kind, exc, tb)
            return
        logged = write_log(self.path, kind, exc, tb)
        log.error("unhandled exception", exc_info=(kind, exc, tb))
        if self._showing or QApplication.instance() is None:
            self.previous(kind, exc, tb)
            return
        self._showing = True
        try:
            show_error(QApplication.activeWindow(), QCoreApplication.translate(
                "Messages", "Something went wrong"),
                       self.text(exc, logged))
        finally:
            self._showing = False

    def text(self, exc: BaseException, logged: bool) -> str:
        """What the message box says about `exc`."""
        known = known_error(exc)
        head = (user_text(known) if known is not None else
                QCoreApplication.translate(
                    "Messages",
                    "confdesk met an unexpected problem and could not finish what you asked. "
                    "What you saved before is safe; check the last change and make it again "
                    "if it is missing."))
        # Literal contexts, so that pyside6-lupdate finds the texts.
        where = (QCoreApplication.translate(
            "Messages", "The details were written to %1; please send that file to whoever "
            "supports confdesk.") if logged else
            QCoreApplication.translate("Messages", "The details could not be written to %1.")
        ).replace("%1", str(self.path))
        return f"{head}\n\n{where}"


def install_excepthook(folder: Path) -> ExceptionHook:
    """Install the window's exception hook, logging into `folder`; returns it."""
    hook = ExceptionHook(folder, sys.excepthook)
    sys.excepthook = hook
    return hook
