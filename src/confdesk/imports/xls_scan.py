"""How far the values of an old Excel workbook (.xls, BIFF in an OLE2 compound file) reach.

python-calamine reads every sheet of an .xls when it opens it, allocating each sheet's
rectangle up to its farthest value: a 5 KB file with one number at row 65,536, column
16,385 (BIFF8 stores columns in 16 bits) aborts the process. This reads the compound file's
"Workbook" stream and the row and column of every record holding a value, as calamine does
(blank, formatted-only cells hold nothing), sheet by sheet, and the rectangle each sheet
declares in its DIMENSIONS record, for which calamine reserves memory before reading.

The compound file format: a 512-byte header, sectors chained by a FAT, a directory of
128-byte entries; streams under 4,096 bytes live in a "mini stream" with its own FAT.
"""

from __future__ import annotations

import struct
from pathlib import Path

from confdesk.imports import messages as m
from confdesk.imports.limits import LIMITS, Limits, UnreadableFileError, cell_name

_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
#: BIFF records that hold one value; each starts with its row and column (16 bits each).
_VALUE_RECORDS = frozenset({
    0x0203, 0x0204, 0x00FD, 0x027E, 0x0205, 0x0006, 0x0406, 0x00D6,  # BIFF5/8, BIFF3/4
    0x0002, 0x0003, 0x0004, 0x0005,  # BIFF2
})
_MULRK = 0x00BD  # row, first column, values, last column (the last two bytes)
_EOF = 0x000A
_DIMENSIONS = 0x0200  # first row, last row + 1, first column, last column + 1
_BOUNDSHEET = 0x0085


class _DamagedError(Exception):
    """The compound file does not hold together."""


def _damaged(path: Path) -> UnreadableFileError:
    return UnreadableFileError(m.XLS_DAMAGED, code="sheet.damaged", name=path.name)


def xls_extents(path: Path, limits: Limits = LIMITS) -> list[tuple[str, int, int, str]]:
    """(sheet, rows, columns, farthest cell) for every sheet that holds values."""
    data = path.read_bytes()
    try:
        stream = _workbook_stream(data, limits)
        return _scan(stream)
    except (_DamagedError, struct.error, IndexError) as exc:
        raise _damaged(path) from exc


def _workbook_stream(data: bytes, limits: Limits) -> bytes:
    if not data.startswith(_SIGNATURE) or len(data) < 512:
        raise _DamagedError("not a compound file")
    sector_shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
    if sector_shift not in (9, 12) or mini_shift != 6:
        raise _DamagedError("sector sizes")
    size = 1 << sector_shift
    fat_count, first_dir = struct.unpack_from("<II", data, 0x2C)
    cutoff, first_minifat, minifat_count, first_difat, difat_count = \
        struct.unpack_from("<IIIII", data, 0x38)
    sectors = max(0, (len(data) - 512) // size)

    def sector(n: int) -> bytes:
        if n >= sectors:
            raise _DamagedError("sector outside the file")
        start = (n + 1) * size  # the header fills sector -1
        return data[start:start + size]

    difat = list(struct.unpack_from("<109I", data, 0x4C))
    seen = 0
    next_difat = first_difat
    while next_difat not in (_END_OF_CHAIN, _FREE) and seen <= difat_count:
        block = sector(next_difat)
        more = struct.unpack(f"<{size // 4}I", block)
        difat.extend(more[:-1])
        next_difat = more[-1]
        seen += 1
    fat: list[int] = []
    for n in difat[:fat_count]:
        if n in (_END_OF_CHAIN, _FREE):
            break
        fat.extend(struct.unpack(f"<{size // 4}I", sector(n)))

    def chain(start: int, table: list[int], limit: int) -> list[int]:
        out: list[int] = []
        n = start
        while n not in (_END_OF_CHAIN, _FREE):
            if n >= len(table) or len(out) > limit:
                raise _DamagedError("broken chain")
            out.append(n)
            n = table[n]
        return out

    directory = b"".join(sector(n) for n in chain(first_dir, fat, sectors))
    entries = [directory[i:i + 128] for i in range(0, len(directory) - 127, 128)]
    if not entries:
        raise _DamagedError("no directory")
    root = entries[0]
    found = None
    for entry in entries:
        length = struct.unpack_from("<H", entry, 0x40)[0]
        name = entry[:max(0, min(length, 64) - 2)].decode("utf-16-le", errors="replace")
        if entry[0x42] == 2 and name.casefold() in ("workbook", "book"):
            found = entry
            break
    if found is None:
        raise _DamagedError("no Workbook stream")
    start, length = struct.unpack_from("<II", found, 0x74)
    if length > limits.part_bytes:
        raise _DamagedError("stream too large")
    if length >= cutoff:
        stream = b"".join(sector(n) for n in chain(start, fat, sectors))
        return stream[:length]
    # A small stream lives in the mini stream (the root entry's stream), 64-byte sectors.
    minifat: list[int] = []
    for n in chain(first_minifat, fat, sectors)[:minifat_count or sectors]:
        minifat.extend(struct.unpack(f"<{size // 4}I", sector(n)))
    root_start, root_length = struct.unpack_from("<II", root, 0x74)
    ministream = b"".join(sector(n) for n in chain(root_start, fat, sectors))[:root_length]
    pieces = [ministream[n * 64:(n + 1) * 64]
              for n in chain(start, minifat, len(ministream) // 64 + 1)]
    return b"".join(pieces)[:length]


def _records(stream: bytes, pos: int) -> list[tuple[int, int, bytes]]:
    """(position, kind, body) of the records from `pos` to the next EOF record."""
    out: list[tuple[int, int, bytes]] = []
    end = len(stream)
    while pos + 4 <= end:
        kind, length = struct.unpack_from("<HH", stream, pos)
        out.append((pos, kind, stream[pos + 4:pos + 4 + length]))
        if kind == _EOF:
            break
        pos += 4 + length
    return out


def _scan(stream: bytes) -> list[tuple[str, int, int, str]]:
    """Sheets' extents, each sheet read from where the workbook's BOUNDSHEET record says it
    starts (as calamine reads it, even when that is not where the record before ends)."""
    sheets: list[tuple[str, int]] = []
    for _pos, kind, body in _records(stream, 0):
        if kind == _BOUNDSHEET and len(body) >= 8:
            offset = struct.unpack_from("<I", body, 0)[0]
            count, flags = body[6], body[7]
            raw = body[8:8 + count * (2 if flags & 1 else 1)]
            sheets.append((raw.decode("utf-16-le" if flags & 1 else "latin-1",
                                      errors="replace"), offset))
    out = []
    for name, offset in sheets:
        rows = columns = 0
        for _pos, kind, body in _records(stream, offset):
            if (kind in _VALUE_RECORDS or kind == _MULRK) and len(body) >= 4:
                row, column = struct.unpack_from("<HH", body, 0)
                if kind == _MULRK and len(body) >= 6:
                    column = max(column, struct.unpack_from("<H", body, len(body) - 2)[0])
                rows, columns = max(rows, row + 1), max(columns, column + 1)
            elif kind == _DIMENSIONS and len(body) >= 10:
                # calamine reserves room for the declared rectangle, (last - first) rows by
                # columns, in 32- and 16-bit arithmetic: a first row after the last wraps
                # around to four billion rows.
                wide = len(body) >= 14
                first_row, last_row, first_column, last_column = struct.unpack_from(
                    "<IIHH" if wide else "<HHHH", body)
                span = (last_row - first_row) % (2**32 if wide else 2**16)
                rows = max(rows, last_row, span)
                columns = max(columns, last_column, (last_column - first_column) % 2**16)
        if rows:
            out.append((name, rows, columns, cell_name(rows - 1, columns - 1)))
    return out
