"""A tricky sheet read into the Table the import uses: every cell's text, as a person reads it.

Rows of strings only are kept as calamine gives them and the others converted cell by cell
(imports.tables): this holds both ways to the texts expected, on a workbook written by
openpyxl and on the same saved by LibreOffice (which stores the formulas' results).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from confdesk.imports.tables import read_table


def _tricky(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Inscriptions"
    sheet["A1"] = "Liste reçue le 4 décembre"
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(["Prénom", "Nom", "Pays / Organisation", "Arrivée", "Nuits", "Téléphone",
                  "Formule", "Actif"])
    sheet.append(["Ана", "Петрова", "Fédération de Russie", dt.date(2026, 12, 4), 3, "0033123",
                  "=E4*2", True])
    sheet.append(["محمد", "\u2068Al-Hassan\u2069", "Égypte", dt.datetime(2026, 12, 4, 9, 30),
                  2.5, 33123456789, None, False])
    sheet.append(["王芳", "李", None, dt.datetime(2026, 12, 4, 9, 30, 15), 12.0, None,
                  '="Mme "&A6', None])
    sheet.append(["=1+2", "'+33", "UNESCO", "4/12/2026", 1e20, -7, None, "TRUE"])
    sheet["A7"].data_type = "s"  # the text "=1+2", not a formula
    sheet.merge_cells("C5:C6")  # a country merged down two people
    sheet.append(["Zoë", "O'Brien", "PNUE", "", "", "", "", ""])  # strings only
    book.save(path)
    return path


def _expected(formulas: tuple[str, str]) -> list[list[str]]:
    title = "Liste reçue le 4 décembre"
    return [
        [title, title, title, title, "", "", "", ""],
        [""] * 8,
        ["Prénom", "Nom", "Pays / Organisation", "Arrivée", "Nuits", "Téléphone", "Formule",
         "Actif"],
        ["Ана", "Петрова", "Fédération de Russie", "2026-12-04", "3", "0033123", formulas[0],
         "TRUE"],
        ["محمد", "\u2068Al-Hassan\u2069", "Égypte", "2026-12-04 09:30", "2.5", "33123456789", "",
         "FALSE"],
        ["王芳", "李", "Égypte", "2026-12-04 09:30:15", "12", "", formulas[1], ""],
        ["=1+2", "'+33", "UNESCO", "4/12/2026", "1e+20", "-7", "", "TRUE"],
        ["Zoë", "O'Brien", "PNUE", "", "", "", "", ""],
    ]


def test_a_tricky_sheet_reads_as_a_person_reads_it(tmp_path: Path) -> None:
    table = read_table(_tricky(tmp_path / "tricky.xlsx"))
    # openpyxl stores no result for a formula: calamine gives an empty cell.
    assert table.rows == _expected(("", ""))
    assert (table.sheet, table.sheet_names) == ("Inscriptions", ["Inscriptions"])
    assert all(type(text) is str for row in table.rows for text in row)


def test_the_same_sheet_saved_by_libreoffice(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is needed")
    source = _tricky(tmp_path / "tricky.xlsx")
    out = tmp_path / "lo"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=120)
    table = read_table(out / "tricky.xlsx")
    assert table.rows == _expected(("6", "Mme 王芳"))
    assert table.sheet_names == ["Inscriptions"]


def test_a_csv_gives_the_apostrophe_before_formula_looking_text_back(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("'=1+2;Ng;'+33 1 23\n"
                    "Ana;'-5;'@home\n"
                    "'abc;\"'=A1\nsecond line\";'\n"
                    "O'Brien;'\t;''=x\n", encoding="utf-8")
    assert read_table(path).rows == [["=1+2", "Ng", "+33 1 23"],
                                     ["Ana", "-5", "@home"],
                                     ["'abc", "=A1\nsecond line", "'"],
                                     ["O'Brien", "\t", "''=x"]]


def test_every_csv_cell_is_read_by_the_apostrophe_rule(tmp_path: Path) -> None:
    """Records without an apostrophe at a cell's start are kept as the csv module gives
    them: the same cells as the rule applied to each."""
    import csv
    import random

    from confdesk.imports.tables import _unquote

    rng = random.Random(22)
    pieces = ["'", "=", "+", "-", "@", "a", "é", " ", "O'", "\t", ";", '"', "\n", "'='"]
    records = [[("".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) or "x")
                for _ in range(4)] for _ in range(3000)]
    path = tmp_path / "random.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, delimiter=";", lineterminator="\r\n").writerows(records)
    rows = read_table(path).rows
    assert rows == [[_unquote(cell) for cell in record] for record in records]
