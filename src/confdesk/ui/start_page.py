"""The start page: what the window shows while there is nothing to work on yet (no database
open, or a database without an event), with the first steps a new user needs in sight."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from confdesk.ui.icons import app_icon


class StartPage(QWidget):
    """Create an event, open the demo, open another database, import registrations, or
    reopen a recent database. Each button emits a signal the main window acts on."""

    create_event = Signal()
    open_demo = Signal()
    open_other = Signal()
    import_registrations = Signal()
    open_recent = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        column = QFrame(self)
        column.setFixedWidth(min(620, max(460, self.fontMetrics().averageCharWidth() * 80)))
        box = QVBoxLayout(column)
        box.setSpacing(6)
        logo = QLabel(column)
        logo.setPixmap(app_icon().pixmap(64, 64))
        self.heading = QLabel(column)
        self.heading.setObjectName("startHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel(column)
        self.explanation.setObjectName("startExplanation")
        self.explanation.setWordWrap(True)
        box.addWidget(logo)
        box.addWidget(self.heading)
        box.addWidget(self.explanation)
        box.addSpacing(12)
        self.create_button = self._button(
            box, "startCreateEvent", self.tr("Create an Event…"),
            self.tr("Its name, dates, venue and rooms."), self.create_event)
        self.import_button = self._button(
            box, "startImport", self.tr("Import Registrations…"),
            self.tr("Create the event, then read the spreadsheet you received."),
            self.import_registrations)
        self.demo_button = self._button(
            box, "startDemo", self.tr("Open the Demo Conference"),
            self.tr("Brussels 2014: participants, programme and conclusions to try."),
            self.open_demo)
        self.other_button = self._button(
            box, "startOpen", self.tr("Open Another Database…"),
            self.tr("A confdesk file a colleague gave you, or a shared server."),
            self.open_other)
        self.recent_heading = QLabel(self.tr("Recent databases"), column)
        bold = self.recent_heading.font()
        bold.setBold(True)
        self.recent_heading.setFont(bold)
        box.addSpacing(12)
        box.addWidget(self.recent_heading)
        self.recent_box = QVBoxLayout()
        box.addLayout(self.recent_box)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.recent_buttons: list[QCommandLinkButton] = []
        self.show_state(has_database=False)

    def _button(self, box: QVBoxLayout, name: str, text: str, description: str,
                signal: SignalInstance) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setObjectName(name)
        button.setAccessibleDescription(description)
        button.clicked.connect(signal.emit)
        box.addWidget(button)
        return button

    def show_state(self, *, has_database: bool, label: str = "",
                   recent: list[str] | None = None) -> None:
        """Say why there is nothing to show and offer what applies: with a database, create
        an event in it (or import into a new one); without, open one."""
        if has_database:
            self.heading.setText(self.tr("This database holds no event yet"))
            self.explanation.setText(
                self.tr("{database} is open. Create the event you are preparing, or import "
                        "the registrations you received; or try confdesk on the demo "
                        "conference first.").format(database=label))
        else:
            self.heading.setText(self.tr("Welcome to confdesk"))
            self.explanation.setText(
                self.tr("No database is open. Open the demo conference to see confdesk at "
                        "work, or open the database you work on."))
        self.create_button.setVisible(has_database)
        self.import_button.setVisible(has_database)
        self.create_button.setDefault(has_database)
        self.demo_button.setDefault(not has_database)
        for button in self.recent_buttons:
            self.recent_box.removeWidget(button)
            button.deleteLater()
        self.recent_buttons = []
        shown = [target for target in (recent or []) if target != label][:5]
        for target in shown:
            button = QCommandLinkButton(Path(target).name if "://" not in target else target,
                                        target, self)
            button.setObjectName("startRecent")
            button.clicked.connect(lambda _checked=False, t=target: self.open_recent.emit(t))
            self.recent_box.addWidget(button)
            self.recent_buttons.append(button)
        self.recent_heading.setVisible(bool(shown))
