"""CONFDESK_EXIT_AFTER_SHOW: the window quits once shown, saying when (start-up benchmark)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from confdesk.app import EXIT_AFTER_SHOW


def run_window(tmp_path: Path, flag: str) -> subprocess.CompletedProcess[str]:
    """`python -m confdesk --database FILE` offscreen, with its settings kept in tmp_path."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    env[EXIT_AFTER_SHOW] = flag
    return subprocess.run(
        [sys.executable, "-m", "confdesk", "--database", str(tmp_path / "new.sqlite")],
        env=env, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.gui
def test_window_quits_once_shown_and_prints_the_moment(tmp_path: Path) -> None:
    began = time.time()
    result = run_window(tmp_path, "1")
    ended = time.time()
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines()
             if line.startswith("confdesk: window shown at ")]
    assert len(lines) == 1, result.stdout
    shown = float(lines[0].rsplit(" ", 1)[1])
    assert began < shown < ended
    assert (tmp_path / "new.sqlite").is_file()  # it really opened the database
