"""`confdesk import participants`, `confdesk export participants` and `confdesk export badges`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk.commands.common import add_event_option, opened
from confdesk.errors import UserError
from confdesk.registration.kinds import Status

if TYPE_CHECKING:
    from confdesk.db.database import Database
    from confdesk.exports.list_options import ListOptions
    from confdesk.exports.participants_listing import Exported
    from confdesk.exports.registry import ParticipantsExport
    from confdesk.imports.participants import ImportPreview
    from confdesk.registration.service import RegistrationService, Selection

LANGUAGES = ("en", "fr")


def _choices(enum_cls: type) -> list[str]:
    return [m.value for m in enum_cls]  # type: ignore[attr-defined]


def register_import(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
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
    parser.add_argument("--map-value", action="append", default=[],
                        metavar="COLUMN:VALUE=TARGET",
                        help="what a value of a column means, e.g. 'Catégorie:VIP=guest' (a "
                        "category, status, role, kind of organisation or country; nothing "
                        "after '=' for no value); repeatable")
    parser.add_argument("--possible-duplicates", choices=("add", "skip"), default="add",
                        help="people who only share a name with someone (another e-mail or "
                        "delegation): add them (default) or skip them; either way they are "
                        "listed")
    parser.add_argument("--on-duplicate", choices=("skip", "update", "add"), default="skip",
                        help="people already registered or repeated in the file (default: skip)")
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would be done and write nothing")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="import the valid rows and skip the invalid ones")
    parser.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Read, preview, and import (or not) a registration spreadsheet."""
    from confdesk import collector
    from confdesk.imports.limits import shorten
    from confdesk.imports.mapping import FIELDS, detect, is_combined
    from confdesk.imports.participants import Action
    from confdesk.imports.tables import read_table

    table = read_table(args.file, args.sheet)
    mapping = detect(table.rows)
    for item in args.map:
        heading, sep, field = item.partition("=")
        if not sep:
            raise UserError(f"--map takes HEADING=FIELD, not “{item}”.")
        mapping.set(heading.strip(), field.strip() or None)
    for item in args.map_value:
        column, colon, rest = item.partition(":")
        value, sep, target = rest.rpartition("=")
        if not (colon and sep and value.strip()):
            raise UserError(f"--map-value takes COLUMN:VALUE=TARGET, not “{item}”.")
        mapping.map_value(column.strip(), value.strip(), target.strip())
    print(f"Sheet “{table.sheet}”, headings on row {mapping.header_row + 1}:")
    for column, field in sorted(mapping.fields.items()):
        print(f"  {shorten(mapping.headings[column], 40)!r:>28} → {field} ({FIELDS[field]})")
        if field == "organisation" and is_combined(mapping.headings[column]):
            print(f"  {'':>28}   read value by value: a State makes a State delegation and "
                  "the person's country, anything else an organisation")
    ignored = [h for i, h in enumerate(mapping.headings) if h and i not in mapping.fields]
    if ignored:
        print(f"  ignored columns: {shorten(', '.join(ignored), 300)}")
    # The preview's rows and the report's lines hold no cycles: the collector's passes over
    # them, which grow with the sheet, are skipped (`confdesk.collector`).
    with opened(args) as db, collector.paused():
        service = _service(args, db)
        preview: ImportPreview = service.preview_import(table, mapping,
                                                        on_duplicate=args.on_duplicate)
        if args.possible_duplicates == "skip":
            for row in preview.possible_duplicates:
                row.action = Action.SKIP
        # One write of every problem line: 100,000 duplicates are 100,000 lines.
        problems = [f"  line {row.line} ({shorten(row.name, 60) or '?'}): "
                    f"{shorten('; '.join(problems), 300)} → {row.action.value}"
                    for row in preview.rows if (problems := row.problems)]
        if problems:
            print("\n".join(problems))
        if preview.unknown_values:
            _explain_unknown_values(service, preview)
            return 1
        invalid = preview.count(Action.INVALID)
        if invalid and not args.skip_invalid:
            print(f"{invalid} invalid row(s): nothing imported. Correct the file, map the "
                  "columns with --map, or pass --skip-invalid.", file=sys.stderr)
            return 1
        # The window's import wizard commits through the same call.
        report, _change = service.commit_import(preview, skip_invalid=args.skip_invalid,
                                                dry_run=args.dry_run, source=args.file.name)
        if args.dry_run:
            print("Dry run, nothing written. Would have:")
        else:
            print(f"Imported into event {service.event_id} ({service.event_name()}):")
        print("\n".join(report.lines()))
    return 0


def _explain_unknown_values(service: RegistrationService, preview: ImportPreview) -> None:
    """Say which values nothing maps, what they may mean and how to say it; nothing is
    imported until every one is mapped (a person is never dropped for a word)."""
    from confdesk.imports.limits import shorten
    from confdesk.imports.participants import choices
    cats = service.categories()
    out = ["Values the import does not know: nothing imported. Say what each one means with "
           "--map-value COLUMN:VALUE=TARGET (nothing after '=' for no value):"]
    for field_name, found in preview.unknown_values.items():
        column = preview.mapping.column_of(field_name)
        # A cell may hold 32,767 characters: quote headings and values shortly.
        heading = shorten(preview.mapping.headings[column], 40) if column is not None \
            else field_name
        out.append(f"  column “{heading}” ({field_name}); choices: "
                   f"{', '.join(choices(field_name, cats))}")
        for full_value, lines in found.items():
            value = shorten(full_value, 60)
            shown = ", ".join(map(str, lines[:8])) + (" …" if len(lines) > 8 else "")
            out.append(f"    “{value}” on line(s) {shown}:  --map-value \"{heading}:{value}=…\"")
    print("\n".join(out), file=sys.stderr)


def register_export(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
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
                        help="the edition's language: headings, names of States and "
                        "organisations, honorifics and dates (PDF), the event's texts")
    parser.add_argument("--published", action="store_true",
                        help="XLSX/CSV: only the published list (the PDF always is)")
    parser.add_argument("--include-inactive", action="store_true",
                        help="the published list with people who declined or cancelled too")
    parser.add_argument("--include-unpublished", action="store_true",
                        help="the published list with people who asked not to be published")
    parser.add_argument("--issue", action="store_true",
                        help="record this list as a new issue (the original, then Rev.1, "
                        "Rev.2…); the PDF prints its revision and date of issue")
    parser.add_argument("--issued-on", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                        help="with --issue: the date of issue (default: today)")
    parser.add_argument("--changes", action="store_true",
                        help="PDF: end with who was added, removed or changed since the "
                        "previous issue")
    parser.add_argument("--all-categories", action="store_true",
                        help="the published list with the categories left out of it too "
                        "(media, interpreters, secretariat… by default; see `confdesk "
                        "category list`)")
    parser.set_defaults(run=run_export_participants, light=True)

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


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def _add_selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--filter", default="", metavar="TEXT",
                        help="only people matching TEXT (name, organisation, country, e-mail)")
    parser.add_argument("--category", action="append", default=[], metavar="CODE|NAME",
                        help="only this category (see `confdesk category list`); repeatable")
    parser.add_argument("--status", action="append", choices=_choices(Status), default=[],
                        help="only this status; repeatable")


def _service(args: argparse.Namespace, db: Database) -> RegistrationService:
    """The registration service of the event `--event` names."""
    from confdesk.events.queries import resolve_event
    from confdesk.registration.service import RegistrationService

    with db.sessions() as session:
        event_id = resolve_event(session, args.event).id
    return RegistrationService(db, event_id)


def _selection(service: RegistrationService | None, args: argparse.Namespace) -> Selection:
    """The event's participants that the command-line filters select (a --category is
    looked up through `service`, which must then be given)."""
    from confdesk.exports.participants_listing import Selection
    from confdesk.registration.queries import ParticipantFilter

    assert service is not None or not args.category
    return Selection(only=ParticipantFilter(
        text=args.filter,
        categories=frozenset(service.find_category(c) for c in args.category)
        if service is not None else frozenset(),
        statuses=frozenset(Status(s) for s in args.status),
    ))


def run_export_participants(args: argparse.Namespace) -> int:
    """Write the list of participants as PDF (the published list, in protocol order), XLSX
    or CSV; record it as an issue with --issue. The same code path as the window's Export
    (`RegistrationService.export_list`): atomic, the issue recorded once the file exists."""
    from confdesk import collector

    with collector.paused():  # modules load (see confdesk.collector)
        from confdesk.exports.list_options import ListOptions
        from confdesk.exports.registry import ParticipantsExport, kind_for

    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "xlsx", "csv"):
        raise UserError("Give --format pdf, xlsx or csv (or an output file with that suffix).")
    if args.changes and fmt != "pdf":
        raise UserError("--changes prints in the PDF list only.")
    if args.issued_on and not args.issue:
        raise UserError("--issued-on goes with --issue.")
    if args.issue and fmt != "pdf" and not args.published:
        raise UserError("--issue records the published list: write it as PDF, or add "
                        "--published to the spreadsheet.")
    _check_folder(args.output)
    options = ListOptions(
        language=args.language, published=fmt == "pdf" or args.published,
        include_inactive=args.include_inactive or bool(args.status),
        include_unpublished=args.include_unpublished,
        include_all_categories=args.all_categories or bool(args.category), issue=args.issue,
        issued_on=args.issued_on, changes=args.changes,
    )
    kind = kind_for("participants", fmt, family=ParticipantsExport)
    done = _export_table_plainly(args, kind, options) if fmt != "pdf" else None
    if done is None:
        with opened(args) as db:
            service = _service(args, db)
            done = service.export_list(kind, args.output, options, _selection(service, args))
    if done.hidden_categories:
        print(f"Left out {done.hidden_count} people of categories not in the "
              f"published list ({', '.join(done.hidden_categories)}); "
              "--all-categories includes them.")
    label = f", issued as {done.revision_label}" if done.revision_label else ""
    print(f"Wrote {done.count} participants to {args.output}{label}")
    return 0


def _export_table_plainly(args: argparse.Namespace, kind: ParticipantsExport,
                          options: ListOptions) -> Exported | None:
    """The workbook or CSV written as the service writes it (`exports.participants_listing`), over
    Python's sqlite3 without loading SQLAlchemy: on a SQLite file at the newest schema where
    no role applies (in team mode the service checks the person's roles), when nothing is
    recorded (--issue) and no category is named (the service finds it). None otherwise: the
    usual way then."""
    if options.issue or options.changes or args.category:
        return None
    from confdesk import collector

    # What is loaded and read here holds no cycles: the collector's passes over the modules
    # being imported would be a few percent of a small export.
    with collector.paused():
        from confdesk.commands.common import database_target
        from confdesk.db.reader import open_sqlite_reader
        from confdesk.events.queries import resolve_event_id
        from confdesk.exports.participants_listing import write_table_list
        from confdesk.team.grants import team_mode

        reader = open_sqlite_reader(database_target(args))
        if reader is None:
            return None
        with reader:
            if team_mode(reader):
                return None
            return write_table_list(reader, resolve_event_id(reader, args.event), kind,
                                    args.output, options, _selection(None, args))


def run_export_badges(args: argparse.Namespace) -> int:
    """Write badges, optionally recording them as printed: the window's code path
    (`RegistrationService.export_badges`), the file written atomically."""
    _check_folder(args.output)
    with opened(args) as db:
        service = _service(args, db)
        done = service.export_badges(
            args.output, _selection(service, args), language=args.language,
            only_unprinted=args.only_unprinted,
            include_inactive=args.include_inactive or bool(args.status),
            one_per_page=args.one_per_page, mark_printed=args.mark_printed)
    marked = ", marked as printed" if args.mark_printed else ""
    print(f"Wrote {done.count} badges on {done.pages} pages to {args.output}{marked}")
    return 0


def _check_folder(path: Path) -> None:
    """Refuse a folder, a device or a missing folder before any work is done."""
    from confdesk.exports.files import check_target

    check_target(path)
