"""The Word export as LibreOffice reads it: converted back to text, it is the reference."""

from __future__ import annotations

import re
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
    # LibreOffice numbers Word's lists as confdesk does: two lists, each from 1.
    assert _labels(lines) == [f"{n}." for n in range(1, 6)] + [f"{n}." for n in range(1, 16)]


def _labels(lines: list[str]) -> list[str]:
    """The list labels LibreOffice wrote at the start of indented lines."""
    found = (re.match(r"\s+(\S+)\s", line) for line in lines)
    return [m.group(1) for m in found if m]


def _convert(source: Path, folder: Path, target: str = "txt:Text (encoded):UTF8") -> Path:
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation=file://{folder / 'lo-profile'}", "--headless",
         "--convert-to", target, "--outdir", str(folder / "out"), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    return folder / "out" / (source.stem + "." + target.split(":")[0])


def test_libreoffice_numbers_restarts_styles_and_sub_paragraphs_as_confdesk(
        tmp_path: Path) -> None:
    from confdesk.conclusions.tree import EventInfo, tree_from_content

    def para(uid: str, text: str, status: str = "agreed", children: tuple = ()) -> dict:
        return {"uid": uid, "text": text, "status": status,
                "children": [{"uid": f"{uid}{n}", "text": c, "status": "agreed",
                              "children": []} for n, c in enumerate(children)]}

    content = {"title": "Chair's Summary", "sections": [
        {"uid": "s1", "kind": "numbered_list", "lead_in": "The participants:",
         "paragraphs": [para("p1", "Welcomed the report;"),
                        para("p2", "Gone.", "deleted"),
                        para("p3", "Resolved to act, by:", children=("training staff;",
                                                                      "sharing data;")),
                        para("p4", "Thanked the host.")]},
        {"uid": "s2", "kind": "numbered_list", "lead_in": "Further, they:",
         "first_number": 7, "paragraphs": [para("q1", "Agreed;"), para("q2", "Noted;")]},
        {"uid": "s3", "kind": "numbered_list", "lead_in": "Annexes:", "numbering": "upper-roman",
         "paragraphs": [para("r1", "List of participants"), para("r2", "Programme")]},
        {"uid": "s4", "kind": "numbered_list", "lead_in": "Options:",
         "numbering": "lower-letter", "paragraphs": [para("t1", "one"), para("t2", "two")]},
    ]}
    tree = tree_from_content(content, draft_name="Final", final=True)
    source = tmp_path / "numbers.docx"
    source.write_bytes(to_docx(tree, EventInfo("Test Conference")))
    lines = _convert(source, tmp_path).read_text(encoding="utf-8-sig").splitlines()
    expected = [label for _s, p, _d in tree.paragraphs() for label in [p.label]]
    assert _labels(lines) == expected
    assert expected == ["1.", "2.", "(a)", "(b)", "3.", "7.", "8.", "I.", "II.", "(a)", "(b)"]
    # The numbers are not in the paragraphs' text: Word renumbers when a delegation edits.
    assert "Gone." not in "\n".join(lines)
