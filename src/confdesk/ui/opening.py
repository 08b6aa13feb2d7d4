"""The window's quick start: the list painted before SQLAlchemy is loaded, the database next.

Importing SQLAlchemy, the models and Alembic and opening the database costs about half a
second of processor time, more than the list's own rows at 20,000 people. On a SQLite file
already at the newest schema, outside team mode, `confdesk.app.start` therefore gives the
window a `DatabaseOpening` instead of a `Database`: the window reads the events, the
person's access and the Participants list's rows through its plain sqlite3 `Reader` (the
same reads, written once, that the services run through a session: `events.queries`,
`registration.queries.load_rows`, `registration.category_list`, `team.grants`), paints, and
opens the real database on the next turn of the event loop after that first paint
(`MainWindow.finish_opening`), handing it to its screens. Anything that needs the database
before then (a click or a key in the first fraction of a second, a call reading
`MainWindow.database` or `Screen.database`) opens it at that moment, synchronously, and
goes on: nothing waits half-done, nothing is refused. `MainWindow.ready` says whether the
database is open; `MainWindow.database_ready` is emitted when it is.

A server, a file to create or upgrade, team mode and the demo go the usual way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from confdesk.db.reader import SqliteReader, open_sqlite_reader
from confdesk.team.grants import team_mode

if TYPE_CHECKING:
    from confdesk.db.database import Database


class DatabaseOpening:
    """A confdesk SQLite file read through `reader` until `open()` opens it for real."""

    def __init__(self, reader: SqliteReader, target: str) -> None:
        self.reader = reader
        self.target = target
        #: Called when something needs the database now (the window's `finish_opening`).
        self.needed: Callable[[], None] = lambda: None

    @property
    def path(self) -> Path:
        return self.reader.path

    @property
    def label(self) -> str:
        """As `Database.label` names the same file."""
        return str(self.reader.path)

    @property
    def recent_target(self) -> str:
        """As `Database.recent_target` names the same file."""
        return str(self.reader.path)

    def open(self) -> Database:
        """The database, opened as `confdesk.app` opens any (the quick reader is closed)."""
        self.reader.close()
        from confdesk.db.database import open_database

        return open_database(self.target, create=False)


def quick_opening(target: str | Path) -> DatabaseOpening | None:
    """A `DatabaseOpening` of `target` when the window may start on the quick reader: an
    existing confdesk SQLite file at the newest schema where no role was granted; None for
    anything else (then opened the usual way, which upgrades, creates or says what is
    wrong). A URL goes the usual way too (its file is named as the user wrote it, which the
    window's label and remembered event must match)."""
    if "://" in str(target):
        return None
    reader = open_sqlite_reader(target)
    if reader is None:
        return None
    try:
        quick = not team_mode(reader)
    except Exception:  # noqa: BLE001 - anything odd: the usual way says what it is
        quick = False
    if not quick:
        reader.close()
        return None
    return DatabaseOpening(reader, str(target))


class OpenWhenNeeded(QObject):
    """An application event filter while the window shows its quick reader: the first paint
    of the window starts the opening on the next turn of the event loop, and a user's click,
    key or wheel anywhere opens it at once, before the input is delivered."""

    _INPUT = frozenset({
        QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride, QEvent.Type.ContextMenu, QEvent.Type.Wheel,
        QEvent.Type.DragEnter, QEvent.Type.Drop, QEvent.Type.TabletPress,
        QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
    })

    def __init__(self, window: QWidget, finish: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.finish = finish
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in self._INPUT:
            self.finish()
        elif (kind == QEvent.Type.Paint and not self.painted and isinstance(watched, QWidget)
              and watched.window() is self.window):
            self.painted = True
            QTimer.singleShot(0, self.finish)
        return False
