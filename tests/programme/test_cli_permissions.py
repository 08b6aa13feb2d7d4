"""`confdesk export programme` on a SQLite file in team mode still asks for the role that
prints published outputs, though it reads the file with sqlite3 (issue 14)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.team.models import RoleGrant
from confdesk.team.roles import Role
from tests.factories import make_event, make_session


@pytest.fixture
def team_file(tmp_path: Path) -> Path:
    path = tmp_path / "team.sqlite"
    db = open_database(path)
    with db.sessions() as s:
        event = make_event(s)
        make_session(s, event)
        s.add_all([RoleGrant(person="ada", role=Role.ADMINISTRATOR, event_id=None),
                   RoleGrant(person="bert", role=Role.DESK, event_id=event.id),
                   RoleGrant(person="cleo", role=Role.READER, event_id=event.id)])
        s.commit()
    db.close()
    return path


def _export(path: Path, person: str, target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "confdesk", "--user", person, "export", "programme",
         "--database", str(path), "--format", "frab", "--output", str(target)],
        capture_output=True, text=True, timeout=120, check=False, cwd=target.parent)


def test_a_person_without_the_role_is_refused_and_nothing_written(team_file: Path,
                                                                  tmp_path: Path) -> None:
    target = tmp_path / "out.xml"
    done = _export(team_file, "bert", target)
    assert done.returncode == 2
    assert "This needs the Reader role; your roles here: Registration desk." in done.stderr
    assert not target.exists()
    nobody = _export(team_file, "dora", target)
    assert nobody.returncode == 2
    assert "you (dora) have no role here" in nobody.stderr
    assert not target.exists()


@pytest.mark.parametrize("person", ["ada", "cleo"])
def test_a_person_with_the_role_exports(team_file: Path, tmp_path: Path, person: str) -> None:
    target = tmp_path / f"{person}.xml"
    done = _export(team_file, person, target)
    assert done.returncode == 0, done.stderr
    assert "<schedule" in target.read_text(encoding="utf-8")
