"""The seating plan's files, one function for the CLI and the window: PDF, XLSX or CSV."""

from __future__ import annotations

from pathlib import Path

from confdesk.errors import UserError
from confdesk.exports.files import write_atomically
from confdesk.plenary.seating_service import SeatingPlan

#: Format name → file suffix.
SEATING_FORMATS = {"pdf": ".pdf", "xlsx": ".xlsx", "csv": ".csv"}


def format_of(path: Path, given: str | None = None) -> str:
    """The format asked for, else the one the file's suffix names."""
    if given:
        return given
    for name, suffix in SEATING_FORMATS.items():
        if path.suffix.lower() == suffix:
            return name
    raise UserError(f"Cannot tell the format from “{path.name}”: give --format "
                    "(pdf, xlsx, csv) or a file ending in .pdf, .xlsx or .csv.")


def write_seating(path: Path, plan: SeatingPlan, kind: str, *, language: str = "en") -> None:
    """Write the plan as `kind` ("pdf": the drawing; "xlsx", "csv": the seat list)."""
    if kind == "pdf":
        from confdesk.exports.pdf.seating_plan import seating_pdf

        write_atomically(path, seating_pdf(plan, language=language))
    elif kind == "xlsx":
        from confdesk.exports.seating_list import write_seating_xlsx

        write_seating_xlsx(path, plan)
    else:
        from confdesk.exports.seating_list import write_seating_csv

        write_seating_csv(path, plan)
