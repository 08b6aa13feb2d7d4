"""Live conflicts in the warnings panel and on blocks; themes; exports from the screen."""

from __future__ import annotations

import threading
from datetime import time
from pathlib import Path

import icalendar
import pytest
import vobject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.exports import registry
from confdesk.exports.registry import ExportKind
from confdesk.programme.conflicts import Severity
from confdesk.ui.programme.screen import ProgrammeScreen
from tests.ui.programme.conftest import programme

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


def test_a_room_clash_appears_in_the_panel_and_on_the_blocks_and_goes_with_undo(
    qtbot: QtBot, screen: ProgrammeScreen, demo: Database
) -> None:
    stored = programme(demo)
    side = next(s for s in stored.sessions if s.title.startswith("Side event: Focal"))
    session_three = next(s for s in stored.sessions if s.title.startswith("Session III"))
    assert not any("holds two sessions at once" in t for t in screen.warnings.texts())
    assert screen.grid.blocks[side.id].severity is None
    hall = session_three.room
    assert hall is not None
    screen.move_session(side.id, hall.id, time(15, 0))  # into Session III's hall and time
    clash = [t for t in screen.warnings.texts() if "holds two sessions at once" in t]
    assert clash == [
        "Main Conference Hall holds two sessions at once: “Session III: The role of civil "
        "society” (Mon 31 Mar 14:30–16:00) and “Side event: Focal Points for Prevention "
        "– a global network” (Mon 31 Mar 15:00–16:15)."
    ] or (len(clash) == 1 and "Main Conference Hall holds two sessions" in clash[0])
    for session_id in (side.id, session_three.id):
        block = screen.grid.blocks[session_id]
        assert block.severity == Severity.ERROR
        assert "holds two sessions at once" in block.toolTip()
    # the clashing blocks share the column side by side instead of hiding each other
    assert screen.grid.blocks[side.id].column == screen.grid.blocks[session_three.id].column
    assert not screen.grid.blocks[side.id].sceneBoundingRect().intersects(
        screen.grid.blocks[session_three.id].sceneBoundingRect())
    conflicts_column = [screen.model.data(screen.model.index(r, 9))
                        for r in range(screen.model.rowCount())
                        if screen.model.session_at(r).id == side.id]
    assert conflicts_column == ["1"]

    # clicking the finding selects the session in the grid and the list
    screen.select_session(stored.sessions[0].id)
    row = next(i for i, t in enumerate(screen.warnings.texts()) if "holds two" in t)
    item = screen.warnings.list.item(row)
    screen.warnings.list.itemClicked.emit(item)
    assert screen.grid.selected_session() == session_three.id
    assert screen.model.session_at(screen.table.currentIndex().row()).id == session_three.id

    screen.undo_stack.undo()
    assert not any("holds two sessions at once" in t for t in screen.warnings.texts())
    assert screen.grid.blocks[side.id].severity is None


def test_themes_dialog_adds_and_recolours_with_undo(screen: ProgrammeScreen,
                                                    demo: Database) -> None:
    names: list[str] = []
    dialog = screen.themes_dialog()
    assert dialog is not None
    assert dialog.ui.themesList.count() == 4
    dialog.name_chooser = lambda _title, _current, _parent: "Memorialisation"
    dialog.add()
    assert [t.name for t in programme(demo).themes][-1] == "Memorialisation"
    assert dialog.ui.themesList.currentItem().text() == "Memorialisation"
    dialog.colour_chooser = lambda _current, _parent: QColor("#123456")
    dialog.recolour()
    assert programme(demo).themes[-1].colour == "#123456"
    dialog.name_chooser = lambda _title, _current, _parent: "role of civil society"
    dialog.ui.themesList.setCurrentRow(0)
    dialog.rename()
    assert "already a theme" in dialog.ui.errorLabel.text()
    names = [t.name for t in programme(demo).themes]
    assert names.count("Role of Civil Society") == 1
    screen.undo_stack.undo()
    assert programme(demo).themes[-1].colour != "#123456"
    screen.undo_stack.undo()
    assert "Memorialisation" not in [t.name for t in programme(demo).themes]


def test_export_to_icalendar_from_the_screen(qtbot: QtBot, screen: ProgrammeScreen,
                                             tmp_path: Path) -> None:
    target = tmp_path / "programme.ics"
    watcher = screen.export_to(ExportKind.ICS, target)
    assert watcher is not None
    with qtbot.waitSignal(watcher.completed, timeout=20000) as blocker:
        pass
    assert blocker.args == [str(target)]
    data = target.read_text(encoding="utf-8")
    calendar = vobject.readOne(data, validate=True)
    summaries = sorted(str(e.summary.value) for e in calendar.vevent_list)
    assert len(summaries) == 12  # the 19 sessions without the 7 breaks
    assert "Session I: Status of academic research on genocide" in summaries
    parsed = icalendar.Calendar.from_ical(data)
    assert len(parsed.walk("VEVENT")) == 12
    assert screen.status.text() == f"Wrote {target}."


def test_export_of_the_shown_day_only(qtbot: QtBot, screen: ProgrammeScreen,
                                      tmp_path: Path) -> None:
    screen.show_day(1)
    screen.day_only_action.setChecked(True)
    target = tmp_path / "day2.ics"
    watcher = screen.export_to(ExportKind.ICS, target)
    assert watcher is not None
    with qtbot.waitSignal(watcher.completed, timeout=20000):
        pass
    calendar = vobject.readOne(target.read_text(encoding="utf-8"), validate=True)
    days = {e.dtstart.value.date().isoformat() for e in calendar.vevent_list}
    assert days == {"2014-04-01"}


def test_cancel_in_the_progress_dialog_writes_nothing(
    qtbot: QtBot, screen: ProgrammeScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    real_render = registry.render

    def held_render(export: registry.ProgrammeExport, progress: object = None) -> bytes:
        gate.wait(10)  # the user presses Cancel while this export is still running
        return real_render(export, progress)  # type: ignore[arg-type]

    monkeypatch.setattr(registry, "render", held_render)
    target = tmp_path / "programme.xlsx"
    watcher = screen.export_to(ExportKind.XLSX, target)
    assert watcher is not None
    with qtbot.waitSignal(watcher.stopped, timeout=20000):
        cancel_button = watcher.progress.findChild(QPushButton)
        assert cancel_button.text() == "Cancel"
        cancel_button.click()
        gate.set()
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "programme" in p.name] == []
    assert screen.status.text() == "Export cancelled; nothing was written."


def test_speakers_pdf_export_moves_the_progress_dialog_and_cancel_stops_it(
    qtbot: QtBot, screen: ProgrammeScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = len(programme(screen.database).speakers())  # type: ignore[arg-type]
    gate = threading.Event()
    real_render = registry.render

    def held_after_first_person(export: registry.ProgrammeExport,
                                progress: object = None) -> bytes:
        def step(done: int, total: int) -> None:
            progress(done, total)  # type: ignore[operator]
            if done == 1:
                gate.wait(10)  # the user sees the first step and presses Cancel meanwhile
        return real_render(export, step)

    monkeypatch.setattr(registry, "render", held_after_first_person)
    target = tmp_path / "speakers.pdf"
    watcher = screen.export_to(ExportKind.SPEAKERS_PDF, target)
    assert watcher is not None
    dialog = watcher.progress
    qtbot.waitUntil(lambda: (dialog.maximum(), dialog.value()) == (people, 1), timeout=20000)
    with qtbot.waitSignal(watcher.stopped, timeout=20000):
        dialog.findChild(QPushButton).click()
        gate.set()
    assert not target.exists()
    assert screen.status.text() == "Export cancelled; nothing was written."

