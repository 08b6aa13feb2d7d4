"""`confdesk check` and `confdesk export programme|speakers` end to end."""

from __future__ import annotations

import io
import json
from datetime import time
from pathlib import Path

import openpyxl
import pytest
import vobject
from lxml import etree

from confdesk.cli import main
from confdesk.db.database import open_database
from confdesk.programme.models import SessionKind
from tests.factories import make_event, make_session
from tests.programme.sample import build_sample


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    path = tmp_path / "sample.sqlite"
    db = open_database(path)
    with db.sessions() as s:
        build_sample(s)
    db.close()
    return path


def test_check_clean_programme_exits_zero(sample_db: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--database", str(sample_db), "check"], capsys)
    assert code == 0
    assert out.splitlines()[0] == "Brussels 2014: 5 sessions, 0 errors, 0 warnings."


def test_check_errors_exit_one_and_warnings_only_with_strict(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.sqlite"
    db = open_database(path)
    with db.sessions() as s:
        event = make_event(s, short_name="Check 2014")
        make_session(s, event, title="Lonely panel", kind=SessionKind.PANEL)
        s.commit()
        event_id = event.id
    code, out, _ = _run(["--database", str(path), "check"], capsys)
    assert code == 0
    assert "Warnings:\n  - Panel “Lonely panel” (Mon 31 Mar 09:00–10:30) has no chair" in out
    assert _run(["--database", str(path), "check", "--strict"], capsys)[0] == 1
    with db.sessions() as s:
        make_session(s, s.get(type(event), event_id), title="Backwards",
                     kind=SessionKind.BREAK, start_time=time(12, 0), end_time=time(11, 0))
        s.commit()
    db.close()
    code, out, _ = _run(["--database", str(path), "check"], capsys)
    assert code == 1
    assert out.splitlines()[0] == "Check 2014: 2 sessions, 1 error, 2 warnings."
    assert "Errors:\n  - “Backwards” on Mon 31 March 2014 ends at 11:00" in out
    code, out, _ = _run(["--database", str(path), "check", "--json"], capsys)
    assert code == 1
    assert [f["kind"] for f in json.loads(out)] == [
        "end_not_after_start", "no_chair", "no_rapporteur"]


def test_export_every_format(sample_db: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str], shared_dir: Path) -> None:
    db = ["--database", str(sample_db)]
    for name in ("p.pdf", "p.xlsx", "p.ics", "p.xml"):
        code, out, err = _run(db + ["export", "programme", "-o", str(tmp_path / name)], capsys)
        assert code == 0, err
        assert out.startswith(f"Wrote {tmp_path / name}")
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    assert openpyxl.load_workbook(tmp_path / "p.xlsx").sheetnames[0] == "All sessions"
    vobject.readOne((tmp_path / "p.ics").read_text(), validate=True)
    schema = etree.XMLSchema(etree.parse(str(shared_dir / "schemas" / "schedule.xml.xsd")))
    schema.assertValid(etree.parse(str(tmp_path / "p.xml")))
    code, out, _ = _run(db + ["export", "programme", "--format", "xlsx", "--day", "2",
                              "-o", str(tmp_path / "day2.bin")], capsys)
    assert code == 0 and "2 sessions" in out
    wb = openpyxl.load_workbook(io.BytesIO((tmp_path / "day2.bin").read_bytes()))
    assert wb.sheetnames == ["All sessions", "Tue 1 Apr 2014"]
    for name in ("s.pdf", "s.xlsx"):
        code, out, _ = _run(db + ["export", "speakers", "-o", str(tmp_path / name)], capsys)
        assert code == 0 and "4 people" in out


def test_export_mistakes_are_clear(sample_db: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--database", str(sample_db), "export", "programme"]
    code, _, err = _run(db + ["--day", "3", "-o", str(tmp_path / "x.pdf")], capsys)
    assert code == 2 and "There is no day 3: the event has 2 day(s)" in err
    code, _, err = _run(db + ["-o", str(tmp_path / "x.doc")], capsys)
    assert code == 2 and "Cannot tell the format" in err
    code, _, err = _run(db + ["-o", str(tmp_path / "missing" / "x.pdf")], capsys)
    assert code == 2 and "does not exist" in err
    assert not (tmp_path / "x.pdf").exists()
