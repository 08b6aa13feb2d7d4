"""`confdesk import document` and `confdesk export document`: outcome documents and drafts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from confdesk.commands.common import add_event_option, opened, record_id
from confdesk.db.errors import UserError
from confdesk.exports.files import check_target
from confdesk.exports.registry import TEXT_KINDS

FORMATS = tuple(kind.format_name for kind in TEXT_KINDS)
_SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "md", ".xml": "akn",
             ".akn": "akn"}


def register_import(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
                    common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "document", parents=[common],
        help="read an outcome document (or a new draft of one) from a .txt or .docx file",
    )
    parser.add_argument("file", type=Path,
                        help="the .docx or .txt file (UTF-8, UTF-16 or Windows-1252)")
    add_event_option(parser)
    parser.add_argument("--title", default="", help="title of a new document")
    parser.add_argument("--document", type=record_id, metavar="ID", default=None,
                        help="take the file in as a new draft of this document")
    parser.add_argument("--draft-name", default="", metavar="NAME",
                        help="record the imported text as a draft with this name")
    parser.add_argument("--final", action="store_true",
                        help="the recorded draft is the adopted text (printed without DRAFT)")
    parser.add_argument("--changes", choices=("accept", "reject"), default=None,
                        help="a Word file with tracked changes: import the text with every "
                             "change accepted, or rejected (without it such a file is refused)")
    parser.add_argument("--dry-run", action="store_true",
                        help="show the structure read and the import report; write nothing")
    parser.set_defaults(run=run_import)


def register_export(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
                    common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "document", parents=[common],
        help="write an outcome document or a comparison of two drafts",
    )
    parser.add_argument("--format", "-f", choices=FORMATS, default=None,
                        help="output format (default: from the file's extension)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_event_option(parser)
    parser.add_argument("--document", type=record_id, metavar="ID", default=None,
                        help="the document (default: the event's first outcome document)")
    parser.add_argument("--draft", default=None, metavar="NAME|working",
                        help="a draft by name (or unique start of it); default: the working text")
    parser.add_argument("--compare-with", default=None, metavar="NAME|working",
                        help="write a redline (pdf or docx) of the changes since this draft")
    parser.add_argument("--symbol", default=None, metavar="SYMBOL",
                        help="PDF and Word: print this document symbol and the text's date in "
                             "the page header (default: the document's symbol; '' for none)")
    parser.add_argument("--line-numbers", action="store_true",
                        help="PDF and Word: number the lines of the body text in the margin")
    parser.add_argument("--set-symbol", default=None, metavar="SYMBOL",
                        help="first record SYMBOL as the document's symbol ('' removes it)")
    parser.set_defaults(run=run_export)


def run_import(args: argparse.Namespace) -> int:
    from confdesk.conclusions.service import ConclusionsService
    from confdesk.db.base import utcnow
    from confdesk.imports.document_text import import_document
    from confdesk.imports.preview import outline_lines

    imported = import_document(args.file, title=args.title, changes=args.changes)
    tree = imported.tree
    if args.dry_run:
        for line in outline_lines(tree, imported.remarks):
            print(line)
        for note in imported.notes:
            print(f"Note: {note}")
        return 0
    with opened(args) as db:
        if args.document is not None:
            service = ConclusionsService.open(db, document_id=args.document)
            name = args.draft_name or f"Imported {args.file.name} {utcnow():%Y-%m-%d %H:%M}"
            service.import_draft(tree, imported.remarks, draft_name=name, final=args.final)
            doc_id = service.document_id
        else:
            service = ConclusionsService.open(db, event_id=args.event, need_document=False)
            doc_id = service.create_document_from_text(
                tree, title=args.title, remarks=imported.remarks, final=args.final,
                draft_name=args.draft_name or ("Final" if args.final else ""))
    for note in imported.notes:
        print(f"Note: {note}", file=sys.stderr)
    print(doc_id)
    return 0


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    found = _SUFFIXES.get(args.output.suffix.lower())
    if found is None:
        raise UserError(f"Say which format to write with --format ({', '.join(FORMATS)}).")
    return found


def run_export(args: argparse.Namespace) -> int:
    from confdesk.conclusions.service import ConclusionsService
    from confdesk.exports import registry

    kind = registry.kind_for("comparison" if args.compare_with else "document", _format(args),
                             family=registry.DocumentExportKind)
    check_target(args.output)
    with opened(args) as db:
        service = ConclusionsService.open(db, event_id=args.event, document_id=args.document)
        if args.set_symbol is not None:
            service.set_symbol(args.set_symbol)
        export = service.export_of(kind, draft=args.draft, compare_with=args.compare_with,
                                   symbol=args.symbol, line_numbers=args.line_numbers)
    registry.write(export, args.output)
    assert export.tree is not None
    print(f"Wrote {args.output} ({export.tree.draft_name})")
    return 0
