"""Directional controls pasted from Word or a browser: every PDF export still works, and an
override never prints a name backwards."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select, update

from confdesk.cli import main
from confdesk.conclusions.models import Paragraph
from confdesk.db.database import open_database
from confdesk.demo.builder import write_demo_database
from confdesk.exports.pdf import fonts
from confdesk.programme.models import SessionRole
from confdesk.registration.models import Participant

#: Word wraps mixed-direction text in isolates; overrides and embeddings come from browsers
#: and, deliberately, from people who want a name to read differently than it is stored.
GIVEN = "\u202eAlice\u202c"
FAMILY = "\u2067محمد العلي\u2069 Smith\u200f"
PARAGRAPH = "Welcomes \u2068\u202bالمؤتمر الدولي\u202c\u2069 and \u202dnoted\u202c \u2066x\u2069."
CONTROLS = set(fonts.BIDI_CONTROLS)
#: pdftotext itself wraps right-to-left runs it extracts in RLE … PDF (U+202B, U+202C).
DRAWN_CONTROLS = CONTROLS - {"\u202b", "\u202c"}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo conference with a speaker and a paragraph full of directional controls, stored
    as they were typed (straight into the table, as an older confdesk would have kept them)."""
    path = tmp_path_factory.mktemp("bidi") / "demo.sqlite"
    write_demo_database(path)
    db = open_database(path)
    with db.sessions.begin() as s:
        speaker = s.scalars(select(SessionRole.participant_id).limit(1)).one()
        s.execute(update(Participant).where(Participant.id == speaker)
                  .values(given_name=GIVEN, family_name=FAMILY))
        first = s.scalars(select(Paragraph.id).order_by(Paragraph.id).limit(1)).one()
        s.execute(update(Paragraph).where(Paragraph.id == first).values(text=PARAGRAPH))
    db.close()
    return path


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out)


@pytest.mark.parametrize("argv", [
    ["export", "participants", "-o", "{out}/list.pdf"],
    ["export", "badges", "-o", "{out}/badges.pdf"],
    ["export", "badges", "--one-per-page", "-o", "{out}/badges.pdf"],
    ["export", "programme", "-o", "{out}/programme.pdf"],
    ["export", "speakers", "-o", "{out}/speakers.pdf"],
])
def test_every_people_pdf_prints_the_name_forwards(
    hostile: Path, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [a.format(out=tmp_path) for a in argv]
    code = main([*argv, "--database", str(hostile)])
    err = capsys.readouterr().err
    assert code == 0, err
    text = _pdf_text(Path(argv[-1]))
    assert "Alice" in text and "ecilA" not in text
    assert "Smith" in text
    assert "محمد" in text or "محمد"[::-1] in text
    assert not DRAWN_CONTROLS & set(text)


@pytest.mark.parametrize("extra", [[], ["--compare-with", "working"]])
def test_document_pdfs_with_controls(hostile: Path, tmp_path: Path, extra: list[str],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "document.pdf"
    code = main(["export", "document", "-o", str(out), *extra, "--database", str(hostile)])
    assert code == 0, capsys.readouterr().err
    text = " ".join(_pdf_text(out).split())
    assert "Welcomes" in text and "noted" in text and "deton" not in text
    assert not DRAWN_CONTROLS & set(text)


def test_badge_name_is_drawn_forwards() -> None:
    """On the page itself (not only in extracted text): the letters in reading order."""
    assert fonts.visual_line("\u202eAlice Smith\u202c") == "Alice Smith"
    assert fonts.visual_line("\u202dAlice\u202c") == "Alice"
    line = fonts.visual_line("\u202eAlice محمد")
    assert "Alice" in line and "ecilA" not in line


@pytest.mark.parametrize("text", [
    "\u2067محمد\u2069 Ali", "\u2069\u2069\u202c\u2066", "\u2066" * 200 + "م", "م\u202e",
    "\u2068\u202aم\u2069\u202c\u202e", "\u061cم\u200e\u200f",
])
def test_unbalanced_or_deep_controls_never_fail(text: str) -> None:
    line = fonts.visual_line(text)
    assert not CONTROLS & set(line)
