"""`confdesk check-in`: the registration desk without the window, for a scanner script or a
second desk on a terminal. It reads names and codes as the window's desk does
(`registration.desk`) and, like it, never picks one of several people.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC

from confdesk.commands.common import add_event_option, opened
from confdesk.db.errors import UserError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "check-in", parents=[common], help="check a participant in by code or name",
        description="Check a participant in. TEXT is a participant code (as printed on the "
        "badge, typed or scanned, also through an AZERTY keyboard) or words of a name. When "
        "several people match, they are listed and nobody is checked in: give the code. A "
        "declined or cancelled registration needs --force.",
    )
    parser.add_argument("text", nargs="+", metavar="TEXT", help="a code, or words of a name")
    add_event_option(parser)
    parser.add_argument("--force", action="store_true",
                        help="check in even when the registration was declined or cancelled")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from confdesk.events.queries import resolve_event
    from confdesk.registration import desk
    from confdesk.registration.service import RegistrationService

    text = " ".join(args.text)
    with opened(args) as db:
        with db.sessions() as session:
            service = RegistrationService(db, resolve_event(session, args.event).id)
        found = desk.search(service.rows(), text)
        if not found.matches:
            raise UserError(f"Nobody of this event matches “{found.text}”.")
        person = found.chosen
        if person is None:
            for row in found.matches:
                print(f"{row.code}  {row.display_name} · {row.organisation_name or '–'} · "
                      f"{row.status.value.replace('_', ' ')}")
            more = found.total - len(found.matches)
            if more:
                print(f"… and {more} more")
            raise UserError(f"{found.total} people match “{found.text}”: nobody was checked "
                            "in. Give the code of the one to check in.")
        if desk.caution(person.status).needs_force and not args.force:
            raise UserError(f"The registration of {person.plain_name} ({person.code}) is "
                            f"{person.status.value}: nobody was checked in. Pass --force to "
                            "check them in anyway.")
        done = service.check_in(person.code, force=args.force)
    when = done.checked_in_at.replace(tzinfo=UTC).astimezone()
    print(f"{done.name} ({person.code}) checked in at {when:%H:%M}.")
    if done.warning:
        print(f"warning: {done.warning}", file=sys.stderr)
    return 0
