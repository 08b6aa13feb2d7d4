"""`confdesk check`: the programme's conflicts, printed by severity.

Exit status: 1 when there is at least one error (or, with `--strict`, any warning), else 0;
warnings alone are printed but do not fail the command, since a programme in preparation
always lacks a rapporteur somewhere.
"""

from __future__ import annotations

import argparse
import json

from confdesk.commands.common import add_event_option, reading
from confdesk.programme.conflicts import Finding, Severity, check_programme
from confdesk.programme.queries import load_programme


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "check", parents=[common], help="check the programme for conflicts",
        description="Check an event's programme: people and rooms booked twice, sessions "
        "outside the event or ending before they start, roles held by people who cancelled "
        "(errors); panels with no chair, sessions with no rapporteur (warnings). Exits with "
        "status 1 when there are errors (with --strict, also when there are warnings).",
    )
    add_event_option(parser)
    parser.add_argument("--strict", action="store_true",
                        help="fail (exit status 1) on warnings as well as errors")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    # light: reads a SQLite file with sqlite3 and loads nothing that logs (see cli.main)
    parser.set_defaults(run=run, light=True)


def run(args: argparse.Namespace) -> int:
    with reading(args) as reader:
        snapshot = load_programme(reader, args.event)
    findings = check_programme(snapshot)
    errors = [f for f in findings if f.severity == Severity.ERROR]
    warnings = [f for f in findings if f.severity == Severity.WARNING]
    if args.json:
        print(json.dumps([_as_json(f) for f in findings], ensure_ascii=False, indent=2))
    else:
        name = snapshot.event.short_name or snapshot.event.title
        print(f"{name}: {len(snapshot.sessions)} sessions, {_count(len(errors), 'error')}, "
              f"{_count(len(warnings), 'warning')}.")
        for title, group in (("Errors", errors), ("Warnings", warnings)):
            if group:
                print(f"\n{title}:")
                for f in group:
                    print(f"  - {f.message}")
    return 1 if errors or (args.strict and warnings) else 0


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _as_json(f: Finding) -> dict[str, object]:
    return {"severity": str(f.severity), "kind": str(f.kind), "message": f.message,
            "session_ids": list(f.session_ids), "person_id": f.person_id,
            "room_id": f.room_id}
