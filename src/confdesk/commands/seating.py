"""`confdesk seating` (lay out a room, seat the delegations by lot, move them) and
`confdesk export seating` / `confdesk export nameplates`."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.commands.common import add_event_option, opened
from confdesk.db.database import Database
from confdesk.db.errors import UserError
from confdesk.events.queries import resolve_event
from confdesk.exports.files import check_target, write_atomically
from confdesk.exports.seating_files import SEATING_FORMATS, format_of, write_seating
from confdesk.plenary.seating import parse_rows
from confdesk.plenary.seating_service import LayoutSpec, SeatingPlan, SeatingService


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "seating", parents=[common],
        help="a room's seating plan: layout, seating by lot, moves",
        description="Lay out a room for a plenary (rows of delegation places) and seat the "
        "delegations of the published list of participants: Member States in English "
        "alphabetical order of their UN short names starting from a State drawn by lot (or "
        "given with --first), wrapping round, then observer States, organisations and the "
        "other delegations in the order of the list. Without --first, --draw or --swap, "
        "prints the plan.",
    )
    add_event_option(parser)
    parser.add_argument("--room", required=True, metavar="ROOM", help="the room's name or id")
    parser.add_argument("--rows", metavar="SIZES",
                        help="the layout's rows of places, front first: '14,16,16' or '10x16'")
    parser.add_argument("--at-table", type=int, metavar="N",
                        help="chairs at the table per delegation (default 1)")
    parser.add_argument("--behind", type=int, metavar="N",
                        help="chairs behind the table per delegation (default 2)")
    parser.add_argument("--accessible", metavar="PLACES",
                        help="numbers of the places reachable without steps: '1,16,17'")
    order = parser.add_mutually_exclusive_group()
    order.add_argument("--first", metavar="STATE",
                       help="seat the delegations, starting from this State (UN name or code)")
    order.add_argument("--draw", action="store_true",
                       help="seat the delegations, starting from a Member State drawn by lot")
    order.add_argument("--swap", nargs=2, type=int, metavar=("A", "B"),
                       help="exchange the delegations of places A and B (one may be empty)")
    parser.set_defaults(run=run_seating)


def register_export(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
                    common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "seating", parents=[common], help="a room's seating plan as PDF, XLSX or CSV")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    parser.add_argument("--format", choices=sorted(SEATING_FORMATS),
                        help="default: from the file's suffix")
    parser.add_argument("--room", metavar="ROOM",
                        help="the room's name or id (default: the only room with a plan)")
    parser.add_argument("--language", choices=("en", "fr"), default="en",
                        help="the PDF's language (the lists carry both names)")
    add_event_option(parser)
    parser.set_defaults(run=run_export_seating)
    plates = subparsers.add_parser(
        "nameplates", parents=[common],
        help="name plates (tent cards) for delegations or people, PDF",
        description="Folded name plates, one A4 (or A5) sheet each: a delegation's UN short "
        "name, or a person's honorific, name and title; the back face is printed upside "
        "down so that the folded card reads from both sides.",
    )
    plates.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    plates.add_argument("--language", choices=("en", "fr", "both"), default="en",
                        help="both faces in English, in French, or one of each (both)")
    who = plates.add_mutually_exclusive_group()
    who.add_argument("--delegations", action="store_true",
                     help="one plate per delegation of the published list (the default)")
    who.add_argument("--people", action="store_true",
                     help="one plate per person chairing, moderating, speaking or reporting "
                     "in the programme")
    plates.add_argument("--room", metavar="ROOM",
                        help="delegations in the order of this room's seating plan")
    plates.add_argument("--a5", action="store_true", help="A5 sheets instead of A4")
    add_event_option(plates)
    plates.set_defaults(run=run_export_nameplates)


def _service(db: Database, event: int | None) -> SeatingService:
    with db.sessions() as s:
        return SeatingService(db, resolve_event(s, event).id)


def _places(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in text.replace(" ", "").split(",") if p)
    except ValueError:
        raise UserError(f"“{text}” is not a list of place numbers: write e.g. “1,16,17”.") \
            from None


def run_seating(args: argparse.Namespace) -> int:
    with opened(args) as db:
        service = _service(db, args.event)
        room_id = service.find_room(args.room)
        if args.rows or args.at_table is not None or args.behind is not None \
                or args.accessible is not None:
            current = service.layout(room_id) or service.plan(room_id).layout
            spec = LayoutSpec(
                tuple(parse_rows(args.rows)) if args.rows else current.row_sizes,
                args.at_table if args.at_table is not None else current.seats_at_table,
                args.behind if args.behind is not None else current.seats_behind,
                _places(args.accessible) if args.accessible is not None
                else current.accessible_places)
            service.set_layout(room_id, spec)
            print(f"Layout set: {len(spec.row_sizes)} rows, {spec.place_count} places.")
        if args.first or args.draw:
            plan = service.seat(room_id, args.first).plan
            how = "drawn by lot" if plan.drawn else "chosen"
            print(f"Seated {len(plan.seated)} delegations from "
                  f"{plan.first_state_name()} ({how}).")
        elif args.swap:
            service.swap(room_id, *args.swap)
            print(f"Exchanged places {args.swap[0]} and {args.swap[1]}.")
        print(format_plan(service.plan(room_id)))
    return 0


def format_plan(plan: SeatingPlan) -> str:
    """The plan as text: one line per place that has a delegation."""
    lines = [f"{plan.room_name}: {plan.layout.place_count} places in "
             f"{len(plan.layout.row_sizes)} rows"]
    if not plan.first_state:
        lines.append("No delegation is seated yet (use --first STATE or --draw).")
        return "\n".join(lines)
    lines[0] += f", from {plan.first_state_name()} ({'drawn' if plan.drawn else 'chosen'})"
    for p in plan.seated:
        assert p.delegation is not None
        marks = ("  [accessible]" if p.spot.accessible else "") + ("  [moved]" if p.moved else "")
        lines.append(f"{p.number:4d}  row {p.spot.row + 1:<3d} {p.delegation.name_en}{marks}")
    for d in plan.unseated:
        lines.append(f"   -  no place  {d.name_en}")
    lines += [f"warning: {w}" for w in plan.warnings]
    return "\n".join(lines)


def _room_with_plan(service: SeatingService, room: str | None) -> int:
    if room:
        return service.find_room(room)
    laid = [rid for rid, _, has in service.rooms() if has]
    if len(laid) != 1:
        raise UserError("Say which room with --room: " + (
            "no room has a seating plan yet (see `confdesk seating`)." if not laid
            else f"{len(laid)} rooms have a seating plan."))
    return laid[0]


def run_export_seating(args: argparse.Namespace) -> int:
    name = format_of(args.output, args.format)
    check_target(args.output)
    with opened(args) as db:
        service = _service(db, args.event)
        plan = service.plan(_room_with_plan(service, args.room))
    write_seating(args.output, plan, name, language=args.language)
    print(f"Wrote {args.output} ({name}, {len(plan.seated)} delegations seated in "
          f"{plan.room_name}).")
    return 0


def run_export_nameplates(args: argparse.Namespace) -> int:
    from confdesk.exports.pdf.nameplates import nameplates_pdf
    from confdesk.plenary import nameplates

    if args.output.suffix.lower() != ".pdf":
        raise UserError(f"Name plates are a PDF: name the file “….pdf”, not "
                        f"“{args.output.name}”.")
    check_target(args.output)
    with opened(args) as db, db.sessions() as s:
        event_id = resolve_event(s, args.event).id
        if args.people:
            plates = nameplates.person_plates(nameplates.plated_people(s, event_id),
                                              args.language)
            what = "people"
        else:
            service = SeatingService(db, event_id)
            room = service.find_room(args.room) if args.room else None
            plates = nameplates.delegation_plates(
                nameplates.plated_delegations(s, event_id, service, room), args.language)
            what = "delegations"
    if not plates:
        raise UserError(f"There are no {what} to print name plates for.")
    write_atomically(args.output, nameplates_pdf(plates, a5=args.a5))
    print(f"Wrote {args.output} ({len(plates)} name plates for {what}).")
    return 0
