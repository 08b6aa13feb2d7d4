"""The `confdesk` command line: version, stats, database and event options, demo refusal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest

from confdesk import __version__
from confdesk.cli import main
from confdesk.db.database import open_database
from confdesk.registration.models import OrganisationKind, Status
from tests.factories import make_event, make_organisation, make_participant, make_session

STATS_KEYS = {
    "events", "participants", "states", "organisations", "sessions", "sessions_per_day",
    "participants_by_category", "participants_by_status", "documents",
}


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real user's database."""
    data_home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    return data_home


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run `confdesk ARGV` in this process: exit code, standard output, standard error."""
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's own exits (--version, usage errors)
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def small_conference(tmp_path: Path) -> Path:
    """A SQLite file with one event: 3 States, 1 NGO, 5 participants, 3 sessions over 2 days."""
    path = tmp_path / "small.sqlite"
    db = open_database(path)
    with db.sessions() as s, s.begin():
        event = make_event(s)
        belgium = make_organisation(s, name_en="Belgium", kind=OrganisationKind.STATE,
                                    country_code="BE")
        rwanda = make_organisation(s, name_en="Rwanda", kind=OrganisationKind.STATE,
                                   country_code="RW")
        holy_see = make_organisation(s, name_en="Holy See", kind=OrganisationKind.OBSERVER_STATE,
                                     country_code="VA")
        ngo = make_organisation(s, name_en="Fictitious Prevention Network")
        make_participant(s, event, organisation=belgium, status=Status.CONFIRMED)
        make_participant(s, event, organisation=belgium, category="speaker")
        make_participant(s, event, organisation=rwanda, status=Status.CHECKED_IN)
        make_participant(s, event, organisation=holy_see, category="observer")
        make_participant(s, event, organisation=ngo, status=Status.DECLINED)
        make_session(s, event, day=date(2014, 3, 31))
        make_session(s, event, day=date(2014, 3, 31), start_time=time(11), end_time=time(12))
        make_session(s, event, day=date(2014, 4, 1))
    db.close()
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0
    assert out.strip() == f"confdesk {__version__}"


def test_python_m_confdesk_version_in_a_subprocess(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "confdesk", "--version"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"confdesk {__version__}"


def test_stats_json_reports_what_the_database_holds(
    small_conference: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["stats", "--json", "--database", str(small_conference)], capsys)
    assert code == 0, err
    stats = json.loads(out)
    assert set(stats) >= STATS_KEYS
    assert stats["events"] == 1
    assert stats["participants"] == 5
    assert stats["states"] == 3  # Belgium, Rwanda, Holy See; the declined NGO does not count
    assert stats["organisations"] == 3
    assert stats["sessions"] == 3
    assert stats["sessions_per_day"] == {"2014-03-31": 2, "2014-04-01": 1}
    assert stats["participants_by_category"]["delegate"] == 3
    assert stats["participants_by_category"]["speaker"] == 1
    assert stats["participants_by_category"]["observer"] == 1
    assert stats["participants_by_status"]["declined"] == 1
    assert stats["participants_by_status"]["checked_in"] == 1
    assert stats["documents"] == []


def test_stats_as_text(small_conference: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["stats", "-d", str(small_conference)], capsys)
    assert code == 0
    assert "Test Conference on Prevention (2014-03-31 – 2014-04-01)" in out
    assert "4 participants from 3 States" in out


def test_stats_on_an_empty_database_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.sqlite"
    open_database(path).close()
    code, out, err = run(["stats", "--database", str(path)], capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("confdesk: The database holds no event yet.")
    assert "Traceback" not in err


def test_unknown_event_is_a_clear_error(
    small_conference: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["stats", "-d", str(small_conference), "--event", "999"], capsys)
    assert code == 2
    assert out == ""
    assert err.strip() == "confdesk: There is no event with id 999."


@pytest.mark.parametrize("argv", [
    ["stats", "--event", "99999999999999999999"],
    ["check", "--event", "2147483648"],
    ["export", "document", "--document", "9999999999", "-o", "x.txt"],
    ["import", "document", "--document", "0", "x.txt"],
])
def test_an_id_out_of_the_databases_range_is_a_usage_error(
    small_conference: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """PostgreSQL raised DataError (SQLite OverflowError) on ids past its INTEGER: a
    traceback where 'no such event' was meant."""
    code, _out, err = run([*argv, "-d", str(small_conference)], capsys)
    assert code == 2
    assert "invalid id" in err and "Traceback" not in err


def test_missing_database_file_is_an_error_and_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "typo.sqlite"
    code, _, err = run(["stats", "--database", str(path)], capsys)
    assert code == 2
    assert "No such database file" in err and str(path) in err
    assert not path.exists()


def test_default_database_is_in_the_users_data_folder(
    _own_data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["stats"], capsys)
    assert code == 2
    assert str(_own_data_folder / "confdesk" / "confdesk.sqlite") in err


def test_a_file_that_is_not_a_database_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a database")
    code, _, err = run(["stats", "-d", str(path)], capsys)
    assert code == 2
    assert "is not a SQLite database" in err
    assert "Traceback" not in err


def test_demo_refuses_an_existing_file_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "precious.sqlite"
    path.write_bytes(b"someone's work")
    code, out, err = run(["demo", str(path)], capsys)
    assert code == 2
    assert out == ""
    assert "exists already" in err and "--force" in err
    assert path.read_bytes() == b"someone's work"


def test_demo_into_a_missing_folder_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["demo", str(tmp_path / "nowhere" / "demo.sqlite")], capsys)
    assert code == 2
    assert "does not exist" in err


def test_user_errors_in_a_subprocess_show_no_traceback(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-m", "confdesk", "stats", "-d", str(tmp_path / "missing.sqlite")],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120, check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("confdesk: No such database file")
    assert "Traceback" not in done.stderr


def test_unknown_subcommand_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["frobnicate"], capsys)
    assert code == 2
    assert "invalid choice: 'frobnicate'" in err
