"""`confdesk import WHAT FILE …`: registrations and documents read from files.

Each concern adds its own `import` subcommands from a module listed in IMPORT_MODULES, which
defines `register_import(subparsers, common)`.
"""

from __future__ import annotations

import argparse
import importlib

#: Modules under confdesk.commands that add `import` subcommands.
IMPORT_MODULES: tuple[str, ...] = ("registration", "conclusions")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("import", help="read registrations and documents from files")
    inner = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name in IMPORT_MODULES:
        importlib.import_module(f"confdesk.commands.{name}").register_import(inner, common)
