"""`confdesk import participants`, `export participants` and `export badges` end to end."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from confdesk.cli import main
from confdesk.db.database import open_database
from confdesk.db.reader import SessionReader
from confdesk.registration.models import DelegationRole, OrganisationKind, Status
from confdesk.registration.operations import state_organisation
from confdesk.registration.queries import load_rows
from tests.factories import make_event, make_organisation, make_participant


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Two events: one with six varied people, one empty."""
    path = tmp_path / "reg.sqlite"
    db = open_database(path)
    with db.sessions() as s, s.begin():
        event = make_event(s, title="International Conference on Genocide Prevention")
        make_event(s, title="Empty", short_name="Empty")
        be, qa = state_organisation(s, "BE"), state_organisation(s, "QA")
        ngo = make_organisation(s, name_en="Genocide Watch", kind=OrganisationKind.CIVIL_SOCIETY,
                                country_code="US")
        make_participant(s, event, honorific="H.E. Mr", given_name="Didier",
                         family_name="Reynders", organisation_id=be.id,
                         delegation_role=DelegationRole.HEAD, status=Status.CONFIRMED,
                         function="Minister of Foreign Affairs", email="dr@diplobel.be")
        make_participant(s, event, given_name="Élodie", family_name="Lefèvre",
                         organisation_id=be.id, dietary_needs="vegetarian",
                         notes="Arrives\non Monday")
        make_participant(s, event, given_name="محمد", family_name="العلي",
                         organisation_id=qa.id, category="speaker")
        make_participant(s, event, given_name="Gregory", family_name="Stanton",
                         organisation_id=ngo.id, function="=1+2", phone="+1 555 0100")
        make_participant(s, event, given_name="Сергей", family_name="Лавров",
                         country_code="RU", status=Status.CANCELLED)
        make_participant(s, event, given_name="Ana", family_name="Ng", category="press")
        make_participant(s, event, given_name="近平", family_name="习", family_name_first=True,
                         country_code="CN", category="guest", access_needs="Wheelchair")
    db.close()
    return path


FIELDS = ("honorific", "given_name", "family_name", "family_name_first", "display_name",
          "organisation_name", "country_name",
          "function", "delegation_role", "category", "status", "email", "phone",
          "dietary_needs", "access_needs", "notes")


def people(path: Path, event_id: int) -> list[tuple[object, ...]]:
    db = open_database(path)
    try:
        with db.sessions() as s:
            return sorted(tuple(getattr(r, f) for f in FIELDS)
                          for r in load_rows(SessionReader(s), event_id))
    finally:
        db.close()


def test_xlsx_export_then_import_into_another_event_gives_the_same_people(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "people.xlsx"
    code, out, err = run(["export", "participants", "-d", str(db_path), "--event", "1",
                          "-o", str(out_file)], capsys)
    assert code == 0, err
    assert "Wrote 7 participants" in out
    code, out, err = run(["import", "participants", str(out_file), "-d", str(db_path),
                          "--event", "2"], capsys)
    assert code == 0, err + out
    assert "Added 7, updated 0, skipped 0." in out
    assert people(db_path, 2) == people(db_path, 1)


def test_french_csv_round_trip(db_path: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "people.csv"
    assert run(["export", "participants", "-d", str(db_path), "--event", "1", "--language",
                "fr", "-o", str(out_file)], capsys)[0] == 0
    code, out, err = run(["import", "participants", str(out_file), "-d", str(db_path),
                          "--event", "2"], capsys)
    assert code == 0, err + out
    assert people(db_path, 2) == people(db_path, 1)


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_invalid_rows_write_nothing_unless_skipped_and_dry_run_writes_nothing(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = _sheet(tmp_path / "in.xlsx", [
        ["Participant", "Pays", "Courriel"],
        ["Adama DIENG", "Sénégal", "a@un.org"],
        ["Bad Mail", "", "nope"],
    ])
    base = ["import", "participants", str(sheet), "-d", str(db_path), "--event", "2"]
    code, out, err = run(base, capsys)
    assert code == 1
    assert "line 3 (Bad Mail): bad e-mail “nope” → invalid" in out
    assert "nothing imported" in err
    assert people(db_path, 2) == []
    code, out, _ = run([*base, "--skip-invalid", "--dry-run"], capsys)
    assert code == 0 and "Dry run" in out and "Added 1" in out
    assert people(db_path, 2) == []
    code, out, _ = run([*base, "--skip-invalid"], capsys)
    assert code == 0 and "Added 1, updated 0, skipped 1." in out
    assert [p[2] for p in people(db_path, 2)] == ["DIENG"]
    # the same file again: the person is a duplicate, skipped by default, updated on request
    code, out, _ = run([*base, "--skip-invalid", "--on-duplicate", "update"], capsys)
    assert "Added 0, updated 1, skipped 1." in out


def test_map_option_and_bad_mapping(db_path: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    sheet = _sheet(tmp_path / "odd.xlsx", [["Who", "Where"], ["Jan Eliasson", "Sweden"]])
    base = ["import", "participants", str(sheet), "-d", str(db_path), "--event", "2"]
    code, _, err = run(base, capsys)
    assert code == 2 and "No column holds names" in err
    code, out, err = run([*base, "--map", "Who=full_name", "--map", "Where=country"], capsys)
    assert code == 0, err
    [jan] = people(db_path, 2)
    assert (jan[1], jan[2], jan[5], jan[6]) == ("Jan", "Eliasson", "Sweden", "Sweden")
    code, _, err = run([*base, "--map", "Who=shoe_size"], capsys)
    assert code == 2 and "not a field" in err


def test_badges_only_unprinted_and_mark_printed(db_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "badges.pdf"
    base = ["export", "badges", "-d", str(db_path), "--event", "1", "-o", str(out_file)]
    code, out, err = run([*base, "--category", "delegate", "--mark-printed"], capsys)
    assert code == 0, err
    assert "Wrote 3 badges on 1 pages" in out  # Лавров is cancelled: no badge
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out_file), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Didier Reynders" in text and "Gregory Stanton" in text
    assert "Лавров" not in text
    code, out, _ = run([*base, "--only-unprinted"], capsys)
    assert "Wrote 3 badges" in out  # the speaker, the journalist and the guest
    code, _, err = run([*base, "--only-unprinted", "--category", "delegate"], capsys)
    assert code == 2 and "No participant matches" in err


def test_export_list_pdf_filtered(db_path: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "list.pdf"
    code, out, err = run(["export", "participants", "-d", str(db_path), "--event", "1",
                          "--filter", "belgique", "-o", str(out_file)], capsys)
    assert code == 0, err
    assert "Wrote 2 participants" in out
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out_file), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Belgium" in text and "H.E. Mr Didier Reynders" in text and "Stanton" not in text
    db = open_database(db_path)
    with db.sessions() as s:
        assert s.scalar(select(make_event.__globals__["Event"].id).limit(1)) == 1
    db.close()
