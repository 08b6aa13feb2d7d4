"""The published list: consent respected, issues numbered and dated, changes printed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from confdesk.cli import main
from confdesk.db.database import open_database
from confdesk.registration.models import Participant, Status
from confdesk.registration.operations import state_organisation
from confdesk.registration.revisions import ListRevision
from tests.factories import make_event, make_participant


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "list.sqlite"
    db = open_database(path)
    with db.sessions() as s, s.begin():
        event = make_event(s)
        be, kr = state_organisation(s, "BE"), state_organisation(s, "KR")
        make_participant(s, event, given_name="Anne", family_name="Attends", organisation_id=be.id)
        make_participant(s, event, given_name="Denis", family_name="Declined",
                         organisation_id=be.id, status=Status.DECLINED)
        make_participant(s, event, given_name="Paula", family_name="Private",
                         organisation_id=kr.id, do_not_publish=True)
        make_participant(s, event, given_name="Chang", family_name="Changes",
                         organisation_id=kr.id, function="Counsellor")
    db.close()
    return path


def test_consent_and_status_decide_who_is_published(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "list.pdf"
    assert run(["export", "participants", "-d", str(db_path), "-o", str(out)], capsys)[0] == 0
    text = text_of(out)
    assert "Anne Attends" in text and "Chang Changes" in text and "2 participants" in text
    assert "Declined" not in text and "Private" not in text
    assert run(["export", "participants", "-d", str(db_path), "-o", str(out),
                "--include-inactive", "--include-unpublished"], capsys)[0] == 0
    text = text_of(out)
    assert "Denis Declined" in text and "Paula Private" in text
    csv_out = tmp_path / "all.csv"
    assert run(["export", "participants", "-d", str(db_path), "-o", str(csv_out)],
               capsys)[0] == 0  # the working spreadsheet carries everybody
    assert "Private" in csv_out.read_text(encoding="utf-8-sig")
    assert run(["export", "participants", "-d", str(db_path), "-o", str(csv_out),
                "--published"], capsys)[0] == 0
    assert "Private" not in csv_out.read_text(encoding="utf-8-sig")
    code, _out, err = run(["export", "participants", "-d", str(db_path), "-o", str(csv_out),
                           "--issue"], capsys)
    assert code == 2 and "--issue records the published list" in err


def test_issues_are_numbered_dated_and_say_what_changed(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "original.pdf", tmp_path / "rev1.pdf"
    code, out, err = run(["export", "participants", "-d", str(db_path), "-o", str(second),
                          "--changes"], capsys)
    assert code == 2 and "No earlier issue" in err and not second.exists()
    code, out, _ = run(["export", "participants", "-d", str(db_path), "-o", str(first),
                        "--issue", "--issued-on", "2014-03-28"], capsys)
    assert code == 0 and "issued as the original of 2014-03-28" in out
    assert "Issued on 28 March 2014" in text_of(first) and "Rev." not in text_of(first)
    db = open_database(db_path)
    with db.sessions() as s, s.begin():
        people = {p.family_name: p for p in s.scalars(select(Participant))}
        people["Attends"].status = Status.CANCELLED
        people["Changes"].function = "First Counsellor"
        people["Declined"].status = Status.CONFIRMED
    db.close()
    code, out, _ = run(["export", "participants", "-d", str(db_path), "-o", str(second),
                        "--issue", "--issued-on", "2014-04-01", "--changes", "--language",
                        "fr"], capsys)
    assert code == 0 and "issued as Rev.1 of 2014-04-01" in out
    text = text_of(second)
    assert "Rev.1 · Publiée le 1er avril 2014" in text
    changes = text[text.index("Modifications depuis la liste du 28 mars 2014"):]
    assert changes.index("Ajouts") < changes.index("Denis Declined — Belgique")
    assert changes.index("Suppressions") < changes.index("Anne Attends — Belgique")
    assert "Chang Changes — République de Corée auparavant : Counsellor" in \
        changes.replace("auparavant:", "auparavant :")
    db = open_database(db_path)
    with db.sessions() as s:
        assert [(r.number, str(r.issued_on)) for r in s.scalars(
            select(ListRevision).order_by(ListRevision.number))] == \
            [(0, "2014-03-28"), (1, "2014-04-01")]
    db.close()
