"""`confdesk import WHAT FILE …`: registrations and documents read from files.

Each concern adds its own `import` subcommands from a module under confdesk.commands, which
defines `register_import(subparsers, common)`; that module is imported only when one of its
subcommands runs (see `common.add_deferred_subcommands`).
"""

from __future__ import annotations

import argparse

from confdesk.commands.common import add_deferred_subcommands

#: Each `import` subcommand: its module under confdesk.commands and its line in `confdesk
#: import --help`.
IMPORTS: dict[str, tuple[str, str]] = {
    "participants": ("registration", "add registrations from an XLSX/ODS/CSV file to an event"),
    "document": ("conclusions",
                 "read an outcome document (or a new draft of one) from a .txt or .docx file"),
}

#: Modules under confdesk.commands that add `import` subcommands.
IMPORT_MODULES: tuple[str, ...] = tuple(dict.fromkeys(m for m, _help in IMPORTS.values()))


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("import", help="read registrations and documents from files")
    add_deferred_subcommands(parser, common, IMPORTS, "register_import", dest="what")
