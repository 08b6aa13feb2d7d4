"""Text a spreadsheet would run as a formula, and how CSV exports defuse it; apart from
`xlsx_common` so that a CSV export does not import openpyxl."""

from __future__ import annotations

from typing import Any

#: What a spreadsheet evaluates when a cell starts with it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """For CSV: text that a spreadsheet would run as a formula, prefixed with an apostrophe."""
    if looks_like_formula(value):
        return "'" + value
    return value


def looks_like_formula(value: Any) -> bool:
    """True for text a spreadsheet would evaluate."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)
