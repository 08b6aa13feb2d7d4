"""The `confdesk` command: the window without a subcommand, headless work with one."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from confdesk import __version__, collector
from confdesk.commands.common import (
    add_database_option,
    clean_output,
    configure_logging,
    loader,
    parser_or_stand_in,
)
from confdesk.errors import UserError
from confdesk.text import clean_text

#: Modules under confdesk.commands, each adding one or more subcommands.
COMMAND_MODULES = ("demo", "stats", "importing", "export", "check", "event", "desk",
                   "category", "users", "floor", "seating", "audit", "person",
                   "negotiation", "desktop")

#: Each subcommand of a module above, with its module and the line `confdesk --help` shows
#: for it. Only the module of the command that runs is imported (with SQLAlchemy, the
#: models and whatever else it needs), so `--version`, `--help` and each command pay for
#: their own modules only; the others stand in as parsers that carry just that line.
#: tests/test_cli.py checks that these lines are the ones the modules register. A module
#: listed above but not here is imported every time.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("demo", "write the demo conference (Brussels 2014) to a new SQLite file, or add "
             "it to a database server"),
    "stats": ("stats", "figures about an event: participants, States, sessions"),
    "import": ("importing", "read registrations and documents from files"),
    "export": ("export", "write lists, programmes and documents to files"),
    "check": ("check", "check the programme for conflicts"),
    "event": ("event", "list the events, create or edit one"),
    "check-in": ("desk", "check a participant in by code or name"),
    "category": ("category", "the event's categories of participant: list, add, edit, delete"),
    "conclusions": ("negotiation", "outcome documents: amendments and comment threads"),
    "floor": ("floor", "speakers' lists of plenary sessions: list, inscribe, re-order"),
    "seating": ("seating", "a room's seating plan: layout, seating by lot, moves"),
    "users": ("users", "people and their roles (administrators only)"),
    "audit": ("audit", "the audit trail: who changed which record, when, from what to what"),
    "person": ("person", "export everything held about one person, or erase them everywhere"),
    "desktop-entry": ("desktop", "add confdesk to the applications menu of a Linux desktop"),
}


def build_parser(command: str | None = None, *,
                 complete: bool = True) -> argparse.ArgumentParser:
    """The `confdesk` parser. With `complete`, every subcommand's module adds its own parser;
    otherwise only `command`'s does, and the others are stand-ins (`commands.common.StandIn`)
    that know their name and help line (enough for `confdesk --help`), each importing its
    module and building its parser when it is the command parsed."""
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
    parser.add_argument(
        "--user", metavar="NAME",
        help="on a SQLite file, the person working, as the audit trail records them "
        "(default: $CONFDESK_USER, else your system login); on a server the login decides",
    )
    common = argparse.ArgumentParser(add_help=False)
    add_database_option(common, suppress=True)
    subparsers = parser.add_subparsers(  # type: ignore[call-overload]
        dest="command", metavar="COMMAND", parser_class=parser_or_stand_in)
    lazy_modules = {module for module, _help in COMMANDS.values()}
    registered: set[str] = set()
    for name, (module_name, help_text) in COMMANDS.items():
        if complete or name == command:
            if module_name not in registered:
                _register(module_name, subparsers, common)
                registered.add(module_name)
        else:
            subparsers.add_parser(name, help=help_text,
                                  load=loader(name, module_name, "register", common))
    for module_name in COMMAND_MODULES:
        if module_name not in lazy_modules:
            _register(module_name, subparsers, common)
    return parser


def _register(module_name: str,
              subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
              common: argparse.ArgumentParser) -> None:
    importlib.import_module(f"confdesk.commands.{module_name}").register(subparsers, common)


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line parsed by stand-ins for every command (which answer `--version` and
    `--help`), the one named building its own parser as it is met. Building the parsers was
    most of a light command's start."""
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(complete=False)
    args, rest = parser.parse_known_args(words)
    if rest:
        parser.parse_args(words)  # says which arguments it does not know, and exits
    return args


def main(argv: list[str] | None = None) -> int:
    with collector.paused():  # the command's modules load (see confdesk.collector)
        args = parse_arguments(argv)
    if not getattr(args, "light", False):
        configure_logging()  # (a light command does it if it opens the database after all)
    if getattr(args, "user", None):
        from confdesk.team.identity import PERSON_ENV

        os.environ[PERSON_ENV] = args.user  # read by every database this run opens
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
