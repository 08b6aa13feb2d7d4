"""The find and replace bar of the editor (Ctrl+F, Ctrl+H)."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)


def pattern(find: str, match_case: bool) -> re.Pattern[str] | None:
    """The regular expression the bar searches with (None when there is nothing to find)."""
    if not find:
        return None
    return re.compile(re.escape(find), 0 if match_case else re.IGNORECASE)


class FindBar(QWidget):
    """Find, replace one, replace all; says how many matches there are."""

    #: The search text or the case option changed.
    search_changed = Signal()
    next_requested = Signal()
    replace_requested = Signal()
    replace_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_text = QLineEdit()
        self.find_text.setPlaceholderText(self.tr("Find"))
        self.find_text.setClearButtonEnabled(True)
        self.replace_text = QLineEdit()
        self.replace_text.setPlaceholderText(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("Match case"))
        self.count = QLabel()
        self.next_button = QPushButton(self.tr("Next"))
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace All"))
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close the find bar (Esc)"))
        close.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        for field in (self.find_text, self.replace_text):
            layout.addWidget(field, 1)
        for widget in (self.match_case, self.count, self.next_button, self.replace_button,
                       self.replace_all_button, close):
            layout.addWidget(widget)
        self.find_text.textChanged.connect(lambda _t: self.search_changed.emit())
        self.match_case.toggled.connect(lambda _c: self.search_changed.emit())
        self.find_text.returnPressed.connect(self.next_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.replace_button.clicked.connect(self.replace_requested)
        self.replace_all_button.clicked.connect(self.replace_all_requested)
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self, replace: bool) -> None:
        """Show the bar (with the replace field when `replace`) and focus the find field."""
        self.replace_text.setVisible(replace)
        self.replace_button.setVisible(replace)
        self.replace_all_button.setVisible(replace)
        self.show()
        self.find_text.setFocus()
        self.find_text.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and clear the highlights."""
        self.find_text.clear()
        self.hide()

    def pattern(self) -> re.Pattern[str] | None:
        """The current search as a regular expression."""
        return pattern(self.find_text.text(), self.match_case.isChecked())

    def show_count(self, matches: int, paragraphs: int) -> None:
        """'3 matches in 2 paragraphs'."""
        if not self.find_text.text():
            self.count.setText("")
        elif matches == 0:
            self.count.setText(self.tr("No match"))
        else:
            self.count.setText(self.tr("%Ln match(es)", "", matches) + " · "
                               + self.tr("%Ln paragraph(s)", "", paragraphs))
