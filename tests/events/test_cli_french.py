"""`confdesk event create/edit` carry the event's French texts for French editions."""

from __future__ import annotations

from pathlib import Path

import pytest

from confdesk.cli import main
from confdesk.db.database import open_database
from confdesk.events.models import Event


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_create_then_edit_the_french_texts(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "ev.sqlite"
    code, out, err = run([
        "event", "create", "-d", str(db), "--title", "International Conference on Genocide "
        "Prevention", "--start", "2014-03-31", "--end", "2014-04-01", "--venue",
        "Egmont Palace", "--city", "Brussels", "--title-fr",
        "Conférence internationale sur la prévention du génocide", "--venue-fr",
        "Palais d'Egmont"], capsys)
    assert code == 0, err
    code, out, err = run(["event", "edit", "-d", str(db), "--city-fr", "Bruxelles",
                          "--host-fr", "Gouvernement de la Belgique"], capsys)
    assert code == 0 and "city_fr, host_fr" in out, err
    code, _out, err = run(["event", "edit", "-d", str(db), "--title", " "], capsys)
    assert code == 2 and "needs a title" in err
    code, _out, err = run(["event", "edit", "-d", str(db)], capsys)
    assert code == 2 and "Nothing to change" in err
    database = open_database(db)
    with database.sessions() as s:
        event = s.query(Event).one()
        assert (event.title, event.text("title", "fr"), event.text("venue", "fr"),
                event.text("city", "fr"), event.text("city"), event.host_fr) == (
            "International Conference on Genocide Prevention",
            "Conférence internationale sur la prévention du génocide", "Palais d'Egmont",
            "Bruxelles", "Brussels", "Gouvernement de la Belgique")
    database.close()


def test_protocol_groups_set_per_event(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "ev.sqlite"
    assert run(["event", "create", "-d", str(db), "--title", "T", "--start", "2014-03-31",
                "--end", "2014-03-31"], capsys)[0] == 0
    code, out, err = run(["event", "edit", "-d", str(db), "--protocol-groups",
                          "un_system, member_states"], capsys)
    assert code == 0, err
    code, _out, err = run(["event", "edit", "-d", str(db), "--protocol-groups", "states"],
                          capsys)
    assert code == 2 and "unknown group(s) states" in err
    database = open_database(db)
    with database.sessions() as s:
        assert s.query(Event).one().protocol_groups == ["un_system", "member_states"]
    database.close()
