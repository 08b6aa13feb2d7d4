"""When the window has painted its list: the moment start-up ends for a user (benchmarks).

`confdesk.app` installs `FirstPaint` on the application when CONFDESK_EXIT_AFTER_SHOW is set.
Showing the window is not the end of start-up: the list's rows are painted on a later turn
of the event loop, 8-10 % later (FACTS). This waits for that paint.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def report(moment: float, what: str) -> None:
    """The line the benchmarks read (the moment last on it), then what was painted and the
    processor time the process had used until then."""
    print(f"confdesk: window shown at {moment:.6f}\nconfdesk: {what}\n"
          f"confdesk: processor time {time.process_time():.2f} s", flush=True)


class FirstPaint(QObject):
    """An application event filter: at the first paint of an item view's viewport with rows,
    print the moment and quit."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(app)
        self.app = app
        self.window = window
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.done and event.type() == QEvent.Type.Paint:
            view = watched.parent()
            if (isinstance(view, QAbstractItemView) and view.viewport() is watched
                    and view.model() is not None and view.model().rowCount() > 0):
                self._finish("list painted")
        return False

    def nothing_to_paint(self) -> None:
        """After the first turn of the event loop: when no view shown has rows (an empty
        database), the window is as finished as it will get."""
        if self.done:
            return
        views = [v for v in self.window.findChildren(QAbstractItemView) if v.isVisible()]
        if not any(v.model() is not None and v.model().rowCount() > 0 for v in views):
            self._finish("nothing to list")

    def _finish(self, what: str) -> None:
        self.done = True
        report(time.time(), what)
        self.app.removeEventFilter(self)
        # Leave the event loop once this paint is over, not on its next turn: work the window
        # starts after its first paint (the Participants screen's figures, on a zero-delay
        # timer) comes after the moment measured, and a zero-delay quit would let it run
        # first and count in the process's time. (exit, not quit: quit closes the window
        # in the middle of its paint.)
        self.app.exit(0)
