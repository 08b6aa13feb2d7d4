"""Hostile and unlucky spreadsheets: bombs, damaged files, odd encodings, oversized cells.

Each is refused with a message that names the file and the place (never quoting more than a
few words of it), or read; none may take the process down or reach the user as a traceback.
"""

from __future__ import annotations

import codecs
import csv
import os
import shutil
import struct
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from confdesk.imports.limits import Limits, SpreadsheetTooLargeError, UnreadableFileError
from confdesk.imports.tables import read_table, sheet_names
from tests.imports.hostile import (
    ODS_PEOPLE,
    PEOPLE,
    biff_workbook,
    compound_file,
    ods_cell,
    sheet_xml,
    text_cell,
    write_expanding_xlsx,
    write_ods,
    write_xlsx,
    xfd_bomb,
)

ONE_LINE_SHORT = 400  # a message fits a dialog: one line, a few sentences at most


def refused(path: Path, error: type[Exception] = UnreadableFileError, **kwargs: object) -> str:
    with pytest.raises(error) as caught:
        read_table(path, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message and len(message) < ONE_LINE_SHORT, message
    assert path.name in message
    return message


def test_one_value_at_xfd1048576_is_refused_in_a_process_that_survives(tmp_path: Path) -> None:
    """The 5 KB file that made calamine ask for 512 GB (exit 134): read in a child process
    held to 1.5 GB, which must end normally with the message."""
    bomb = xfd_bomb(tmp_path / "bomb.xlsx")
    assert bomb.stat().st_size < 5_000
    script = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))
        from confdesk.imports.tables import read_table, UnreadableFileError
        try:
            read_table({str(bomb)!r})
        except UnreadableFileError as exc:
            print(exc)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "RUST_BACKTRACE": "0"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "XFD1048576" in done.stdout
    assert "1,048,576 rows" in done.stdout and "16,384 columns" in done.stdout


def test_far_values_are_refused_before_reading_and_formatted_cells_are_not(
        tmp_path: Path) -> None:
    cv = write_xlsx(tmp_path / "cv.xlsx", sheet_xml(
        PEOPLE + '<row r="1048576"><c r="CV1048576"><v>1</v></c></row>'))
    assert "CV1048576" in refused(cv, SpreadsheetTooLargeError)
    # Only formatted far away, and a declared dimension that lies: nothing to allocate.
    styled = write_xlsx(tmp_path / "styled.xlsx", sheet_xml(
        PEOPLE + '<row r="1048576"><c r="XFD1048576" s="1"/></row>', "A1:XFD1048576"))
    assert read_table(styled).rows == [["Given name", "Family name", "E-mail"],
                                       ["Ana", "Ng", "ana@example.org"]]
    # Cells without r (as some generators write them) still count.
    unnamed = write_xlsx(tmp_path / "unnamed.xlsx", sheet_xml(
        "<row>" + "<c><v>1</v></c>" * 40 + "</row>"))
    assert "AN1" in refused(unnamed, SpreadsheetTooLargeError, limits=Limits(columns=30))
    # A prefixed namespace, as some writers use, is read like the plain one.
    prefixed = write_xlsx(tmp_path / "prefixed.xlsx", sheet_xml(
        '<x:row xmlns:x="urn:x" r="1"><x:c r="A1"><x:v>1</x:v></x:c>'
        '<x:c r="ZZ9"><x:v>2</x:v></x:c></x:row>'))
    assert "ZZ9" in refused(prefixed, SpreadsheetTooLargeError, limits=Limits(columns=30))


def test_a_zip_bomb_of_900_mb_of_xml_is_refused_without_unpacking_it(tmp_path: Path) -> None:
    bomb = write_expanding_xlsx(tmp_path / "expands.xlsx", 900)
    assert bomb.stat().st_size < 8_000_000
    message = refused(bomb, SpreadsheetTooLargeError)
    assert "xl/worksheets/sheet1.xml unpacks to 900 MB of XML" in message
    assert "parts of up to 250 MB" in message


def test_a_part_larger_than_its_zip_entry_says_is_refused_as_damaged(
        tmp_path: Path) -> None:
    """A zip may understate a part's size (calamine unpacks to the end of the stream): the
    part is unpacked no further than declared, and then fails its checksum."""
    row = '<row>' + text_cell("A1", "Ana") + "</row>"
    path = write_xlsx(tmp_path / "liar.xlsx", sheet_xml(row * 300_000))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    struct.pack_into("<I", data, info.header_offset + 22, 1000)  # local header
    central = data.index(b"PK\x01\x02")
    while not data[central + 46:].startswith(info.filename.encode()):
        central = data.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, 1000)  # central directory
    path.write_bytes(bytes(data))
    assert "liar.xlsx is damaged: its part xl/worksheets/sheet1.xml cannot be unpacked" \
        in refused(path)


def test_a_part_that_expands_too_much_is_refused_whatever_its_size(tmp_path: Path) -> None:
    bomb = write_expanding_xlsx(tmp_path / "expands.xlsx", 30)
    ratio = Limits(ratio=50, ratio_floor=1_000_000)
    assert "more than any real sheet" in refused(bomb, SpreadsheetTooLargeError, limits=ratio)
    assert "unpacks to 30 MB" in refused(bomb, SpreadsheetTooLargeError,
                                         limits=Limits(part_bytes=10_000_000))


def test_ods_values_repeated_over_the_whole_sheet_are_refused(tmp_path: Path) -> None:
    bomb = write_ods(tmp_path / "bomb.ods", ODS_PEOPLE
                     + '<table:table-row table:number-rows-repeated="1048574">'
                     + ods_cell("x", 16384) + "</table:table-row>")
    assert "XFD1048576" in refused(bomb, SpreadsheetTooLargeError)
    with pytest.raises(SpreadsheetTooLargeError):  # the wizard asks for the names first
        sheet_names(bomb)
    # LibreOffice ends rows and sheets with empty cells repeated to the edge: not values.
    normal = write_ods(tmp_path / "normal.ods", ODS_PEOPLE.replace(
        "</table:table-row>", '<table:table-cell table:number-columns-repeated="16381"/>'
        "</table:table-row>") + '<table:table-row table:number-rows-repeated="1048574">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
    assert read_table(normal).rows[1] == ["Ana", "Ng", "ana@example.org"]
    assert sheet_names(normal) == ["Sheet1"]


def test_damaged_sheets_say_where_not_just_c(tmp_path: Path) -> None:
    """calamine answered "Cannot read badxml.xlsx: c" for a cell left open."""
    bad = write_xlsx(tmp_path / "badxml.xlsx", sheet_xml(
        PEOPLE + '<row r="3"><c r="A3"><v>1</v></row>'))
    message = refused(bad)
    assert "badxml.xlsx is damaged: xl/worksheets/sheet1.xml has broken XML at line 1" \
        in message and "mismatched tag" in message
    assert "save it again" in message
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(bad.read_bytes()[:700])
    assert "zip container" in refused(cut)
    version = bytearray(bad.read_bytes())  # a flipped bit asks for zip version 14.8
    struct.pack_into("<H", version, version.index(b"PK\x01\x02") + 6, 148)
    (tmp_path / "version.xlsx").write_bytes(bytes(version))
    assert "zip container" in refused(tmp_path / "version.xlsx")
    text = tmp_path / "list.xlsx"
    text.write_text("Given name;Family name\nAna;Ng\n", encoding="utf-8")
    assert "is not an XLSX file, or it is damaged" in refused(text)
    with pytest.raises(UnreadableFileError, match="is not an ODS file"):
        sheet_names(text.rename(tmp_path / "list.ods"))


def test_a_cell_longer_than_excel_allows_is_named_not_quoted(tmp_path: Path) -> None:
    """openpyxl and Excel cut a cell at 32,767 characters; another writer may not."""
    path = write_xlsx(tmp_path / "long.xlsx", sheet_xml(
        PEOPLE + '<row r="3">' + text_cell("C3", "x" * 40_000) + "</row>"))
    message = refused(path, SpreadsheetTooLargeError)
    assert "cell C3 holds 40,000 characters" in message and "32,767" in message
    assert "xxxx" not in message


def test_a_csv_field_over_the_csv_modules_limit_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / "open-quote.csv"
    path.write_text('Given name,Family name\nAna,Ng\n"Bo,' + "y" * 200_000 + "\n",
                    encoding="utf-8")
    message = refused(path, SpreadsheetTooLargeError)
    assert f"more than {csv.field_size_limit():,} characters" in message
    assert "quotation mark" in message and "yyyy" not in message
    long = tmp_path / "long.csv"
    long.write_text("Given name,Notes\nAna," + "z" * 50_000 + "\n", encoding="utf-8")
    assert "cell B2 holds 50,000 characters" in refused(long, SpreadsheetTooLargeError)


@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_unicode_text_from_excel_is_read(tmp_path: Path, encoding: str, bom: bool) -> None:
    """Excel's "Unicode text": UTF-16 with a BOM, tab-separated, CRLF."""
    text = "Prénom\tNom\tPays\r\nÉlise\tDupont\tBelgique\r\nمحمد\tالعلي\tQatar\r\n"
    mark = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[encoding]
    path = tmp_path / "unicode.txt"
    path.write_bytes((mark if bom else b"") + text.encode(encoding))
    assert read_table(path).rows == [["Prénom", "Nom", "Pays"],
                                     ["Élise", "Dupont", "Belgique"],
                                     ["محمد", "العلي", "Qatar"]]


def test_csv_beyond_the_caps_and_binary_files_are_messages(tmp_path: Path) -> None:
    many = tmp_path / "many.csv"
    many.write_text("Given name,Family name\n" + "Ana,Ng\n" * 50, encoding="utf-8")
    assert "line 11" in refused(many, SpreadsheetTooLargeError, limits=Limits(rows=10))
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(["x"] * 50) + "\n", encoding="utf-8")
    refused(wide, SpreadsheetTooLargeError, limits=Limits(columns=10))
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "is not a text (CSV) file" in refused(binary)


def test_a_missing_sheet_is_named_shortly(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "people.xlsx", sheet_xml(PEOPLE), name="Inscriptions")
    message = refused(path, sheet="S" * 5000)
    assert "its sheets are: Inscriptions." in message and "S" * 100 not in message
    assert read_table(path, "Inscriptions").rows[1][0] == "Ana"
    assert text_cell("A1", "x").startswith("<c")


# ------------------------------------------------------------------ .xls (BIFF)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def libreoffice_xls(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A list of two people saved as .xls by LibreOffice (a value at C3 as well)."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("xls")
    book = Workbook()
    for row in (["Given name", "Family name", "E-mail"], ["Ana", "Ng", "ana@example.org"]):
        book.active.append(row)
    book.active["C3"] = 7
    book.save(folder / "people.xlsx")
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                    "--convert-to", "xls", "--outdir", str(folder), str(folder / "people.xlsx")],
                   check=True, capture_output=True, timeout=180)
    return (folder / "people.xls").read_bytes()


def _patched(data: bytes, kind: int, body_prefix: bytes, offset: int, value: bytes) -> bytes:
    """`data` with the first record of `kind` whose body starts with `body_prefix` changed
    at `offset` of its body."""
    at = _find_record(data, kind, body_prefix)
    out = bytearray(data)
    out[at + 4 + offset:at + 4 + offset + len(value)] = value
    return bytes(out)


def _find_record(data: bytes, kind: int, body_prefix: bytes) -> int:
    start = 0
    while True:
        at = data.index(struct.pack("<H", kind), start)
        if data[at + 4:at + 4 + len(body_prefix)] == body_prefix:
            return at
        start = at + 1


def test_old_excel_files_are_read_and_their_bombs_refused(
        tmp_path: Path, libreoffice_xls: bytes) -> None:
    """calamine reads every sheet of an .xls on opening, reserving the declared rectangle
    (DIMENSIONS) and then the one up to the farthest value: both can ask for 500 GB."""
    good = tmp_path / "people.xls"
    good.write_bytes(libreoffice_xls)
    assert read_table(good).rows[:2] == [["Given name", "Family name", "E-mail"],
                                         ["Ana", "Ng", "ana@example.org"]]
    # C3 (row 2, column 2) moved to row 65,536, column 16,385.
    far = tmp_path / "far.xls"
    far.write_bytes(_patched(libreoffice_xls, 0x027E, struct.pack("<HH", 2, 2), 0,
                             struct.pack("<HH", 0xFFFF, 0x4000)))
    assert "XFE65536" in refused(far, SpreadsheetTooLargeError)
    with pytest.raises(SpreadsheetTooLargeError):
        sheet_names(far)
    # DIMENSIONS whose first row comes after its last: calamine's reservation wraps around.
    wrapped = tmp_path / "wrapped.xls"
    wrapped.write_bytes(_patched(libreoffice_xls, 0x0200, struct.pack("<I", 0), 0,
                                 struct.pack("<I", 0x10000)))
    assert "4,294,901,763 rows" in refused(wrapped, SpreadsheetTooLargeError)


def test_a_small_xls_in_the_mini_stream_is_read_and_its_bomb_refused(tmp_path: Path) -> None:
    good = tmp_path / "small.xls"
    good.write_bytes(compound_file(biff_workbook([(0, 0, 1.0), (1, 1, 2.5)])))
    assert read_table(good).rows == [["1", ""], ["", "2.5"]]
    bomb = tmp_path / "bomb.xls"
    bomb.write_bytes(compound_file(biff_workbook([(0, 0, 1.0), (65535, 16384, 2.0)])))
    assert bomb.stat().st_size < 5_000
    assert "“Sheet1” has a value as far as cell XFE65536" in refused(
        bomb, SpreadsheetTooLargeError)
    # Office encrypts a protected .xlsx into an OLE2 file, as an .xls is.
    assert "is protected by a password, or it is an older workbook (.xls) named .xlsx" in \
        refused(bomb.rename(tmp_path / "protected.xlsx"))
    junk = tmp_path / "junk.xls"
    junk.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert "is not an Excel 97–2003 (.xls) workbook, or it is damaged" in refused(junk)


def test_excel_unicode_text_is_imported_by_the_cli(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Excel's Save As "Unicode Text" (.txt): UTF-16 with BOM, tabs, CRLF; was refused as
    "not a text (CSV) file"."""
    from sqlalchemy import select

    from confdesk.cli import main
    from confdesk.db.database import open_database
    from confdesk.registration.models import Participant
    from tests.factories import make_event

    text = ("Prénom\tNom\tCourriel\tPays\r\nÉlise\tDupont\telise@example.org\tBelgique\r\n"
            "محمد\tالعلي\tm.ali@example.org\tQatar\r\n")
    path = tmp_path / "Inscriptions.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    database = tmp_path / "db.sqlite"
    db = open_database(database)
    with db.sessions() as session:
        make_event(session)
        session.commit()
    assert main(["import", "participants", str(path), "--database", str(database)]) == 0
    assert "Added 2, updated 0, skipped 0." in capsys.readouterr().out
    with db.sessions() as session:
        rows = session.execute(select(Participant.family_name, Participant.country_code))
        assert sorted(tuple(row) for row in rows) == [("Dupont", "BE"), ("العلي", "QA")]
    db.close()
