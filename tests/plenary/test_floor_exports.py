"""The speakers' list printed (PDF: text through pdftotext, fonts through pdffonts) and as a
workbook (cells of the reopened file), through `confdesk export floor` and the CLI."""

from __future__ import annotations

import re
import subprocess
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from confdesk.cli import main
from confdesk.db.database import Database, open_database
from confdesk.plenary.speakers_models import SpeakerLevel
from confdesk.plenary.speakers_service import InscriptionData
from tests.plenary.floor_helpers import EXPECTED, Plenary, plenary


@pytest.fixture
def floor(tmp_path: Path) -> tuple[Path, Plenary]:
    """A SQLite file with the list, one Arabic-speaking delegation and a formula-like name,
    a swap, a withdrawal, a finished intervention and a linked rapporteur's item."""
    path = tmp_path / "floor.sqlite"
    db = open_database(path)
    p = plenary(db)
    p.service.inscribe(p.session_id, InscriptionData(
        "Qatar", SpeakerLevel.MINISTER, "سعادة الشيخ محمد آل ثاني",
        inscribed_at=datetime(2014, 4, 1, 12, 0)))
    p.service.inscribe(p.session_id, InscriptionData(
        "=HYPERLINK(\"http://x\")", SpeakerLevel.CIVIL_SOCIETY, "Mr Test",
        inscribed_at=datetime(2014, 4, 1, 12, 1)))
    p.service.swap(p.ids["Rwanda"], p.ids["Senegal"])
    p.service.withdraw(p.ids["Denmark"])
    p.service.start(p.ids["Ghana"])
    p.service.stop(p.ids["Ghana"])
    p.service.link_note(p.ids["Rwanda"], p.note_id)
    db.close()
    return path, p


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([*args])
    out, err = capsys.readouterr()
    return code, out, err


def test_pdf_text_and_embedded_fonts(floor: tuple[Path, Plenary], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path, p = floor
    target = tmp_path / "list.pdf"
    code, out, _err = run(capsys, "export", "floor", "-d", str(path), "--session",
                          str(p.session_id), "-o", str(target))
    assert code == 0 and "Wrote" in out
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"], check=True,
                          capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "List of speakers" in flat and "High Level Political Session" in flat
    order = [flat.index(name) for name in ("Ghana", "Türkiye", "Argentina", "Senegal",
                                            "Bosnia and Herzegovina", "Rwanda", "Qatar",
                                            "Early Warning Watch")]
    assert order == sorted(order), "the PDF lists the speakers in the order of speaking"
    assert "Rights of reply" in flat and flat.index("Egypt") > flat.index("Rights of reply")
    assert "Withdrawn" in flat and flat.index("Denmark") > flat.index("Withdrawn")
    assert "Rwanda and Senegal swapped" in flat and "Denmark withdrew" in flat
    assert "王伟" in text
    assert "national focal points" in flat
    assert "Time limits: States 5 min, observers 3 min" in flat
    fonts = subprocess.run(["pdffonts", str(target)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert fonts, "no fonts listed"
    assert all(line.split()[-5] == "yes" for line in fonts), fonts  # column "emb"
    names = " ".join(fonts)
    assert "NotoSansArabic" in names and "DroidSansFallback" in names


def test_xlsx_cells(floor: tuple[Path, Plenary], tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    path, p = floor
    target = tmp_path / "list.xlsx"
    code, _out, _err = run(capsys, "export", "floor", "-d", str(path), "--session",
                           str(p.session_id), "-o", str(target))
    assert code == 0
    book = openpyxl.load_workbook(target)
    sheet = book["Speakers"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("No.", "Delegation or observer", "Speaker", "Level")
    body = [r for r in rows[1:] if r[1]]
    assert [r[0] for r in body[:3]] == [1, 2, 3]
    assert [r[1] for r in body[:3]] == ["Ghana", "Türkiye", "Argentina"]
    ghana = body[0]
    # the time spoken, in the event's time zone
    assert ghana[5] == "Spoke" and re.fullmatch(r"\d\d:\d\d:\d\d( UTC)?", ghana[6]) and ghana[7]
    rwanda = next(r for r in body if r[1] == "Rwanda")
    assert rwanda[5] == "To speak (moved by the chair)"
    assert rwanda[8] == "Rwanda: national focal points by 2015."
    qatar = next(r for r in body if r[1] == "Qatar")
    assert qatar[2] == "سعادة الشيخ محمد آل ثاني"
    denmark = next(r for r in body if r[1] == "Denmark")
    assert (denmark[0], denmark[5]) == ("—", "Withdrawn")
    assert [r[1] for r in body if r[9] == "yes"] == ["Egypt", "Saudi Arabia"]
    formula = next(c for c in sheet["B"] if str(c.value).startswith("=HYPERLINK"))
    assert formula.data_type == "s"
    changes = [r[0] for r in book["Changes"].iter_rows(values_only=True)]
    assert changes[0] == "Recorded change" and "Rwanda and Senegal swapped" in changes[1]


def test_cli_list_add_order(floor: tuple[Path, Plenary],
                            capsys: pytest.CaptureFixture[str]) -> None:
    path, p = floor
    d, session = ["-d", str(path)], ["--session", str(p.session_id)]
    code, out, _ = run(capsys, "floor", "list", *d)
    assert code == 0 and f"{p.session_id}" in out and "(17 inscribed)" in out
    code, out, _ = run(capsys, "floor", "add", *d, *session, "--delegation", "Peru",
                       "--level", "head_of_state", "--speaker", "H.E. Ms Ana Flores")
    assert code == 0 and "Inscribed Peru" in out and "as number 3 of" in out
    code, _, err = run(capsys, "floor", "add", *d, *session, "--delegation", "Atlantis")
    assert code == 2 and "Give --level" in err
    code, out, _ = run(capsys, "floor", "order", *d, *session, "--move",
                       str(p.ids["Holy See"]), "--to-end")
    assert code == 0
    listed = [parts[0] for parts in map(str.split, out.splitlines())
              if len(parts) > 2 and parts[0].isdigit() and parts[1].isdigit()]
    assert listed == [str(n) for n in range(1, len(listed) + 1)]
    assert "Holy See moved to the end" in out
    code, _, err = run(capsys, "floor", "order", *d, *session, "--swap", "1", "999999")
    assert code == 2 and "999999 is not on this speakers' list" in err
    code, _, err = run(capsys, "floor", "list", *d, "--session", "4242")
    assert code == 2 and "no session 4242" in err
    code, out, _ = run(capsys, "floor", "order", *d, *session, "--protocol")
    assert "Holy See moved to the end" not in out and "Denmark withdrew" in out
    code, _, err = run(capsys, "export", "floor", *d, *session, "-o", str(path.with_suffix(
        ".docx")))
    assert code == 2 and ".pdf or .xlsx" in err


def test_demo_high_level_list_in_protocol_order(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo.sqlite"
    assert main(["demo", str(target)]) == 0
    db: Database = open_database(target)
    try:
        from confdesk.plenary.speakers_service import FloorService

        with db.sessions() as s:
            from confdesk.programme.models import Session as ProgrammeSession

            item = s.query(ProgrammeSession).filter_by(
                title="High Level Political Session").one()
            event_id, session_id = item.event_id, item.id
        snapshot = FloorService(db, event_id).snapshot(session_id)
    finally:
        db.close()
    assert [r.delegation for r in snapshot.rows] == [
        "Rwanda", "Bosnia and Herzegovina", "Senegal",
        "United Kingdom of Great Britain and Northern Ireland", "Argentina",
        "United Nations Secretariat", "Council of Europe", "African Union"]
    assert [r.level for r in snapshot.rows][:4] == [SpeakerLevel.MINISTER] * 4
    assert "Ban Ki-moon" in snapshot.rows[5].speaker
    assert "Jagland" in snapshot.rows[6].speaker
    assert "Dlamini-Zuma" in snapshot.rows[7].speaker
    assert snapshot.rows[0].note_text.startswith("Remind States")
    assert [a.delegation for a in snapshot.adjustments] == ["United Nations Secretariat"]
    assert len(EXPECTED) == 15


def test_times_print_in_the_events_time_zone() -> None:
    from datetime import UTC, datetime

    from confdesk.exports.floor_rows import _time

    spoke = datetime(2014, 4, 1, 12, 32, 5)  # stored in UTC: 14:32 in Brussels (CEST)
    assert _time(spoke, "Europe/Brussels") == "14:32:05"
    assert _time(spoke.replace(tzinfo=UTC), "Europe/Brussels") == "14:32:05"
    assert _time(spoke) == "12:32:05 UTC"
    assert _time(None, "Europe/Brussels") == ""


def test_french_edition_pdf_and_workbook(floor: tuple[Path, Plenary], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`--language fr`: French words, French dates, and a registered delegation's French
    name (one typed by hand keeps its words); the English edition is unchanged."""
    from confdesk.registration.models import Organisation, OrganisationKind

    path, p = floor
    db = open_database(path)
    with db.sessions.begin() as s:
        ivory = Organisation(name_en="Côte d'Ivoire", name_fr="Côte d’Ivoire",
                             kind=OrganisationKind.STATE, country_code="CI")
        rights = Organisation(name_en="Office of the High Commissioner for Human Rights",
                              name_fr="Haut-Commissariat aux droits de l’homme",
                              kind=OrganisationKind.UN_SYSTEM)
        s.add_all([ivory, rights])
        s.flush()
        ids = ivory.id, rights.id
    p.service.database = db
    p.service.inscribe(p.session_id, InscriptionData(
        "Office of the High Commissioner for Human Rights", SpeakerLevel.UN_ENTITY, "",
        organisation_id=ids[1], inscribed_at=datetime(2014, 4, 1, 12, 2)))
    p.service.inscribe(p.session_id, InscriptionData(
        "Ivory Coast delegation (typed)", SpeakerLevel.MINISTER, "",
        organisation_id=ids[0], inscribed_at=datetime(2014, 4, 1, 12, 3)))
    db.close()

    pdf, xlsx = tmp_path / "liste.pdf", tmp_path / "liste.xlsx"
    for target in (pdf, xlsx):
        code, _out, _err = run(capsys, "export", "floor", "-d", str(path), "--session",
                               str(p.session_id), "--language", "fr", "-o", str(target))
        assert code == 0
    flat = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    for words in ("Liste des orateurs", "Délégation ou observateur", "Droits de réponse",
                  "Chef d’État ou de gouvernement", "Temps de parole", "lundi 31 mars 2014",
                  "Haut-Commissariat aux droits de l’homme", "Ivory Coast delegation (typed)",
                  "Modifications apportées par la présidence", "Retirés"):
        assert words in flat, words
    for english in ("List of speakers", "Head of State", "Rights of reply", "Monday",
                    "Office of the High Commissioner"):
        assert english not in flat, english
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Orateurs", "Modifications"]
    sheet = book["Orateurs"]
    assert [c.value for c in sheet[1]][:3] == ["N°", "Délégation ou observateur", "Orateur"]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert "Haut-Commissariat aux droits de l’homme" in cells and "Droit de réponse" in cells
    assert any("s’est retiré" in str(c.value) for c in book["Modifications"]["A"])

    english = tmp_path / "list.xlsx"
    assert run(capsys, "export", "floor", "-d", str(path), "--session", str(p.session_id),
               "-o", str(english))[0] == 0
    cells = [str(c.value) for row in openpyxl.load_workbook(english)["Speakers"].iter_rows()
             for c in row if c.value]
    assert "Office of the High Commissioner for Human Rights" in cells
