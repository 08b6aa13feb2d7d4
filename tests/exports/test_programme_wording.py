"""The demo's printed programme says each affiliation once and names organisations with
their articles (read back with pdftotext)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.demo.builder import build_demo
from confdesk.exports.pdf.programme import programme_pdf
from confdesk.exports.pdf.speakers import speakers_pdf
from confdesk.programme.queries import load_programme


def _text(data: bytes, path: Path) -> str:
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return " ".join(out.split())


def test_demo_programme_repeats_no_affiliation_and_keeps_its_articles(
        sqlite_database: Database, tmp_path: Path) -> None:
    with sqlite_database.sessions() as s:
        event = build_demo(s)
        s.commit()
        snapshot = load_programme(SessionReader(s), event.id)
    text = _text(programme_pdf(snapshot), tmp_path / "programme.pdf")
    assert "Convened by the Government of Belgium" in text
    assert ("In partnership with the African Union, the European Union and the United "
            "Nations") in text
    assert "Relations, Royal Institute for International Relations" not in text
    assert "Mr Jean-Luc Bérard, Director-General, Royal Institute for International " \
           "Relations Speaker" in text
    assert "of Belgium, Belgium" not in text
    assert "Minister of Foreign Affairs of Belgium Session I" not in text  # sanity of join
    assert "H.E. Mr Didier Reynders, Deputy Prime Minister and Minister of Foreign Affairs " \
           "of Belgium" in text
    assert ("Director, Centre for Genocide Studies, University of the Lowlands "
            "Keynote speaker") in text
    # other affiliations are untouched
    assert "Ms Ine Goossens, Legal Adviser, Directorate for International Law, Belgium" in text
    # no part of an affiliation comes twice in a row anywhere
    for part in re.findall(r", ([A-Z][^,]{6,}), \1\b", text):
        raise AssertionError(f"repeated: {part}")
    speakers = _text(speakers_pdf(snapshot), tmp_path / "speakers.pdf")
    assert "of Belgium, Belgium" not in speakers
    assert "Relations, Royal Institute for International Relations" not in speakers
