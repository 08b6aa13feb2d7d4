"""Fixtures of the Conclusions screen tests: the demo conference, built once, copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database, open_database
from confdesk.demo.builder import build_demo
from confdesk.ui.conclusions.screen import ConclusionsScreen


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed SQLite file holding the demo conference (built once per test run)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    try:
        with db.sessions.begin() as session:
            build_demo(session)
    finally:
        db.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo database, open."""
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    db = open_database(copy)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def screen(qtbot: QtBot, demo: Database) -> ConclusionsScreen:
    """The Conclusions screen showing the demo's Chair's Conclusions."""
    widget = ConclusionsScreen()
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show_event(demo, 1)
    widget.show()
    return widget


@pytest.fixture(autouse=True)
def reopen_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers "Keep Agreed" when an agreed paragraph's edit asks whether to reopen it (the
    demo's final text is all agreed), and records the paragraphs asked about. A test that
    wants another answer patches `reopen.ask` again."""
    from confdesk.ui.conclusions import reopen

    asked: list[str] = []

    def keep(_parent: object, number: str) -> reopen.Reopen:
        asked.append(number)
        return reopen.Reopen.KEEP

    monkeypatch.setattr(reopen, "ask", keep)
    return asked
