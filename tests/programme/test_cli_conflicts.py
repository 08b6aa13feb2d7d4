"""`confdesk export programme|speakers` of a programme with conflicts: written, with the
conflicts as warnings on standard error and exit status 0."""

from __future__ import annotations

import subprocess
from datetime import time
from pathlib import Path

import pytest

from confdesk.cli import main
from confdesk.db.database import open_database
from confdesk.programme.models import RoleKind, SessionKind
from confdesk.registration.models import Status
from tests.factories import add_role, make_event, make_participant, make_room, make_session


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def clash_db(tmp_path: Path) -> Path:
    """A hall holding two sessions at once, a person in both and a chair who cancelled; one
    panel without a rapporteur (a warning, not a conflict)."""
    path = tmp_path / "clash.sqlite"
    db = open_database(path)
    with db.sessions() as s:
        event = make_event(s, short_name="Clash 2014")
        hall = make_room(s, event, name="Main Hall")
        first = make_session(s, event, title="Panel A", kind=SessionKind.PANEL, room=hall,
                             start_time=time(9, 0), end_time=time(10, 30))
        second = make_session(s, event, title="Panel B", kind=SessionKind.PANEL, room=hall,
                              start_time=time(10, 0), end_time=time(11, 0))
        chair = make_participant(s, event, given_name="Ana", family_name="Gone",
                                 status=Status.CANCELLED)
        add_role(s, first, chair, RoleKind.CHAIR)
        other = make_participant(s, event, given_name="Bo", family_name="Here",
                                 status=Status.CONFIRMED)
        add_role(s, second, other, RoleKind.CHAIR)
        add_role(s, first, other, RoleKind.RAPPORTEUR)
        s.commit()
    db.close()
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command, name", [("programme", "programme.pdf"),
                                           ("programme", "programme.xlsx"),
                                           ("speakers", "speakers.pdf")])
def test_export_with_conflicts_warns_on_stderr_and_exits_zero(
        clash_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        command: str, name: str) -> None:
    target = tmp_path / name
    code, out, err = _run(["--database", str(clash_db), "export", command, "-o", str(target)],
                          capsys)
    assert code == 0
    assert target.stat().st_size > 0
    assert out.startswith(f"Wrote {target}")
    lines = err.splitlines()
    assert all(line.startswith("warning: ") for line in lines)
    assert any("Main Hall holds two sessions at once" in line for line in lines)
    assert any("Ana Gone" in line and "cancelled" in line for line in lines)
    assert lines[-1] == ("warning: the programme has 3 conflicts; the file shows it as it "
                         "stands (`confdesk check` lists every problem).")
    assert any("Bo Here is expected in two sessions at once" in line for line in lines)
    assert not any("has no rapporteur" in line for line in lines)  # a gap, not a conflict
    assert "Traceback" not in err


def test_export_of_a_day_without_conflicts_is_silent(
        clash_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "day2.pdf"
    code, _out, err = _run(["--database", str(clash_db), "export", "programme", "--day", "2",
                            "-o", str(target)], capsys)
    assert code == 0 and err == ""
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "No sessions are planned on this day." in text
