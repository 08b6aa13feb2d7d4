"""`confdesk event list|create`: the events of a database, and a new one from the shell."""

from __future__ import annotations

import argparse
from datetime import date

from confdesk.commands.common import opened
from confdesk.db.errors import UserError
from confdesk.events.models import EventKind
from confdesk.events.operations import EventData, RoomRow, create_event
from confdesk.events.queries import list_events


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("event", help="list the events, or create one")
    actions = parser.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="the events, most recent first")
    listing.set_defaults(run=run_list)
    create = actions.add_parser("create", parents=[common],
                                help="create an event and print its id")
    create.add_argument("--title", required=True)
    create.add_argument("--start", required=True, type=iso_date, metavar="YYYY-MM-DD")
    create.add_argument("--end", required=True, type=iso_date, metavar="YYYY-MM-DD")
    create.add_argument("--short-name", default="")
    create.add_argument("--kind", choices=[k.value for k in EventKind],
                        default=EventKind.CONFERENCE.value)
    create.add_argument("--timezone", default="UTC", help="IANA zone, e.g. Europe/Brussels")
    create.add_argument("--venue", default="")
    create.add_argument("--city", default="")
    create.add_argument("--country", default=None, metavar="XX",
                        help="ISO 3166-1 alpha-2 code of the host country")
    create.add_argument("--host", default="")
    create.add_argument("--co-organiser", action="append", default=[], dest="co_organisers",
                        metavar="NAME", help="repeat for each, in the order credited")
    create.add_argument("--language", action="append", default=[], dest="languages",
                        metavar="CODE", help="ISO 639-1 working language, main one first "
                        "(repeatable; default en)")
    create.add_argument("--room", action="append", default=[], dest="rooms", type=room_spec,
                        metavar="NAME[:CAPACITY]", help="repeat for each room, in grid order")
    create.set_defaults(run=run_create)


def iso_date(text: str) -> date:
    """A date typed as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def room_spec(text: str) -> RoomRow:
    """`Salle XX:700` → a room with 700 seats; `Salle XX` → capacity unknown."""
    name, sep, capacity = text.rpartition(":")
    if not sep or not capacity.strip().lstrip("-").isdigit():
        return RoomRow(text)
    seats = int(capacity)
    if seats < 0:
        raise argparse.ArgumentTypeError(f"a room's capacity cannot be negative: {text!r}")
    return RoomRow(name, seats)


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as db, db.sessions() as session:
        events = list_events(session)
        if not events:
            print("The database holds no event yet; create one with `confdesk event create`.")
        for event in events:
            place = ", ".join(p for p in (event.venue, event.city) if p)
            print(f"{event.id:>4}  {event.start_date} – {event.end_date}  {event.title}"
                  + (f" ({event.short_name})" if event.short_name else "")
                  + (f" — {place}" if place else ""))
    return 0


def run_create(args: argparse.Namespace) -> int:
    data = EventData(
        title=args.title, start_date=args.start, end_date=args.end, short_name=args.short_name,
        kind=EventKind(args.kind), timezone=args.timezone, venue=args.venue, city=args.city,
        country_code=args.country, host=args.host, co_organisers=tuple(args.co_organisers),
        working_languages=tuple(args.languages) or ("en",),
    )
    # A new secretariat starts here: the database file is created when missing.
    with opened(args, create=True) as db, db.sessions() as session:
        try:
            event = create_event(session, data, args.rooms)
        except UserError:
            session.rollback()
            raise
        session.commit()
        print(event.id)
    return 0
