"""The CLI and the window write their exports through one registry: the same files."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from confdesk.cli import main
from confdesk.db.database import Database
from confdesk.errors import UserError
from confdesk.exports import registry
from confdesk.exports.registry import ExportKind
from confdesk.ui.programme.screen import ProgrammeScreen

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


def _window(qtbot: QtBot, screen: ProgrammeScreen, kind: ExportKind, path: Path) -> None:
    watcher = screen.export_to(kind, path)
    assert watcher is not None
    with qtbot.waitSignal(watcher.completed, timeout=30000):
        pass


def _cli(demo: Database, argv: list[str], monkeypatch: pytest.MonkeyPatch,
         tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    try:
        code = main([*argv[:2], "--database", str(demo.url.database), *argv[2:]])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    assert code == 0


def _cells(path: Path) -> list[list[tuple[object, ...]]]:
    workbook = openpyxl.load_workbook(path)
    return [list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets]


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def test_cli_and_window_write_the_same_files(qtbot: QtBot, screen: ProgrammeScreen,
                                             demo: Database, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window, cli = tmp_path / "window", tmp_path / "cli"
    window.mkdir()
    cli.mkdir()
    for kind, argv in (
        (ExportKind.FRAB, ["export", "programme", "-o", str(cli / "p.xml")]),
        (ExportKind.XLSX, ["export", "programme", "-o", str(cli / "p.xlsx")]),
        (ExportKind.PDF_A5, ["export", "programme", "--a5", "-o", str(cli / "p-a5.pdf")]),
        (ExportKind.SPEAKERS_XLSX, ["export", "speakers", "-o", str(cli / "s.xlsx")]),
    ):
        name = Path(argv[-1]).name
        _window(qtbot, screen, kind, window / name)
        _cli(demo, argv, monkeypatch, tmp_path)
    # frab XML: byte for byte
    assert (window / "p.xml").read_bytes() == (cli / "p.xml").read_bytes()
    assert b"<schedule" in (cli / "p.xml").read_bytes()
    # workbooks: every cell of every sheet (the zip carries its own write time)
    for name in ("p.xlsx", "s.xlsx"):
        assert _cells(window / name) == _cells(cli / name)
    assert any("Lunch" in str(row) for row in _cells(cli / "p.xlsx")[0])
    # PDF: the same text on the same pages (the file carries its creation time and id)
    text = _pdf_text(cli / "p-a5.pdf")
    assert _pdf_text(window / "p-a5.pdf") == text and "Lunch" in text


def test_every_kind_has_a_suffix_and_the_cli_reaches_it() -> None:
    """One registry lists every export (programme, participants, outcome documents), and
    each kind is what the CLI's subject and --format (and --a5) name."""
    assert {k.subject for k in registry.ALL_KINDS} == set(registry.SUBJECTS)
    assert len(registry.ALL_KINDS) == len(set(registry.ALL_KINDS)) == 24
    for kind in registry.ALL_KINDS:
        assert kind.suffix.startswith(".")
        assert kind in registry.kinds_of(kind.subject)
        assert registry.kind_for(kind.subject, kind.format_name, a5=kind.a5) is kind
    assert [k.format_name for k in registry.kinds_of("badges")] == ["pdf"]
    with pytest.raises(UserError) as refused:
        registry.kind_for("speakers", "ics")
    assert refused.value.code == "export.format"
    assert str(refused.value) == ("There is no export in format “ics” for this; choose one "
                                  "of: pdf, xlsx.")
