"""`confdesk event list|create|edit`: the events of a database, a new one, a change of one."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from typing import Any

from confdesk.commands.common import add_event_option, opened
from confdesk.db.errors import UserError
from confdesk.events.models import EventKind
from confdesk.events.operations import EventData, RoomRow
from confdesk.events.queries import list_events, resolve_event
from confdesk.events.service import EventService
from confdesk.registration.protocol import Group


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("event", help="list the events, create or edit one")
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
    _french_options(create)
    create.add_argument("--co-organiser", action="append", default=[], dest="co_organisers",
                        metavar="NAME", help="repeat for each, in the order credited")
    create.add_argument("--language", action="append", default=[], dest="languages",
                        metavar="CODE", help="ISO 639-1 working language, main one first "
                        "(repeatable; default en)")
    create.add_argument("--room", action="append", default=[], dest="rooms", type=room_spec,
                        metavar="NAME[:CAPACITY]", help="repeat for each room, in grid order")
    create.set_defaults(run=run_create)

    edit = actions.add_parser(
        "edit", parents=[common], help="change an event's texts, dates or place",
        description="Change the given fields of an event; the others stay as they are. "
        "An empty value (--venue-fr '') clears a field that may be empty.")
    add_event_option(edit)
    edit.add_argument("--title")
    edit.add_argument("--start", type=iso_date, metavar="YYYY-MM-DD")
    edit.add_argument("--end", type=iso_date, metavar="YYYY-MM-DD")
    edit.add_argument("--short-name")
    edit.add_argument("--timezone", help="IANA zone, e.g. Europe/Brussels")
    edit.add_argument("--venue")
    edit.add_argument("--city")
    edit.add_argument("--country", metavar="XX",
                      help="ISO 3166-1 alpha-2 code of the host country ('' for none)")
    edit.add_argument("--host")
    _french_options(edit, default=None)
    edit.add_argument("--protocol-groups", type=protocol_groups, metavar="GROUP,GROUP…",
                      help="order of the groups in the list of participants, e.g. "
                      "member_states,observer_states,un_system,intergovernmental (groups "
                      "left out follow in UN order; '' for the UN order): "
                      + ", ".join(g.value for g in Group))
    edit.set_defaults(run=run_edit)


def _french_options(parser: argparse.ArgumentParser, default: str | None = "") -> None:
    """The event's texts for French editions (lists, badges, programmes)."""
    for name, example in (("title", "Conférence internationale sur la prévention du génocide"),
                          ("venue", "Palais d'Egmont"), ("city", "Bruxelles"),
                          ("host", "Gouvernement de la Belgique")):
        parser.add_argument(f"--{name}-fr", default=default, dest=f"{name}_fr",
                            metavar="TEXT", help=f"French {name} for French editions "
                            f"(e.g. “{example}”)")


def protocol_groups(text: str) -> tuple[str, ...]:
    """`member_states,un_system` → the groups, checked; '' → () (the UN order)."""
    chosen = tuple(g.strip().lower().replace("-", "_") for g in text.split(",") if g.strip())
    unknown = [g for g in chosen if g not in {x.value for x in Group}]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown group(s) {', '.join(unknown)}; use {', '.join(g.value for g in Group)}")
    return chosen


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
        title_fr=args.title_fr, venue_fr=args.venue_fr, city_fr=args.city_fr,
        host_fr=args.host_fr,
    )
    # A new secretariat starts here: the database file is created when missing.
    with opened(args, create=True) as db:
        print(EventService(db).create(data, args.rooms))
    return 0


_EDITABLE = ("title", "short_name", "venue", "city", "host", "title_fr", "venue_fr",
             "city_fr", "host_fr", "timezone")


def run_edit(args: argparse.Namespace) -> int:
    """Change the given fields of an event, checked as the event dialog checks them."""
    with opened(args) as db:
        with db.sessions() as session:
            event_id = resolve_event(session, args.event).id
        service = EventService(db)
        form = service.form(event_id)
        changes: dict[str, Any] = {name: getattr(args, name) for name in _EDITABLE
                                      if getattr(args, name) is not None}
        if args.start is not None:
            changes["start_date"] = args.start
        if args.end is not None:
            changes["end_date"] = args.end
        if args.country is not None:
            changes["country_code"] = args.country or None
        if args.protocol_groups is not None:
            changes["protocol_groups"] = args.protocol_groups
        if not changes:
            raise UserError("Nothing to change: give at least one option (see --help).")
        result = service.update(event_id, form.version, replace(form.data, **changes))
        print(f"Event {event_id} changed: {', '.join(sorted(changes))}.")
        if result.sessions_outside:
            print(f"Note: {result.sessions_outside} session(s) now lie outside the event's "
                  "dates.")
    return 0
