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
