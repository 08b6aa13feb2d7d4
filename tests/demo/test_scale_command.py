"""`confdesk demo PATH --participants N …`: a synthetic event of the size asked for, people
named after their delegation's State in its own script, and clear refusals."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from confdesk.cli import main
from confdesk.db.database import open_database
from confdesk.db.reader import SessionReader
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration.models import Organisation, Participant
from confdesk.reports.stats import event_stats

SCRIPTS = {
    "Cyrillic": re.compile("[\u0400-\u04ff]"), "Arabic": re.compile("[\u0600-\u06ff]"),
    "Chinese": re.compile("[\u4e00-\u9fff]"), "Greek": re.compile("[\u0370-\u03ff]"),
}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_with_a_size_writes_a_synthetic_event_of_that_size(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "summit.sqlite"
    code, out, err = run(["demo", str(path), "--participants", "3000", "--sessions", "120",
                          "--days", "4", "--rooms", "5"], capsys)
    assert code == 0, err
    assert "3,000 participants, 120 sessions in 5 rooms over 4 days" in out
    db = open_database(path)
    try:
        with db.sessions() as s:
            stats = event_stats(SessionReader(s), None)
            assert (stats.participants, stats.sessions, stats.rooms) == (3000, 120, 5)
            assert len(stats.sessions_per_day) == 4
            assert stats.states > 150
            rooms_per_day = Counter((x.day, x.room_id) for x in s.scalars(
                select(ProgrammeSession)))
            assert len(rooms_per_day) == 4 * 5  # every room used every day
            people = s.execute(select(Participant.given_name, Participant.family_name,
                                      Organisation.country_code)
                               .join(Organisation)).all()
    finally:
        db.close()
    names = [f"{given} {family}" for given, family, _country in people]
    for script, pattern in SCRIPTS.items():
        assert any(pattern.search(n) for n in names), f"no name in the {script} script"
    # Names follow the delegation: Chinese characters only in delegations of States whose
    # people are drawn from Chinese names, never, say, in Brazil's.
    chinese = {country for given, family, country in people
               if SCRIPTS["Chinese"].search(given + family)}
    assert "BR" not in chinese and chinese


def test_demo_sizes_that_do_not_fit_are_refused_and_leave_no_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "too-full.sqlite"
    code, _out, err = run(["demo", str(path), "--sessions", "500", "--days", "1",
                           "--rooms", "1"], capsys)
    assert code == 2
    assert "500 sessions do not fit in 1 days × 1 rooms" in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
    code, _out, err = run(["demo", str(path), "--participants", "-5"], capsys)
    assert code == 2 and "must not be negative" in err
    code, _out, err = run(["demo", str(path), "--rooms", "many"], capsys)
    assert code == 2 and "not a whole number" in err


def test_demo_without_a_size_is_still_the_brussels_conference(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["demo", str(tmp_path / "demo.sqlite")], capsys)
    assert code == 0, err
    assert out.startswith("Wrote the demo conference to")
