"""The Word export as LibreOffice reads it: converted back to text, it is the reference."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from confdesk.exports.conclusions.docx import to_docx
from tests.conclusions.helpers import demo_texts, normalise, reference_text

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def test_libreoffice_converts_the_final_docx_back_to_the_reference(
        tmp_path: Path, shared_dir: Path) -> None:
    from confdesk.db.database import open_database

    db = open_database(tmp_path / "demo.sqlite")
    try:
        texts = demo_texts(db)
    finally:
        db.close()
    source = tmp_path / "conclusions.docx"
    source.write_bytes(to_docx(texts["working"], texts["info"]))
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(tmp_path / "out"),
         str(source)],
        check=True, capture_output=True, timeout=180,
    )
    lines = (tmp_path / "out" / "conclusions.txt").read_text(encoding="utf-8-sig").splitlines()
    assert lines[:3] == ["Chair's Conclusions", "International Conference on Genocide Prevention",
                         "Egmont Palace, Brussels, 31 March – 1 April 2014"]
    body = "\n".join(lines[3:])
    assert normalise(body) == normalise(reference_text(shared_dir))
    # Word and LibreOffice show the same numbers: they are text, "1." then a tab.
    numbers = [line.split("\t")[0] for line in lines if "\t" in line]
    assert numbers == [f"{n}." for n in range(1, 6)] + [f"{n}." for n in range(1, 16)]
