"""A command run in its own process (importing only its own modules) records its changes in
the audit trail under the person named with --user."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from confdesk.db.database import open_database
from tests.factories import make_event


def confdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "confdesk", *args], capture_output=True,
                          text=True, check=False, timeout=120)


def test_a_command_records_its_change_under_the_person_named(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    with db.sessions.begin() as s:
        make_event(s, title="Workshop on Early Warning")
    db.close()
    done = confdesk("--user", "Ana Pereira", "event", "edit", "-d", str(path),
                    "--title", "Regional Workshop on Early Warning")
    assert done.returncode == 0, done.stderr
    shown = confdesk("audit", "-d", str(path), "--who", "Ana Pereira", "--json")
    assert shown.returncode == 0, shown.stderr
    entries = json.loads(shown.stdout)
    assert [(e["person"], e["entity"], e["operation"]) for e in entries] == [
        ("Ana Pereira", "event", "update")]
    assert entries[0]["changes"]["title"] == {
        "before": "Workshop on Early Warning", "after": "Regional Workshop on Early Warning"}
