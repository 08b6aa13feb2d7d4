"""The redline of the demo's Draft 2 against the final text, in PDF and Word."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import docx
import pytest

from confdesk.conclusions.diff import compare
from confdesk.exports.conclusions.redline import to_redline_docx, to_redline_pdf
from tests.conclusions.helpers import demo_texts


@pytest.fixture(scope="module")
def comparison(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    from confdesk.db.database import open_database

    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    try:
        texts = demo_texts(db)
    finally:
        db.close()
    return compare(texts["draft2"], texts["final"]), texts["info"]


def test_the_demo_drafts_differ_in_every_way(comparison: tuple) -> None:
    result, _ = comparison
    assert result.uids("added") and result.uids("moved") and result.uids("changed")
    assert result.uids("renumbered")


def test_redline_pdf_marks_insertions_and_moves(comparison: tuple, tmp_path: Path) -> None:
    result, info = comparison
    path = tmp_path / "redline.pdf"
    path.write_bytes(to_redline_pdf(result, info))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Changes from “Draft 2 — 1 April 2014 09:00” to “Final”" in flat
    assert "[moved, was 3.]" in flat
    # The new words and the old ones are both there: a redline shows what went.
    assert "Remind Member States that under the Genocide Convention" in flat
    assert "This responsibility entails the prevention of such crimes" in flat
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(path), str(png)],
                   check=True)
    assert list(tmp_path.glob("page*.png"))


def test_redline_docx_runs_carry_the_marks(comparison: tuple) -> None:
    result, info = comparison
    word = docx.Document(io.BytesIO(to_redline_docx(result, info)))
    runs = [run for p in word.paragraphs for run in p.runs]
    inserted = "".join(r.text for r in runs if r.font.underline)
    deleted = "".join(r.text for r in runs if r.font.strike)
    moved = [r.text for r in runs if r.italic and r.text.startswith("[moved")]
    assert "This responsibility entails the prevention of such crimes" in inserted
    assert "Remind Member States that under the Genocide Convention" in inserted
    # Draft 2 ended paragraphs 4 of both lists with ";", the final with ":".
    assert deleted == "deleted;;"  # the legend, then the two semicolons
    assert "[moved, was 3.] " in moved
    plain = [r for r in runs if not (r.font.underline or r.font.strike or r.italic)]
    assert any("Genocide, war crimes, ethnic cleansing" in r.text for r in plain)
