"""`confdesk demo PATH`: write the demo conference to a new SQLite file."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "demo", help="write the demo conference (Brussels 2014) to a new SQLite file",
    )
    parser.add_argument("path", type=Path, help="the SQLite file to create")
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from confdesk.demo.builder import write_demo_database

    path: Path = args.path
    if path.exists() and not args.force:
        raise UserError(f"{path} exists already; choose a new file or pass --force.")
    if not path.parent.resolve().is_dir():
        raise UserError(f"The folder {path.parent} does not exist.")
    summary = write_demo_database(path, replace=args.force)
    print(f"Wrote the demo conference to {path}: {summary}")
    return 0
