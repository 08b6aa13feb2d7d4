"""The quick scan of an XLSX sheet's XML: the same farthest cell as reading every cell's `r`,
and every odd cell tag sent to the exact walk."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from confdesk.imports import preflight
from confdesk.imports.limits import (
    LIMITS,
    Limits,
    UnreadableFileError,
    cell_name,
    column_letters,
)
from confdesk.imports.tables import read_table
from tests.imports.hostile import ODS_PEOPLE, sheet_xml, text_cell, write_ods, write_xlsx

#: A tag calamine reads as a cell: local name "c", any prefix, then a space, "/" or ">".
_CELL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c(?=[\s/>])")


def test_every_cell_tag_not_written_plainly_is_odd() -> None:
    pieces = [b'<c r="A1">', b"<c ", b"<c", b"<c>", b"<c/>", b"<c\n", b"<c\t", b"<col ",
              b"<cols>", b"<cfRule ", b"<customSheetViews>", b"<cx", b"<x:c ", b"<x:c>",
              b"<x:c/>", b":c", b"c", b"<", b" ", b'<row r="2">', b"</c>", b"<v>1</v>",
              "é".encode(), b"<<c ", b"x"]
    rng = random.Random(14)
    for _ in range(20_000):
        xml = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        written_otherwise = any(match.group(0) != b"<c" or xml[match.end():match.end() + 1]
                                != b" " for match in _CELL_TAG.finditer(xml))
        if written_otherwise:
            assert preflight._odd_cells(xml), xml
        if b":c" not in xml and b"<c" not in xml.replace(b"<c ", b"").replace(
                b"<co", b"").replace(b"<cf", b"").replace(b"<cu", b""):
            assert not preflight._odd_cells(xml), xml  # plain cells alone are not odd


@pytest.mark.parametrize("bound", [1, 7, 9, 10, 19, 20, 99, 100, 101, 109, 110, 999, 1000,
                                   20_003, 100_003, 100_010, 499_999, 500_000, 1_048_576])
def test_the_pattern_of_numbers_up_to_a_bound(bound: int) -> None:
    pattern = re.compile(preflight._at_most_number(bound))
    tried = {1, bound - 1, bound, bound + 1, bound * 10, bound + 9, bound // 10 + 1}
    tried |= set(random.Random(bound).sample(range(1, 3 * bound + 400), 300))
    for number in sorted(n for n in tried if n >= 1):
        assert (pattern.fullmatch(str(number)) is not None) == (number <= bound), number
    assert pattern.fullmatch("0") is None and pattern.fullmatch("01") is None


@pytest.mark.parametrize("bound", ["A", "B", "J", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
                                   "ALL", "XFD"])
def test_the_pattern_of_columns_up_to_a_bound(bound: str) -> None:
    pattern = re.compile(preflight._at_most_letters(bound))
    limit = preflight._column_index(bound)
    for index in range(0, limit + 800):
        letters = column_letters(index)
        assert (pattern.fullmatch(letters) is not None) == (index <= limit), letters


def _as_every_r_is_read(path: Path, limits: Limits = LIMITS) -> preflight.Extent:
    """The quick scan as first written, every cell's `r` read in Python: the reference."""
    with zipfile.ZipFile(path) as archive:
        name, part = preflight.xlsx_sheet_part(path, archive, None)
        assert part is not None
        max_row = max_column = -1
        for xml in preflight._pieces(path, archive, part, limits):
            refs = preflight._PLAIN_CELL.findall(xml)
            if len(refs) != xml.count(b"<c ") or preflight._odd_cells(xml):
                return preflight._xlsx_extent_walk(path, archive, part, name, limits)
            for letters, digits in refs:
                max_row = max(max_row, int(digits) - 1)
                max_column = max(max_column, preflight._column_index(letters.decode()))
        rows, columns = max_row + 1, max_column + 1
        if rows > limits.rows or columns > limits.columns or rows * columns > limits.cells:
            return preflight._xlsx_extent_walk(path, archive, part, name, limits)
        if max_row < 0:
            return preflight.Extent(name)
        return preflight.Extent(name, rows, columns, cell_name(max_row, max_column))


def _quick(path: Path, limits: Limits = LIMITS) -> preflight.Extent:
    with zipfile.ZipFile(path) as archive:
        name, part = preflight.xlsx_sheet_part(path, archive, None)
        assert part is not None
        return preflight.xlsx_extent(path, archive, part, name, limits)


def _random_sheet(rng: random.Random) -> str:
    """Rows mostly in order and of one width, with what hostile or odd writers add."""
    width = rng.randint(1, 30)
    rows = []
    last = rng.randint(0, 400)
    # Most sheets without cells the walk must read, or cells far away.
    oddity, far = rng.choice([0.0, 0.0, 0.01]), rng.choice([0.0, 0.0, 0.002])
    for number in range(1, last + 1):
        cells = [text_cell(f"{column_letters(c)}{number}", f"n{number}é{c}")
                 for c in range(rng.randint(1, width))]
        if number == last and rng.random() < 0.5:  # the farthest row, and not at a row's end
            cells.insert(0, text_cell(f"{column_letters(rng.randint(0, width))}{number + 1}",
                                      "after"))
        odd = rng.random()
        if odd < 0.02:  # a cell just beyond the others (a row or column further), out of order
            cells.insert(0, text_cell(f"{column_letters(width + rng.randint(-1, 1))}"
                                      f"{number + rng.randint(0, 2)}", "near"))
        elif odd < 0.02 + far:  # a far cell, out of order
            cells.append(text_cell(f"{column_letters(rng.randint(0, 800))}"
                                   f"{rng.randint(1, 900_000)}", "far"))
        elif odd < 0.03 + far:  # only formatted, far away
            cells.append(f'<c r="{column_letters(rng.randint(0, 80))}{rng.randint(1, 5000)}"'
                         ' s="1"/>')
        elif odd < 0.04 + oddity:
            cells.append(rng.choice(['<c><v>1</v></c>', '<c r="$B$3"><v>1</v></c>',
                                     '<c r="a9"><v>1</v></c>', '<c r="B07"><v>1</v></c>',
                                     '<c  r="C2"><v>1</v></c>', '<c\nr="D4"><v>1</v></c>',
                                     '<x:c r="E5"><v>1</v></x:c>', '<c r=\'F6\'><v>1</v></c>',
                                     '<c t="n" r="G7"><v>1</v></c>']))
        elif odd < 0.04 + 2 * oddity:
            cells.append(text_cell(f"A{number}", "Note:c <col> x:c"))
        rng.shuffle(cells) if odd < 0.1 else None
        rows.append(f'<row r="{number}">' + "".join(cells) + "</row>")
    if rng.random() < 0.2:  # rows out of order
        rows.reverse()
    return "".join(rows)


@pytest.mark.parametrize("chunk", [64, 700, 4096, 1 << 20])
def test_the_quick_scan_finds_the_cell_reading_every_r_finds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """Small pieces make most guesses wrong (a wider row, a cell out of order): each piece
    must then be read cell by cell, and the answer stay the same."""
    monkeypatch.setattr(preflight, "_CHUNK", chunk)
    monkeypatch.setattr(preflight, "_TAIL", 120)  # a guess from the last cell or two
    rng = random.Random(chunk)
    tight = Limits(rows=600, columns=25, cells=4_000)
    for number in range(30):
        path = write_xlsx(tmp_path / f"s{number}.xlsx", sheet_xml(_random_sheet(rng)))
        for limits in (LIMITS, tight):
            assert _quick(path, limits) == _as_every_r_is_read(path, limits), number


def test_a_sheet_as_applications_write_it_is_never_walked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def walk(*_args: object) -> preflight.Extent:
        raise AssertionError("walked")

    monkeypatch.setattr(preflight, "_xlsx_extent_walk", walk)
    monkeypatch.setattr(preflight, "_CHUNK", 4096)
    header = '<row r="1">' + text_cell("A1", "Registrations") + "</row>"
    body = "".join(f'<row r="{n}">' + "".join(text_cell(f"{column_letters(c)}{n}", "Ана")
                                              for c in range(12)) + "</row>"
                   for n in range(3, 3000))
    path = write_xlsx(tmp_path / "plain.xlsx", sheet_xml(header + body))
    assert _quick(path) == preflight.Extent("Sheet1", 2999, 12, "L2999")


@pytest.mark.parametrize("chunk", [700, 1 << 20])
def test_a_cell_one_row_or_column_beyond_the_guess_is_found(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """The guess comes from the last cells of a piece: a cell just beyond it, earlier in the
    piece, must still be the farthest."""
    monkeypatch.setattr(preflight, "_CHUNK", chunk)
    monkeypatch.setattr(preflight, "_TAIL", 120)

    def row(number: int, first: str = "") -> str:
        return f'<row r="{number}">{first}' + "".join(
            text_cell(f"{letter}{number}", "x") for letter in "ABCDEFGH") + "</row>"

    rows = "".join(row(n) for n in range(1, 30))
    below = write_xlsx(tmp_path / "below.xlsx", sheet_xml(rows + row(30, text_cell("A31", "y"))))
    assert _quick(below) == preflight.Extent("Sheet1", 31, 8, "H31")
    right = write_xlsx(tmp_path / "right.xlsx", sheet_xml(rows + row(30, text_cell("I30", "y"))))
    assert _quick(right) == preflight.Extent("Sheet1", 30, 9, "I30")


def _read_in_a_child_held_to_1_5_gb(path: Path) -> subprocess.CompletedProcess[str]:
    """`read_table(path)` in a child process whose address space is held to 1.5 GB (calamine
    aborts the process when asked for more); prints the refusal's message. The child must
    end normally."""
    script = ("import resource, sys\n"
              "resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))\n"
              "from confdesk.imports.tables import read_table, UnreadableFileError\n"
              "try:\n"
              f"    read_table({str(path)!r})\n"
              "except UnreadableFileError as exc:\n"
              "    print(exc)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "RUST_BACKTRACE": "0"})
    assert done.returncode == 0, done.stderr[-2000:]
    return done


@pytest.mark.parametrize("cell", [
    '<c s=">" r="XFD1048576"><v>1</v></c>',  # a ">" in a value does not end the tag
    '<c x="' + "a" * 2_500_000 + '" r="XFD1048576"><v>1</v></c>',  # a tag over many pieces
    '<c r="XFD1048576" x="' + "a" * 2_500_000 + '"><v>1</v></c>',
])
def test_cells_written_to_hide_from_the_scan_are_refused(tmp_path: Path, cell: str) -> None:
    """Each made calamine ask for 512 GB (the process aborted): read in a child process held
    to 1.5 GB, which must end with the message."""
    bomb = write_xlsx(tmp_path / "hidden.xlsx", sheet_xml(
        '<row r="1">' + text_cell("A1", "Name") + f'</row><row r="2">{cell}</row>'))
    done = _read_in_a_child_held_to_1_5_gb(bomb)
    assert "XFD1048576" in done.stdout and "1,048,576 rows" in done.stdout


def test_an_ods_cell_whose_attributes_hold_a_quoted_bracket_is_measured(
        tmp_path: Path) -> None:
    """A ">" in a value (a style name, or a formula's comparison) ended the quick scan's
    reading of the tag before its repeat counts: 5,000 × 16,000 cells went to calamine,
    which aborted the process. Read in a child process held to 1.5 GB."""
    bomb = write_ods(tmp_path / "hidden.ods", ODS_PEOPLE
                     + '<table:table-row table:style-name=">" table:number-rows-repeated="5000">'
                     '<table:table-cell table:formula="of:=[.A1]>0" office:value-type="float" '
                     'office:value="1" table:number-columns-repeated="16000"/>'
                     '</table:table-row>')
    done = _read_in_a_child_held_to_1_5_gb(bomb)
    assert "WQJ5002" in done.stdout and "16,000 columns" in done.stdout


def test_a_tag_that_never_ends_is_walked_in_its_length(tmp_path: Path) -> None:
    """Attributes read with repeats that could backtrack took minutes on 70 characters."""
    path = write_xlsx(tmp_path / "open.xlsx", sheet_xml(
        '<row r="1">' + text_cell("A1", "Name") + "</row><row><c " + "a b/" * 50_000 + '"'))
    started = time.perf_counter()
    with pytest.raises(UnreadableFileError):
        read_table(path)
    assert time.perf_counter() - started < 20
