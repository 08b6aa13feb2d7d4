"""The find and replace bar of the editor (Ctrl+F, Ctrl+H)."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from confdesk.ui.generated.ui_conclusions_find_bar import Ui_FindBar


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
        self.ui = Ui_FindBar()
        self.ui.setupUi(self)
        ui = self.ui
        ui.findEdit.textChanged.connect(lambda _t: self.search_changed.emit())
        ui.matchCaseCheck.toggled.connect(lambda _c: self.search_changed.emit())
        ui.findEdit.returnPressed.connect(self.next_requested)
        ui.nextButton.clicked.connect(self.next_requested)
        ui.replaceButton.clicked.connect(self.replace_requested)
        ui.replaceAllButton.clicked.connect(self.replace_all_requested)
        ui.closeButton.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self, replace: bool) -> None:
        """Show the bar (with the replace field when `replace`) and focus the find field."""
        self.ui.replaceEdit.setVisible(replace)
        self.ui.replaceButton.setVisible(replace)
        self.ui.replaceAllButton.setVisible(replace)
        self.show()
        self.ui.findEdit.setFocus()
        self.ui.findEdit.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and clear the highlights."""
        self.ui.findEdit.clear()
        self.hide()

    def search(self) -> tuple[str, bool]:
        """The text to find and whether case must match."""
        return self.ui.findEdit.text(), self.ui.matchCaseCheck.isChecked()

    def pattern(self) -> re.Pattern[str] | None:
        """The current search as a regular expression."""
        return pattern(self.ui.findEdit.text(), self.ui.matchCaseCheck.isChecked())

    def show_count(self, matches: int, paragraphs: int) -> None:
        """'3 matches in 2 paragraphs'."""
        if not self.ui.findEdit.text():
            self.ui.countLabel.setText("")
        elif matches == 0:
            self.ui.countLabel.setText(self.tr("No match"))
        else:
            self.ui.countLabel.setText(self.tr("%Ln match(es)", "", matches) + " · "
                               + self.tr("%Ln paragraph(s)", "", paragraphs))
