"""`confdesk conclusions amendments|comments …` end to end through main(): a messy French
spreadsheet imported, decisions taken, the compilation and the comments report read back
from the PDF (pdftotext) and the Word file (python-docx)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest

from confdesk.cli import main
from confdesk.db.database import open_database
from tests.conclusions.test_cli import db_path, run  # noqa: F401 (fixture)


@pytest.fixture
def with_document(db_path: Path, tmp_path: Path,  # noqa: F811
                  capsys: pytest.CaptureFixture[str]) -> list[str]:
    draft = tmp_path / "draft.txt"
    draft.write_text("Chair's Conclusions\n\nThe participants:\n\n"
                     "1. Recall the duty to prevent genocide;\n"
                     "2. Note the role of early warning;\n"
                     "3. Welcome the work of the Special Adviser.\n", encoding="utf-8")
    d = ["--database", str(db_path)]
    assert main(["import", "document", str(draft), *d, "--title", "Chair's Conclusions"]) == 0
    capsys.readouterr()
    return d


def _messy_workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Amendements"
    sheet.append(["Compilation des propositions reçues — 31 mars"])
    sheet.append([])
    sheet.append(["N° du paragraphe", "Type d'amendement", "Texte proposé", "Proposé par",
                  "Justification", "Date de dépôt", "Interne"])
    sheet.append(["OP 2", "Remplacer", "Note the essential role of early warning;", "Suisse",
                  "Plus fort.", "31/03/2014", "x"])
    sheet.append([3, "Suppression", None, "Ghana", None, None, None])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["para. 1", "Ajouter", "Stress the role of civil society;", "Norvège", "",
                  "", ""])
    sheet.append(["12", "Remplacer", "Nothing here.", "Pérou", "", "", ""])
    sheet.append(["2", "frobnicate", "", "Chili", "", "", ""])
    book.save(path)


def test_import_decide_and_compile(with_document: list[str], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    d = with_document
    sheet = tmp_path / "amendements.xlsx"
    _messy_workbook(sheet)
    code, out, err = run(capsys, "conclusions", "amendments", "import", str(sheet), *d)
    assert code == 0
    assert "Recorded 3 amendments" in out
    assert "Column “Interne” was not recognised" in err
    assert "Row 8: There is no paragraph 12 in this document; left out." in err
    assert "Row 9: kind “frobnicate” not understood and no text; left out." in err

    code, out, _ = run(capsys, "conclusions", "amendments", "list", *d)
    lines = [line.split("\t") for line in out.strip().splitlines()]
    assert [(n, who, status) for _i, n, who, status, _w in lines] == [
        ("1", "Norvège", "submitted"), ("2", "Suisse", "submitted"),
        ("3", "Ghana", "submitted")]
    ids = {who: int(i) for i, _n, who, _s, _w in lines}
    assert run(capsys, "conclusions", "amendments", "accept", str(ids["Suisse"]), *d)[0] == 0
    assert run(capsys, "conclusions", "amendments", "accept", str(ids["Norvège"]), *d,
               "--text", "Stress the essential role of civil society;")[0] == 0
    assert run(capsys, "conclusions", "amendments", "reject", str(ids["Ghana"]), *d,
               "--note", "No support in the room.")[0] == 0

    text_out = tmp_path / "now.txt"
    assert run(capsys, "export", "document", "-o", str(text_out), *d)[0] == 0
    body = text_out.read_text(encoding="utf-8")
    assert "2. Stress the essential role of civil society;" in body
    assert "3. Note the essential role of early warning;" in body
    assert "4. Welcome the work of the Special Adviser." in body

    pdf = tmp_path / "compilation.pdf"
    assert run(capsys, "conclusions", "amendments", "export", "-o", str(pdf), *d)[0] == 0
    shown = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    flat = " ".join(shown.split())
    for expected in ("Compilation of amendments", "Paragraph 3 (was 2)", "31 March 2014",
                     "Note the essential role of early warning;", "Suisse", "Accepted as modified",
                     "Rejected",
                     "No support in the room.", "Stress the essential role of civil society;",
                     "Plus fort."):
        assert expected in flat, expected
    word = tmp_path / "compilation.docx"
    assert run(capsys, "conclusions", "amendments", "export", "-o", str(word), *d)[0] == 0
    table = docx.Document(str(word)).tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Paragraph", "Proposal", "Proposed by", "Decision"]
    assert any("Ghana" in row.cells[2].text and "Rejected" in row.cells[3].text
               for row in table.rows)


def test_csv_from_libreoffice_and_comment_threads(with_document: list[str], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    d = with_document
    sheet = tmp_path / "amendements.xlsx"
    _messy_workbook(sheet)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                    "--outdir", str(tmp_path), str(sheet)], check=True, capture_output=True,
                   timeout=120)
    code, out, _ = run(capsys, "conclusions", "amendments", "import",
                       str(tmp_path / "amendements.csv"), *d, "--dry-run")
    assert code == 0 and "Would record 3 amendments" in out

    monkeypatch.setenv("CONFDESK_USER", "Ada Rapporteur")
    code, out, _ = run(capsys, "conclusions", "comments", "add", "2", "Too weak?", *d)
    first = out.strip()
    monkeypatch.setenv("CONFDESK_USER", "Bob Legal")
    assert run(capsys, "conclusions", "comments", "reply", first, "Agreed.", *d)[0] == 0
    assert run(capsys, "conclusions", "comments", "resolve", first, *d)[0] == 0
    code, out, _ = run(capsys, "conclusions", "comments", "list", *d)
    assert "[resolved by Bob Legal]" in out and "Ada Rapporteur" in out
    report = tmp_path / "comments.pdf"
    assert run(capsys, "conclusions", "comments", "export", "-o", str(report), *d)[0] == 0
    shown = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(report), "-"],
                                    check=True, capture_output=True, text=True).stdout.split())
    assert "Paragraph 2 — Note the role of early warning;" in shown
    assert "Resolved by Bob Legal" in shown and "Too weak?" in shown
    db = open_database(d[1])
    db.close()
