"""`write_demo_database` and `confdesk demo PATH` then `confdesk stats --json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from confdesk.cli import main
from confdesk.db.errors import UserError
from confdesk.demo.builder import write_demo_database


def test_write_demo_database_summarises_what_it_wrote(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    summary = write_demo_database(path)
    assert summary.startswith("1 event, ")
    assert "from 125 States" in summary
    assert path.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite"]  # no leftovers


def test_an_existing_file_is_kept_unless_replacing(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    path.write_bytes(b"precious")
    with pytest.raises(UserError, match="exists already"):
        write_demo_database(path)
    assert path.read_bytes() == b"precious"
    write_demo_database(path, replace=True)
    assert path.read_bytes().startswith(b"SQLite format 3")


def test_cli_demo_then_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "brussels.sqlite"
    assert main(["demo", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Wrote the demo conference" in out and "125 States" in out

    assert main(["stats", "--json", "-d", str(path)]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["event"]["title"] == "International Conference on Genocide Prevention"
    assert stats["events"] == 1
    assert stats["states"] == 125
    assert 500 <= stats["participants"] <= 560
    assert stats["sessions_per_day"].keys() == {"2014-03-31", "2014-04-01"}
    assert stats["sessions"] == sum(stats["sessions_per_day"].values())
    assert sum(stats["participants_by_category"].values()) == stats["participants"]
    assert sum(stats["participants_by_status"].values()) == stats["participants"]
    assert stats["organisations"] > 125


def test_cli_demo_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "taken.sqlite"
    path.write_text("mine")
    assert main(["demo", str(path)]) == 2
    err = capsys.readouterr().err
    assert "exists already" in err and "Traceback" not in err
    assert path.read_text() == "mine"
