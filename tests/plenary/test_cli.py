"""`confdesk seating`, `confdesk export seating|nameplates|interpretation` end to end."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from confdesk.cli import main
from confdesk.db.database import open_database
from confdesk.registration.models import OrganisationKind
from tests.factories import make_event, make_organisation, make_participant, make_room


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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "plenary.sqlite"
    db = open_database(path)
    with db.sessions.begin() as s:
        event = make_event(s, working_languages=["en", "fr"])
        make_room(s, event, name="Main Hall")
        for name, code in [("Peru", "PE"), ("Austria", "AT"), ("Viet Nam", "VN"),
                           ("Türkiye", "TR")]:
            make_participant(s, event, organisation=make_organisation(
                s, name_en=name, kind=OrganisationKind.STATE, country_code=code))
        make_participant(s, event, organisation=make_organisation(
            s, name_en="African Union", kind=OrganisationKind.REGIONAL_ORGANISATION))
    db.close()
    return path


def test_seat_swap_and_export(db_path: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    d = ["-d", str(db_path)]
    code, out, _ = _run(["seating", *d, "--room", "main hall", "--rows", "3,3",
                         "--accessible", "6", "--first", "Türkiye"], capsys)
    assert code == 0, out
    assert "Seated 5 delegations from Türkiye (chosen)" in out
    assert [line.split(None, 3)[-1] for line in out.splitlines()[3:8]] == [
        "Türkiye", "Viet Nam", "Austria", "Peru", "African Union"]
    code, out, _ = _run(["seating", *d, "--room", "Main Hall", "--swap", "5", "6"], capsys)
    assert code == 0 and "6  row 2   African Union  [accessible]  [moved]" in out
    xlsx = tmp_path / "seats.xlsx"
    assert _run(["export", "seating", *d, "-o", str(xlsx)], capsys)[0] == 0
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Place", "Row", "Seat in row", "Delegation")
    assert rows[1][:5] == (1, 1, 1, "Türkiye", "Türkiye")
    assert rows[6][:4] == (6, 2, 3, "African Union") and rows[6][6:] == ("yes", "yes")
    pdf = tmp_path / "plan.pdf"
    assert _run(["export", "seating", *d, "-o", str(pdf), "--language", "fr"], capsys)[0] == 0
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Plan de salle" in text and "Viet Nam" in text and "Autriche" in text
    plates = tmp_path / "plates.pdf"
    code, out, _ = _run(["export", "nameplates", *d, "-o", str(plates), "--room", "Main Hall",
                         "--language", "both"], capsys)
    assert code == 0 and "5 name plates for delegations" in out
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(plates), "-"],
                          capture_output=True, text=True, check=True).stdout
    first = text.split("\f")[0]
    assert "Türkiye" in first  # the plates follow the plan
    needs = tmp_path / "needs.xlsx"
    assert _run(["export", "interpretation", *d, "-o", str(needs)], capsys)[0] == 0
    assert openpyxl.load_workbook(needs).sheetnames == ["Booths", "Sessions"]
    besoins = tmp_path / "besoins.xlsx"
    assert _run(["export", "interpretation", *d, "-o", str(besoins), "--language", "fr"],
                capsys)[0] == 0
    book = openpyxl.load_workbook(besoins)
    assert book.sheetnames == ["Cabines", "Séances"]
    assert [c.value for c in book["Séances"][1]][:3] == ["Jour", "Début", "Fin"]
    pdf = tmp_path / "besoins.pdf"
    assert _run(["export", "interpretation", *d, "-o", str(pdf), "--language", "fr"],
                capsys)[0] == 0
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())
    assert "Besoins d’interprétation" in text and "Cabines par jour et par salle" in text
    assert "Interpretation needs" not in text and "Booths" not in text


def test_mistakes_are_clear(db_path: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    d = ["-d", str(db_path)]
    code, _, err = _run(["export", "seating", *d, "-o", str(tmp_path / "x.pdf")], capsys)
    assert code == 2 and "no room has a seating plan yet" in err
    code, _, err = _run(["seating", *d, "--room", "Main Hall", "--first", "Narnia"], capsys)
    assert code == 2 and "“Narnia” is not a State" in err
    code, _, err = _run(["seating", *d, "--room", "Main Hall", "--rows", "ten"], capsys)
    assert code == 2 and "not a list of rows" in err
    code, _, err = _run(["export", "nameplates", *d, "-o", str(tmp_path / "p.docx")], capsys)
    assert code == 2 and "PDF" in err
    code, _, err = _run(["export", "interpretation", *d, "-o", str(tmp_path / "n.txt")], capsys)
    assert code == 2 and "Cannot tell the format" in err
    assert not list(tmp_path.glob("*.pdf"))
