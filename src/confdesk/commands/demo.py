"""`confdesk demo PATH`: write the demo conference to a new SQLite file; with a size
(`--participants N --sessions S --days D --rooms R`), a synthetic event of that size instead,
to try confdesk at the scale of a summit."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "demo", help="write the demo conference (Brussels 2014) to a new SQLite file, or add "
        "it to a database server",
    )
    parser.add_argument("path", metavar="PATH|URL",
                        help="the SQLite file to create, or a database URL "
                        "(postgresql+psycopg://user@host/name) to add the demo to")
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    scale = parser.add_argument_group(
        "a synthetic event of any size instead (invented people in the delegations of real "
        "States, names in every script, sessions over the days and rooms)")
    scale.add_argument("--participants", type=_count, metavar="N",
                       help="number of participants (giving any of these options writes a "
                       "synthetic event; default 20000)")
    scale.add_argument("--sessions", type=_count, metavar="S",
                       help="number of sessions in the programme (default 400)")
    scale.add_argument("--days", type=_count, metavar="D", help="days of the event (default 10)")
    scale.add_argument("--rooms", type=_count, metavar="R", help="meeting rooms (default 6)")
    scale.add_argument("--seed", type=_count, metavar="SEED",
                       help="the same seed gives the same event (default 1)")
    parser.set_defaults(run=run)


#: Sizes of a synthetic event for the options not given.
DEFAULT_SIZE = {"participants": 20000, "sessions": 400, "days": 10, "rooms": 6, "seed": 1}


def _count(text: str) -> int:
    try:
        value = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    from confdesk.demo.builder import write_demo_database, write_demo_to_server

    if "://" in args.path:
        summary = write_demo_to_server(args.path)
        print(f"Added the demo conference to the database: {summary}")
        return 0
    path = Path(args.path)
    if path.exists() and not args.force:
        raise UserError(f"{path} exists already; choose a new file or pass --force.")
    if not path.parent.resolve().is_dir():
        raise UserError(f"The folder {path.parent} does not exist.")
    size = {key: getattr(args, key) for key in DEFAULT_SIZE}
    if any(value is not None for value in size.values()):
        from confdesk.demo.synthetic import write_synthetic_database

        chosen = {key: default if size[key] is None else size[key]
                  for key, default in DEFAULT_SIZE.items()}
        summary = write_synthetic_database(path, replace=args.force, **chosen)
        print(f"Wrote a synthetic event to {path}: {summary}")
        return 0
    summary = write_demo_database(path, replace=args.force)
    print(f"Wrote the demo conference to {path}: {summary}")
    return 0
