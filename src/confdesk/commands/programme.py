"""`confdesk export programme` (PDF, XLSX, iCalendar, frab XML) and `confdesk export speakers`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from confdesk.commands.common import add_event_option, reading
from confdesk.errors import UserError
from confdesk.exports import registry
from confdesk.exports.files import check_target
from confdesk.exports.registry import ExportOptions
from confdesk.programme.conflicts import export_conflicts
from confdesk.programme.queries import ProgrammeSnapshot, load_programme
from confdesk.team.grants import require_reading
from confdesk.team.roles import Permission


def _formats(subject: str) -> dict[str, str]:
    """`--format` name → file suffix, from the export registry."""
    return {k.format_name: k.suffix for k in registry.kinds_of(subject)}


PROGRAMME_FORMATS = _formats("programme")
SPEAKER_FORMATS = _formats("speakers")


def register_export(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
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
    parser.set_defaults(run=run_programme, light=True)
    speakers = subparsers.add_parser(
        "speakers", parents=[common], help="the list of speakers and their sessions, PDF or XLSX",
    )
    _common_options(speakers, SPEAKER_FORMATS)
    speakers.add_argument("--a5", action="store_true", help="PDF on A5 pages")
    speakers.set_defaults(run=run_speakers, day=None, light=True)


def _common_options(parser: argparse.ArgumentParser, formats: dict[str, str]) -> None:
    parser.add_argument("--format", "-f", choices=sorted(formats),
                        help="the file format (default: from the output file's extension)")
    parser.add_argument("--output", "-o", type=Path, required=True, metavar="FILE",
                        help="the file to write")
    parser.add_argument("--language", choices=("en", "fr"), default="en",
                        help="the PDF's language: its words, dates, honorifics and the "
                        "event's French title, venue, city and host")
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
    with reading(args) as reader:
        snapshot = load_programme(reader, args.event)
        require_reading(reader, Permission.PRINT_PUBLISHED, event_id=snapshot.event.id)
        return snapshot.only_day(args.day)


def _warn_of_conflicts(snapshot: ProgrammeSnapshot) -> None:
    """Print the conflicts of what is exported on standard error: the file is still written
    (a draft with a clash is often shared to get it resolved), and the exit status stays 0."""
    conflicts = export_conflicts(snapshot)
    for finding in conflicts:
        print(f"warning: {finding.message}", file=sys.stderr)
    if conflicts:
        print(f"warning: the programme has {len(conflicts)} conflict"
              f"{'' if len(conflicts) == 1 else 's'}; the file shows it as it stands "
              "(`confdesk check` lists every problem).", file=sys.stderr)


def _check_language(args: argparse.Namespace, kind: str) -> None:
    if args.language != "en" and kind != "pdf":
        raise UserError(f"--language {args.language} is for the PDF; the {kind} file is "
                        "written in English.")


def run_programme(args: argparse.Namespace) -> int:
    name = _format(args, PROGRAMME_FORMATS)
    _check_language(args, name)
    snapshot = _snapshot(args)
    _warn_of_conflicts(snapshot)
    kind = registry.kind_for("programme", name, a5=args.a5, family=registry.ExportKind)
    registry.write(registry.ProgrammeExport(kind, snapshot, ExportOptions(
        include_breaks=args.include_breaks, language=args.language)), args.output)
    print(f"Wrote {args.output} ({name}, {len(snapshot.sessions)} sessions).")
    return 0


def run_speakers(args: argparse.Namespace) -> int:
    name = _format(args, SPEAKER_FORMATS)
    _check_language(args, name)
    snapshot = _snapshot(args)
    _warn_of_conflicts(snapshot)
    kind = registry.kind_for("speakers", name, a5=args.a5, family=registry.ExportKind)
    registry.write(registry.ProgrammeExport(kind, snapshot, ExportOptions(
        language=args.language)), args.output)
    print(f"Wrote {args.output} ({name}, {len(snapshot.speakers())} people).")
    return 0
