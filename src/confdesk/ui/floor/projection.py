"""The window projected in the room: who has the floor, the running time, who speaks next.

Large type on a dark ground, readable from the back of a hall. It follows the chair's list
live through `FloorLive.changed` (same process) and ticks its clock itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from confdesk.exports.floor_rows import clock
from confdesk.plenary.speakers_service import FloorRow, FloorSnapshot
from confdesk.ui.floor.live import FloorLive, now_utc

#: How many speakers after the next one the window shows.
THEN_COUNT = 3


def _label(name: str, points: int, *, bold: bool = False, colour: str = "#ffffff") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(f"color: {colour};")
    return label


class ProjectionWindow(QWidget):
    """The current and next speakers and the running time, for a second screen."""

    def __init__(self, live: FloorLive, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Speakers — projection"))
        self.setObjectName("floorProjection")
        self.setStyleSheet("QWidget#floorProjection { background: #0f1e2e; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.live = live
        self.current: FloorRow | None = None
        self.session = _label("projectionSession", 20, colour="#9fb3c8")
        self.heading = _label("projectionHeading", 22, colour="#9fb3c8")
        self.delegation = _label("projectionDelegation", 60, bold=True)
        self.speaker = _label("projectionSpeaker", 28, colour="#dbe4ee")
        self.clock = _label("projectionClock", 96, bold=True)
        self.next = _label("projectionNext", 34, bold=True, colour="#ffd27f")
        self.then = _label("projectionThen", 22, colour="#9fb3c8")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        for widget, stretch in ((self.session, 0), (self.heading, 0), (self.delegation, 2),
                                (self.speaker, 1), (self.clock, 2), (self.next, 1),
                                (self.then, 1)):
            layout.addWidget(widget, stretch)
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.tick)
        live.changed.connect(self.show_snapshot)
        self.show_snapshot(live.snapshot)

    def show_snapshot(self, snapshot: FloorSnapshot | None) -> None:
        """Show the list as it now stands."""
        if snapshot is None:
            self.session.setText("")
            self.current = None
            self.heading.setText(self.tr("No speakers' list"))
            for label in (self.delegation, self.speaker, self.clock, self.next, self.then):
                label.setText("")
            self.timer.stop()
            return
        self.session.setText(snapshot.session_title)
        self.current = snapshot.current
        upcoming = snapshot.upcoming
        if self.current is not None:
            self.heading.setText(self.tr("Has the floor"))
            self.delegation.setText(self.current.delegation)
            self.speaker.setText(self.current.speaker)
            self.timer.start()
        else:
            self.timer.stop()
            self.heading.setText(self.tr("Next speaker") if upcoming else
                                 self.tr("The list of speakers is exhausted"))
            first = upcoming.pop(0) if upcoming else None
            self.delegation.setText(first.delegation if first else "")
            self.speaker.setText(first.speaker if first else "")
        self.tick()
        nxt = upcoming[0] if upcoming and self.current is not None else None
        self.next.setText(self.tr("Next: %1").replace("%1", nxt.delegation) if nxt else "")
        rest = upcoming[1:] if self.current is not None else upcoming
        then = [r.delegation for r in rest[:THEN_COUNT]]
        self.then.setText(self.tr("Then: %1").replace("%1", " · ".join(then)) if then else "")

    def tick(self) -> None:
        """The running time, red once over the limit."""
        row = self.current
        if row is None:
            self.clock.setText("")
            return
        elapsed = row.elapsed(now_utc())
        self.clock.setText(f"{clock(elapsed)} / {clock(row.limit_seconds)}")
        over = elapsed > row.limit_seconds
        self.clock.setStyleSheet(f"color: {'#ff6b6b' if over else '#ffffff'};")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """F11 or F: full screen and back; Escape leaves full screen."""
        if event.key() in (Qt.Key.Key_F11, Qt.Key.Key_F):
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.timer.stop()
        super().closeEvent(event)
