"""`confdesk export WHAT …`: documents and lists written to files.

Each concern adds its own `export` subcommands from a module listed in EXPORT_MODULES, which
defines `register_export(subparsers, common)`.
"""

from __future__ import annotations

import argparse
import importlib

#: Modules under confdesk.commands that add `export` subcommands.
EXPORT_MODULES: tuple[str, ...] = ("registration", "programme", "conclusions",
                                   "floor", "seating", "interpretation")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("export", help="write lists, programmes and documents to files")
    inner = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name in EXPORT_MODULES:
        importlib.import_module(f"confdesk.commands.{name}").register_export(inner, common)
