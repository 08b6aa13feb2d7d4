"""The audit trail as a spreadsheet (XLSX) or CSV: one row per changed field."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from confdesk.exports.files import WriteError, atomic_path
from confdesk.exports.xlsx_common import neutralise, widths_for, write_table
from confdesk.team.trail import EXPORT_COLUMNS, TrailEntry, export_rows
from confdesk.text import clean_value

#: The formats the trail is written in, by file suffix.
FORMATS = (".xlsx", ".csv")


def write_trail(path: Path, found: Sequence[TrailEntry]) -> int:
    """Write `found` to `path` (XLSX or CSV by its suffix), atomically; returns rows written."""
    path = Path(path)
    suffix = path.suffix.lower()
    rows = export_rows(found)
    if suffix == ".xlsx":
        widths = widths_for(EXPORT_COLUMNS, rows[:200])
        return write_table(path, "Audit trail", EXPORT_COLUMNS, rows, widths=widths)
    if suffix == ".csv":
        with atomic_path(path) as target, target.open("w", encoding="utf-8-sig",
                                                       newline="") as f:
            writer = csv.writer(f)
            writer.writerow(EXPORT_COLUMNS)
            for row in rows:
                writer.writerow([neutralise(clean_value("" if v is None else str(v)))
                                 for v in row])
        return len(rows)
    raise WriteError(f"Cannot write the audit trail as {suffix or 'a file without suffix'}: "
                     "give a name ending in .xlsx or .csv.")
