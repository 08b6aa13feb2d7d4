"""`confdesk event list|create` end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from confdesk.cli import main
from confdesk.db.database import open_database
from confdesk.events.models import Event


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


def test_create_then_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "new.sqlite")
    code, out, err = _run([
        "event", "create", "--database", path, "--title", "Regional Workshop on Prevention",
        "--start", "2015-06-01", "--end", "2015-06-02", "--short-name", "Addis 2015",
        "--kind", "workshop", "--timezone", "Africa/Addis_Ababa", "--venue", "UNCC",
        "--city", "Addis Ababa", "--country", "et", "--host", "African Union",
        "--co-organiser", "United Nations", "--co-organiser", "European Union",
        "--language", "en", "--language", "fr", "--room", "Hall Africa:1200",
        "--room", "Room 3",
    ], capsys)
    assert (code, err) == (0, "")
    event_id = int(out)
    db = open_database(path, create=False)
    with db.sessions() as s:
        event = s.get_one(Event, event_id)
        assert (event.kind, event.country_code, event.timezone) == (
            "workshop", "ET", "Africa/Addis_Ababa")
        assert event.co_organisers == ["United Nations", "European Union"]
        assert event.working_languages == ["en", "fr"]
        assert [(r.name, r.capacity) for r in event.rooms] == [
            ("Hall Africa", 1200), ("Room 3", None)]
    db.close()
    code, out, _ = _run(["event", "list", "--database", path], capsys)
    assert code == 0
    assert f"{event_id}  2015-06-01 – 2015-06-02  Regional Workshop on Prevention (Addis 2015)" \
        f" — UNCC, Addis Ababa" in out


@pytest.mark.parametrize(("extra", "message"), [
    (["--timezone", "Mars/Olympus"], "not a known time zone"),
    (["--end", "2015-05-31"], "cannot end"),
    (["--room", "A", "--room", "a:3"], "Two rooms"),
    (["--country", "ZZ"], "not a known ISO 3166"),
])
def test_user_errors_exit_2_and_create_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    path = str(tmp_path / "new.sqlite")
    argv = ["event", "create", "--database", path, "--title", "T", "--start", "2015-06-01",
            "--end", "2015-06-02"]
    code, out, err = _run(argv + extra, capsys)
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err
    code, out, _ = _run(["event", "list", "--database", path], capsys)
    assert "holds no event yet" in out


def test_bad_date_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["event", "create", "--database", str(tmp_path / "x.sqlite"),
                         "--title", "T", "--start", "1 June", "--end", "2015-06-02"], capsys)
    assert code == 2 and "not a date as YYYY-MM-DD: '1 June'" in err
