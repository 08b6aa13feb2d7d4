"""Spreadsheets as a hostile or unlucky sender makes them: raw XLSX and ODS parts, bombs."""

from __future__ import annotations

import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
    'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships"><sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets>'
    '</workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
              'openxmlformats.org/spreadsheetml/2006/main">')


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet_xml(body: str, dimension: str | None = None) -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f"{SHEET_HEAD}{dim}<sheetData>{body}</sheetData></worksheet>"


PEOPLE = ('<row r="1">' + text_cell("A1", "Given name") + text_cell("B1", "Family name")
          + text_cell("C1", "E-mail") + '</row><row r="2">' + text_cell("A2", "Ana")
          + text_cell("B2", "Ng") + text_cell("C2", "ana@example.org") + "</row>")


def write_xlsx(path: Path, sheet: str | bytes, *, name: str = "Sheet1",
               level: int | None = None) -> Path:
    """A workbook of one sheet whose XML is given as it is (well-formed or not)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK.format(name=name))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def write_expanding_xlsx(path: Path, megabytes: int) -> Path:
    """A zip bomb: a sheet of `megabytes` MB of XML (one person repeated) in a few MB."""
    row = '<row>' + text_cell("A1", "Ana") + text_cell("B1", "Ng") + "</row>"
    block = (row * (1_000_000 // len(row) + 1))[:1_000_000].rsplit("</row>", 1)[0] + "</row>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK.format(name="Sheet1"))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write((SHEET_HEAD + "<sheetData>").encode())
            data = block.encode()
            for _ in range(megabytes):
                part.write(data)
            part.write(b"</sheetData></worksheet>")
    return path


def ods_cell(text: str, repeat: int | None = None) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat else ""
    return (f'<table:table-cell office:value-type="string"{rep}><text:p>{text}</text:p>'
            "</table:table-cell>")


def write_ods(path: Path, body: str, *, name: str = "Sheet1") -> Path:
    """An ODS of one sheet (table) whose rows are given as XML."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{name}">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry'
        ' manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
        'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


ODS_PEOPLE = ('<table:table-row>' + ods_cell("Given name") + ods_cell("Family name")
              + ods_cell("E-mail") + '</table:table-row><table:table-row>' + ods_cell("Ana")
              + ods_cell("Ng") + ods_cell("ana@example.org") + "</table:table-row>")


def xfd_bomb(path: Path) -> Path:
    """5 KB: a list of people and one value at XFD1048576 (17 billion cells to calamine)."""
    far = '<row r="1048576">' + '<c r="XFD1048576"><v>1</v></c></row>'
    return write_xlsx(path, sheet_xml(PEOPLE + far, "A1:C2"))


def biff_workbook(cells: list[tuple[int, int, float]], sheet: str = "Sheet1") -> bytes:
    """A minimal BIFF8 Workbook stream: one sheet holding NUMBER records at (row, column)."""
    import struct

    def record(kind: int, body: bytes) -> bytes:
        return struct.pack("<HH", kind, len(body)) + body

    bof_globals = record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
    name = sheet.encode("latin-1")
    sheet_offset = len(bof_globals) + (4 + 8 + len(name)) + 4  # after BOUNDSHEET and EOF
    globals_ = bof_globals + record(0x0085, struct.pack("<IBBBB", sheet_offset, 0, 0,
                                                        len(name), 0) + name) + record(0x000A, b"")
    body = record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
    for row, column, value in cells:
        body += record(0x0203, struct.pack("<HHHd", row, column, 15, value))
    return globals_ + body + record(0x000A, b"")


def compound_file(stream: bytes, name: str = "Workbook") -> bytes:
    """An OLE2 compound file holding one small stream (under 4,096 bytes: in the mini
    stream), as old generators of .xls wrote them."""
    import struct

    assert len(stream) < 4096
    end, free, fatsect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    mini = stream + b"\0" * (-len(stream) % 64)
    mini_sectors = len(mini) // 64
    data_sectors = -(-len(mini) // 512)
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 0x2C, 1, 1, 0, 4096, 2, 1, end, 0)
    difat = [0] + [free] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    fat = [fatsect, end, end] + [3 + i + 1 for i in range(data_sectors - 1)] + [end]
    fat += [free] * (128 - len(fat))
    minifat = [i + 1 for i in range(mini_sectors - 1)] + [end]
    minifat += [free] * (128 - len(minifat))

    def entry(entry_name: str, kind: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = (entry_name + "\0").encode("utf-16-le")
        raw[:len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 0x40, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 0x44, free, free, 1 if kind == 5 else free)
        struct.pack_into("<II", raw, 0x74, start, size)
        return bytes(raw)

    directory = entry("Root Entry", 5, 3, len(mini)) + entry(name, 2, 0, len(stream))
    directory += b"\0" * (512 - len(directory))
    sectors = [struct.pack("<128I", *fat), directory, struct.pack("<128I", *minifat),
               mini + b"\0" * (-len(mini) % 512)]
    return bytes(header) + b"".join(sectors)
