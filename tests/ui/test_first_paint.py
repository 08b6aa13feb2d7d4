"""CONFDESK_EXIT_AFTER_SHOW on a database with people: the window quits at the first paint of
the filled Participants list (the end of start-up as a user sees it), saying so."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from confdesk.app import EXIT_AFTER_SHOW
from confdesk.cli import main


@pytest.mark.gui
def test_window_quits_at_the_first_paint_of_the_filled_list(tmp_path: Path) -> None:
    database = tmp_path / "small.sqlite"
    assert main(["demo", str(database), "--participants", "60", "--sessions", "4",
                 "--days", "1", "--rooms", "2"]) == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), XDG_CACHE_HOME=str(tmp_path / "k"))
    env[EXIT_AFTER_SHOW] = "1"
    began = time.time()
    result = subprocess.run([sys.executable, "-m", "confdesk", "--database", str(database)],
                            env=env, capture_output=True, text=True, timeout=120)
    ended = time.time()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    shown = [line for line in lines if line.startswith("confdesk: window shown at ")]
    assert len(shown) == 1, result.stdout
    assert began < float(shown[0].rsplit(" ", 1)[1]) < ended
    assert "confdesk: list painted" in lines


_AFTER_PAINT = r'''
import sys
from PySide6.QtCore import QEvent, QObject, QStringListModel, QTimer
from PySide6.QtWidgets import QApplication, QListView
from confdesk.ui.first_paint import FirstPaint

app = QApplication(sys.argv[:1])
view = QListView()
view.setModel(QStringListModel(["Ana", "Ben"]))


class AfterPaint(QObject):
    """What the Participants screen does: work on a zero-delay timer once its list painted."""

    def eventFilter(self, watched, event):
        if watched is view.viewport() and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: print("work after the paint ran", flush=True))
        return False


app.installEventFilter(FirstPaint(app, view))
view.viewport().installEventFilter(AfterPaint(view))
view.show()
app.exec()
del view
'''


@pytest.mark.gui
def test_work_started_by_the_measured_paint_is_not_measured(tmp_path: Path) -> None:
    """The process leaves its event loop as the measured paint ends: a zero-delay timer the
    paint starts (the figures read after the list's first paint) does not run before the
    process ends, so its work is not counted in the start-up's processor time."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"))
    result = subprocess.run([sys.executable, "-c", _AFTER_PAINT], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "confdesk: list painted" in lines
    assert any(line.startswith("confdesk: processor time ") for line in lines)
    assert "work after the paint ran" not in lines
