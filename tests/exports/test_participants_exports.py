"""List of participants (PDF), spreadsheet and CSV, checked as a reader sees them."""

from __future__ import annotations

import csv
import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.exports.participants_table import write_csv, write_xlsx
from confdesk.exports.pdf.participants_list import ListHeader, write_participants_list
from confdesk.exports.xlsx_common import neutralise
from confdesk.registration.models import DelegationRole, OrganisationKind
from confdesk.registration.operations import state_organisation
from confdesk.registration.protocol import delegations
from confdesk.registration.queries import load_rows
from tests.factories import make_event, make_organisation, make_participant

PEOPLE = [
    # (given, family, honorific, state or org, role, function)
    ("Didier", "Reynders", "H.E. Mr", "BE", DelegationRole.HEAD, "Minister of Foreign Affairs"),
    ("Élodie", "Lefèvre", "Ms", "BE", DelegationRole.MEMBER, ""),
    ("Сергей", "Лавров", "H.E. Mr", "RU", DelegationRole.HEAD, "Министр иностранных дел"),
    ("Κυριάκος", "Μητσοτάκης", "", "GR", DelegationRole.HEAD, ""),
    ("محمد", "العلي", "", "QA", DelegationRole.HEAD, "وزير الخارجية"),
    ("近平", "习", "", "CN", DelegationRole.HEAD, ""),
    ("Gregory", "Stanton", "Dr", "ngo", DelegationRole.HEAD, "=HYPERLINK(\"http://x\")"),
]


def fill(session: Session) -> int:
    event = make_event(session, title="International Conference on Genocide Prevention")
    ngo = make_organisation(session, name_en="Genocide Watch",
                            kind=OrganisationKind.CIVIL_SOCIETY)
    for given, family, hon, where, role, function in PEOPLE:
        org = ngo if where == "ngo" else state_organisation(session, where)
        make_participant(session, event, given_name=given, family_name=family, honorific=hon,
                         organisation_id=org.id, delegation_role=role, function=function,
                         family_name_first=where == "CN", phone="+32 2 501 00 00",
                         checked_in_at=datetime(2014, 3, 31, 8, 15) if family == "Reynders"
                         else None)
    session.commit()
    return event.id


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out)


def assert_fonts_embedded(path: Path) -> None:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout
    lines = out.splitlines()[2:]
    assert lines, "no fonts in the PDF"
    for line in lines:
        assert line.split()[-5] == "yes", line


@pytest.mark.parametrize("language", ["en", "fr"])
def test_list_of_participants_pdf(sqlite_database: Database, tmp_path: Path,
                                  language: str) -> None:
    with sqlite_database.sessions() as s:
        event_id = fill(s)
        rows = load_rows(SessionReader(s), event_id, language=language)
    path = tmp_path / "list.pdf"
    count = write_participants_list(
        path, ListHeader("International Conference on Genocide Prevention",
                         "31 March – 1 April 2014", "Egmont Palace, Brussels"),
        delegations(rows), language=language)
    assert count == len(PEOPLE)
    text = pdf_text(path)
    assert_fonts_embedded(path)
    if language == "en":
        assert "List of participants" in text and "Page 1 of 1" in text
        order = ["Belgium", "China", "Greece", "Qatar", "Russian Federation", "Genocide Watch"]
    else:
        assert "Liste des participants" in text and "Page 1 sur 1" in text
        order = ["Belgique", "Chine", "Fédération de Russie", "Grèce", "Qatar",
                 "Genocide Watch"]
    positions = [text.index(name) for name in order]
    assert positions == sorted(positions)
    he, ms = ("H.E. Mr", "Ms") if language == "en" else ("S. E. M.", "Mme")
    assert text.index(f"{he} Didier Reynders") < text.index(f"{ms} Élodie Lefèvre")
    for name in ("Minister of Foreign Affairs", f"{he} Сергей Лавров", "Κυριάκος Μητσοτάκης",
                 "习 近平", "Dr Gregory Stanton"):
        assert name in text
    # Arabic: extracted in visual order; the letters are all there
    assert "العلي" in text or "العلي"[::-1] in text


def test_many_pages_are_numbered(sqlite_database: Database, tmp_path: Path) -> None:
    with sqlite_database.sessions() as s:
        event = make_event(s)
        for i in range(150):
            make_participant(s, event, function=f"Function {i}")
        rows = load_rows(SessionReader(s), event.id)
    path = tmp_path / "long.pdf"
    write_participants_list(path, ListHeader("T", "", ""), delegations(rows))
    text = pdf_text(path)
    pages = text.count("\f")
    assert pages >= 3
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_xlsx_has_styled_frozen_filtered_header_and_neutralised_cells(
        sqlite_database: Database, tmp_path: Path) -> None:
    with sqlite_database.sessions() as s:
        rows = load_rows(SessionReader(s), fill(s))
    path = tmp_path / "list.xlsx"
    assert write_xlsx(path, rows) == len(PEOPLE)
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Code", "Honorific", "Given name", "Family name"]
    assert sheet["A1"].font.bold and sheet["A1"].fill.fgColor.rgb.endswith("1F4E79")
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:T{len(PEOPLE) + 1}"
    assert sheet.column_dimensions["H"].width > 20  # functions are long
    by_family = {r[3]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert by_family["Лавров"][6] == "Russian Federation"
    assert by_family["Stanton"][7] == "=HYPERLINK(\"http://x\")"
    assert by_family["Stanton"][12] == "+32 2 501 00 00"
    stanton = next(r for r in sheet.iter_rows(min_row=2) if r[3].value == "Stanton")
    for cell in (stanton[7], stanton[12]):  # text cells that Excel never evaluates
        assert (cell.data_type, cell.quotePrefix) == ("s", True)
    assert not stanton[3].quotePrefix
    assert by_family["العلي"][4] == "Qatar"
    assert by_family["Reynders"][8] == "head"
    assert by_family["Reynders"][16] == datetime(2014, 3, 31, 8, 15)  # a real date cell
    assert by_family["Stanton"][16] is None


def test_csv_utf8_with_bom_and_neutralised(sqlite_database: Database, tmp_path: Path) -> None:
    with sqlite_database.sessions() as s:
        rows = load_rows(SessionReader(s), fill(s), language="fr")
    path = tmp_path / "list.csv"
    write_csv(path, rows, language="fr")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfCode,Civilit\xc3\xa9")
    with path.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0][2:4] == ["Prénom", "Nom"]
    by_family = {r[3]: r for r in table[1:]}
    assert by_family["Lefèvre"][6] == "Belgique"
    assert by_family["Stanton"][7].startswith("'=")
    assert (by_family["Reynders"][16], by_family["Stanton"][16]) == ("2014-03-31 08:15", "")


def test_neutralise_only_touches_formula_text() -> None:
    assert [neutralise(v) for v in ("=1+1", "+1", "-x", "@SUM", "\t=1", "plain", -5, 3.5)] == \
        ["'=1+1", "'+1", "'-x", "'@SUM", "'\t=1", "plain", -5, 3.5]


def test_xlsx_drops_control_characters_instead_of_failing(
        sqlite_database: Database, tmp_path: Path) -> None:
    """Notes with a vertical tab pasted from Word made openpyxl refuse the whole workbook."""
    with sqlite_database.sessions() as s:
        event = make_event(s)
        make_participant(s, event, family_name="Tab", notes="Arrives late\x0bby train\x07",
                         function="Head\x01 of unit")
        rows = load_rows(SessionReader(s), event.id)
    path = tmp_path / "list.xlsx"
    assert write_xlsx(path, rows) == 1
    values = next(openpyxl.load_workbook(path).active.iter_rows(min_row=2, values_only=True))
    assert "Head of unit" in values and "Arrives late\nby train" in values
