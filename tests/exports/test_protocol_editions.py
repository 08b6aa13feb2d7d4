"""Protocol-grade outputs end to end: countries typed every which way come out under their
UN names in CSV, XLSX and PDF, delegations in UN order; the demo's published list leaves out
people who will not attend, and its French edition is French."""

from __future__ import annotations

import csv
import re
import subprocess
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.cli import main
from confdesk.db.database import open_database
from confdesk.editions import honorific
from confdesk.registration.models import INACTIVE_STATUSES, Participant, ParticipantCategory
from tests.factories import make_event

#: (family name, country as a registration form may carry it, UN English, UN French)
PEOPLE = [
    ("Kim", "South Korea", "Republic of Korea", "République de Corée"),
    ("Hadžić", "Bosnia & Herzegovina", "Bosnia and Herzegovina", "Bosnie-Herzégovine"),
    ("Mabiala", "Congo - Brazzaville", "Congo", "Congo"),
    ("Kabila", "Congo - Kinshasa", "Democratic Republic of the Congo",
     "République démocratique du Congo"),
    ("Aung", "Myanmar (Burma)", "Myanmar", "Myanmar"),
    ("Mwinyi", "tanzania", "United Republic of Tanzania", "République-Unie de Tanzanie"),
    ("Rahimi", "IRAN", "Iran (Islamic Republic of)", "Iran (République islamique d')"),
    ("Mamani", "Bolivia", "Bolivia (Plurinational State of)",
     "Bolivie (État plurinational de)"),
    ("Smith", "United Kingdom", "United Kingdom of Great Britain and Northern Ireland",
     "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"),
    ("Ivanov", "Russia", "Russian Federation", "Fédération de Russie"),
    ("Nguyen", "Vietnam", "Viet Nam", "Viet Nam"),
    ("Lopes", "Cape Verde", "Cabo Verde", "Cabo Verde"),
    ("Yilmaz", "Turkey", "Türkiye", "Türkiye"),
    ("de Vries", "netherlands", "Netherlands (Kingdom of the)", "Pays-Bas (Royaume des)"),
    ("Kouassi", "Cote d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
    ("Peeters", "Belgique", "Belgium", "Belgique"),
]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFC", out)


@pytest.fixture
def imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A database whose people came in through an XLSX registration file."""
    db_path = tmp_path / "reg.sqlite"
    db = open_database(db_path)
    with db.sessions() as s, s.begin():
        make_event(s, title="International Conference on Genocide Prevention")
    db.close()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Registrations received by 28 March"])  # a title row above the headings
    sheet.append(["Title", "First name", "Surname", "Country", "Role in delegation"])
    for family, typed, _en, _fr in PEOPLE:
        sheet.append(["Mr", "A.", family, typed, "head"])
    source = tmp_path / "registrations.xlsx"
    book.save(source)
    code, out, err = run(["import", "participants", str(source), "-d", str(db_path)], capsys)
    assert code == 0, out + err
    assert f"Added {len(PEOPLE)}" in out
    return db_path


def test_imported_countries_come_out_under_their_un_names(
        imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {fmt: tmp_path / f"list.{fmt}" for fmt in ("csv", "xlsx", "pdf")}
    for path in files.values():
        assert run(["export", "participants", "-d", str(imported), "-o", str(path)],
                   capsys)[0] == 0
    with files["csv"].open(encoding="utf-8-sig", newline="") as f:
        by_family = {row["Family name"]: row for row in csv.DictReader(f)}
    book = openpyxl.load_workbook(files["xlsx"])
    rows = list(book.active.iter_rows(values_only=True))
    column = rows[0].index("Country")
    xlsx = {r[3]: r[column] for r in rows[1:]}
    organisation = rows[0].index("Organisation")
    xlsx_org = {r[3]: r[organisation] for r in rows[1:]}
    for family, _typed, english, _french in PEOPLE:
        assert by_family[family]["Country"] == english
        assert by_family[family]["Organisation"] == english
        assert xlsx[family] == english and xlsx_org[family] == english
    text = pdf_text(files["pdf"])
    lines = [line.strip() for line in text.splitlines()]
    positions = {english: lines.index(english) for _f, _t, english, _fr in PEOPLE}
    assert sorted(positions, key=positions.__getitem__) == sorted(
        positions, key=lambda name: unicodedata.normalize("NFKD", name).casefold())
    # "Republic of Korea" stands under R, "United Republic of Tanzania" under U
    assert positions["Netherlands (Kingdom of the)"] < positions["Republic of Korea"] < \
        positions["Russian Federation"]
    assert positions["United Kingdom of Great Britain and Northern Ireland"] < \
        positions["United Republic of Tanzania"] < positions["Viet Nam"]
    for cldr in ("South Korea", "Bosnia & Herzegovina", "Congo - ", "Myanmar (Burma)",
                 "Vietnam", "Cape Verde", "Turkey\n"):
        assert cldr not in text


def test_french_list_carries_the_un_french_names_in_french_order(
        imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "liste.pdf"
    assert run(["export", "participants", "-d", str(imported), "-o", str(path),
                "--language", "fr"], capsys)[0] == 0
    text = pdf_text(path)
    assert "ÉTATS MEMBRES" in text
    lines = [line.strip() for line in text.splitlines()]
    positions = {fr: lines.index(fr) for _f, _t, _en, fr in PEOPLE}
    assert sorted(positions, key=positions.__getitem__) == sorted(
        positions, key=lambda name: "".join(
            c for c in unicodedata.normalize("NFKD", name.casefold())
            if not unicodedata.combining(c)))
    assert positions["Fédération de Russie"] < positions["Iran (République islamique d')"]
    assert "M. A. Kim" in text and "Mr A." not in text


def _published_categories(session: Session) -> set[str]:
    """Codes of the demo event's categories that appear in the published list."""
    return {c.code for c in session.scalars(
        select(ParticipantCategory).where(ParticipantCategory.in_published_list))}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["demo", str(path)]) == 0
    return path


def test_demo_published_list_leaves_out_who_will_not_attend(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(demo)
    with db.sessions() as s:
        people = s.query(Participant).all()
        published = _published_categories(s)
        gone = [p for p in people if p.status in INACTIVE_STATUSES]
        attending = [p for p in people if p.status not in INACTIVE_STATUSES
                     and p.category in published and not p.do_not_publish]
        unlisted = [p for p in people if p.status not in INACTIVE_STATUSES
                    and p.category not in published and not p.do_not_publish]
    db.close()
    assert gone, "the demo has people who declined or cancelled"
    assert unlisted, "the demo has media, interpreters or staff"
    path = tmp_path / "list.pdf"
    code, out, _err = run(["export", "participants", "-d", str(demo), "-o", str(path)], capsys)
    assert code == 0 and f"Wrote {len(attending)} participants" in out
    assert f"Left out {len(unlisted)} people of categories not in the published list" in out
    text = " ".join(pdf_text(path).split())
    assert f"{len(attending)} participants" in text
    for person in gone:
        assert person.plain_name not in text or any(
            p.plain_name == person.plain_name for p in attending), person
    latin = [p for p in attending if all(ord(c) < 0x250 for c in p.plain_name)]
    assert len(latin) > 400  # (other scripts are extracted in visual order)
    assert all(p.plain_name in text for p in latin)


def test_demo_french_edition_is_french(demo: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "liste.pdf"
    assert run(["export", "participants", "-d", str(demo), "-o", str(path), "--language",
                "fr"], capsys)[0] == 0
    text = pdf_text(path)
    flat = " ".join(text.split())
    db = open_database(demo)
    with db.sessions() as s:
        published = _published_categories(s)
        titled = [(p.honorific, p.plain_name) for p in s.query(Participant)
                  if p.honorific and p.status not in INACTIVE_STATUSES
                  and p.category in published and not p.do_not_publish
                  and all(ord(c) < 0x250 for c in p.plain_name)]
    db.close()
    assert {h for h, _n in titled} >= {"H.E. Mr", "H.E. Ms", "Mr", "Ms", "Ambassador", "Prof."}
    for english, name in titled:  # every name under its French honorific, none in English
        assert f"{honorific(english, 'fr')} {name}" in flat, (english, name)
        if honorific(english, "fr") != english:  # ("Dr" is the same in both)
            assert f"{english} {name}" not in flat, (english, name)
    assert "H.E." not in text
    assert not re.search(r"\b(Mr|Ms|Mrs)\b", text)  # ("Ambassador …" stays in functions)
    assert "Conférence internationale sur la prévention du génocide" in text
    assert "Palais d'Egmont, Bruxelles, Belgique" in text
    assert "31 mars – 1er avril 2014" in text
    for french in ("S. E. M.", "S. E. Mme", "Ambassadeur", "Mme", "M. ", "Pr "):
        assert french in text, french
    programme = tmp_path / "programme.pdf"
    assert run(["export", "programme", "-d", str(demo), "-o", str(programme), "--language",
                "fr"], capsys)[0] == 0
    text = pdf_text(programme)
    assert "lundi 31 mars 2014" in text and "mardi 1er avril 2014" in text
    assert "Monday" not in text and "H.E." not in text
    assert "Minister of Foreign Affairs of Belgium, Belgique" in " ".join(text.split())


def test_badges_carry_the_un_names_in_the_edition_language(
        imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for language, korea, tanzania in (
            ("en", "Republic of Korea", "United Republic of Tanzania"),
            ("fr", "République de Corée", "République-Unie de Tanzanie")):
        path = tmp_path / f"badges-{language}.pdf"
        assert run(["export", "badges", "-d", str(imported), "-o", str(path), "--language",
                    language], capsys)[0] == 0
        text = " ".join(pdf_text(path).split())
        assert korea in text and tanzania in text
        assert "South Korea" not in text and "Tanzania " not in text.replace(tanzania, "")
