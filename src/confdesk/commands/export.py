"""`confdesk export WHAT …`: documents and lists written to files.

Each concern adds its own `export` subcommands from a module under confdesk.commands, which
defines `register_export(subparsers, common)`; that module is imported only when one of its
subcommands runs (see `common.add_deferred_subcommands`).
"""

from __future__ import annotations

import argparse

from confdesk.commands.common import add_deferred_subcommands

#: Each `export` subcommand: its module under confdesk.commands and the line `confdesk
#: export --help` shows for it.
EXPORTS: dict[str, tuple[str, str]] = {
    "participants": ("registration",
                     "the list of participants as PDF (protocol order), XLSX or CSV"),
    "badges": ("registration", "name badges (PDF), ten per A4 page or one per page"),
    "programme": ("programme", "the programme as PDF, XLSX, iCalendar or frab XML"),
    "speakers": ("programme", "the list of speakers and their sessions, PDF or XLSX"),
    "document": ("conclusions", "write an outcome document or a comparison of two drafts"),
    "floor": ("floor", "a session's speakers' list as PDF or XLSX"),
    "seating": ("seating", "a room's seating plan as PDF, XLSX or CSV"),
    "nameplates": ("seating", "name plates (tent cards) for delegations or people, PDF"),
    "interpretation": ("interpretation",
                       "interpretation needs: booths per day and room, each session's "
                       "languages"),
}

#: Modules under confdesk.commands that add `export` subcommands.
EXPORT_MODULES: tuple[str, ...] = tuple(dict.fromkeys(m for m, _help in EXPORTS.values()))


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("export", help="write lists, programmes and documents to files")
    add_deferred_subcommands(parser, common, EXPORTS, "register_export", dest="what")
