"""`confdesk import participants`, `confdesk export participants` and `confdesk export badges`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk.commands.common import add_event_option, opened
from confdesk.db.errors import UserError
from confdesk.registration.models import Category, Status

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from confdesk.events.models import Event
    from confdesk.registration.queries import ParticipantRow

LANGUAGES = ("en", "fr")


def _choices(enum_cls: type) -> list[str]:
    return [m.value for m in enum_cls]  # type: ignore[attr-defined]


def register_import(subparsers: argparse._SubParsersAction,
                    common: argparse.ArgumentParser) -> None:
    """Add `confdesk import participants`."""
    parser = subparsers.add_parser(
        "participants", parents=[common],
        help="add registrations from an XLSX/ODS/CSV file to an event",
        description="Read a registration spreadsheet: the header row is found under any title "
        "rows and columns are mapped from English or French headings. Invalid rows stop the "
        "import (nothing is written) unless --skip-invalid.",
    )
    parser.add_argument("file", type=Path, help="the spreadsheet (.xlsx, .ods, .xls) or .csv")
    add_event_option(parser)
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    parser.add_argument("--map", action="append", default=[], metavar="HEADING=FIELD",
                        help="map a column to a field (or to nothing: 'HEADING='); repeatable")
    parser.add_argument("--on-duplicate", choices=("skip", "update", "add"), default="skip",
                        help="people already registered or repeated in the file (default: skip)")
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would be done and write nothing")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="import the valid rows and skip the invalid ones")
    parser.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Read, preview, and import (or not) a registration spreadsheet."""
    from confdesk.events.queries import resolve_event
    from confdesk.imports.mapping import FIELDS, detect
    from confdesk.imports.participants import Action, prepare, run_import
    from confdesk.imports.tables import read_table

    table = read_table(args.file, args.sheet)
    mapping = detect(table.rows)
    for item in args.map:
        heading, sep, field = item.partition("=")
        if not sep:
            raise UserError(f"--map takes HEADING=FIELD, not “{item}”.")
        mapping.set(heading.strip(), field.strip() or None)
    print(f"Sheet “{table.sheet}”, headings on row {mapping.header_row + 1}:")
    for column, field in sorted(mapping.fields.items()):
        print(f"  {mapping.headings[column]!r:>28} → {field} ({FIELDS[field]})")
    ignored = [h for i, h in enumerate(mapping.headings) if h and i not in mapping.fields]
    if ignored:
        print(f"  ignored columns: {', '.join(ignored)}")
    with opened(args) as db, db.sessions() as session:
        event = resolve_event(session, args.event)
        preview = prepare(session, event.id, table, mapping, on_duplicate=args.on_duplicate)
        for row in preview.rows:
            if row.problems:
                print(f"  line {row.line} ({row.name or '?'}): {'; '.join(row.problems)} "
                      f"→ {row.action.value}")
        invalid = preview.count(Action.INVALID)
        if invalid and not args.skip_invalid:
            print(f"{invalid} invalid row(s): nothing imported. Correct the file, map the "
                  "columns with --map, or pass --skip-invalid.", file=sys.stderr)
            return 1
        report = run_import(session, preview, skip_invalid=args.skip_invalid)
        if args.dry_run:
            session.rollback()
            print("Dry run, nothing written. Would have:")
        else:
            session.commit()
            print(f"Imported into event {event.id} ({event.short_name or event.title}):")
    print("\n".join(report.lines()))
    return 0


def register_export(subparsers: argparse._SubParsersAction,
                    common: argparse.ArgumentParser) -> None:
    """Add `confdesk export participants` and `confdesk export badges`."""
    parser = subparsers.add_parser(
        "participants", parents=[common],
        help="the list of participants as PDF (protocol order), XLSX or CSV",
    )
    parser.add_argument("--format", choices=("pdf", "xlsx", "csv"), default=None,
                        help="default: from the file's suffix")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_event_option(parser)
    _add_selection(parser)
    parser.add_argument("--language", choices=LANGUAGES, default="en",
                        help="headings and names of countries and organisations")
    parser.set_defaults(run=run_export_participants)

    badges = subparsers.add_parser(
        "badges", parents=[common], help="name badges (PDF), ten per A4 page or one per page",
    )
    badges.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    add_event_option(badges)
    _add_selection(badges)
    badges.add_argument("--language", choices=LANGUAGES, default="en")
    badges.add_argument("--only-unprinted", action="store_true",
                        help="only people whose badge has not been printed yet")
    badges.add_argument("--one-per-page", action="store_true",
                        help="one badge per 90 × 55 mm page, for badge printers")
    badges.add_argument("--mark-printed", action="store_true",
                        help="record the badges as printed")
    badges.add_argument("--include-inactive", action="store_true",
                        help="also people who declined or cancelled (left out by default)")
    badges.set_defaults(run=run_export_badges)


def _add_selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--filter", default="", metavar="TEXT",
                        help="only people matching TEXT (name, organisation, country, e-mail)")
    parser.add_argument("--category", action="append", choices=_choices(Category), default=[],
                        help="only this category; repeatable")
    parser.add_argument("--status", action="append", choices=_choices(Status), default=[],
                        help="only this status; repeatable")


def _selected(session: Session, event_id: int, args: argparse.Namespace
              ) -> list[ParticipantRow]:
    """The event's participants that the command-line filters select."""
    from confdesk.registration.queries import ParticipantFilter, load_rows, search

    flt = ParticipantFilter(
        text=args.filter,
        categories=frozenset(Category(c) for c in args.category),
        statuses=frozenset(Status(s) for s in args.status),
    )
    return search(load_rows(session, event_id, language=args.language), flt)


def _event_dates(event: Event, language: str) -> str:
    """"31 March 2014 – 1 April 2014" in the list's language."""
    from babel.dates import format_date

    start = format_date(event.start_date, "d MMMM y", locale=language)
    if event.end_date == event.start_date:
        return start
    return f"{start} – {format_date(event.end_date, 'd MMMM y', locale=language)}"


def run_export_participants(args: argparse.Namespace) -> int:
    """Write the list of participants as PDF, XLSX or CSV."""
    from confdesk.events.queries import resolve_event
    from confdesk.registration.states import country_name

    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "xlsx", "csv"):
        raise UserError("Give --format pdf, xlsx or csv (or an output file with that suffix).")
    _check_folder(args.output)
    with opened(args) as db, db.sessions() as session:
        event = resolve_event(session, args.event)
        rows = _selected(session, event.id, args)
        place = ", ".join(p for p in (event.venue, event.city,
                                      country_name(event.country_code, args.language)) if p)
        header_dates = _event_dates(event, args.language)
        title = event.title
    if fmt == "pdf":
        from confdesk.exports.pdf.participants_list import ListHeader, write_participants_list
        from confdesk.registration.protocol import delegations

        alone = "Participants à titre individuel" if args.language == "fr" \
            else "Individual participants"
        count = write_participants_list(
            args.output, ListHeader(title, header_dates, place),
            delegations(rows, no_organisation=alone), language=args.language,
        )
    elif fmt == "xlsx":
        from confdesk.exports.participants_table import write_xlsx

        count = write_xlsx(args.output, rows, language=args.language)
    else:
        from confdesk.exports.participants_table import write_csv

        count = write_csv(args.output, rows, language=args.language)
    print(f"Wrote {count} participants to {args.output}")
    return 0


def run_export_badges(args: argparse.Namespace) -> int:
    """Write badges, optionally recording them as printed."""
    from confdesk.events.queries import resolve_event
    from confdesk.exports.pdf.badges import badges_from_rows, write_badges
    from confdesk.registration.models import INACTIVE_STATUSES
    from confdesk.registration.operations import mark_badges_printed
    from confdesk.registration.protocol import protocol_sorted

    _check_folder(args.output)
    with opened(args) as db, db.sessions() as session:
        event = resolve_event(session, args.event)
        rows = _selected(session, event.id, args)
        if args.only_unprinted:
            rows = [r for r in rows if r.badge_printed_at is None]
        if not args.include_inactive and not args.status:
            rows = [r for r in rows if r.status not in INACTIVE_STATUSES]
        if not rows:
            raise UserError("No participant matches: no badges written.")
        rows = protocol_sorted(rows)
        badges = badges_from_rows(rows, event.short_name or event.title, language=args.language)
        pages = write_badges(args.output, badges, one_per_page=args.one_per_page)
        if args.mark_printed:
            mark_badges_printed(session, [r.id for r in rows])
            session.commit()
    marked = ", marked as printed" if args.mark_printed else ""
    print(f"Wrote {len(badges)} badges on {pages} pages to {args.output}{marked}")
    return 0


def _check_folder(path: Path) -> None:
    """Refuse a folder, a device or a missing folder before any work is done."""
    from confdesk.exports.files import check_target

    check_target(path)
