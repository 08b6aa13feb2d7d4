"""A seating plan as a list of places (XLSX or CSV): place, row, seat, delegation."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from confdesk.exports.files import atomic_path
from confdesk.exports.xlsx_common import neutralise, widths_for, write_table
from confdesk.plenary.seating_service import SeatingPlan
from confdesk.registration.protocol import group_title
from confdesk.text import clean_value

HEADINGS = ("Place", "Row", "Seat in row", "Delegation", "Delegation (French)", "Group",
            "Accessible", "Moved by hand")


def rows_of(plan: SeatingPlan, *, empty: bool = True) -> list[list[Any]]:
    """One row per place (empty ones too unless `empty` is False), then the delegations left
    without a place."""
    rows: list[list[Any]] = []
    for place in plan.places:
        d = place.delegation
        if d is None and not empty:
            continue
        rows.append([place.number, place.spot.row + 1, place.spot.column + 1,
                     d.name_en if d else "", d.name_fr if d else "",
                     group_title(d.group) if d else "", "yes" if place.spot.accessible else "",
                     "yes" if place.moved else ""])
    for d in plan.unseated:
        rows.append(["", "", "", d.name_en, d.name_fr, group_title(d.group),
                     "", "no place"])
    return rows


def write_seating_xlsx(path: Path, plan: SeatingPlan) -> int:
    """The seat list as a one-sheet workbook; returns the rows written."""
    rows = rows_of(plan)
    return write_table(path, f"Seating {plan.room_name}", HEADINGS, rows,
                       widths=widths_for(HEADINGS, rows))


def write_seating_csv(path: Path, plan: SeatingPlan) -> int:
    """The seat list as UTF-8 CSV (with BOM, comma-separated); returns the rows written."""
    rows: Sequence[list[Any]] = rows_of(plan)
    with atomic_path(Path(path)) as target, target.open("w", encoding="utf-8-sig",
                                                         newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADINGS)
        for row in rows:
            writer.writerow([neutralise(clean_value(v)) for v in row])
    return len(rows)
