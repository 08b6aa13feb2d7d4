"""`confdesk conclusions amendments|comments …`: delegations' amendments and comment threads
of an outcome document, without the window.

    confdesk conclusions amendments list
    confdesk conclusions amendments add 7 --kind replace --text "…" --proposer Switzerland
    confdesk conclusions amendments accept 3 [--text "as modified"] [--note "…"]
    confdesk conclusions amendments reject|withdraw|merge|reopen 3 [--note "…"]
    confdesk conclusions amendments import amendments.xlsx [--dry-run]
    confdesk conclusions amendments export -o compilation.pdf
    confdesk conclusions comments list|add|reply|resolve|reopen|export

Every change is recorded under the person working (`team.identity`).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk.commands.common import add_event_option, opened, record_id
from confdesk.db.errors import UserError

if TYPE_CHECKING:
    from confdesk.conclusions.service import ConclusionsService

KINDS = ("replace", "insert_after", "delete", "move")
DECISIONS = {"reject": "rejected", "withdraw": "withdrawn", "merge": "merged",
             "reopen": "submitted"}

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def _document_options(parser: argparse.ArgumentParser) -> None:
    add_event_option(parser)
    parser.add_argument("--document", type=record_id, metavar="ID", default=None,
                        help="the document (default: the event's first outcome document)")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date as YYYY-MM-DD, not {text!r}") from None


def register(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "conclusions", help="outcome documents: amendments and comment threads")
    what = parser.add_subparsers(dest="conclusions_what", metavar="WHAT", required=True)
    _register_amendments(what, common)
    _register_comments(what, common)


def _register_amendments(what: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = what.add_parser("amendments", help="delegations' amendments to the paragraphs")
    actions = parser.add_subparsers(dest="amendments_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common],
                                 help="every amendment, by paragraph, with its decision")
    _document_options(listing)
    listing.set_defaults(run=run_list)

    add = actions.add_parser("add", parents=[common], help="record a proposed amendment")
    _document_options(add)
    add.add_argument("paragraph", metavar="NUMBER", help="the paragraph's number (7, 4(a))")
    add.add_argument("--kind", choices=KINDS, default="replace")
    add.add_argument("--text", default="", help="the proposed wording (replace, insert_after)")
    add.add_argument("--after", default="", metavar="NUMBER",
                     help="move: the paragraph it should stand after")
    add.add_argument("--proposer", required=True, help="the delegation or person proposing")
    add.add_argument("--person", action="store_true",
                     help="the proposer is a person, not a delegation")
    add.add_argument("--date", type=_day, default=None, metavar="YYYY-MM-DD",
                     help="when it was proposed (default: today)")
    add.add_argument("--rationale", default="")
    add.set_defaults(run=run_add)

    accept = actions.add_parser("accept", parents=[common],
                                help="apply an amendment to the working text")
    _document_options(accept)
    accept.add_argument("amendment", type=record_id, metavar="ID")
    accept.add_argument("--text", default=None,
                        help="the wording applied instead of the proposal (accepted as "
                             "modified)")
    accept.add_argument("--note", default="")
    accept.set_defaults(run=run_accept)

    for name, help_text in (("reject", "reject an amendment"),
                            ("withdraw", "record that its proposer withdrew it"),
                            ("merge", "record that it was merged into another text"),
                            ("reopen", "take back a decision other than acceptance")):
        decide = actions.add_parser(name, parents=[common], help=help_text)
        _document_options(decide)
        decide.add_argument("amendment", type=record_id, metavar="ID")
        decide.add_argument("--note", default="")
        decide.set_defaults(run=run_decide, decision=name)

    importing = actions.add_parser(
        "import", parents=[common],
        help="read amendments from a spreadsheet (paragraph, kind, text, proposer, rationale)")
    _document_options(importing)
    importing.add_argument("file", type=Path, help=".xlsx, .xls, .ods or .csv")
    importing.add_argument("--sheet", default=None, help="the sheet (default: the first)")
    importing.add_argument("--dry-run", action="store_true",
                           help="show what would be recorded; write nothing")
    importing.set_defaults(run=run_import)

    export = actions.add_parser("export", parents=[common],
                                help="write the compilation of amendments (PDF or Word)")
    _document_options(export)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.set_defaults(run=run_export, report="amendments")


def _register_comments(what: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = what.add_parser("comments", help="comment threads on the paragraphs")
    actions = parser.add_subparsers(dest="comments_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="every thread, by paragraph")
    _document_options(listing)
    listing.add_argument("--open", action="store_true", help="only threads not resolved")
    listing.set_defaults(run=run_comments)
    add = actions.add_parser("add", parents=[common], help="start a thread on a paragraph")
    _document_options(add)
    add.add_argument("paragraph", metavar="NUMBER")
    add.add_argument("text")
    add.set_defaults(run=run_comment_add)
    reply = actions.add_parser("reply", parents=[common], help="answer a thread")
    _document_options(reply)
    reply.add_argument("comment", type=record_id, metavar="ID")
    reply.add_argument("text")
    reply.set_defaults(run=run_comment_reply)
    for name in ("resolve", "reopen"):
        state = actions.add_parser(name, parents=[common], help=f"{name} a thread")
        _document_options(state)
        state.add_argument("comment", type=record_id, metavar="ID")
        state.set_defaults(run=run_comment_state, resolved=name == "resolve")
    export = actions.add_parser("export", parents=[common],
                                help="write the comments report (PDF or Word)")
    _document_options(export)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--open", action="store_true", help="leave resolved threads out")
    export.set_defaults(run=run_export, report="comments")


def _service(db: object, args: argparse.Namespace) -> ConclusionsService:
    from confdesk.conclusions.service import ConclusionsService
    from confdesk.db.database import Database

    assert isinstance(db, Database)
    return ConclusionsService.open(db, event_id=args.event, document_id=args.document)


def _one_line(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as db:
        rows = _service(db, args).amendments()
    if not rows:
        print("No amendments.")
    for row in rows:
        what = {"delete": "delete", "move": f"move after {row.target_number or '?'}"}.get(
            row.kind, f"{row.kind.replace('_', ' ')}: {_one_line(row.text)}")
        decided = f" ({row.decided_by})" if row.decided_by else ""
        print(f"{row.id}\t{row.number or '-'}\t{row.proposer}\t{row.status}{decided}\t{what}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from confdesk.conclusions.models import AmendmentKind, ProposerKind

    if args.kind == "move" and not args.after:
        raise UserError("A move needs --after NUMBER: the paragraph it should stand after.")
    with opened(args) as db:
        change = _service(db, args).propose_amendment(
            args.paragraph, AmendmentKind(args.kind), text=args.text, proposer=args.proposer,
            proposer_kind=ProposerKind.PERSON if args.person else ProposerKind.DELEGATION,
            proposed_on=args.date, rationale=args.rationale, target=args.after)
    print(change.result)
    return 0


def run_accept(args: argparse.Namespace) -> int:
    with opened(args) as db:
        service = _service(db, args)
        service.accept_amendment(args.amendment, text=args.text, note=args.note)
        row = next(r for r in service.amendments() if r.id == args.amendment)
    print(f"Amendment {row.id}: {row.status.replace('_', ' ')}")
    return 0


def run_decide(args: argparse.Namespace) -> int:
    from confdesk.conclusions.models import AmendmentStatus

    status = AmendmentStatus(DECISIONS[args.decision])
    with opened(args) as db:
        _service(db, args).decide_amendment(args.amendment, status, args.note)
    print(f"Amendment {args.amendment}: {status.value}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from confdesk.imports.amendment_sheet import read_amendments

    sheet = read_amendments(args.file, args.sheet)
    for heading, name in sheet.columns.items():
        print(f"Column “{heading}” → {name}", file=sys.stderr)
    notes = list(sheet.notes)
    with opened(args) as db:
        added, refused = _service(db, args).import_amendments(sheet.rows,
                                                              dry_run=args.dry_run)
    notes += refused
    if args.dry_run:
        for row in sheet.rows:
            print(f"row {row.row}\t{row.paragraph}\t{row.kind.value}\t{row.proposer}\t"
                  f"{_one_line(row.text)}")
    for note in notes:
        print(f"Note: {note}", file=sys.stderr)
    verb = "Would record" if args.dry_run else "Recorded"
    count = len(added)
    print(f"{verb} {count} amendment{'s' if count != 1 else ''}"
          f"{'' if not notes else f'; {len(notes)} note(s) above'}.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from confdesk.exports import registry
    from confdesk.exports.files import check_target
    from confdesk.exports.registry import DocumentExportKind

    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise UserError("Write the report as .pdf or .docx.")
    kind = DocumentExportKind(f"{args.report}_{suffix[1:]}")
    check_target(args.output)
    with opened(args) as db:
        export = _service(db, args).report_of(kind, include_resolved=not getattr(
            args, "open", False))
    registry.write(export, args.output)
    print(f"Wrote {args.output}")
    return 0


def run_comments(args: argparse.Namespace) -> int:
    with opened(args) as db:
        found = _service(db, args).threads()
    shown = [t for t in found if not (args.open and t.resolved)]
    if not shown:
        print("No comments.")
    for thread in shown:
        state = f"resolved by {thread.resolved_by}" if thread.resolved else "open"
        print(f"{thread.number or '-'} {_one_line(thread.extract, 50)}  [{state}]")
        for comment in thread.comments:
            print(f"  {comment.id}\t{comment.author}\t{comment.written_at:%Y-%m-%d %H:%M}\t"
                  f"{_one_line(comment.text)}")
    return 0


def run_comment_add(args: argparse.Namespace) -> int:
    with opened(args) as db:
        service = _service(db, args)
        change = service.add_comment(service.uid_of(args.paragraph), args.text)
    print(change.result)
    return 0


def run_comment_reply(args: argparse.Namespace) -> int:
    with opened(args) as db:
        change = _service(db, args).reply(args.comment, args.text)
    print(change.result)
    return 0


def run_comment_state(args: argparse.Namespace) -> int:
    with opened(args) as db:
        _service(db, args).resolve_thread(args.comment, resolved=args.resolved)
    print(f"Thread {args.comment}: {'resolved' if args.resolved else 'open'}")
    return 0
