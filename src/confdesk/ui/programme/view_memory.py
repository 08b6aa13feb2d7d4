"""What the Programme screen remembers between runs: zoom, colour mode, tab, list columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QTableView, QTabWidget

from confdesk.ui.programme.grid import DayGridView
from confdesk.ui.settings import Settings


class ViewMemory:
    """Writes the screen's view choices to Settings as the user makes them; puts them back.

    `settings` is asked for each time, since a screen learns its window's settings only
    once it is placed in the window.
    """

    def __init__(self, settings: Callable[[], Settings], grid: DayGridView,
                 colours: QComboBox, tabs: QTabWidget, table: QTableView) -> None:
        self.settings = settings
        self.grid, self.colours, self.tabs, self.table = grid, colours, tabs, table
        self.header = header = table.horizontalHeader()
        #: While False, changes are not written: the screen is showing nothing yet, or the
        #: remembered view is being put back.
        self.active = False
        grid.zoom_changed.connect(self._zoomed)
        colours.currentIndexChanged.connect(self._coloured)
        tabs.currentChanged.connect(self._tab_shown)
        header.sectionResized.connect(self._header_changed)
        header.sortIndicatorChanged.connect(self._header_changed)

    def restore(self) -> int:
        """Put back the zoom, the colour mode and the list's columns; returns the tab to show
        (the caller shows it once there is something in it)."""
        self.active = False
        settings = self.settings()
        zoom = settings.programme_zoom()
        if zoom is not None:
            self.grid.set_scale(zoom)
        self.colours.setCurrentIndex(1 if settings.programme_colour_by_kind() else 0)
        state = settings.programme_list_header()
        if state is not None and self.header.restoreState(state):
            # restoreState sets the sort indicator without sorting: sort as it shows
            self.table.sortByColumn(self.header.sortIndicatorSection(),
                                    self.header.sortIndicatorOrder())
        return min(max(settings.programme_tab(), 0), self.tabs.count() - 1)

    def _zoomed(self, pixels_per_minute: float) -> None:
        if self.active:
            self.settings().set_programme_zoom(pixels_per_minute)

    def _coloured(self, index: int) -> None:
        if self.active:
            self.settings().set_programme_colour_by_kind(index == 1)

    def _tab_shown(self, index: int) -> None:
        if self.active:
            self.settings().set_programme_tab(index)

    def _header_changed(self, *_args: object) -> None:
        if self.active:
            self.settings().set_programme_list_header(self.header.saveState())
