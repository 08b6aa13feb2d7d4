"""`confdesk person export|erase ID`: a person's data, for a data-protection request."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from confdesk.commands.common import opened, record_id


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "person", parents=[common],
        help="export everything held about one person, or erase them everywhere",
    )
    actions = parser.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", parents=[common],
        help="write everything held about a participant (all their registrations) as JSON")
    export.add_argument("id", type=record_id, help="the id of one of their registrations")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help="the JSON file to write")
    export.set_defaults(run=run_export)
    erase = actions.add_parser(
        "erase", parents=[common],
        help="anonymise a participant everywhere (registrations, roles, comments, the audit "
             "trail keeps a pseudonym); cannot be undone")
    erase.add_argument("id", type=record_id, help="the id of one of their registrations")
    erase.add_argument("--yes", action="store_true",
                       help="do it (without --yes, only says what would be erased)")
    erase.set_defaults(run=run_erase)


def run_export(args: argparse.Namespace) -> int:
    from confdesk.team.personal_data import PersonalDataService

    with opened(args) as db:
        path = PersonalDataService(db).export(args.id, args.output)
    print(f"Wrote the personal data of participant {args.id} to {path}")
    return 0


def run_erase(args: argparse.Namespace) -> int:
    from confdesk.team.personal_data import PersonalDataService, describe

    with opened(args) as db:
        service = PersonalDataService(db)
        name, count = service.summary(args.id)
        if not args.yes:
            print(f"Would erase {name} ({count} registration(s)) everywhere. "
                  "Run again with --yes to do it; it cannot be undone.", file=sys.stderr)
            return 1
        print(describe(service.erase(args.id)))
    return 0
