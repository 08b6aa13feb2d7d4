"""Damaged and hostile Word and text files: a clear message, nothing written, no traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from sqlalchemy import func, select

from confdesk.cli import main
from confdesk.conclusions.models import OutcomeDocument
from confdesk.db.database import open_database
from confdesk.imports.document_text import DocumentImportError, read_document
from tests.factories import make_event


def good_docx() -> bytes:
    word = docx.Document()
    word.add_paragraph("The participants note that:")
    word.add_paragraph("Genocide is the gravest crime;", style="List Number")
    word.add_paragraph("Prevention is possible.", style="List Number")
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def rezipped(data: bytes, replace: dict[str, bytes], *,
             compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """`data` (a .docx) with some parts replaced."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename,
                                                       source.read(info.filename)))
    return out.getvalue()


def document_xml(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>").encode()


BILLION_LAUGHS = ('<!DOCTYPE w:document [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'
                            for i in range(1, 10)).replace("&lol0;", "&lol;")
                  + "]>")
XXE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def corrupt_deflate(data: bytes) -> bytes:
    """`data` with bytes in the middle of word/document.xml's compressed stream overwritten
    (the zip directory left intact)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    info = source.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    damaged = bytearray(data)
    damaged[middle:middle + 16] = b"\xff" * 16
    return bytes(damaged)


def zip_bomb() -> bytes:
    """A small .docx whose document part inflates to 40 MB of spaces."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in zipfile.ZipFile(io.BytesIO(good_docx())).infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, zipfile.ZipFile(
                    io.BytesIO(good_docx())).read(info.filename))
        with target.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(document_xml("")[:-len("</w:body></w:document>")])
            chunk = b" " * (1024 * 1024)
            for _ in range(40):
                part.write(chunk)
            part.write(b"</w:body></w:document>")
    return out.getvalue()


CASES = {
    "malformed XML": lambda: rezipped(good_docx(), {
        "word/document.xml": document_xml("<w:p><w:r><w:t>unclosed</w:r></w:p>")}),
    "corrupt deflate stream": lambda: corrupt_deflate(good_docx()),
    "billion laughs": lambda: rezipped(good_docx(), {
        "word/document.xml": document_xml("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>",
                                          BILLION_LAUGHS)}),
    "XXE": lambda: rezipped(good_docx(), {
        "word/document.xml": document_xml("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", XXE)}),
    "zip bomb": zip_bomb,
    "billion laughs in the styles": lambda: rezipped(good_docx(), {
        "word/styles.xml": (BILLION_LAUGHS.replace("w:document", "w:styles")
                            + "<w:styles/>").encode()}),
    "truncated": lambda: good_docx()[:1500],
    "empty": lambda: b"",
    "no document part": lambda: rezipped(good_docx(), {}).replace(
        b"word/document.xml", b"word/documenx.xml"),
    "not Word XML": lambda: rezipped(good_docx(), {
        "word/document.xml": b"<?xml version='1.0'?><office:document "
                             b"xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0'/>"}),
    "encrypted (OLE)": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500,
}

MESSAGES = {
    "malformed XML": "not well-formed XML",
    "corrupt deflate stream": "damaged",
    "billion laughs": "refused as unsafe",
    "XXE": "refused as unsafe",
    "zip bomb": "zip bomb",
    "billion laughs in the styles": "refused as unsafe",
    "truncated": "not a Word",
    "empty": "not a Word",
    "no document part": "no document part",
    "not Word XML": "not a Word document",
    "encrypted (OLE)": "not a Word",
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_docx_gets_a_clear_message(tmp_path: Path, case: str) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(CASES[case]())
    with pytest.raises(DocumentImportError, match=MESSAGES[case]) as caught:
        read_document(path)
    assert "root:" not in str(caught.value)  # no file content echoed
    assert len(str(caught.value)) < 400


@pytest.mark.parametrize("case", ["corrupt deflate stream", "billion laughs", "zip bomb"])
def test_the_cli_says_so_and_writes_nothing(tmp_path: Path, case: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "cli.sqlite"
    db = open_database(db_path)
    with db.sessions.begin() as s:
        make_event(s)
    path = tmp_path / "draft.docx"
    path.write_bytes(CASES[case]())
    code = main(["import", "document", str(path), "--database", str(db_path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("confdesk: ") and "Traceback" not in err
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutcomeDocument)) == 0
    db.close()


def test_an_empty_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(b"")
    with pytest.raises(DocumentImportError, match="no paragraph"):
        read_document(path)
