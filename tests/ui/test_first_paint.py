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
