"""Fixtures of the Programme screen tests: the demo conference in a private SQLite file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from confdesk.db.database import Database, open_database
from confdesk.db.reader import SessionReader
from confdesk.demo.builder import write_demo_database
from confdesk.events.models import Event
from confdesk.programme.queries import ProgrammeSnapshot, load_programme
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.settings import Settings


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per run; tests work on copies."""
    path = tmp_path_factory.mktemp("programme-demo") / "demo.sqlite"
    write_demo_database(path)
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo database of the test's own, open."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def screen(qtbot: QtBot, demo: Database, settings: Settings) -> Iterator[ProgrammeScreen]:
    """The Programme screen showing the demo conference, shown at 1200×800, with settings of
    the test's own; the dialogs it opened are closed afterwards, so no window outlives the
    test."""
    widget = ProgrammeScreen()
    widget.settings = settings
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    with demo.sessions() as s:
        event_id = s.scalars(select(Event.id)).one()
    widget.show_event(demo, event_id)
    yield widget
    for window in QApplication.topLevelWidgets():
        owner = window.parentWidget()
        while owner is not None and owner is not widget:
            owner = owner.parentWidget()
        if owner is widget and window.isVisible():
            window.close()


def programme(db: Database) -> ProgrammeSnapshot:
    """The programme as stored now."""
    with db.sessions() as s:
        return load_programme(SessionReader(s))
