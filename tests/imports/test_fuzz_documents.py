"""Fuzzing the document importers: a few hundred damaged .docx and .txt files (truncated, bits
flipped, XML mangled inside a valid zip, odd encodings). Each gives a clean import or a clear
message (a UserError), never a traceback; through the CLI, a refused file writes nothing."""

from __future__ import annotations

import io
import random
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from sqlalchemy import func, select

from confdesk.cli import main
from confdesk.conclusions.models import OutcomeDocument
from confdesk.db.database import open_database
from confdesk.db.errors import UserError
from confdesk.imports.document_text import import_document
from tests.factories import make_event
from tests.imports.test_hostile_documents import good_docx, rezipped
from tests.imports.word_files import tracked_changes_file

SEED = 20141404
CASES = 300

TEXT = ("Chair’s Summary\n\nThe participants — from 40 States — note that:\n1. “Genocide” is "
        "the gravest crime;\n(a) through focal points;\n2. Prevention is possible.\n\n"
        "They also note:\n• one thing;\n• another thing.\n")


def _rich_docx() -> bytes:
    """Headings, bullets, nested lists, a soft break, a comment and a table."""
    word = docx.Document()
    word.add_paragraph("Chair's Summary", style="Title")
    word.add_heading("I. Findings", level=1)
    word.add_paragraph("They note that:")
    item = word.add_paragraph("Genocide is the gravest crime", style="List Number")
    item.add_run().add_break()
    word.add_comment(item.add_run("and preventable;"), text="Source?", author="Adviser")
    word.add_paragraph("through focal points;", style="List Number 2")
    word.add_paragraph("Early warning works.", style="List Number")
    word.add_paragraph("one thing;", style="List Bullet")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(1, 1).text = "State", "Pledge"
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _seeds(tmp_path: Path) -> list[tuple[str, bytes]]:
    tracked = tracked_changes_file(tmp_path / "tracked.docx").read_bytes()
    return [("a.docx", good_docx()), ("b.docx", tracked), ("f.docx", _rich_docx()),
            ("c.txt", TEXT.encode("utf-8")), ("d.txt", TEXT.encode("utf-16")),
            ("e.txt", TEXT.replace("’", "'").replace("“", '"').replace("”", '"')
             .replace("—", "-").replace("•", "-").encode("cp1252"))]


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(0, len(data) + 1)]


def _flip_bits(rng: random.Random, data: bytes) -> bytes:
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        if damaged:
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
    return bytes(damaged)


def _splice(rng: random.Random, data: bytes) -> bytes:
    """Random bytes (NULs, BOMs, controls, high bytes) put in at random places."""
    pieces = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\x1b[2J", b"\x81\x8d", b"\xed\xa0\x80",
              b"\r", b"\f", bytes(rng.randrange(256) for _ in range(8))]
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(damaged) + 1)
        damaged[at:at] = rng.choice(pieces)
    return bytes(damaged)


def _mangle_xml(rng: random.Random, data: bytes) -> bytes:
    """A valid zip whose document, numbering or styles XML is cut, flipped or has tags
    swapped: what gets past the zip checks to the XML and WordprocessingML readers."""
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    part = rng.choice([n for n in names if n.startswith("word/") and n.endswith(".xml")])
    xml = zipfile.ZipFile(io.BytesIO(data)).read(part)
    choice = rng.randrange(4)
    if choice == 0:
        xml = xml[: rng.randrange(len(xml) + 1)]
    elif choice == 1:
        xml = _flip_bits(rng, xml)
    elif choice == 2:
        swaps = [(b"w:ins ", b"w:del "), (b"w:t>", b"w:delText>"), (b"w:numId", b"w:ilvl"),
                 (b'w:val="', b'w:val="9999999999'), (b"w:p>", b"w:tbl>"),
                 (b"w:body", b"w:bodx"), (b'w:val="decimal"', b'w:val="lowerLetter"'),
                 (b"w:abstractNumId", b"w:numId"), (b"w:start", b"w:lvlRestart")]
        old, new = rng.choice(swaps)
        xml = xml.replace(old, new)
    else:
        xml = _splice(rng, xml)
    return rezipped(data, {part: xml})


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "truncate": _truncate, "flip": _flip_bits, "splice": _splice, "xml": _mangle_xml}


def test_damaged_documents_import_cleanly_or_are_refused_clearly(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    seeds = _seeds(tmp_path)
    started = time.monotonic()
    outcomes = {"imported": 0, "refused": 0}
    for case in range(CASES):
        name, data = rng.choice(seeds)
        mutation = rng.choice([m for m in MUTATIONS if name.endswith(".docx") or m != "xml"])
        damaged = MUTATIONS[mutation](rng, data)
        path = tmp_path / f"case{case}{Path(name).suffix}"
        path.write_bytes(damaged)
        changes = rng.choice([None, "accept", "reject"])
        try:
            imported = import_document(path, changes=changes)
        except UserError as exc:
            message = str(exc)
            assert message and len(message) < 600, (case, mutation, message)
            assert "Traceback" not in message
            outcomes["refused"] += 1
        except Exception as exc:  # noqa: BLE001 (any other exception is the failure this test is for)
            pytest.fail(f"case {case} ({name}, {mutation}, changes={changes}): "
                        f"{type(exc).__name__}: {exc}")
        else:
            for _section, para, _depth in imported.tree.paragraphs():
                assert para.text.strip(), (case, mutation)
            outcomes["imported"] += 1
        path.unlink()
    assert outcomes["imported"] > 20 and outcomes["refused"] > 20, outcomes
    assert time.monotonic() - started < 30


def test_through_the_cli_a_refused_file_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "fuzz.sqlite"
    db = open_database(db_path)
    with db.sessions.begin() as s:
        make_event(s)
    rng = random.Random(SEED + 1)
    seeds = _seeds(tmp_path)
    documents = 0
    for case in range(40):
        name, data = rng.choice(seeds)
        mutation = rng.choice([m for m in MUTATIONS if name.endswith(".docx") or m != "xml"])
        path = tmp_path / f"cli{case}{Path(name).suffix}"
        path.write_bytes(MUTATIONS[mutation](rng, data))
        code = main(["import", "document", str(path), "--database", str(db_path),
                     "--changes", "accept"])
        out, err = capsys.readouterr()
        assert code in (0, 2), (case, err)
        assert "Traceback" not in err
        documents += code == 0
        with db.sessions() as s:
            assert s.scalar(select(func.count()).select_from(OutcomeDocument)) == documents
    db.close()
