"""Exports from the Drafts page: the progress dialog moves, and Cancel leaves no file."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from confdesk.cli import main
from confdesk.conclusions.demo import DRAFT_2
from confdesk.conclusions.queries import WORKING
from confdesk.db.database import Database
from confdesk.ui.conclusions.screen import ConclusionsScreen
from confdesk.ui.jobs import JobControl

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def file_text(path: Path) -> str:
    """The text a reader sees in an exported PDF (pdftotext) or Word file (python-docx)."""
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
    import docx

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def progress_dialog(screen: ConclusionsScreen) -> QProgressDialog:
    dialog = screen.findChild(QProgressDialog, "conclusionsExportProgress")
    assert dialog is not None
    return dialog


def progress_dialog_left(screen: ConclusionsScreen) -> bool:
    found = screen.findChild(QProgressDialog, "conclusionsExportProgress")
    return found is not None and found.isVisible()


def press_cancel(screen: ConclusionsScreen) -> None:
    button = progress_dialog(screen).findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.click()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_progress_dialog_moves_paragraph_by_paragraph(qtbot: QtBot, screen: ConclusionsScreen,
                                                      tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"final.{fmt}"
    job = screen.drafts.export(None, fmt, target)
    assert job is not None
    dialog = progress_dialog(screen)
    seen: list[tuple[int, int, str]] = []
    job.job.signals.progress.connect(
        lambda _d, _t: seen.append((dialog.value(), dialog.maximum(), dialog.labelText())))
    with qtbot.waitSignal(job.completed, timeout=20000):
        pass
    text = " ".join(file_text(target).split())
    # Word numbers the paragraphs itself (list numbering): python-docx reads no number.
    last = "15. Remain seized of the matter." if fmt == "pdf" else "Remain seized of the matter."
    assert last in text and "DRAFT" not in text
    # The demo's final text: an opening part, two lead-ins and 5 + 15 numbered paragraphs.
    total = seen[-1][1]
    assert total >= 22
    values = [value for value, _maximum, _label in seen]
    assert values == sorted(values) and values[-1] == total and len(set(values)) > total // 2
    assert seen[-1][2] == f"Writing final.{fmt}…\nParagraph {total} of {total}"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_cancel_leaves_no_file(qtbot: QtBot, screen: ConclusionsScreen, tmp_path: Path,
                               fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    told: list[int] = []
    report = JobControl.report

    def stop_after_three(control: JobControl, done: int, total: int) -> None:
        # Runs in the worker thread, installed before the job starts: the stop lands after
        # the third paragraph however fast the worker is.
        told.append(done)
        report(control, done, total)
        if done == 3:
            control.cancel()

    monkeypatch.setattr(JobControl, "report", stop_after_three)
    job = screen.drafts.export(None, fmt, folder / f"final.{fmt}")
    assert job is not None
    with qtbot.waitSignal(job.stopped, timeout=20000):
        pass
    assert told == [1, 2, 3]
    assert list(folder.iterdir()) == []
    assert not list(tmp_path.rglob("final*"))  # nor a partial file anywhere


def test_cancel_keeps_an_existing_file_as_it_was(qtbot: QtBot, screen: ConclusionsScreen,
                                                 tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "final.pdf"
    target.write_bytes(b"the earlier export")
    job = screen.drafts.export(None, "pdf", target)
    assert job is not None
    press_cancel(screen)  # before the first paragraph is done
    with qtbot.waitSignal(job.stopped, timeout=20000):
        pass
    assert target.read_bytes() == b"the earlier export"
    assert [p.name for p in folder.iterdir()] == ["final.pdf"]
    assert not progress_dialog_left(screen)


def test_redline_export_moves_too(qtbot: QtBot, screen: ConclusionsScreen,
                                  tmp_path: Path) -> None:
    screen.comparison.choose(DRAFT_2, WORKING)
    job = screen.comparison.export("docx", tmp_path / "redline.docx")
    assert job is not None
    told: list[tuple[int, int]] = []
    job.job.signals.progress.connect(lambda done, total: told.append((done, total)))
    with qtbot.waitSignal(job.completed, timeout=20000):
        pass
    text = " ".join(file_text(tmp_path / "redline.docx").split())
    assert "Remain seized of the matter." in text
    total = told[-1][1]
    assert total > 20 and told[-1] == (total, total)
    assert [done for done, _total in told] == sorted(done for done, _total in told)


@pytest.mark.parametrize(("fmt", "cli"), [
    ("txt", ["-f", "txt"]), ("md", ["-f", "md"]), ("akn", ["-f", "akn"]),
])
def test_the_window_and_the_cli_write_the_same_file(
        qtbot: QtBot, screen: ConclusionsScreen, demo: Database, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], fmt: str, cli: list[str]) -> None:
    """One export registry for both faces: the Drafts page's export and `confdesk export
    document` give the same bytes for the same draft."""
    draft = next(r for r in screen.drafts.rows if r.name == DRAFT_2)
    window = tmp_path / f"window.{fmt}"
    job = screen.drafts.export(draft.id, fmt, window)
    assert job is not None
    with qtbot.waitSignal(job.completed, timeout=20000):
        pass
    command = tmp_path / f"cli.{fmt}"
    code = main(["export", "document", *cli, "-o", str(command), "--draft", DRAFT_2,
                 "--database", str(demo.path)])
    capsys.readouterr()
    assert code == 0
    assert command.read_bytes() == window.read_bytes()
    assert "Draft 2" in window.read_text(encoding="utf-8")
