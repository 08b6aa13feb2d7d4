"""Look inside a workbook before python-calamine reads it, and explain what it cannot read.

XLSX and ODS are zip files of XML. Before reading, each part calamine would load is measured
as it is decompressed (the sizes in the zip's directory can lie) and its cells are scanned
for the farthest one holding a value: that, not the declared `<dimension ref=…>` (which
calamine ignores and writers get wrong both ways), decides how much calamine allocates. The
scans are regular expressions over the XML stream, quick ways for what applications write
and walks tag by tag for anything else; they cost about a third of calamine's own read. An .xls
is scanned by imports.xls_scan.

When calamine fails anyway, `explain_failure` turns its terse errors ("XmlError: c") into a
message naming the damaged part, line and column.
"""

from __future__ import annotations

import codecs
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from confdesk.errors import Message
from confdesk.imports import messages as msg
from confdesk.imports.limits import (
    LIMITS,
    Limits,
    SpreadsheetTooLargeError,
    UnreadableFileError,
    cell_name,
    check_extent,
    megabytes,
    shorten,
)
from confdesk.imports.xls_scan import xls_extents

_CHUNK = 1 << 20
#: Said after a damaged workbook's message (a catalogued Message).
_REPAIR = Message(msg.REPAIR, code="sheet.repair")


@dataclass(frozen=True)
class Extent:
    """How far the values of one sheet reach: `rows` × `columns` counted from A1."""

    sheet: str
    rows: int = 0
    columns: int = 0
    farthest: str = ""


def kind_of(path: Path) -> str:
    """"xlsx", "ods", "xls" or "" (anything else) from the suffix."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    return {".ods": "ods", ".xls": "xls"}.get(suffix, "")


def check_opening(path: Path, limits: Limits = LIMITS) -> None:
    """Refuse a file that merely opening would choke on: calamine reads an XLSX's shared
    strings, and every sheet of an ODS, when it opens the workbook."""
    kind = kind_of(path)
    if kind == "xls":
        size = path.stat().st_size
        if size > limits.part_bytes:
            raise SpreadsheetTooLargeError(msg.WORKBOOK_TOO_LARGE, code="sheet.too_large",
                                           name=path.name, size=megabytes(size),
                                           limit=megabytes(limits.part_bytes))
        for sheet, rows, columns, farthest in xls_extents(path, limits):
            check_extent(path.name, sheet, rows, columns, farthest, limits)
        return
    if kind not in ("xlsx", "ods"):
        return
    with _open_zip(path) as archive:
        if kind == "ods":
            for extent in ods_extents(path, archive, limits):
                check_extent(path.name, extent.sheet, extent.rows, extent.columns,
                             extent.farthest, limits)
            return
        strings = _member(archive, "xl/sharedStrings.xml")
        if strings is not None:
            for _chunk in _inflate(path, archive, strings, limits):
                pass


def check_sheet(path: Path, sheet: str | None = None, limits: Limits = LIMITS) -> None:
    """Refuse a sheet (a name, or None for the first) that reading would choke on, once
    `check_opening` has passed: an XLSX's sheet is scanned only when it is read."""
    if kind_of(path) != "xlsx":
        return
    with _open_zip(path) as archive:
        name, part = xlsx_sheet_part(path, archive, sheet)
        if part is None:
            return  # no such sheet: calamine says so
        extent = xlsx_extent(path, archive, part, name, limits)
        check_extent(path.name, extent.sheet, extent.rows, extent.columns, extent.farthest,
                     limits)


# ---------------------------------------------------------------------------- zip


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError,
            NotImplementedError) as exc:  # a damaged header can ask for a zip version
        if _is_compound_file(path):
            raise UnreadableFileError(msg.WORKBOOK_PASSWORD_OR_XLS, code="sheet.password",
                                      name=path.name, suffix=path.suffix) from exc
        raise UnreadableFileError(
            msg.WORKBOOK_NOT_ODS if kind_of(path) == "ods" else msg.WORKBOOK_NOT_XLSX,
            code="sheet.damaged", name=path.name, repair=_REPAIR) from exc
    except OSError as exc:
        raise UnreadableFileError(msg.FILE_UNOPENABLE, code="sheet.unreadable", name=path.name,
                                  reason=exc.strerror or str(exc)) from exc


def _is_compound_file(path: Path) -> bool:
    """An OLE2 file: how Office stores an encrypted .xlsx, and what .xls files are."""
    try:
        with path.open("rb") as stream:
            return stream.read(8) == bytes.fromhex("D0CF11E0A1B11AE1")
    except OSError:
        return False


def _member(archive: zipfile.ZipFile, name: str) -> zipfile.ZipInfo | None:
    """A member by name, ignoring case and a leading slash (writers differ)."""
    wanted = name.lstrip("/").lower()
    for info in archive.infolist():
        if info.filename.lstrip("/").lower() == wanted:
            return info
    return None


def _inflate(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits
             ) -> Iterator[bytes]:
    """The member's bytes in chunks, refused as soon as they pass the caps."""
    declared = info.file_size
    if declared > limits.part_bytes:
        raise _too_big(path, info, megabytes(declared), limits)
    if declared > limits.ratio_floor and declared > limits.ratio * max(info.compress_size, 1):
        raise SpreadsheetTooLargeError(
            msg.WORKBOOK_BOMB, code="sheet.bomb", name=path.name,
            part=shorten(info.filename, 60), packed=megabytes(info.compress_size),
            size=megabytes(declared), ratio=f"{declared // max(info.compress_size, 1):,}")
    total = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > limits.part_bytes:
                    raise _too_big(path, info, f"more than {megabytes(limits.part_bytes)}",
                                   limits)
                yield chunk
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError,
            OSError) as exc:  # a broken header can even point before the file's start
        raise UnreadableFileError(
            msg.WORKBOOK_PART_DAMAGED, code="sheet.damaged", name=path.name,
            part=shorten(info.filename, 60), detail=shorten(str(exc), 80),
            repair=_REPAIR) from exc
    except RuntimeError as exc:  # an encrypted member
        raise UnreadableFileError(msg.WORKBOOK_PASSWORD, code="sheet.password",
                                  name=path.name) from exc


def _too_big(path: Path, info: zipfile.ZipInfo, size: str, limits: Limits
             ) -> SpreadsheetTooLargeError:
    return SpreadsheetTooLargeError(
        msg.WORKBOOK_PART_TOO_LARGE, code="sheet.too_large", name=path.name,
        part=shorten(info.filename, 60), size=size, limit=megabytes(limits.part_bytes))


def _text(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> str:
    return b"".join(_inflate(path, archive, info, limits)).decode("utf-8", errors="replace")


def _tokens(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits,
            pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Matches of `pattern` (tags) over the member's XML, never split across chunks."""
    for text in _texts(path, archive, info, limits):
        yield from pattern.finditer(text)


def _texts(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits,
            ) -> Iterator[str]:
    """The member's XML in pieces of text that end between tags."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")  # tags are ASCII
    for piece in _pieces(path, archive, info, limits):
        yield decoder.decode(piece)
    yield decoder.decode(b"", final=True)


#: A whole tag, its attributes read quote by quote (a value may hold ">").
_TAG = re.compile(rb"""<(?:[^>"']++|"[^"]*+"|'[^']*+')*+>""")


def _pieces(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits,
            ) -> Iterator[bytes]:
    """The member's XML in pieces of bytes that end between tags. Tags are ASCII and a byte
    of a UTF-8 character never is, so a cut before "<" never splits a character either."""
    held: list[bytes] = []  # the start of a tag not ended yet (kept whole, however long:
    for chunk in _inflate(path, archive, info, limits):  # its r may come last)
        if held and b">" not in chunk:
            held.append(chunk)
            continue
        data = b"".join(held) + chunk if held else chunk
        cut = data.rfind(b"<")
        if cut != -1 and _TAG.match(data, cut) is None:
            data, held = data[:cut], [data[cut:]]
        else:
            held = []
        yield data
    yield b"".join(held)


# ---------------------------------------------------------------------------- xlsx

_SHEET_RE = re.compile(r"<(?:[\w.-]+:)?sheet\s[^>]*>")
_ATTR_RE = re.compile(r"([\w.:-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_REL_RE = re.compile(r"<(?:[\w.-]+:)?Relationship\s[^>]*>")
#: A row or cell tag; its attributes read quote by quote, as calamine's XML reader does (a
#: value may hold ">": `<c s=">" r="XFD1048576">` is a cell at XFD1048576).
#: Possessive: each piece of a tag is read once, never again another way (with nested
#: repeats that may backtrack, a tag that does not end took minutes). calamine's XML reader
#: accepts a "<" inside a tag, so the pattern does too.
_ATTRIBUTES = r"""((?:[^>"'/]++|/(?!>)|"[^"]*+"|'[^']*+')*+)(/?)>"""
_XLSX_TAG = re.compile(r"<(?:[\w.-]+:)?(row|c)(?=[\s/>])" + _ATTRIBUTES)
_ROW_R = re.compile(r"(?:^|\s)r\s*=\s*[\"']\s*(\d{1,9})")
#: A cell as spreadsheet applications write it (bytes: the quick scan reads the XML
#: undecoded); `_PREFIXED_CELLS` starts cells written with a prefix (calamine reads a cell by
#: its local name, whatever its prefix), `_OTHER_C` a "<c" starting anything but a cell
#: written "<c " or an element such as <col>, <cfRule>, <customSheetViews>.
_PLAIN_CELL = re.compile(rb'<c r="([A-Z]{1,9})(\d{1,9})"')
_PREFIXED_CELLS = re.compile(rb":c[\s/>]")
_OTHER_C = re.compile(rb"<c(?![ ofu])")


def _odd_cells(xml: bytes) -> bool:
    """Whether `xml` may hold a cell tag other than `<c ` (`<c>`, `<c/>`, `<c` and a line
    feed, `<x:c `…): such cells are left to the walk tag by tag. Text that merely looks like
    one (":c " in a value) only costs the walk."""
    return _OTHER_C.search(xml) is not None or _PREFIXED_CELLS.search(xml) is not None


_CELL_R = re.compile(r"(?:^|\s)r\s*=\s*[\"']\s*\$?([A-Za-z]{1,9})\$?(\d{0,9})")


def _attributes(tag: str) -> dict[str, str]:
    """Attributes of one tag by local name (a prefix such as r: dropped)."""
    out: dict[str, str] = {}
    for name, double, single in _ATTR_RE.findall(tag):
        out.setdefault(name, double or single)
        out.setdefault(name.rpartition(":")[2], double or single)
    return out


def xlsx_sheet_part(path: Path, archive: zipfile.ZipFile, sheet: str | None
                    ) -> tuple[str, zipfile.ZipInfo | None]:
    """The name and zip member of a sheet (first when None), through workbook.xml's rels."""
    limits = Limits(part_bytes=16 * 1024 * 1024, ratio_floor=16 * 1024 * 1024)
    book = _member(archive, "xl/workbook.xml")
    rels = _member(archive, "xl/_rels/workbook.xml.rels")
    if book is None:
        return str(sheet or ""), None
    sheets = [_attributes(m.group(0)) for m in _SHEET_RE.finditer(
        _text(path, archive, book, limits))]
    if sheet is None:
        chosen = sheets[0] if sheets else None
    else:
        chosen = next((s for s in sheets if s.get("name") == sheet), None)
    if chosen is None:
        return str(sheet or ""), None
    name = chosen.get("name", "")
    targets: dict[str, str] = {}
    if rels is not None:
        for m in _REL_RE.finditer(_text(path, archive, rels, limits)):
            attrs = _attributes(m.group(0))
            targets[attrs.get("Id", "")] = attrs.get("Target", "")
    target = targets.get(chosen.get("id", ""), "")
    if not target:
        return name, None
    member = target.lstrip("/") if target.startswith("/") \
        else posixpath.normpath(posixpath.join("xl", target))
    return name, _member(archive, member)


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters.upper():
        index = index * 26 + (ord(ch) - ord("A") + 1)
    return index - 1


def xlsx_extent(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, sheet: str,
                limits: Limits = LIMITS) -> Extent:
    """How far the cells holding something reach in one worksheet part.

    Cells that are only formatted (`<c r="Z99" s="3"/>`) hold nothing; calamine skips them.
    The quick way reads the `r` of cells as Excel, LibreOffice and openpyxl write them
    (`<c r="B7"`), formatted ones included (`_QuickScan`); when a cell is written otherwise,
    or when the quick answer is over the caps, the part is walked tag by tag, as calamine
    reads it.
    """
    scan = _QuickScan()
    for piece in _pieces(path, archive, info, limits):
        if not scan.read(piece):
            return _xlsx_extent_walk(path, archive, info, sheet, limits)
    max_row, max_column = scan.max_row, scan.max_column
    rows, columns = max_row + 1, max_column + 1
    if rows > limits.rows or columns > limits.columns or rows * columns > limits.cells:
        return _xlsx_extent_walk(path, archive, info, sheet, limits)
    if max_row < 0:
        return Extent(sheet)
    return Extent(sheet, rows, columns, cell_name(max_row, max_column))


#: Bytes at the end of a piece whose cells make the guess of how far the piece reaches.
_TAIL = 8192


class _QuickScan:
    """The farthest row and column named by the plain cells (`<c r="B7"`) of a sheet's XML,
    read a piece at a time; `read` answers False when a cell is written otherwise.

    Reading the `r` of every cell in Python (a million at 100,000 rows) cost more than half
    of calamine's own read. So each piece is first asked one question in C: is every "<c"
    in it a plain cell within a guess — the farthest row and column so far, or named by the
    last cells of the piece (rows are written in order)? The guess names cells that exist,
    so when the answer is yes it is the exact farthest cell. Otherwise (the first piece with
    a wider row, cells out of order, odd cells) the piece is read cell by cell as before.
    """

    def __init__(self) -> None:
        self.max_row = -1
        self.max_column = -1
        self._letters = ""  # the column of max_column, as written

    def read(self, xml: bytes) -> bool:
        self._widen(_PLAIN_CELL.findall(xml[-_TAIL:]))
        if self.max_row >= 0 and _beyond(self._letters, self.max_row + 1).search(xml) is None:
            return _PREFIXED_CELLS.search(xml) is None
        refs = _PLAIN_CELL.findall(xml)
        if len(refs) != xml.count(b"<c ") or _odd_cells(xml):
            return False
        self._widen(refs)
        return True

    def _widen(self, refs: list[tuple[bytes, bytes]]) -> None:
        if not refs:
            return
        self.max_row = max(self.max_row, max(map(int, {digits for _l, digits in refs})) - 1)
        widest = max({letters for letters, _d in refs}, key=lambda t: (len(t), t)).decode()
        if (len(widest), widest) > (len(self._letters), self._letters):
            self._letters = widest
            self.max_column = _column_index(widest)


def _beyond(letters: str, row: int) -> re.Pattern[bytes]:
    """A "<c" that is not a plain cell at most in column `letters` and row `row`, nor the
    start of <col>, <cfRule>, <customSheetViews>…"""
    return re.compile(f'<c(?! r="{_at_most_letters(letters)}{_at_most_number(row)}"|[ofu])'
                      .encode())


def _at_most_letters(letters: str) -> str:
    """A pattern for a column's letters up to `letters` ("AB": A to Z, then AA to AB)."""
    width = len(letters)
    choices = [f"[A-Z]{{1,{width - 1}}}"] if width > 1 else []
    for i, letter in enumerate(letters):
        if letter > "A":
            rest = width - i - 1
            choices.append(f"{letters[:i]}[A-{chr(ord(letter) - 1)}]"
                           + (f"[A-Z]{{{rest}}}" if rest else ""))
    choices.append(letters)
    return f"(?:{'|'.join(choices)})"


def _at_most_number(number: int) -> str:
    """A pattern for the decimal numbers from 1 to `number`, written without leading zeros."""
    digits = str(number)
    width = len(digits)
    choices = [f"[1-9]\\d{{0,{width - 2}}}"] if width > 1 else []
    for i, digit in enumerate(digits):
        low = 1 if i == 0 else 0
        if int(digit) > low:
            rest = width - i - 1
            choices.append(f"{digits[:i]}[{low}-{int(digit) - 1}]"
                           + (f"\\d{{{rest}}}" if rest else ""))
    choices.append(digits)
    return f"(?:{'|'.join(choices)})"


def _xlsx_extent_walk(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                      sheet: str, limits: Limits) -> Extent:
    row, column = -1, -1
    max_row, max_column = -1, -1
    for match in _tokens(path, archive, info, limits, _XLSX_TAG):
        name, attrs, closed = match.group(1), match.group(2), match.group(3)
        if name == "row":
            found = _ROW_R.search(attrs)
            row = int(found.group(1)) - 1 if found else row + 1
            column = -1
            continue
        found = _CELL_R.search(attrs)
        if found:
            column = _column_index(found.group(1))
            if found.group(2):
                row = int(found.group(2)) - 1
        else:
            column += 1
        if not closed:
            max_row, max_column = max(max_row, row), max(max_column, column)
    if max_row < 0:
        return Extent(sheet)
    return Extent(sheet, max_row + 1, max_column + 1, cell_name(max_row, max_column))


# ---------------------------------------------------------------------------- ods

_ODS_TAG = re.compile(
    r"<(/?)(?:[\w.-]+:)?(table|table-row|table-cell|covered-table-cell)(?=[\s/>])"
    + _ATTRIBUTES)
#: A quoted attribute value holding ">" (or text that looks like one): the quick scan of
#: content.xml reads a tag up to its first ">", so such a document is walked.
_QUOTED_GT = re.compile(r"""=\s*+(?:"[^">]*+>|'[^'>]*+>)""")
_ROWS_REPEATED = re.compile(r"number-rows-repeated\s*=\s*[\"']\s*(\d+)")
_COLUMNS_REPEATED = re.compile(r"number-columns-repeated\s*=\s*[\"']\s*(\d+)")
_VALUE_TYPE = re.compile(r"value-type\s*=")
_TABLE_NAME = re.compile(r"(?:^|\s)(?:[\w.-]+:)?name\s*=\s*[\"']([^\"']*)")


def _repeat(pattern: re.Pattern[str], attrs: str) -> int:
    found = pattern.search(attrs)
    if not found:
        return 1
    digits = found.group(1)
    return int(digits) if len(digits) < 12 else 10**12


def ods_extents(path: Path, archive: zipfile.ZipFile, limits: Limits = LIMITS) -> list[Extent]:
    """How far the values of every sheet (table) of content.xml reach, repeats counted.

    LibreOffice ends each row and each sheet with empty cells repeated to the edge
    (`number-columns-repeated="16374"`): those hold nothing. A cell with a value repeated
    across a million rows is what makes a bomb.
    """
    info = _member(archive, "content.xml")
    if info is None:
        return []
    quick = _ods_extents_by_row(path, archive, info, limits)
    return quick if quick is not None else _ods_extents_walk(path, archive, info, limits)


#: What LibreOffice, Excel and Google write; the quick scan relies on the "table:" prefix.
_ODS_TABLE_NS = 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
_ROW_END = "</table:table-row>"
#: Between two rows: empty rows closed at once, sheets ending and beginning.
_ODS_BETWEEN = re.compile(r"<table:table-row(\s[^>]*)?/>|<table:table(\s[^>]*)?>|</table:table>")
_ODS_CELL = re.compile(r"<table:(?:covered-)?table-cell(\s[^>]*)?>")
_ODS_ROW_OPEN = re.compile(r"<table:table-row(?:\s[^>]*[^/])?>")


class _IrregularError(Exception):
    """Rows not as a spreadsheet application writes them (nested, or the XML is broken):
    left to the walk tag by tag, which reads them as calamine does."""


class _OdsSheets:
    """Extents of the sheets of content.xml, fed a row at a time."""

    def __init__(self) -> None:
        self.extents: list[Extent] = []
        self.name = ""
        self.row = 0
        self.max_row = self.max_column = -1

    def between(self, text: str) -> None:
        if _ODS_ROW_OPEN.search(text):
            raise _IrregularError
        for match in _ODS_BETWEEN.finditer(text):
            whole = match.group(0)
            if whole.startswith("</"):
                self.extents.append(_ods_extent(self.name, self.max_row, self.max_column))
            elif whole.startswith("<table:table-row"):
                self.row += _repeat(_ROWS_REPEATED, match.group(1) or "")
            else:
                found = _TABLE_NAME.search(match.group(2) or "")
                self.name = found.group(1) if found else ""
                self.row, self.max_row, self.max_column = 0, -1, -1

    def piece(self, text: str) -> None:
        """What lies between the end of a row and the end of the next one."""
        start = text.rfind("<table:table-row")
        tag_end = text.find(">", start)
        if start == -1 or tag_end == -1:
            raise _IrregularError  # a row's end without its start
        self.between(text[:start])
        attrs = text[start:tag_end]
        body = text[tag_end + 1:]
        if "<table:table-row" in body or "<table:table " in body or "</table:table>" in body:
            raise _IrregularError
        repeat = _repeat(_ROWS_REPEATED, attrs) if "repeated" in attrs else 1
        last = _ods_row_last_column(body)
        if last >= 0:
            self.max_row = max(self.max_row, self.row + repeat - 1)
            self.max_column = max(self.max_column, last)
        self.row += repeat


def _ods_extents_by_row(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                        limits: Limits) -> list[Extent] | None:
    """The extents, a row at a time (several times faster than tag by tag); None when the
    document is written with other prefixes than "table:"."""
    sheets = _OdsSheets()
    carry = ""
    checked = False
    for chunk in _texts(path, archive, info, limits):
        if _QUOTED_GT.search(chunk):
            return None
        pieces = (carry + chunk).split(_ROW_END)
        if not checked:  # the root element declares the prefixes, in the first chunk
            if _ODS_TABLE_NS not in chunk:
                return None
            checked = True
        carry = pieces.pop()
        try:
            for piece in pieces:
                sheets.piece(piece)
        except _IrregularError:
            return None
    try:
        sheets.between(carry)
    except _IrregularError:
        return None
    return sheets.extents


def _ods_row_last_column(body: str) -> int:
    """The last column of a row holding something (a value, or any content), or -1."""
    if "value-type" not in body and "table-cell>" not in body:
        return -1  # only empty cells, closed at once
    cells = _ODS_CELL.findall(body)
    if "repeated" not in body:  # one column a cell: the last one holding something
        for index in range(len(cells) - 1, -1, -1):
            if not cells[index].endswith("/") or "value-type" in cells[index]:
                return index
        return -1
    column, last = 0, -1
    for attrs in cells:
        repeat = _repeat(_COLUMNS_REPEATED, attrs) if "repeated" in attrs else 1
        if not attrs.endswith("/") or "value-type" in attrs:
            last = column + repeat - 1
        column += repeat
    return last


def _ods_extents_walk(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                      limits: Limits) -> list[Extent]:
    extents: list[Extent] = []
    name = ""
    row = column = 0
    row_repeat = 1
    row_last_column = -1
    max_row = max_column = -1
    for match in _tokens(path, archive, info, limits, _ODS_TAG):
        end, tag, attrs, closed = match.groups()
        if tag == "table":
            if end:
                extents.append(_ods_extent(name, max_row, max_column))
            elif not closed:
                found = _TABLE_NAME.search(attrs)
                name = found.group(1) if found else ""
                row = 0
                max_row = max_column = -1
            continue
        if tag == "table-row":
            if end:
                if row_last_column >= 0:
                    max_row = max(max_row, row + row_repeat - 1)
                    max_column = max(max_column, row_last_column)
                row += row_repeat
            else:
                row_repeat = _repeat(_ROWS_REPEATED, attrs)
                column, row_last_column = 0, -1
                if closed:
                    row += row_repeat
            continue
        if end:
            continue
        repeat = _repeat(_COLUMNS_REPEATED, attrs)
        if not closed or _VALUE_TYPE.search(attrs):
            row_last_column = column + repeat - 1
        column += repeat
    return extents


def _ods_extent(name: str, max_row: int, max_column: int) -> Extent:
    if max_row < 0:
        return Extent(name)
    return Extent(name, max_row + 1, max_column + 1, cell_name(max_row, max_column))


# ---------------------------------------------------------------------------- failures


def explain_failure(path: Path, exc: BaseException) -> UnreadableFileError:
    """A message for calamine's failure to read `path`, naming the damaged part if any."""
    if type(exc).__name__ == "PasswordError":
        return UnreadableFileError(msg.WORKBOOK_PASSWORD, code="sheet.password", name=path.name)
    if kind_of(path) in ("xlsx", "ods"):
        damaged = _first_malformed_part(path)
        if damaged:
            return UnreadableFileError(msg.WORKBOOK_DAMAGED, code="sheet.damaged", name=path.name,
                                       detail=damaged, repair=_REPAIR)
    detail = shorten(str(exc), 100) or type(exc).__name__
    if type(exc).__name__ == "ZipError":
        return UnreadableFileError(msg.WORKBOOK_ZIP_DAMAGED, code="sheet.damaged", name=path.name,
                                   detail=detail, repair=_REPAIR)
    return UnreadableFileError(msg.WORKBOOK_UNREADABLE, code="sheet.damaged", name=path.name,
                               detail=detail, repair=_REPAIR)


def _first_malformed_part(path: Path) -> str:
    """"the XML of xl/worksheets/sheet1.xml is not well-formed (line 1, column 310:
    mismatched tag)", or "" when every XML part parses."""
    limits = LIMITS
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return ""
    with archive:
        parts = [i for i in archive.infolist() if i.filename.lower().endswith((".xml", ".rels"))]
        # What calamine reads first: the sheets and the workbook before properties and themes.
        parts.sort(key=lambda i: (not i.filename.lower().startswith(("xl/w", "xl/s", "content",
                                                                     "xl/_rels", "styles")),
                                  not i.filename.lower().startswith("xl/")))
        for info in parts:
            parser = expat.ParserCreate()
            try:
                for chunk in _inflate(path, archive, info, limits):
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
            except expat.ExpatError as exc:
                reason = expat.ErrorString(exc.code) if exc.code else str(exc)
                return (f"{shorten(info.filename, 60)} has broken XML at line {exc.lineno:,}, "
                        f"column {exc.offset + 1:,} ({reason})")
            except SpreadsheetTooLargeError:
                continue  # not this file's problem here: the read refuses it on its own
            except UnreadableFileError:
                return f"its part {shorten(info.filename, 60)} cannot be unpacked"
    return ""
