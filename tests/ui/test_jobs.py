"""The shared job runner: a job that ends is not turned into a cancelled one afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from confdesk.ui.jobs import JobControl, start_job

pytestmark = pytest.mark.gui


def test_closing_the_progress_of_a_finished_job_does_not_cancel_it(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    controls: list[JobControl] = []

    def work(control: JobControl) -> str:
        controls.append(control)
        control(1, 1)
        return "done"

    watcher = start_job(parent, work, "Working…", "Job")
    with qtbot.waitSignal(watcher.completed, timeout=10000) as finished:
        pass
    assert finished.args == ["done"]
    # The dialog was closed when the job ended; that close must not set the cancel flag
    # (QProgressDialog emits `canceled` when it closes).
    assert not controls[0].cancelled
