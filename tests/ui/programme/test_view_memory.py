"""The Programme screen remembers zoom, colours, tab and the list's columns between runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from confdesk.db.database import Database
from confdesk.events.models import Event
from confdesk.ui.main_window import MainWindow
from confdesk.ui.programme.grid import DEFAULT_SCALE
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")

TITLE = 6


def reopened(path: Path) -> Settings:
    """The settings file read afresh, as the next run of the program reads it."""
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def another_screen(qtbot: QtBot, settings: Settings, screen: ProgrammeScreen) -> ProgrammeScreen:
    widget = ProgrammeScreen()
    qtbot.addWidget(widget)
    widget.settings = settings
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_event(screen.database, screen.event_id)
    return widget


def test_zoom_colours_tab_and_columns_come_back_in_the_next_run(
        qtbot: QtBot, screen: ProgrammeScreen, tmp_path: Path) -> None:
    screen.zoom_in_action.trigger()
    screen.zoom_in_action.trigger()
    zoom = screen.grid.scale_factor
    assert zoom > DEFAULT_SCALE * 1.5
    screen.colour_combo.setCurrentIndex(1)  # by kind
    screen.tabs.setCurrentIndex(1)
    screen.table.setColumnWidth(TITLE, 420)
    screen.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    titles = sorted((s.title for s in screen.snapshot.sessions), reverse=True)  # type: ignore[union-attr]
    screen.settings.sync()

    later = another_screen(qtbot, reopened(tmp_path / "settings.ini"), screen)
    assert later.grid.scale_factor == pytest.approx(zoom)
    assert later.colour_combo.currentText() == "Colour by kind"
    assert later.grid.colour_by_kind
    assert later.tabs.currentIndex() == 1
    assert later.table.columnWidth(TITLE) == 420
    header = later.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        TITLE, Qt.SortOrder.DescendingOrder)
    shown = [later.model.data(later.model.index(row, TITLE))
             for row in range(later.model.rowCount())]
    assert shown[:3] == titles[:3]


def test_a_first_run_shows_the_timetable_by_theme_at_the_default_zoom(
        qtbot: QtBot, screen: ProgrammeScreen) -> None:
    assert screen.tabs.currentIndex() == 0
    assert screen.grid.scale_factor == DEFAULT_SCALE
    assert screen.colour_combo.currentIndex() == 0
    header = screen.table.horizontalHeader()
    assert header.sortIndicatorSection() == 0


def test_showing_no_event_does_not_forget_the_tab(screen: ProgrammeScreen, demo: Database,
                                                  settings: Settings) -> None:
    event_id = screen.event_id
    screen.tabs.setCurrentIndex(1)
    screen.show_event(demo, None)  # a database without events: the overview says so
    assert screen.tabs.currentWidget() is screen.summary
    assert settings.programme_tab() == 1
    screen.show_event(demo, event_id)
    assert screen.tabs.currentIndex() == 1


def test_in_the_window_the_screen_writes_to_the_window_settings(
        qtbot: QtBot, settings: Settings, demo: Database) -> None:
    window = MainWindow(settings, demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with demo.sessions() as s:
        assert window.select_event(s.scalars(select(Event.id)).one())
    window.ui.actionProgramme.trigger()
    screen = window.current_screen
    assert isinstance(screen, ProgrammeScreen)
    assert screen.settings is settings
    screen.zoom_out_action.trigger()
    assert settings.programme_zoom() == pytest.approx(screen.grid.scale_factor)
    assert screen.grid.scale_factor < DEFAULT_SCALE
