"""The CSV export checks a row at a time (issue 14): whatever a row holds, each cell comes out
as the cell-by-cell rule (`_csv_cell`: clean text, formulas neutralised, times as text) makes
it, in the file a spreadsheet reads back."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from confdesk.exports.participants_table import _csv_cell, values, write_csv
from confdesk.registration.models import DelegationRole, OrganisationKind, Status
from confdesk.registration.queries import ParticipantRow

PLAIN = ParticipantRow(
    1, 1, "P-0001", "Ms", "Ana", "Lima", False, "Ms", "lima ana", 7, "Brazil", "",
    OrganisationKind.STATE, "BR", "Brazil", DelegationRole.HEAD, "delegate", Status.CONFIRMED,
    "Minister", "ana@example.org", "+55 61 0000", "", "", "", None, None, False)


@pytest.mark.parametrize("change", [
    {},
    {"given_name": "=HYPERLINK(\"http://x\")"},
    {"family_name": "+1"}, {"function": "-minus"}, {"email": "@SUM(A1)"},
    {"notes": "\t=1"}, {"notes": "line one\r\nline two"},
    {"notes": "Geneva,=not a formula start, but looks like one joined"},
    {"function": "a,-b"}, {"code": "=1"},
    {"given_name": "Zoë\x1b[31m"}, {"family_name": "Ortiz\u2028"},
    {"checked_in_at": datetime(2014, 3, 31, 8, 15), "badge_printed_at": datetime(2014, 3, 30)},
    {"organisation_kind": None, "family_name_first": True, "do_not_publish": True},
])
def test_each_cell_is_what_the_cell_rule_makes_it(change: dict[str, object],
                                                  tmp_path: Path) -> None:
    row = PLAIN._replace(**change)
    path = tmp_path / "one.csv"
    write_csv(path, [row])
    with path.open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f))[1]
    expected = [str(_csv_cell(v)) for v in values(row)]
    assert written == expected
    for cell in written:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert "\x1b" not in cell


def test_rows_in_chunks_come_out_as_the_cell_rule_makes_them(tmp_path: Path) -> None:
    """A few thousand rows are written a thousand at a time: a chunk holding one row to
    neutralise, clean or convert (a time, no kind of organisation, a flag, a cell that is
    not text) gives every one of its rows the row-by-row form, the others stay as they
    are, and every row comes out as the cell rule makes it."""
    specials = {
        5: {"given_name": "=cmd|' /C calc'!A0"},
        1200: {"notes": "tab\there"},
        1500: {"organisation_kind": None, "family_name_first": True},
        2100: {"checked_in_at": datetime(2014, 3, 31, 8, 15)},
        2999: {"do_not_publish": True, "function": "-chair"},
        3100: {"phone": None},
    }
    rows = [PLAIN._replace(id=i, code=f"P-{i:05d}", **specials.get(i, {}))
            for i in range(3200)]
    path = tmp_path / "many.csv"
    assert write_csv(path, rows) == 3200
    with path.open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f))[1:]
    assert written == [[str(_csv_cell(v)) for v in values(row)] for row in rows]
    assert written[5][2] == "'=cmd|' /C calc'!A0" and written[1200][15] == "tab\there"
    assert written[2100][16] == "2014-03-31 08:15" and written[3100][12] == ""
    assert (written[1500][5], written[1500][18]) == ("", "yes")


def test_lines_joined_by_chunk_are_what_the_csv_module_writes(tmp_path: Path) -> None:
    """The lines of a chunk are joined by hand, each cell holding a comma or a quote quoted by
    the csv module: the file is byte for byte what the csv module writes for the same rows,
    whatever the cells hold (commas, quotes, apostrophes, spaces, semicolons, scripts other
    than Latin; and, in a few chunks, what the row-by-row rule must handle)."""
    import io
    import random

    from confdesk.exports.participants_table import _csv_lines, _csv_rows, headings

    pick = random.Random(14).choice
    pieces = ["Ana", "Lima", ",", '"', "'", " ", ";", "a, b", 'say "hi"', "مرحبا", "北京",
              "Zoë", "", "x=1", "a-b", "a+b", "a@b", "\\", "|", "é,è"]

    def text(length: int) -> str:
        return "".join(pick(pieces) for _ in range(length))

    def unquoted(row: ParticipantRow) -> ParticipantRow:  # commas, but no quote anywhere
        return ParticipantRow(*(v.replace('"', "") if isinstance(v, str) else v for v in row))

    rows = []
    for i in range(4500):
        row = PLAIN._replace(
            id=i, code=f"P-{i:05d}" + pick(["", ",", '"']), given_name=text(2),
            family_name=text(3), function=text(4), organisation_name=pick(
                ["Brazil", "UNESCO, Paris", 'The "Group"', "Comité, \"A\""]),
            notes=text(2), phone=text(1), email=f"p{i}@example.org")
        if 3000 <= i < 4000:
            row = unquoted(row)
        if i in (1234, 4000):  # two chunks done row by row: a formula, a line break
            row = row._replace(notes="=1" if i == 1234 else "one\ntwo")
        rows.append(row)
    # Every chunk but those two is joined by hand (the row-by-row rule would not be tested).
    assert [_csv_lines(rows[i:i + 1000]) is None for i in range(0, 4500, 1000)] == [
        False, True, False, False, True]
    path = tmp_path / "quoted.csv"
    assert write_csv(path, rows) == len(rows)
    expected = io.StringIO()
    writer = csv.writer(expected)
    writer.writerow(headings())
    writer.writerows(_csv_rows(rows, "en"))
    assert path.read_bytes() == ("\ufeff" + expected.getvalue()).encode("utf-8")
    with path.open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f))[1:]
    assert written == [[str(_csv_cell(v)) for v in values(row)] for row in rows]
    assert any('"' in cell for line in written for cell in line)
