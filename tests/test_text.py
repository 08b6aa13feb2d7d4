"""Characters no file or database can hold are cleaned where text enters (any model, any
import, any dialog), and every exporter cleans again what was stored before."""

from __future__ import annotations

import csv
import io
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import openpyxl
import pytest
from sqlalchemy import insert, select, text

from confdesk.cli import main
from confdesk.conclusions import operations as ops
from confdesk.conclusions.models import Paragraph
from confdesk.db.database import Database, open_database
from confdesk.demo.builder import write_demo_database
from confdesk.registration.models import Participant
from confdesk.text import clean_data, clean_text, is_clean
from tests.factories import make_event, make_participant

#: What a hostile or unlucky paste brings: NUL, a bell, ESC sequences (colour, window
#: title), DEL, C1 controls, U+FFFE/U+FFFF, a lone surrogate, Word's line break (VT).
DIRTY = ("Na\x00me\x07 \x1b[31mred\x1b[0m \x1b]0;owned\x07x\x7f\x85y\x9b2J "
         "\ufffe\uffff\ud800z\x0bnext")
#: What can have been stored before (no driver stores a lone surrogate).
STORED = DIRTY.replace("\ud800", "")


def test_clean_text() -> None:
    assert clean_text(DIRTY) == "Name red x\ny z\nnext" == clean_text(STORED)
    assert clean_text("a\r\nb\rc\x0cd\u2028e") == "a\nb\nc\nd\ne"
    kept = "Tab\tand\nline, محمد \u2067isolate\u2069, 习近平, Ελλάδα, emoji \U0001F600"
    assert clean_text(kept) is kept
    assert is_clean(kept) and not is_clean(DIRTY)


def test_many_lines_are_seen_clean_as_the_character_search_sees_them() -> None:
    """The fast look at text of many lines (each line printable) answers as the search for
    suspect characters does, on random texts made of every kind of character."""
    import random

    from confdesk.text import _SUSPECT, _regex

    suspect = _regex(_SUSPECT)

    rng = random.Random(14)
    alphabet = ["a", "é", " ", "\n", "\t", "\r", "\x1b", "\x07", "\x85", "\u2028", "\u00a0",
                "\u00ad", "\ufffe", "\U0010ffff", "\ud800", "\ufdd0", "习", "\u200d", "\x00"]
    for _ in range(20_000):
        sample = "".join(rng.choices(alphabet, k=rng.randint(0, 12)))
        assert is_clean(sample) == (suspect.search(sample) is None), repr(sample)
        assert (clean_text(sample) == sample) == (suspect.search(sample) is None), \
            repr(sample)
    report = "  line 3 (Inés Martínez): already registered → add\n" * 1000
    assert clean_text(report) is report


def test_clean_data_rebuilds_only_what_changes() -> None:
    @dataclass(frozen=True)
    class Item:
        name: str
        tags: tuple[str, ...]

    same = Item("ok", ("a", "b"))
    assert clean_data(same) is same
    assert clean_data([Item("x\x00", ("\x1b[1mb",))]) == [Item("x", ("b",))]


def test_models_clean_what_is_set(database: Database) -> None:
    """The dialogs, operations and CLI set attributes: cleaned there, on both engines
    (PostgreSQL refused a NUL with a DataError before)."""
    with database.sessions.begin() as s:
        event = make_event(s, title="Con\x00ference\x1b[2J")
        person = make_participant(s, event, given_name="Ann\x00a", family_name="Lee\ufffe")
        assert person.given_name == "Anna" and event.title == "Conference"
        pid = person.id
    with database.sessions() as s:
        stored = s.get(Participant, pid)
        assert stored is not None
        assert (stored.given_name, stored.family_name) == ("Anna", "Lee")


def test_bulk_inserts_are_cleaned_too(database: Database) -> None:
    """Spreadsheet imports insert rows without model objects: the engine cleans them."""
    with database.sessions.begin() as s:
        event = make_event(s)
        s.execute(insert(Participant), [
            {"event_id": event.id, "given_name": "Bo\x00b", "family_name": "Ray\x1b[5m",
             "code": "T-1", "sort_key": "ray\x01bob", "search_text": ""},
        ])
    with database.sessions() as s:
        row = s.execute(select(Participant.given_name, Participant.family_name,
                               Participant.sort_key)).one()
    assert tuple(row) == ("Bob", "Ray", "ray\x01bob")  # the sort key's separator is kept


def test_a_nul_byte_in_a_document_is_stored_on_every_engine(database: Database) -> None:
    from confdesk.imports.document_text import parse_text

    with database.sessions.begin() as s:
        event = make_event(s)
        doc = ops.create_document_from_text(
            s, event, parse_text("Chair's conclusions\n\n1. Welcomes the\x00 work.\n"),
            title="Chair's conclusions")
        doc_id = doc.id
    with database.sessions() as s:
        texts = s.scalars(select(Paragraph.text)).all()
    assert doc_id and any("Welcomes the work." in t for t in texts)


def test_an_import_is_cleaned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "db.sqlite"
    assert main(["event", "create", "--title", "T", "--start", "2014-03-31",
                 "--end", "2014-04-01", "--database", str(path)]) == 0
    sheet = tmp_path / "people.csv"
    with sheet.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["Given name", "Family name", "E-mail"],
                                 ["Eve\x1b[31m", "Evil\x07\x7f", "eve@example.org"]])
    code = main(["import", "participants", str(sheet), "--database", str(path)])
    assert code == 0, capsys.readouterr().err
    db = open_database(path, create=False)
    with db.sessions() as s:
        assert s.execute(select(Participant.given_name, Participant.family_name)).one() \
            == ("Eve", "Evil")
    db.close()


@pytest.fixture(scope="module")
def stored_dirty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo conference with dirty text stored by an older confdesk: written straight
    through the driver, past every cleaning (as far as SQLite takes it)."""
    path = tmp_path_factory.mktemp("dirty") / "demo.sqlite"
    write_demo_database(path)
    db = open_database(path)
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("UPDATE participant SET given_name = ? WHERE id IN "
                    "(SELECT participant_id FROM session_role LIMIT 1)", (STORED,))
        cur.execute("UPDATE participant SET family_name = ? WHERE id = "
                    "(SELECT min(id) FROM participant)", ("=HYPERLINK(\x00\"x\")",))
        cur.execute("UPDATE session SET title = ?, description = ? WHERE id = "
                    "(SELECT min(id) FROM session)", (STORED, STORED))
        cur.execute("UPDATE room SET name = ? WHERE id = (SELECT min(id) FROM room)", (STORED,))
        cur.execute("UPDATE paragraph SET text = ? WHERE id = (SELECT min(id) FROM paragraph)",
                    (STORED,))
        cur.execute("UPDATE outcome_document SET title = ?", (STORED,))
        raw.commit()
    finally:
        raw.close()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM paragraph WHERE text = :t"),
                            {"t": STORED}).scalar() == 1
    db.close()
    return path


def _export(stored: Path, tmp_path: Path, argv: list[str],
            capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / argv[-1]
    code = main([*argv[:-1], "-o", str(out), "--database", str(stored)])
    err = capsys.readouterr().err
    assert code == 0, err
    return out


def _xmllint(path: Path, schema: Path) -> None:
    done = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", str(schema), str(path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_frab_and_akoma_ntoso_stay_valid(stored_dirty: Path, tmp_path: Path, shared_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    schemas = shared_dir / "schemas"
    frab = _export(stored_dirty, tmp_path, ["export", "programme", "schedule.xml"], capsys)
    _xmllint(frab, schemas / "schedule.xml.xsd")
    assert "Name red" in frab.read_text("utf-8")
    akn = _export(stored_dirty, tmp_path, ["export", "document", "akn.xml"], capsys)
    _xmllint(akn, schemas / "akomantoso30.xsd")
    assert "Name red" in akn.read_text("utf-8")


def test_word_documents_open(stored_dirty: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    path = _export(stored_dirty, tmp_path, ["export", "document", "doc.docx"], capsys)
    body = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Name red" in body and not set(body) & {"\x00", "\x1b", "\ufffe"}
    redline = _export(stored_dirty, tmp_path,
                      ["export", "document", "--compare-with", "working", "red.docx"], capsys)
    assert "Name red" in "\n".join(p.text for p in docx.Document(str(redline)).paragraphs)


def test_workbooks_reopen(stored_dirty: Path, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["export", "programme", "programme.xlsx"],
                 ["export", "speakers", "speakers.xlsx"],
                 ["export", "participants", "list.xlsx"]):
        path = _export(stored_dirty, tmp_path, argv, capsys)
        book = openpyxl.load_workbook(path)
        cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
                 if c.value is not None]
        assert any("Name red" in c for c in cells), argv
        assert all(is_clean(c.replace("\n", "")) for c in cells), argv
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None


def test_text_exports_carry_no_escape_sequences(stored_dirty: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("doc.txt", "doc.md", "list.csv", "programme.ics"):
        group = "participants" if name.endswith(".csv") else \
            "programme" if name.endswith(".ics") else "document"
        path = _export(stored_dirty, tmp_path, ["export", group, name], capsys)
        content = path.read_bytes().decode("utf-8-sig")
        assert "\x1b" not in content and "\x00" not in content and "\x9b" not in content, name
        assert "Name red" in content.replace("\r\n ", ""), name
    rows = list(csv.reader(io.StringIO((tmp_path / "list.csv").read_text("utf-8-sig"))))
    assert any(cell.startswith("'=HYPERLINK(\"x\")") for row in rows for cell in row)


@pytest.mark.parametrize("argv", [
    ["export", "participants", "list.pdf"], ["export", "badges", "badges.pdf"],
    ["export", "programme", "programme.pdf"], ["export", "speakers", "speakers.pdf"],
    ["export", "document", "doc.pdf"],
])
def test_pdfs_are_written(stored_dirty: Path, tmp_path: Path, argv: list[str],
                          capsys: pytest.CaptureFixture[str]) -> None:
    path = _export(stored_dirty, tmp_path, argv, capsys)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    assert "Name red" in " ".join(out.split()) or "Name" in out


def test_the_command_line_prints_no_escape_sequence(stored_dirty: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Text stored before (a session title, a name) reaches the terminal clean."""
    db = open_database(stored_dirty)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE event SET title = :t"), {"t": "Conf\x1b]0;owned\x07erence"})
    db.close()
    try:
        assert main(["event", "list", "--database", str(stored_dirty)]) == 0
        out = capsys.readouterr().out
        assert "Conference" in out and "\x1b" not in out and "\x07" not in out
    finally:
        db = open_database(stored_dirty)
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE event SET title = 'International Conference'"))
        db.close()
