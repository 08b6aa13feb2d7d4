"""`confdesk audit`: who changed what, from the audit trail; `-o FILE` exports it."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from confdesk.commands.common import opened, record_id
from confdesk.team.audit import KINDS
from confdesk.team.trail import TrailEntry, TrailFilter, entries


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date: {text!r} (use YYYY-MM-DD)") from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "audit", parents=[common],
        help="the audit trail: who changed which record, when, from what to what",
    )
    parser.add_argument("--since", type=_day, metavar="YYYY-MM-DD",
                        help="changes made on that day (UTC) or later")
    parser.add_argument("--who", metavar="NAME", default="",
                        help="changes by a person (any part of the name, any case)")
    parser.add_argument("--entity", metavar="KIND", default="",
                        help=f"one kind of record: {', '.join(KINDS)}")
    parser.add_argument("--id", type=record_id, metavar="ID", dest="entity_id",
                        help="with --entity: one record's history (and its comments, roles…)")
    parser.add_argument("--event", type=record_id, metavar="ID",
                        help="changes of one event only")
    parser.add_argument("--last", type=int, metavar="N", help="only the N latest changes")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="write the selected changes to FILE (.xlsx or .csv)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    only = TrailFilter(since=args.since, who=args.who, entity=args.entity,
                       event_id=args.event, entity_id=args.entity_id,
                       limit=args.last if args.last and args.last > 0 else None)
    with opened(args) as db, db.sessions() as session:
        found = entries(session, only)
    if args.output is not None:
        from confdesk.exports.audit_trail import write_trail

        rows = write_trail(args.output, found)
        print(f"Wrote {len(found)} changes ({rows} rows) to {args.output}")
        return 0
    if args.json:
        print(json.dumps([e.as_json() for e in found], ensure_ascii=False, indent=2))
        return 0
    for line in format_entries(found):
        print(line)
    if not found:
        print("No change recorded matches.")
    return 0


def format_entries(found: list[TrailEntry]) -> list[str]:
    lines: list[str] = []
    for e in found:
        what = f"{e.entity_kind} {e.entity_id}" if e.entity_id is not None else e.entity_kind
        lines.append(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.person}  {e.action}  "
                     f"[{e.operation} {what}: {e.entity_label}]")
        lines += [f"    {c.field}: {_show(c.before)} → {_show(c.after)}" for c in e.changes]
    return lines


def _show(value: object) -> str:
    from confdesk.team.trail import show

    return show(value)
