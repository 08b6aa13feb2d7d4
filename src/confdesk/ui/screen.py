"""What every screen of the main window offers: a title, an icon, an undo stack, an event."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QShowEvent, QUndoStack
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from confdesk.ui.summary.view_model import load_summary
from confdesk.ui.summary.widget import SummaryWidget

if TYPE_CHECKING:
    from confdesk.db.database import Database
    from confdesk.ui.opening import DatabaseOpening


class Screen(QWidget):
    """A page of the main window showing one event of the open database.

    Until a screen has its own work area it shows the event's summary, with the breakdowns
    that concern it first. Its QUndoStack joins the window's QUndoGroup.

    Only a screen in view reads its event at once: one that another hides (a page of the
    window's stack not in front) notes that its event went stale and reads it when it comes
    to the front (`ensure_loaded`, which the window calls, or its first show). Start-up and a
    change of event or database thus read what the user sees, not every screen.
    """

    #: File name of the navigation icon in resources/icons/.
    icon_name = "confdesk.svg"
    #: Summary breakdowns this screen shows first.
    first_sections: Sequence[str] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._database: Database | None = None
        #: The window's quick start: the file read through its sqlite3 reader until the
        #: database is open (ui/opening.py); None otherwise.
        self.opening: DatabaseOpening | None = None
        self.event_id: int | None = None
        self.list_language = "en"
        #: The event (or database) changed while the screen was out of view: not read yet.
        self.stale_event = False
        self._unseen_load = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = SummaryWidget(self.first_sections, self)
        layout.addWidget(self.summary)

    def title(self) -> str:
        """The screen's name in the navigation and the View menu."""
        raise NotImplementedError

    @property
    def database(self) -> Database | None:
        """The open database (None: none). On the window's quick start, reading it opens
        the database now if it was not open yet (ui/opening.py)."""
        if self.opening is not None:
            self.opening.needed()
        return self._database

    @database.setter
    def database(self, database: Database | None) -> None:
        self._database, self.opening = database, None

    def has_database(self) -> bool:
        """Whether a database is shown, open or still being opened (without opening it)."""
        return self._database is not None or self.opening is not None

    def show_event_quickly(self, opening: DatabaseOpening, event_id: int) -> None:
        """As `show_event`, for a screen that reads what it shows through `opening`'s quick
        reader (the Participants screen); the database follows with `database_opened`."""
        self._database, self.opening = None, opening
        self._event_set(event_id)

    def database_opened(self, database: Database) -> None:
        """The database of the window's quick start is open: the screen keeps what it shows
        and works on `database` from now on."""
        self.database = database

    def show_event(self, database: Database | None, event_id: int | None) -> None:
        """Show `event_id` of `database` (None: nothing open, or no event in it): at once if
        the screen is in view (or would be once its window is shown), else when it is shown."""
        self.database = database
        self._event_set(event_id)

    def _event_set(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.undo_stack.clear()
        self.stale_event = True
        window = self.window()
        if window is self or self.isVisibleTo(window):
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Read the event now if it changed while the screen was out of view."""
        if self.stale_event:
            self.stale_event = False
            self.load_event()
            self._unseen_load = not self.isVisible()

    def load_event(self) -> None:
        """Read and show `self.event_id` of `self.database`; screens extend this."""
        database, event_id = self.database, self.event_id
        if database is None:
            self.summary.show_nothing(self.tr("No database is open."))
        elif event_id is None:
            self.summary.show_nothing(
                self.tr("This database holds no event yet."),
                self.tr("Create one with File → New Event… (Ctrl+Shift+N), open another "
                        "database with File → Open, or start confdesk with --demo to explore "
                        "the demo conference."),
            )
        else:
            self.summary.show_summary(load_summary(database.sessions, event_id))

    def shown_again(self) -> None:
        """The screen comes back into view with its event read before: a screen whose data
        others change meanwhile reads it again here (nothing by default)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Read a stale event; else tell `shown_again`, unless the event was read just before
        this show (start-up, or `ensure_loaded` while out of view)."""
        super().showEvent(event)
        if self.stale_event:
            self.ensure_loaded()
            self._unseen_load = False
        elif self._unseen_load:
            self._unseen_load = False
        else:
            self.shown_again()

    def set_list_language(self, language: str) -> None:
        """Language of names in lists ('en' or 'fr'); the summary has none to switch."""
        self.list_language = language

    # -- what the main window asks of every screen ---------------------------------------
    def menu_actions(self) -> list[QAction]:
        """Actions for a menu named after the screen, shown while it is in front (none here)."""
        return []

    def busy_jobs(self) -> list[str]:
        """Work running in threads (an import, an export), described for the user."""
        return []

    def cancel_jobs(self) -> None:
        """Cancel the running work and return once it has stopped cleanly."""

    def can_close(self) -> bool:
        """Before the window closes or the database or event changes: ask whether to cancel
        the running work; on yes cancel it and wait. False: the user wants it to go on."""
        jobs = self.busy_jobs()
        if not jobs:
            return True
        if not self.confirm_cancel(jobs):
            return False
        self.cancel_jobs()
        return True

    def confirm_cancel(self, jobs: list[str]) -> bool:
        """Ask whether to cancel `jobs` (tests replace this to answer)."""
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Work in progress"),
            self.tr("Still running in {screen}:\n{jobs}\n\nCancel it? Nothing is left "
                    "half-done.").format(screen=self.title(), jobs="\n".join(jobs)),
            QMessageBox.StandardButton.NoButton, self)
        cancel = box.addButton(self.tr("Cancel the Work"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("Let It Finish"),
                                           QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is cancel
