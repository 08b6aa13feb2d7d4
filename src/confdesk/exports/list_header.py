"""The title block of a list of participants, apart from the PDF writer that draws it: the
window's list page builds one without importing reportlab (a tenth of start-up)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ListHeader:
    """The event as the title block shows it."""

    title: str
    dates: str
    place: str
    #: "Rev.1" for a revised issue; "" for the original or a draft.
    revision: str = ""
    #: The date of issue as printed ("1 April 2014"); "" for a draft.
    issued: str = ""
