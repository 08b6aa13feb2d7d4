"""`confdesk export interpretation`: the interpretation needs sheet (PDF or XLSX)."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.commands.common import add_event_option, reading
from confdesk.errors import UserError
from confdesk.exports.files import check_target, write_atomically
from confdesk.programme.queries import load_programme


def register_export(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
                    common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "interpretation", parents=[common],
        help="interpretation needs: booths per day and room, each session's languages",
        description="Write the interpretation needs sheet: the booths each room needs each "
        "day, with the hours of interpretation into each language, and every session's "
        "floor language and interpretation languages (the event's working languages unless "
        "the session has its own), as PDF or XLSX.",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    parser.add_argument("--format", choices=("pdf", "xlsx"),
                        help="default: from the file's suffix")
    parser.add_argument("--language", choices=("en", "fr"), default="en",
                        help="the edition: en (default) or fr")
    add_event_option(parser)
    parser.set_defaults(run=run_export_interpretation)


def run_export_interpretation(args: argparse.Namespace) -> int:
    from confdesk.exports.interpretation_sheet import (
        interpretation_pdf,
        interpretation_workbook,
        needs_of,
    )

    kind = args.format or args.output.suffix.lower().lstrip(".")
    if kind not in ("pdf", "xlsx"):
        raise UserError(f"Cannot tell the format from “{args.output.name}”: give --format "
                        "(pdf, xlsx) or a file ending in .pdf or .xlsx.")
    check_target(args.output)
    with reading(args) as reader:
        snapshot = load_programme(reader, args.event)
    data = (interpretation_pdf(snapshot, args.language) if kind == "pdf"
            else interpretation_workbook(snapshot, args.language))
    write_atomically(args.output, data)
    needs = needs_of(snapshot)
    print(f"Wrote {args.output} ({kind}, {len(needs.sessions)} sessions, "
          f"{sum(n.booths for n in needs.needs)} room-day booths).")
    return 0
