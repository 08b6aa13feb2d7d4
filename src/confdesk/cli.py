"""The `confdesk` command: the window without a subcommand, headless work with one."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from confdesk import __version__
from confdesk.commands.common import add_database_option, clean_output
from confdesk.db.errors import UserError
from confdesk.text import clean_text

#: Modules under confdesk.commands, each adding one or more subcommands.
COMMAND_MODULES = ("demo", "stats", "importing", "export", "check", "event", "desk",
                   "category", "users", "floor", "seating", "audit", "person",
                   "negotiation")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="confdesk",
        description="Desk application for conference secretariats. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"confdesk {__version__}")
    add_database_option(parser)
    parser.add_argument(
        "--demo", action="store_true",
        help="open your copy of the demo conference (Brussels 2014), made on first use "
        "and kept between starts",
    )
    parser.add_argument(
        "--fresh-demo", action="store_true",
        help="replace your copy of the demo conference with a fresh one, then open it",
    )
    common = argparse.ArgumentParser(add_help=False)
    add_database_option(common, suppress=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"confdesk.commands.{name}")
        module.register(subparsers, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from confdesk.app import run_gui

            return run_gui(args)
        with clean_output():
            return int(args.run(args) or 0)
    except UserError as exc:
        print(f"confdesk: {clean_text(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("confdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`confdesk stats | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
