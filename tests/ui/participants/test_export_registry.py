"""The CLI and the window write the participants' exports through one code path: the same
files for the same choices (`RegistrationService.export_list` / `export_badges`)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from confdesk.cli import main
from confdesk.db.database import Database
from confdesk.errors import UserError
from confdesk.exports.registry import ParticipantsExport, kind_for
from confdesk.ui.participants.screen import ParticipantsScreen
from tests.ui.participants.conftest import People


def _cli(db: Database, argv: list[str], monkeypatch: pytest.MonkeyPatch,
         tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    try:
        code = main([*argv[:2], "--database", str(db.path), *argv[2:]])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    assert code == 0


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def test_cli_and_window_write_the_same_list_and_badges(
        qtbot: QtBot, screen: ParticipantsScreen, people_database: tuple[Database, People],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = people_database[0]
    if db.path is None:
        pytest.skip("the CLI is given the SQLite file here")
    window_xlsx, cli_xlsx = tmp_path / "window.xlsx", tmp_path / "cli.xlsx"
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000):
        screen.exporter.export_list(window_xlsx, "xlsx", "en", "all")
    _cli(db, ["export", "participants", "-o", str(cli_xlsx), "--format", "xlsx"],
         monkeypatch, tmp_path)
    window_rows = list(openpyxl.load_workbook(window_xlsx).active.iter_rows(values_only=True))
    cli_rows = list(openpyxl.load_workbook(cli_xlsx).active.iter_rows(values_only=True))
    assert window_rows == cli_rows
    assert ("Thorbjørn", "Jagland") in {(r[window_rows[0].index("Given name")],
                                         r[window_rows[0].index("Family name")])
                                        for r in window_rows[1:]}

    window_pdf, cli_pdf = tmp_path / "window-badges.pdf", tmp_path / "cli-badges.pdf"
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000):
        screen.exporter.print_badges(window_pdf, "all", "en")
    _cli(db, ["export", "badges", "-o", str(cli_pdf)], monkeypatch, tmp_path)
    window_text, cli_text = _pdf_text(window_pdf), _pdf_text(cli_pdf)
    assert window_text == cli_text
    assert "Jagland" in cli_text and "Cancel" not in cli_text  # the cancelled get no badge
    assert not list(tmp_path.glob(".*.partial"))


def test_the_registry_names_its_kinds() -> None:
    assert [k.suffix for k in ParticipantsExport] == [".pdf", ".xlsx", ".csv", ".pdf"]
    assert kind_for("participants", "csv") is ParticipantsExport.LIST_CSV
    with pytest.raises(UserError) as refused:
        kind_for("participants", "docx")
    assert (refused.value.code, refused.value.params) == ("export.format", {"format": "docx"})
