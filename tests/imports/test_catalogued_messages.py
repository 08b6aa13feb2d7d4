"""Every message a window shows from the imports, the categories and the programme passes
through a catalogue: the problems of an import's rows, its report, the document reader's
notes and preview, the encoding names, and the refusals carry a template that lupdate
extracts (so the window can show them translated) and stay English as text (the CLI).

The catalogue is what `pyside6-lupdate` finds in the code, as
tests/ui/test_translation_sources.py extracts it; this test does not depend on the shipped
translation.
"""

from __future__ import annotations

import codecs
import subprocess
from datetime import date, time
from pathlib import Path

import docx
import pytest
from openpyxl import Workbook
from sqlalchemy.orm import Session

from confdesk.errors import Message, UserError
from confdesk.imports import docx_reader
from confdesk.imports.document_text import import_document, import_text
from confdesk.imports.errors import DocumentImportError
from confdesk.imports.mapping import detect
from confdesk.imports.participants import ImportInvalidError, prepare, run_import
from confdesk.imports.preview import preview_rows
from confdesk.imports.tables import read_table
from confdesk.imports.text_encoding import decode
from confdesk.programme import operations as programme
from confdesk.registration import categories
from confdesk.registration.categories import CategoryData
from tests.factories import make_event, make_participant
from tests.ui.test_translation_sources import Key, lupdate, messages, sources

CONTEXTS = ("UserError", "ProgrammeLabels")


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every string lupdate extracts from the code."""
    ts = tmp_path_factory.mktemp("catalogue") / "extracted.ts"
    done = subprocess.run(
        [lupdate(), "-no-obsolete", "-locations", "none", *map(str, sources()), "-ts", str(ts)],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    keys: list[Key] = list(messages(ts))
    return {(context, source) for context, source, _comment in keys}


def assert_catalogued(text: object, catalogue: set[tuple[str, str]]) -> None:
    """`text` is a Message whose template (and every Message among its params) lupdate
    extracted; its text is the English template filled in."""
    assert isinstance(text, Message), f"not catalogued: {text!r}"
    assert (text.context, text.template) in catalogue, f"not extracted: {text.template!r}"
    assert text.context in CONTEXTS
    for value in text.params.values():
        if isinstance(value, Message):
            assert_catalogued(value, catalogue)


def assert_error_catalogued(error: UserError, catalogue: set[tuple[str, str]]) -> None:
    assert ("UserError", error.template) in catalogue, f"not extracted: {error.template!r}"
    assert error.code != UserError.default_code, f"no code: {error}"
    for value in error.params.values():
        if isinstance(value, Message):
            assert_catalogued(value, catalogue)


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_an_import_report_and_its_rows_problems_are_catalogued(
        session: Session, tmp_path: Path, catalogue: set[tuple[str, str]]) -> None:
    event = make_event(session)
    make_participant(session, event, given_name="Adama", family_name="Dieng",
                     email="adieng@un.org")
    make_participant(session, event, given_name="Navi", family_name="Pillay",
                     email="npillay@ohchr.org")
    session.commit()
    path = _sheet(tmp_path / "messy.xlsx", [
        ["Name", "Country", "E-mail", "Category", "Status", "Code"],
        ["Adama DIENG", "Senegal", "ADIENG@un.org", "", "", ""],  # registered: same e-mail
        ["", "France", "x@y.fr", "", "", ""],  # no name
        ["No Mail", "", "not a mail", "", "", ""],  # bad e-mail
        ["Some One", "Narnia", "", "astronaut", "", ""],  # unknown country and category
        ["Ann Lee", "", "ann@lee.org", "", "pending", "XX"],  # unknown status
        ["Navi Pillay", "South Africa", "other@example.org", "", "", ""],  # possible duplicate
        ["Bo Ek", "", "bo@ek.se", "", "", "nonsense"],  # not a code: a warning
        ["Bo Ek", "", "bo@ek.se", "", "", ""],  # same e-mail as an earlier line
        ["X" * 150 + " Long", "", "", "", "", ""],  # a name longer than its column
    ])
    table = read_table(path)
    preview = prepare(session, event.id, table, detect(table.rows))
    problems = [p for row in preview.rows for p in row.problems]
    assert len(problems) >= 9
    for problem in problems:
        assert_catalogued(problem, catalogue)
    assert "unknown country “Narnia”" in problems  # the CLI's English, unchanged
    with pytest.raises(ImportInvalidError) as refused:
        run_import(session, preview)
    assert_error_catalogued(refused.value, catalogue)
    report = run_import(session, preview, skip_invalid=True)
    lines = report.lines()
    assert lines[0] == f"Added {report.added}, updated 0, skipped {len(report.skipped)}."
    assert "Possible duplicates added (1), to check:" in lines
    for line in lines:
        assert_catalogued(line, catalogue)


def test_a_word_import_report_and_preview_are_catalogued(
        tmp_path: Path, catalogue: set[tuple[str, str]]) -> None:
    document = docx.Document()
    document.add_paragraph("Chair's conclusions")
    document.add_heading("Opening", level=1)
    document.add_paragraph("First point.", style="List Number")
    document.add_paragraph("Second point.", style="List Number")
    document.add_paragraph("A bullet.", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Region", "Pledges"
    table.cell(1, 0).text, table.cell(1, 1).text = "Africa", "12"
    path = tmp_path / "conclusions.docx"
    document.save(str(path))
    word = docx_reader.read_word(path)
    assert word.notes
    imported = import_document(path)
    assert any("converted to text" in note for note in imported.notes)
    for note in imported.notes:
        assert_catalogued(note, catalogue)
    sections = [row for row in preview_rows(imported.tree) if row.kind == "section"]
    assert sections
    for row in sections:
        assert_catalogued(row.label, catalogue)
        assert_catalogued(row.text, catalogue)


def test_text_files_name_their_encoding_through_the_catalogue(
        catalogue: set[tuple[str, str]]) -> None:
    for data in ("Déclaration".encode("cp1252"), codecs.BOM_UTF8 + b"Text",
                 codecs.BOM_UTF16_LE + "Text".encode("utf-16-le")):
        _text, encoding = decode(data, "notes.txt")
        assert_catalogued(encoding, catalogue)
        imported = import_text("1. A paragraph.", encoding=encoding)
        assert_catalogued(imported.notes[0], catalogue)
    assert decode("Déclaration".encode("cp1252"), "n.txt")[1] == "Windows-1252 (Western European)"
    with pytest.raises(DocumentImportError) as refused:
        decode(b"\x00\x01\x02\x03" * 100, "data.txt")
    assert_error_catalogued(refused.value, catalogue)


def test_category_and_programme_refusals_are_catalogued(
        session: Session, catalogue: set[tuple[str, str]]) -> None:
    event = make_event(session)
    session.commit()
    data = CategoryData("Guest of honour", "", "#1F4E79", True)
    for wrong, field in ((CategoryData("", "", "#000000", True), "nameless"),
                         (CategoryData("X" * 300, "", "#000000", True), "name_too_long"),
                         (CategoryData("Press", "", "blue", True), "colour")):
        with pytest.raises(categories.CategoryError) as refused:
            categories.add_category(session, event.id, wrong)
        assert refused.value.code == f"category.{field}"
        assert_error_catalogued(refused.value, catalogue)
    categories.add_category(session, event.id, data, code="guest_2")
    for code in ("Bad Code", "guest_2"):
        with pytest.raises(categories.CategoryError) as refused:
            categories.add_category(session, event.id, CategoryData("Other", "", "#000000",
                                                                    True), code=code)
        assert_error_catalogued(refused.value, catalogue)
    with pytest.raises(categories.CategoryError) as refused:
        categories.find(session, event.id, "astronaut")
    assert_error_catalogued(refused.value, catalogue)

    day = date(2014, 3, 31)
    for wrong in (programme.SessionData("", day, time(9), time(10)),
                  programme.SessionData("Opening", date(2015, 1, 1), time(9), time(10)),
                  programme.SessionData("Opening", day, time(10), time(9))):
        with pytest.raises(programme.ProgrammeError) as refused_session:
            programme.create_session(session, event.id, wrong)
        assert_error_catalogued(refused_session.value, catalogue)
    with pytest.raises(UserError) as gone:
        programme.delete_theme(session, 999_999)
    assert_error_catalogued(gone.value, catalogue)
    assert str(gone.value) == "That theme no longer exists; someone else deleted it."
    with pytest.raises(programme.ProgrammeError) as colour:
        programme.create_theme(session, event.id, "Prevention", colour="red")
    assert_error_catalogued(colour.value, catalogue)


def test_write_failures_and_typed_codes_are_catalogued(
        tmp_path: Path, catalogue: set[tuple[str, str]]) -> None:
    from confdesk.exports.files import WriteError, check_target, write_error
    from confdesk.registration.codes import InvalidCodeError, normalise_code

    with pytest.raises(WriteError) as folder:
        check_target(tmp_path)
    assert_error_catalogued(folder.value, catalogue)
    (tmp_path / "list.pdf").write_bytes(b"%PDF-")
    full = write_error(tmp_path / "list.pdf", OSError(28, "No space left on device"))
    assert_error_catalogued(full, catalogue)
    assert str(full).endswith("Nothing was written, and the earlier file of that name is "
                              "unchanged.")
    for typed in ("", "Ana!"):
        with pytest.raises(InvalidCodeError) as refused:
            normalise_code(typed)
        assert_error_catalogued(refused.value, catalogue)
    from confdesk.conclusions import messages as conclusions_messages
    from confdesk.conclusions.models import OutcomeDocument
    from confdesk.conclusions.operations import EditError, fits

    with pytest.raises(EditError) as too_long:
        fits("x" * 2000, OutcomeDocument.__table__.c.title,
             conclusions_messages.label(conclusions_messages.DOCUMENT_TITLE))
    assert_error_catalogued(too_long.value, catalogue)
    assert str(too_long.value).startswith("A document's title may have at most ")
