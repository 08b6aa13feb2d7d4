"""Names of drafts as the window shows them.

A draft's name is stored as typed. The names confdesk gives itself are English ("Final" for
the final text of the demo and of `confdesk conclusions import --final`, "Working text" for
the text being edited): the window shows them in its own language ("Définitif", "Texte de
travail"), and a final draft says so once ("Définitif", never "Final (définitif)").
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

#: The name the tree of the working text carries (conclusions.tree.DocumentText).
WORKING_NAME = "Working text"
#: Names that say "final" by themselves, in the languages a secretariat types them.
_FINAL_NAMES = {"final", "finale", "définitif", "définitive", "version finale",
                "version définitive", "final text", "texte final", "texte définitif"}


def shown_draft_name(name: str, final: bool = False) -> str:
    """The draft's name in the window: "Final" in the window's language, the working text's
    name translated, and "  (final)" after the name of any other final draft (the words are
    the drafts page's, in its context, literal for lupdate)."""
    plain = " ".join(name.split())
    if plain == WORKING_NAME:
        return QCoreApplication.translate("DraftsPage", "Working text")
    if plain.casefold() == "final":
        return QCoreApplication.translate("DraftsPage", "Final")
    if final and plain.casefold() not in _FINAL_NAMES:
        return name + QCoreApplication.translate("DraftsPage", "  (final)")
    return name


def format_when(when: datetime | None) -> str:
    """"1 April 2014 09:00" ("1 avril 2014 09:00" in a French window)."""
    if when is None:
        return ""
    month = QLocale().monthName(when.month, QLocale.FormatType.LongFormat)
    return f"{when.day} {month} {when.year} {when:%H:%M}"
