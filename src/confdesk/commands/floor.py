"""`confdesk floor list|add|order --session ID` and `confdesk export floor`: speakers' lists."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from confdesk.commands.common import add_event_option, opened, record_id
from confdesk.db.database import Database
from confdesk.editions import EDITION_LANGUAGES
from confdesk.errors import UserError
from confdesk.events.queries import resolve_event
from confdesk.exports.files import check_target, write_atomically
from confdesk.exports.floor_rows import clock, history_lines, limits_line, session_line
from confdesk.plenary import speakers_messages as msg
from confdesk.plenary.speakers_labels import LEVEL_LABELS, STATUS_LABELS
from confdesk.plenary.speakers_models import SpeakerLevel
from confdesk.plenary.speakers_service import (
    KIND_LEVELS,
    FloorService,
    FloorSnapshot,
    InscriptionData,
)
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration.models import Organisation

#: The file formats of `export floor`, by extension.
EXPORT_SUFFIXES = {".pdf": "pdf", ".xlsx": "xlsx"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "floor", help="speakers' lists of plenary sessions: list, inscribe, re-order",
        description="The speakers' list of a session, in the order of speaking: heads of "
        "State or Government, vice-presidents and deputy prime ministers, ministers, "
        "vice-ministers, other heads of delegation, observer States, intergovernmental "
        "organisations, UN entities, civil society; within a level by order of inscription; "
        "rights of reply last. Moves, swaps and withdrawals are recorded and kept.")
    inner = parser.add_subparsers(dest="floor_command", metavar="ACTION", required=True)

    listing = inner.add_parser("list", parents=[common], help="show a session's list "
                               "(without --session: the sessions and how many are inscribed)")
    listing.add_argument("--session", type=record_id, metavar="ID",
                         help="the programme session (see `confdesk floor list`)")
    add_event_option(listing)
    listing.set_defaults(run=run_list)

    add = inner.add_parser("add", parents=[common], help="inscribe a delegation or observer")
    add.add_argument("--session", type=record_id, metavar="ID", required=True)
    add.add_argument("--delegation", required=True, metavar="NAME",
                     help="the delegation or observer (a registered one's name fills in its "
                     "usual level)")
    add.add_argument("--level", choices=[level.value for level in SpeakerLevel],
                     help="the level it speaks at (default: from the registered "
                     "organisation's kind)")
    add.add_argument("--speaker", default="", metavar="TEXT",
                     help="who speaks, as announced: name and function")
    add.add_argument("--reply", action="store_true", help="a right of reply (heard last)")
    add.set_defaults(run=run_add)

    order = inner.add_parser(
        "order", parents=[common],
        help="re-order a session's list: swap, move, withdraw, or back to protocol order",
        description="Apply the changes given (recorded with who made them and when), then "
        "print the list. Inscriptions are named by the id `floor list` shows.")
    order.add_argument("--session", type=record_id, metavar="ID", required=True)
    order.add_argument("--swap", type=record_id, nargs=2, metavar=("ID", "ID"),
                       help="swap two inscriptions' places")
    order.add_argument("--move", type=record_id, metavar="ID", help="move an inscription…")
    where = order.add_mutually_exclusive_group()
    where.add_argument("--before", type=record_id, metavar="ID", help="…before this one")
    where.add_argument("--to-end", action="store_true", help="…to the end of the list")
    order.add_argument("--withdraw", type=record_id, metavar="ID",
                       help="withdraw an inscription (kept on the list, out of the order)")
    order.add_argument("--protocol", action="store_true",
                       help="forget the moves and swaps: back to the protocol order "
                       "(withdrawals stay)")
    order.set_defaults(run=run_order)


def register_export(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
                    common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "floor", parents=[common], help="a session's speakers' list as PDF or XLSX",
        description="Write a session's speakers' list in the order of speaking, with rights "
        "of reply, withdrawals, times spoken, the rapporteur's notes and the chair's recorded "
        "changes. The format follows the file's extension (.pdf or .xlsx).")
    parser.add_argument("--session", type=record_id, metavar="ID", required=True)
    parser.add_argument("--output", "-o", type=Path, required=True, metavar="FILE",
                        help="the file to write (.pdf or .xlsx)")
    parser.add_argument("--language", choices=EDITION_LANGUAGES, default="en",
                        help="the edition: en (default) or fr (French words, dates and "
                        "registered delegations' French names)")
    parser.set_defaults(run=run_export)


def _service(db: Database, session_id: int) -> FloorService:
    """The service of the event the session belongs to."""
    with db.sessions() as s:
        item = s.get(ProgrammeSession, session_id)
        if item is None:
            raise msg.no_session(session_id)
        return FloorService(db, item.event_id)


def print_list(snapshot: FloorSnapshot) -> None:
    print(f"{snapshot.session_title} — {session_line(snapshot)}")
    print(limits_line(snapshot))
    if not snapshot.rows:
        print("Nobody is inscribed yet.")
        return
    print(f"{'No.':>4}  {'id':>5}  {'Delegation or observer':<30} {'Level':<32} "
          f"{'Time':>5}  Status")
    for r in snapshot.rows:
        number = str(r.number) if r.number is not None else "—"
        level = "Right of reply" if r.reply else LEVEL_LABELS[r.level]
        status = "speaking" if r.speaking else STATUS_LABELS[r.status].lower()
        if r.moved:
            status += ", moved"
        print(f"{number:>4}  {r.id:>5}  {r.delegation[:30]:<30} {level[:32]:<32} "
              f"{clock(r.limit_seconds):>5}  {status}")
        if r.speaker:
            print(f"{'':>13}{r.speaker}")
    history = history_lines(snapshot)
    if history:
        print("Changes made by the chair:")
        for line in history:
            print(f"  {line}")


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as db:
        if args.session is not None:
            print_list(_service(db, args.session).snapshot(args.session))
            return 0
        with db.sessions() as s:
            event_id = resolve_event(s, args.event).id
        for choice in FloorService(db, event_id).sessions():
            print(f"{choice.id:>5}  {choice.day} {choice.start_time:%H:%M}  "
                  f"{choice.title}  ({choice.inscriptions} inscribed)")
    return 0


def run_add(args: argparse.Namespace) -> int:
    with opened(args) as db:
        service = _service(db, args.session)
        level, organisation_id = args.level, None
        with db.sessions() as s:
            for org in s.query(Organisation).filter(Organisation.name_en == args.delegation):
                organisation_id = org.id
                level = level or KIND_LEVELS.get(org.kind)
        if level is None:
            raise UserError(f"Give --level: “{args.delegation}” is not a registered "
                            "organisation whose level confdesk can tell.")
        new = service.inscribe(args.session, InscriptionData(
            args.delegation, SpeakerLevel(level), args.speaker, args.reply,
            organisation_id=organisation_id))
        snapshot = service.snapshot(args.session)
        row = snapshot.row(new)
        assert row is not None
        print(f"Inscribed {row.delegation} (id {new}) as number {row.number} of "
              f"{sum(1 for r in snapshot.rows if r.number is not None)}.")
    return 0


def run_order(args: argparse.Namespace) -> int:
    if (args.before is not None or args.to_end) and args.move is None:
        raise UserError("--before and --to-end say where --move puts an inscription.")
    if args.move is not None and args.before is None and not args.to_end:
        raise UserError("Say where to move it: --before ID or --to-end.")
    with opened(args) as db:
        service = _service(db, args.session)
        known = {r.id for r in service.snapshot(args.session).rows}
        for named in [*(args.swap or ()), args.move, args.before, args.withdraw]:
            if named is not None and named not in known:
                raise msg.no_inscription(named)
        if args.protocol:
            service.discard_moves(args.session)
        if args.swap:
            service.swap(*args.swap)
        if args.move is not None:
            service.move(args.move, None if args.to_end else args.before)
        if args.withdraw is not None:
            service.withdraw(args.withdraw)
        print_list(service.snapshot(args.session))
    return 0


def run_export(args: argparse.Namespace) -> int:
    kind = EXPORT_SUFFIXES.get(args.output.suffix.lower())
    if kind is None:
        raise UserError(f"Cannot tell the format from “{args.output.name}”: give a file "
                        "ending in .pdf or .xlsx.")
    check_target(args.output)
    with opened(args) as db:
        snapshot = _service(db, args.session).snapshot(args.session, args.language)
    if kind == "pdf":
        from confdesk.exports.pdf.floor import floor_pdf

        data = floor_pdf(snapshot, args.language)
    else:
        from confdesk.exports.floor_xlsx import floor_workbook

        data = floor_workbook(snapshot, args.language)
    write_atomically(args.output, data)
    print(f"Wrote {args.output} ({kind}, {len(snapshot.rows)} inscriptions).",
          file=sys.stdout)
    return 0
