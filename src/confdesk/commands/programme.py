"""`confdesk export programme` (PDF, XLSX, iCalendar, frab XML) and `confdesk export speakers`."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.commands.common import add_event_option, opened
from confdesk.db.errors import UserError
from confdesk.exports.files import check_target, write_atomically
from confdesk.programme.queries import ProgrammeSnapshot, load_programme

PROGRAMME_FORMATS = {"pdf": ".pdf", "xlsx": ".xlsx", "ics": ".ics", "frab": ".xml"}
SPEAKER_FORMATS = {"pdf": ".pdf", "xlsx": ".xlsx"}


def register_export(subparsers: argparse._SubParsersAction,
                    common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "programme", parents=[common], help="the programme as PDF, XLSX, iCalendar or frab XML",
        description="Write the programme: a printable PDF (A4, or A5 with --a5), a workbook "
        "(all sessions and one sheet per day), an iCalendar file for calendar applications, or "
        "a frab schedule.xml for conference apps. The format follows the file's extension "
        "unless --format is given.",
    )
    _common_options(parser, PROGRAMME_FORMATS)
    parser.add_argument("--day", type=int, metavar="N",
                        help="only day N of the event (1 = the first day)")
    parser.add_argument("--a5", action="store_true", help="PDF on A5 pages, for a booklet")
    parser.add_argument("--include-breaks", action="store_true",
                        help="iCalendar: also add breaks to the calendar")
    parser.set_defaults(run=run_programme)
    speakers = subparsers.add_parser(
        "speakers", parents=[common], help="the list of speakers and their sessions, PDF or XLSX",
    )
    _common_options(speakers, SPEAKER_FORMATS)
    speakers.add_argument("--a5", action="store_true", help="PDF on A5 pages")
    speakers.set_defaults(run=run_speakers, day=None)


def _common_options(parser: argparse.ArgumentParser, formats: dict[str, str]) -> None:
    parser.add_argument("--format", "-f", choices=sorted(formats),
                        help="the file format (default: from the output file's extension)")
    parser.add_argument("--output", "-o", type=Path, required=True, metavar="FILE",
                        help="the file to write")
    add_event_option(parser)


def _format(args: argparse.Namespace, formats: dict[str, str]) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lower()
    for name, extension in formats.items():
        if suffix == extension:
            return name
    raise UserError(
        f"Cannot tell the format from “{args.output.name}”: give --format "
        f"({', '.join(sorted(formats))}) or a file ending in "
        f"{', '.join(sorted(set(formats.values())))}."
    )


def _snapshot(args: argparse.Namespace) -> ProgrammeSnapshot:
    check_target(args.output)
    with opened(args) as db, db.sessions() as session:
        return load_programme(session, args.event).only_day(args.day)


def run_programme(args: argparse.Namespace) -> int:
    kind = _format(args, PROGRAMME_FORMATS)
    snapshot = _snapshot(args)
    if kind == "pdf":
        from confdesk.exports.pdf.programme import programme_pdf

        data = programme_pdf(snapshot, a5=args.a5)
    elif kind == "xlsx":
        from confdesk.exports.programme_xlsx import programme_workbook

        data = programme_workbook(snapshot)
    elif kind == "ics":
        from confdesk.exports.ics import programme_calendar

        data = programme_calendar(snapshot, include_breaks=args.include_breaks)
    else:
        from confdesk.exports.frab import schedule_xml

        data = schedule_xml(snapshot)
    write_atomically(args.output, data)
    print(f"Wrote {args.output} ({kind}, {len(snapshot.sessions)} sessions).")
    return 0


def run_speakers(args: argparse.Namespace) -> int:
    kind = _format(args, SPEAKER_FORMATS)
    snapshot = _snapshot(args)
    if kind == "pdf":
        from confdesk.exports.pdf.speakers import speakers_pdf

        data = speakers_pdf(snapshot, a5=args.a5)
    else:
        from confdesk.exports.programme_xlsx import speakers_workbook

        data = speakers_workbook(snapshot)
    write_atomically(args.output, data)
    print(f"Wrote {args.output} ({kind}, {len(snapshot.speakers())} people).")
    return 0
