"""One behaviour when an undo or redo is refused, one error path for the Programme screen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, make_url
from sqlalchemy.exc import OperationalError

from confdesk.db.database import Database
from confdesk.demo.builder import build_demo
from confdesk.programme import operations as ops
from confdesk.programme.models import Theme
from confdesk.programme.service import ProgrammeService
from confdesk.ui.messages import install_excepthook
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.settings import Settings
from tests.ui.programme.conftest import programme

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(title, text) of the error messages shown, instead of blocking the test."""
    shown: list[tuple[str, str]] = []

    def critical(_parent: object, title: str, text: str, *args: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def test_a_refused_undo_says_why_and_leaves_the_stack(
        screen: ProgrammeScreen, demo: Database, boxes: list[tuple[str, str]]) -> None:
    """A colleague renamed the theme after my rename: my undo is refused, named, dropped."""
    dialog = screen.themes_dialog()
    assert dialog is not None
    theme = programme(demo).themes[0]
    before_count = screen.undo_stack.count()
    dialog._update(theme.id, "Prevention of atrocities", theme.colour)  # its Rename…
    assert screen.undo_stack.count() == before_count + 1
    with demo.sessions.begin() as s:  # a colleague renames it again
        ops.update_theme(s, theme.id, name="Early warning")
    screen.undo_stack.undo()
    assert boxes == [(
        "Cannot undo “Change theme “Prevention of atrocities””",
        "Someone else changed “Early warning” since; undoing or redoing this step would "
        "overwrite their change.\n\nThe programme has been reloaded to show it as it is now.")]
    with demo.sessions() as s:
        assert s.get(Theme, theme.id).name == "Early warning"  # type: ignore[union-attr]
    # dropped: neither "Undo" nor "Redo" offers the step again
    assert screen.undo_stack.count() == before_count
    assert not screen.undo_stack.canRedo()


def test_a_refused_redo_behaves_the_same(
        screen: ProgrammeScreen, demo: Database, boxes: list[tuple[str, str]]) -> None:
    lunch = next(s for s in programme(demo).sessions if s.title == "Lunch")
    screen.select_session(lunch.id)
    screen.delete_session()
    screen.undo_stack.undo()  # Lunch is back
    assert any(s.title == "Lunch" for s in programme(demo).sessions)
    with demo.sessions.begin() as s:  # a colleague moves it
        back = next(x for x in programme(demo).sessions if x.title == "Lunch")
        ops.resize_session(s, back.id, back.end_time.replace(minute=45))
    screen.undo_stack.redo()
    assert len(boxes) == 1 and boxes[0][0] == "Cannot redo “Delete “Lunch””"
    assert boxes[0][1].startswith("Someone else changed “Lunch” since")
    assert any(s.title == "Lunch" for s in programme(demo).sessions)
    assert not screen.undo_stack.canRedo() and screen.undo_stack.count() == 0


@pytest.mark.qt_no_exception_capture
def test_a_lost_database_connection_reaches_the_user_and_the_log(
        screen: ProgrammeScreen, boxes: list[tuple[str, str]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """F5 with the PostgreSQL server gone: the exception raised in the slot went to standard
    error only; now a message box says so honestly and the traceback goes to a log file."""

    def gone(_self: ProgrammeService) -> None:
        raise OperationalError("SELECT session.id FROM session", {},
                               Exception("server closed the connection unexpectedly"))

    monkeypatch.setattr(ProgrammeService, "snapshot", gone)
    previous = sys.excepthook
    hook = install_excepthook(tmp_path / "data")
    try:
        screen.reload_action.trigger()
    finally:
        sys.excepthook = previous
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title == "Something went wrong"
    assert text.startswith("The database could not be reached (the connection was lost")
    assert "SELECT" not in text and "server closed" not in text  # no raw SQLAlchemy text
    assert str(tmp_path / "data" / "errors.log") in text
    log = hook.path.read_text(encoding="utf-8")
    assert "OperationalError" in log and "server closed the connection unexpectedly" in log
    assert "reload_action" in log or "refresh" in log  # the traceback, not just the message


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_an_honest_message_and_writes_the_log(
        screen: ProgrammeScreen, boxes: list[tuple[str, str]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(ProgrammeScreen, "step_day", broken)
    previous = sys.excepthook
    hook = install_excepthook(tmp_path)
    try:
        screen.next_day_action.trigger()
    finally:
        sys.excepthook = previous
    assert [t for t, _ in boxes] == ["Something went wrong"]
    assert boxes[0][1].startswith("confdesk met an unexpected problem")
    assert "ZeroDivisionError: a bug" in hook.path.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_database_that_went_away_reaches_the_user_on_both_engines(
        qtbot: QtBot, database: Database, settings: Settings,
        boxes: list[tuple[str, str]], tmp_path: Path) -> None:
    """The server stops (here: the screen's sessions now reach a port where nothing listens,
    or a SQLite file whose folder is gone) and the user presses F5: the driver's real
    error reaches a message box, and the log, never only standard error."""
    with database.sessions() as s:
        event_id = build_demo(s).id
        s.commit()
    screen = ProgrammeScreen()
    qtbot.addWidget(screen)
    screen.settings = settings
    screen.show_event(database, event_id)
    assert screen.snapshot is not None and screen.snapshot.sessions
    gone = (make_url("postgresql+psycopg://postgres@127.0.0.1:1/gone")
            if database.path is None else make_url(f"sqlite:///{tmp_path}/gone/gone.sqlite"))
    unreachable = create_engine(gone, connect_args={"connect_timeout": 2}
                                if database.path is None else {})
    previous = sys.excepthook
    hook = install_excepthook(tmp_path / "data")
    database.sessions.configure(bind=unreachable)
    try:
        screen.reload_action.trigger()
    finally:
        database.sessions.configure(bind=database.engine)
        sys.excepthook = previous
        unreachable.dispose()
    assert [t for t, _ in boxes] == ["Something went wrong"]
    assert boxes[0][1].startswith("The database could not be reached")
    assert "OperationalError" in hook.path.read_text(encoding="utf-8")
    screen.reload_action.trigger()  # the server is back: F5 works again
    assert len(boxes) == 1 and screen.snapshot is not None and screen.snapshot.sessions
