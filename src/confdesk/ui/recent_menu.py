"""File → Open Recent: the remembered databases as a menu, rebuilt whenever it opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from confdesk.ui.recent import is_file_target
from confdesk.ui.settings import Settings


class RecentMenu(QObject):
    """Fills a QMenu with recent databases; choosing one calls `open_target(entry)`."""

    def __init__(
        self,
        menu: QMenu,
        settings: Settings,
        open_target: Callable[[str], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.menu = menu
        self.settings = settings
        self.open_target = open_target
        menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def entries(self) -> list[str]:
        """The remembered databases, newest first, missing files pruned."""
        return self.settings.recent_databases()

    def add(self, entry: str) -> None:
        """Put `entry` at the top of the list."""
        self.settings.add_recent_database(entry)
        self.rebuild()

    def rebuild(self) -> None:
        """Recreate the menu's actions from the settings."""
        self.menu.clear()
        entries = self.entries()
        for number, entry in enumerate(entries, start=1):
            name = Path(entry).name if is_file_target(entry) else entry
            action = self.menu.addAction(f"&{number} {name}")
            action.setToolTip(entry)
            action.setStatusTip(entry)
            action.setData(entry)
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{number}"))
            action.triggered.connect(lambda _checked=False, e=entry: self.open_target(e))
        if entries:
            self.menu.addSeparator()
        clear = self.menu.addAction(self.tr("&Clear Menu"))
        clear.setShortcut(QKeySequence("Ctrl+Alt+0"))
        clear.setEnabled(bool(entries))
        clear.triggered.connect(self.clear)
        self.menu.setEnabled(True)

    def clear(self) -> None:
        """Forget every recent database."""
        self.settings.clear_recent_databases()
        self.rebuild()
