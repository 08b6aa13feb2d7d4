"""The shared job runner: a job that ends is not turned into a cancelled one afterwards."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from confdesk.ui.jobs import JobControl, run_job, start_job

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


def test_a_job_that_committed_is_done_even_when_cancelled_after(qtbot: QtBot) -> None:
    """run_job with final_check=False: a cancel that comes once the work has returned (what it
    did stands, like a committed import) does not turn it into a cancelled job; its progress
    reaches the caller inline."""
    committed, go_on = threading.Event(), threading.Event()
    steps: list[tuple[int, int]] = []

    def work(control: JobControl) -> str:
        control.report(1, 2)
        committed.set()
        go_on.wait(10)
        control.report(2, 2)  # reports never raise, even after a cancel
        return "imported"

    watcher = run_job(work, final_check=False)
    watcher.progressed.connect(lambda done, total: steps.append((done, total)))
    stopped: list[bool] = []
    watcher.stopped.connect(lambda: stopped.append(True))
    assert committed.wait(10)
    watcher.job.control.cancel()
    go_on.set()
    with qtbot.waitSignal(watcher.completed, timeout=10000) as finished:
        pass
    assert finished.args == ["imported"]
    assert steps == [(1, 2), (2, 2)]
    assert not stopped


def test_run_job_reports_a_cancel_before_the_end_as_stopped(qtbot: QtBot) -> None:
    def work(control: JobControl) -> str:
        control.cancel()  # as if the user pressed Stop meanwhile
        return "thrown away"

    watcher = run_job(work)
    with qtbot.waitSignal(watcher.stopped, timeout=10000):
        pass
