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
