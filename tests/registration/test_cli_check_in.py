"""`confdesk check-in`: one person by code or name, never one of several."""

from __future__ import annotations

from pathlib import Path

import pytest

from confdesk.cli import main
from confdesk.db.database import open_database
from confdesk.registration.models import Participant, Status
from tests.factories import make_event, make_participant


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def desk_db(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    with db.sessions() as s:
        event = make_event(s)
        for given, code, status in (("Catherine", "HEA7M3", Status.CONFIRMED),
                                    ("Sarah", "5P0F00", Status.CONFIRMED),
                                    ("Claire", "2F25RS", Status.REGISTERED),
                                    ("Carl", "123450", Status.CANCELLED)):
            make_participant(s, event, given_name=given, family_name="Ashworth", code=code,
                             status=status)
        s.commit()
    db.close()
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _statuses(path: Path) -> dict[str, Status]:
    db = open_database(path)
    try:
        with db.sessions() as s:
            return {p.code: p.status for p in s.query(Participant)}
    finally:
        db.close()


def test_several_matches_are_listed_and_nobody_is_checked_in(
        desk_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _statuses(desk_db)
    code, out, err = _run(["-d", str(desk_db), "check-in", "Ashworth"], capsys)
    assert code == 2
    assert "HEA7M3  Catherine Ashworth · – · confirmed" in out.splitlines()
    assert len(out.splitlines()) == 4
    assert err == ("confdesk: 4 people match “Ashworth”: nobody was checked in. Give the "
                   "code of the one to check in.\n")
    assert _statuses(desk_db) == before


def test_one_by_name_or_azerty_code_is_checked_in(
        desk_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["-d", str(desk_db), "check-in", "sarah", "ashworth"], capsys)
    assert code == 0 and out.startswith("Sarah Ashworth (5P0F00) checked in at ")
    code, out, _ = _run(["-d", str(desk_db), "check-in", "HEQè?\""], capsys)
    assert code == 0 and out.startswith("Catherine Ashworth (HEA7M3) checked in at ")
    code, _, err = _run(["-d", str(desk_db), "check-in", "2f25rs"], capsys)
    assert code == 0 and err == "warning: The registration was not confirmed (status: " \
                                "registered).\n"
    statuses = _statuses(desk_db)
    assert [c for c, s in statuses.items() if s == Status.CHECKED_IN] == [
        "HEA7M3", "5P0F00", "2F25RS"]


def test_a_cancelled_registration_needs_force(
        desk_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["-d", str(desk_db), "check-in", "&é\"'(à"], capsys)
    assert code == 2 and "is cancelled: nobody was checked in. Pass --force" in err
    assert _statuses(desk_db)["123450"] == Status.CANCELLED
    code, _, err = _run(["-d", str(desk_db), "check-in", "--force", "123450"], capsys)
    assert code == 0 and "although the registration was cancelled" in err
    assert _statuses(desk_db)["123450"] == Status.CHECKED_IN


def test_nobody_matches(desk_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["-d", str(desk_db), "check-in", "Nobody"], capsys)
    assert code == 2 and err == "confdesk: Nobody of this event matches “Nobody”.\n"
