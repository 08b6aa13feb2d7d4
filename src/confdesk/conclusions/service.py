"""The outcome documents' service: the only way the window (and the CLI) changes them.

One public method per user action, each one unit of work: it opens its own transaction,
finds what it changes by id or uid, applies the domain rule (`conclusions/operations.py`,
`state.py`), and returns what undo needs: a `Change` holding the document's working text
(and/or a session's rapporteur's items) before and after. Undo and redo replay a `Change`
through `replay`, which refuses (`UndoRefusedError`) to overwrite what someone else did
since. A row that someone else changed under the open transaction (`StaleDataError`) is
refused by the one helper, `db.concurrency.stale_guard`. Qt-free: tested without a
QApplication.

Saves that the user typed over a text a colleague changed since are refused with the
colleague's wording (`operations.edit_paragraph(expected=...)`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.conclusions import amendments, messages, state, threads
from confdesk.conclusions import operations as ops
from confdesk.conclusions.brackets import bracketed_parts
from confdesk.conclusions.diff import Comparison, compare
from confdesk.conclusions.models import (
    AmendmentKind,
    AmendmentStatus,
    OutcomeDocument,
    Paragraph,
    ParagraphStatus,
    ProposerKind,
    Recommendation,
    Section,
    SectionKind,
    Snapshot,
)
from confdesk.conclusions.queries import (
    WORKING,
    documents_of_event,
    event_info,
    get_document,
    paragraph_by_uid,
    reflection,
    section_by_uid,
    snapshot_text,
    text_of,
    working_text,
)
from confdesk.conclusions.tree import DocumentText
from confdesk.conclusions.views import (
    AmendmentCompilation,
    BracketRow,
    CommentsReport,
    DraftRow,
    ItemRow,
    Place,
    Shown,
    TextForExport,
    places,
    shown_working,
)
from confdesk.db.concurrency import stale_guard
from confdesk.db.database import Database
from confdesk.errors import UndoRefusedError, UserError
from confdesk.events.models import Event
from confdesk.events.queries import resolve_event
from confdesk.exports.registry import DocumentExport, DocumentExportKind
from confdesk.programme.models import RoleKind, SessionKind
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.team.access import require
from confdesk.team.identity import person_of
from confdesk.team.roles import Permission

if TYPE_CHECKING:
    from confdesk.imports.amendment_sheet import SheetAmendment

__all__ = ["Change", "ConclusionsService", "Scope"]

T = TypeVar("T")

#: What a stale row is called in the refusal ("… was changed by someone else since …").
PART = "This part of the document"


@dataclass(frozen=True)
class Scope:
    """What a change may touch: a document's working text, a session's items, or both."""

    document_id: int | None = None
    session_id: int | None = None
    #: An amendment whose record changes with the text (proposed, decided).
    amendment_id: int | None = None


@dataclass(frozen=True)
class ScopeState:
    """The working text (with comments and links) and the items of a scope, as they were."""

    document: state.DocumentState | None
    items: tuple[state.ItemState, ...] | None
    amendment: amendments.AmendmentState | None = None


@dataclass(frozen=True)
class Change:
    """One user action's before and after, and what it returned (e.g. a new paragraph's
    uid); the undo step replays it with `ConclusionsService.replay`."""

    scope: Scope
    before: ScopeState
    after: ScopeState
    result: Any = None
    #: The uid or id to select after an undo or redo (empty: keep the selection).
    select: str = ""


def _capture(session: Session, scope: Scope) -> ScopeState:
    doc = session.get(OutcomeDocument, scope.document_id) if scope.document_id else None
    return ScopeState(
        state.capture_document(doc) if doc is not None else None,
        state.capture_items(session, scope.session_id) if scope.session_id else None,
        amendments.capture(session, scope.amendment_id) if scope.amendment_id else None,
    )


def _restore(session: Session, scope: Scope, wanted: ScopeState) -> None:
    if wanted.items is not None and scope.session_id is not None:
        state.restore_items(session, scope.session_id, wanted.items)
    if wanted.document is not None and scope.document_id is not None:
        doc = session.get(OutcomeDocument, scope.document_id)
        if doc is not None:
            state.restore_document(session, doc, wanted.document)
    if scope.amendment_id is not None:
        amendments.restore(session, scope.amendment_id, wanted.amendment)


def _need(doc: OutcomeDocument | None) -> OutcomeDocument:
    if doc is None:
        raise ops.EditError(messages.NO_DOCUMENT_OPEN, code="conclusions.no_document")
    return doc


class ConclusionsService:
    """Reads and changes one event's outcome documents, one transaction per call.

    `document_id` is the document the window works on (None: none chosen yet).
    """

    def __init__(self, database: Database, event_id: int | None,
                 document_id: int | None = None) -> None:
        self.database = database
        self.event_id = event_id
        self.document_id = document_id

    @classmethod
    def open(cls, database: Database, *, event_id: int | None = None,
             document_id: int | None = None, need_document: bool = True,
             ) -> ConclusionsService:
        """The service for the document asked for (by id, else the event's first one) or,
        without `need_document`, for the event (the one asked for, else the only or the
        most recent one). The CLI's way in; refusals are UserErrors."""
        with database.sessions() as s:
            if document_id is not None or need_document:
                doc = get_document(s, document_id, event_id)
                return cls(database, doc.event_id, doc.id)
            return cls(database, resolve_event(s, event_id).id)

    # -- the unit of work ----------------------------------------------------------------
    @contextmanager
    def _unit(self) -> Iterator[tuple[Session, OutcomeDocument | None]]:
        with stale_guard(PART), self.database.sessions.begin() as s:
            require(s, Permission.EDIT_DOCUMENTS, event_id=self.event_id)
            doc = (s.get(OutcomeDocument, self.document_id)
                   if self.document_id is not None else None)
            yield s, doc

    def _read(self, reader: Callable[[Session, OutcomeDocument | None], T]) -> T:
        with self.database.sessions() as s:
            doc = (s.get(OutcomeDocument, self.document_id)
                   if self.document_id is not None else None)
            return reader(s, doc)

    def _change(self, action: Callable[[Session, OutcomeDocument | None], object], *,
                session_id: int | None = None, document: bool = True,
                select: str = "", amendment_id: int | None = None) -> Change:
        scope = Scope(self.document_id if document else None, session_id, amendment_id)
        with self._unit() as (s, doc):
            if document and doc is None:
                raise ops.EditError(messages.NO_DOCUMENT_OPEN, code="conclusions.no_document")
            before = _capture(s, scope)
            result = action(s, doc)
            s.flush()
            s.expire_all()
            after = _capture(s, scope)
        return Change(scope, before, after, result, select)

    def replay(self, change: Change, *, forward: bool) -> str:
        """Redo (`forward`) or undo `change`; returns what to select afterwards.

        Refused (UndoRefusedError) unless the document and items are now as the step left
        them: someone else changed them since, and restoring would overwrite their work.
        """
        target, expected = ((change.after, change.before) if forward
                            else (change.before, change.after))
        with self._unit() as (s, _doc):
            if _capture(s, change.scope) != expected:
                raise UndoRefusedError.would_overwrite(
                    "this document" if change.scope.document_id else "these items")
            _restore(s, change.scope, target)
        return change.select

    # -- reading -------------------------------------------------------------------------
    def documents(self) -> list[tuple[int, str]]:
        """The event's documents (id, title) in order."""
        event_id = self.event_id
        if event_id is None:
            return []
        return self._read(lambda s, _d: [(d.id, d.title) for d in documents_of_event(s, event_id)])

    def shown(self, snapshot_id: int | None = None) -> tuple[Shown, str] | None:
        """What the editor shows: a draft (read-only, with its name) or the working text
        (name ""); None without a document."""
        def load(s: Session, doc: OutcomeDocument | None) -> tuple[Shown, str] | None:
            if doc is None:
                return None
            if snapshot_id is not None:
                snap = s.get(Snapshot, snapshot_id)
                if snap is not None and snap.document_id == doc.id:
                    return Shown(snapshot_text(snap)), snap.name
            return shown_working(doc), ""
        return self._read(load)

    def drafts(self) -> list[DraftRow]:
        """The document's drafts, newest first (without the working text)."""
        return self._read(lambda _s, d: [
            DraftRow(s.id, s.name, s.taken_at, s.note, s.final) for s in reversed(d.snapshots)
        ] if d is not None else [])

    def draft_names(self) -> list[str]:
        """The names of the document's drafts, oldest first."""
        return self._read(lambda _s, d: [s.name for s in d.snapshots] if d is not None else [])

    def text_for_export(self, snapshot_id: int | None = None) -> TextForExport:
        """A draft (None: the working text) with what its exports need."""
        def load(s: Session, d: OutcomeDocument | None) -> TextForExport:
            doc = _need(d)
            snap = s.get(Snapshot, snapshot_id) if snapshot_id is not None else None
            tree = snapshot_text(snap) if snap is not None else working_text(doc)
            return TextForExport(tree, event_info(doc.event), doc.event.country_code or "un",
                                 doc.title)
        return self._read(load)

    def export_of(self, kind: DocumentExportKind, *, draft: str | None = None,
                  draft_id: int | None = None, compare_with: str | None = None,
                  press_uids: tuple[str, ...] | None = None,
                  symbol: str | None = None, line_numbers: bool = False) -> DocumentExport:
        """What `exports.registry` writes for `kind`: the draft named `draft`
        or with id `draft_id` (neither, or "working": the working text) or, for a redline,
        its comparison with `compare_with`. `symbol` is printed in the page header (None:
        the document's own symbol; "": none). `line_numbers`: PDF and Word number the lines
        of the body text in the margin."""
        def load(s: Session, d: OutcomeDocument | None) -> DocumentExport:
            require(s, Permission.PRINT_PUBLISHED, event_id=self.event_id)
            doc = _need(d)
            snap = s.get(Snapshot, draft_id) if draft_id is not None else None
            if draft_id is not None and (snap is None or snap.document_id != doc.id):
                raise messages.gone(messages.DRAFT_GONE)
            tree = snapshot_text(snap) if snap is not None else text_of(doc, draft)
            comparison = (compare(text_of(doc, compare_with or WORKING), tree)
                          if kind.redline else None)
            return DocumentExport(kind, event_info(doc.event), tree, comparison,
                                  doc.event.country_code or "un", press_uids,
                                  author=person_of(s), work_date=doc.event.start_date,
                                  number=str(doc.id),
                                  symbol=doc.symbol if symbol is None else symbol.strip(),
                                  line_numbers=line_numbers)
        return self._read(load)

    def comparison(self, old: str, new: str) -> tuple[Comparison, TextForExport]:
        """Draft `old` compared with `new` ("working": the working text)."""
        def load(_s: Session, d: OutcomeDocument | None) -> tuple[Comparison, TextForExport]:
            doc = _need(d)
            tree = text_of(doc, new)
            return (compare(text_of(doc, old), tree),
                    TextForExport(tree, event_info(doc.event), doc.event.country_code or "un",
                                  doc.title))
        return self._read(load)

    def session_choices(self) -> list[tuple[int, str]]:
        """The event's programme sessions in time order, as (id, "01 Apr 09:00 · Title"),
        breaks left out (nobody reports on a coffee break)."""
        event_id = self.event_id

        def load(s: Session, _d: OutcomeDocument | None) -> list[tuple[int, str]]:
            sessions = s.scalars(select(ProgrammeSession)
                                 .where(ProgrammeSession.event_id == event_id,
                                        ProgrammeSession.kind != SessionKind.BREAK)
                                 .order_by(ProgrammeSession.day, ProgrammeSession.start_time,
                                           ProgrammeSession.id))
            return [(p.id, f"{p.day:%d %b} {p.start_time:%H:%M} · {p.title}") for p in sessions]
        return self._read(load)

    def lists(self) -> list[tuple[str, str]]:
        """The document's sections with a lead-in (uid, lead-in), where items go."""
        return self._read(lambda _s, d: [(sec.uid, sec.lead_in) for sec in d.sections
                                         if sec.lead_in] if d is not None else [])

    def items(self, session_id: int) -> tuple[list[ItemRow], list[str]]:
        """A session's rapporteur's items with the paragraphs reflecting them, and the
        names of its rapporteurs."""
        def load(s: Session, doc: OutcomeDocument | None) -> tuple[list[ItemRow], list[str]]:
            programme = s.get(ProgrammeSession, session_id)
            rapporteurs = programme.people(RoleKind.RAPPORTEUR) if programme else []
            reflected: dict[int, tuple[Place, ...]] = {}
            if doc is not None:
                where = places(working_text(doc))
                reflected = {r.recommendation.id: tuple(where[u] for u in r.paragraph_uids
                                                        if u in where)
                             for r in reflection(s, session_id, doc)}
            rows = [ItemRow(r.id, r.text, r.author_label, r.recorded_at, reflected.get(r.id, ()),
                            r.recorded_by)
                    for r in s.scalars(select(Recommendation)
                                       .where(Recommendation.session_id == session_id)
                                       .order_by(Recommendation.position, Recommendation.id))]
            return rows, [p.display_name for p in rapporteurs]
        return self._read(load)

    def default_item_time(self, session_id: int, now: datetime | None = None) -> datetime:
        """When a new item of `session_id` was said: the session's day at the time now."""
        now = now or datetime.now()

        def load(s: Session, _d: OutcomeDocument | None) -> datetime:
            programme = s.get(ProgrammeSession, session_id)
            return datetime.combine(programme.day, now.time().replace(second=0, microsecond=0)
                                    ) if programme else now
        return self._read(load)

    # -- documents (records: not undone) ------------------------------------------------
    def symbol(self) -> str:
        """The document's symbol ("" without one)."""
        return self._read(lambda _s, d: _need(d).symbol)

    def set_symbol(self, symbol: str) -> None:
        """Give the document a symbol (printed with the date in its exports' page header);
        "" removes it."""
        symbol = ops.fits(" ".join(symbol.split()), OutcomeDocument.__table__.c.symbol,
                          "A document symbol")
        with self._unit() as (_s, doc):
            _need(doc).symbol = symbol

    def create_document(self, title: str, lead_in: str = "The participants note that:") -> int:
        """A document with an empty opening part and one numbered list; returns its id."""
        with self._unit() as (s, _d):
            doc = ops.create_document(s, self._event(s), title)
            ops.add_section(s, doc, SectionKind.FREE_TEXT)
            ops.add_section(s, doc, SectionKind.NUMBERED_LIST, lead_in)
            return doc.id

    def create_document_from_text(self, tree: DocumentText, *, title: str = "",
                                  draft_name: str = "", final: bool = False,
                                  remarks: dict[str, list[tuple[str, str]]] | None = None,
                                  ) -> int:
        """A new document whose working text is `tree` (an import), its `remarks`
        (footnotes and comments, by paragraph uid) as comments, recorded as a draft when
        `draft_name` is given; returns its id."""
        with self._unit() as (s, _d):
            doc = ops.create_document_from_text(s, self._event(s), tree, title=title)
            ops.add_imported_remarks(s, doc, remarks or {})
            if draft_name.strip():
                ops.take_snapshot(s, doc, draft_name, final=final)
            return doc.id

    def take_snapshot(self, name: str, when: datetime | None = None, *, final: bool = False,
                      note: str = "") -> int:
        """Record the working text as a draft (a record: undo does not take it back)."""
        with self._unit() as (s, d):
            return ops.take_snapshot(s, _need(d), name, taken_at=when, final=final,
                                     note=note).id

    def _event(self, s: Session) -> Event:
        event = s.get(Event, self.event_id) if self.event_id is not None else None
        if event is None:
            raise ops.EditError(messages.EVENT_GONE, code="conclusions.event_gone")
        return event

    # -- the working text (undoable) -----------------------------------------------------
    def import_draft(self, tree: DocumentText,
                     remarks: dict[str, list[tuple[str, str]]] | None = None, *,
                     draft_name: str = "", final: bool = False) -> Change:
        """Make an imported text the working text (unsaved edits kept as a draft first);
        `remarks` by the imported paragraphs' uids become comments; with `draft_name`, the
        new text is recorded as a draft too (a record, which undo leaves)."""
        remarks = remarks or {}

        def action(s: Session, d: OutcomeDocument | None) -> bool:
            doc = _need(d)
            renamed = ops.take_in_draft(s, doc, tree)
            ops.add_imported_remarks(
                s, doc, {renamed.get(uid, uid): found for uid, found in remarks.items()})
            if draft_name.strip():
                ops.take_snapshot(s, doc, draft_name, final=final)
            return True
        return self._change(action)

    def restore_draft(self, snapshot_id: int) -> Change:
        """Make a draft the working text again."""
        def action(s: Session, d: OutcomeDocument | None) -> bool:
            snap = s.get(Snapshot, snapshot_id)
            if snap is None:
                raise messages.gone(messages.DRAFT_GONE)
            ops.restore_snapshot(s, _need(d), snap)
            return True
        return self._change(action)

    def edit_text(self, uid: str, text: str, *, lead_in: bool = False,
                  expected: str | None = None, status: ParagraphStatus | None = None,
                  brackets: list[tuple[int, int]] | None = None) -> Change:
        """Save a paragraph's (or a section's lead-in) typed text; with `expected` (what the
        box showed before the typing) refused, quoting their wording, when someone else
        changed it since. With `status`, the paragraph takes that status with its new text
        (an agreed paragraph whose wording changes is reopened: the window asks to which
        status, see `reopens`). With `brackets`, the text's bracketed spans are these (the
        document view reads them from the brackets typed)."""
        def action(s: Session, d: OutcomeDocument | None) -> None:
            if lead_in:
                ops.edit_lead_in(s, section_by_uid(_need(d), uid), text, expected=expected)
            else:
                para = self._paragraph(s, d, uid)
                ops.edit_paragraph(s, para, text, expected=expected)
                if brackets is not None:
                    ops.set_brackets(s, para, brackets)
                if status is not None:
                    ops.set_status(s, para, status)
        return self._change(action, select=uid)

    def reopens(self, uid: str, text: str) -> bool:
        """Whether saving `text` changes the wording of an agreed paragraph (the window
        then asks whether to reopen it)."""
        def load(s: Session, _d: OutcomeDocument | None) -> bool:
            para = paragraph_by_uid(s, uid)
            return (para.status == ParagraphStatus.AGREED
                    and para.text.strip() != text.strip())
        try:
            return self._read(load)
        except UserError:
            return False

    def set_section_title(self, section_uid: str, title: str) -> Change:
        """Give a section a heading ("I. Introduction"; empty: none)."""
        def action(_s: Session, d: OutcomeDocument | None) -> None:
            section = section_by_uid(_need(d), section_uid)
            section.title = ops.fits(" ".join(title.split()), Section.__table__.c.title,
                                     "A section's title")
        return self._change(action, select=section_uid)

    # -- square brackets (undoable) ------------------------------------------------------
    def bracket(self, uid: str, start: int, end: int) -> Change:
        """Put square brackets around characters `start`–`end` of a paragraph."""
        return self._change(lambda s, d: ops.bracket(
            s, self._paragraph(s, d, uid), start, end), select=uid)

    def unbracket(self, uid: str, index: int) -> Change:
        """Take away a paragraph's `index`-th pair of square brackets."""
        return self._change(lambda s, d: ops.unbracket(
            s, self._paragraph(s, d, uid), index), select=uid)

    def brackets(self) -> list[BracketRow]:
        """Every bracketed part of the working text in reading order (not deleted ones)."""
        def load(_s: Session, d: OutcomeDocument | None) -> list[BracketRow]:
            if d is None:
                return []
            tree = working_text(d)
            where = places(tree)
            out: list[BracketRow] = []
            for _section, para, _depth in tree.paragraphs():
                number = where[para.uid].number if para.uid in where else ""
                if para.status == ParagraphStatus.BRACKETED:
                    out.append(BracketRow(para.uid, number, -1, para.text))
                for index, part in enumerate(bracketed_parts(para.text, para.brackets)):
                    out.append(BracketRow(para.uid, number, index, part))
            return out
        return self._read(load)

    def set_status(self, uid: str, status: ParagraphStatus,
                   expected: ParagraphStatus | None = None) -> Change:
        """Give a paragraph `status` ("deleted" takes it out of the numbering)."""
        return self._change(lambda s, d: ops.set_status(
            s, self._paragraph(s, d, uid), status, expected=expected), select=uid)

    def add_comment(self, uid: str, text: str, author: str = "") -> Change:
        """A comment starting a thread on a paragraph, by the person working (`author`
        only for comments brought in from a file)."""
        return self._change(lambda s, d: ops.add_comment(
            s, self._paragraph(s, d, uid), text, author or person_of(s)).id, select=uid)

    def reply(self, comment_id: int, text: str) -> Change:
        """A reply by the person working at the end of a comment's thread."""
        return self._change(lambda s, d: threads.reply(
            s, d, comment_id, text, person_of(s)).id)

    def resolve_thread(self, comment_id: int, *, resolved: bool = True) -> Change:
        """Mark a comment's thread resolved by the person working (or open again)."""
        return self._change(lambda s, d: threads.resolve(
            s, d, comment_id, person_of(s), resolved=resolved))

    def delete_comment(self, comment_id: int) -> Change:
        """Remove a comment (a thread's first comment: with its replies)."""
        return self._change(lambda s, d: threads.delete_comment(s, d, comment_id))

    def threads(self, paragraph_uid: str | None = None) -> list[threads.Thread]:
        """The comment threads of the working text (of one paragraph), in reading order."""
        return self._read(lambda _s, d: threads.threads_of(
            d, working_text(d), paragraph_uid=paragraph_uid) if d is not None else [])

    # -- amendments (undoable) -----------------------------------------------------------
    def amendments(self) -> list[amendments.AmendmentRow]:
        """The document's amendments in the order of their paragraphs."""
        return self._read(lambda s, d: amendments.rows(s, d) if d is not None else [])

    def propose_amendment(self, paragraph: str, kind: AmendmentKind, *, text: str = "",
                          proposer: str, proposer_kind: ProposerKind = ProposerKind.DELEGATION,
                          proposed_on: date | None = None, rationale: str = "",
                          target: str = "") -> Change:
        """Record an amendment against `paragraph` (its uid, or its number as printed) and,
        for a move, `target` (the paragraph to stand after); `result` is its id."""
        with self._unit() as (s, d):
            doc = _need(d)
            para = self._paragraph_or_number(s, doc, paragraph)
            after = self._paragraph_or_number(s, doc, target) if target else None
            amendment = amendments.propose(
                s, doc, para, kind, text=text, proposer=proposer, proposer_kind=proposer_kind,
                proposed_on=proposed_on, rationale=rationale, target=after,
                recorded_by=person_of(s))
            new_id = amendment.id
            scope = Scope(amendment_id=new_id)
            after_state = _capture(s, scope)
        return Change(scope, ScopeState(None, None, None), after_state, new_id, str(new_id))

    def accept_amendment(self, amendment_id: int, *, text: str | None = None,
                         note: str = "") -> Change:
        """Apply an amendment to the working text (with `text`: as modified) and record the
        decision with the person working; one undoable step for both."""
        def action(s: Session, d: OutcomeDocument | None) -> str:
            doc = _need(d)
            amendment = amendments.get(s, doc, amendment_id)
            amendments.accept(s, doc, amendment, person_of(s), text=text, note=note)
            return amendment.result_uid or amendment.paragraph_uid
        change = self._change(action, amendment_id=amendment_id)
        return Change(change.scope, change.before, change.after, change.result,
                      str(change.result))

    def decide_amendment(self, amendment_id: int, status: AmendmentStatus,
                         note: str = "") -> Change:
        """Reject, withdraw or merge an amendment, or reopen one not accepted."""
        def action(s: Session, d: OutcomeDocument | None) -> None:
            amendments.decide(s, amendments.get(s, _need(d), amendment_id), status,
                              person_of(s), note=note)
        return self._change(action, document=False, amendment_id=amendment_id)

    def import_amendments(self, rows: Iterable[SheetAmendment], *, dry_run: bool = False,
                          ) -> tuple[list[int], list[str]]:
        """Record amendments read from a spreadsheet, each against the paragraph its number
        names now; returns (the new ids, one note per row left out and why). A record, as
        received: undo does not take it back (each can be withdrawn). With `dry_run`, the
        same checks and nothing kept."""
        added: list[int] = []
        notes: list[str] = []
        with self._unit() as (s, d):
            doc = _need(d)
            person = person_of(s)
            trial = s.begin_nested() if dry_run else None
            for row in rows:
                try:
                    with s.begin_nested():
                        para = amendments.paragraph_by_number(doc, row.paragraph)
                        target = (amendments.paragraph_by_number(doc, row.target)
                                  if row.target else None)
                        added.append(amendments.propose(
                            s, doc, para, row.kind, text=row.text, proposer=row.proposer,
                            proposed_on=row.proposed_on, rationale=row.rationale,
                            target=target, recorded_by=person).id)
                except UserError as exc:
                    notes.append(f"Row {row.row}: {str(exc).rstrip('.')}; left out.")
            if trial is not None:
                trial.rollback()
        return added, notes

    def compilation(self) -> AmendmentCompilation:
        """What the compilation of amendments prints."""
        def load(s: Session, d: OutcomeDocument | None) -> AmendmentCompilation:
            doc = _need(d)
            tree = working_text(doc)
            return AmendmentCompilation(doc.title, event_info(doc.event),
                                        tuple(amendments.rows(s, doc, tree=tree)),
                                        doc.language)
        return self._read(load)

    def comments_report(self, *, include_resolved: bool = True) -> CommentsReport:
        """What the comments report prints."""
        def load(_s: Session, d: OutcomeDocument | None) -> CommentsReport:
            doc = _need(d)
            found = threads.threads_of(doc, working_text(doc))
            return CommentsReport(doc.title, event_info(doc.event), tuple(
                t for t in found if include_resolved or not t.resolved), doc.language)
        return self._read(load)

    def report_of(self, kind: DocumentExportKind, *,
                  include_resolved: bool = True) -> DocumentExport:
        """What `exports.registry` writes for a report kind: the compilation of
        amendments or the comments report of the working text."""
        if kind in (DocumentExportKind.AMENDMENTS_PDF, DocumentExportKind.AMENDMENTS_DOCX):
            report: AmendmentCompilation | CommentsReport = self.compilation()
        else:
            report = self.comments_report(include_resolved=include_resolved)
        return DocumentExport(kind, report.event, report=report)

    def proposer_suggestions(self) -> list[str]:
        """Names a proposer is likely to have: the event's delegations and organisations
        (those with participants) and the proposers already recorded, in alphabetical
        order."""
        event_id = self.event_id

        def load(s: Session, d: OutcomeDocument | None) -> list[str]:
            from confdesk.registration.models import Organisation, Participant

            names = set(s.scalars(select(Organisation.name_en).join(
                Participant, Participant.organisation_id == Organisation.id)
                .where(Participant.event_id == event_id)))
            if d is not None:
                names |= {row.proposer for row in amendments.rows(s, d)}
            return sorted((n for n in names if n), key=str.casefold)
        return self._read(load)

    def uid_of(self, number: str) -> str:
        """The uid of the working text's paragraph numbered `number` ("7", "4(a)")."""
        return self._read(lambda _s, d: amendments.paragraph_by_number(_need(d), number).uid)

    def _paragraph_or_number(self, s: Session, doc: OutcomeDocument, ref: str) -> Paragraph:
        ref = ref.strip()
        if len(ref) == 36 and ref.count("-") == 4:
            return self._paragraph(s, doc, ref)
        return amendments.paragraph_by_number(doc, ref)

    def link_session(self, uid: str, session_id: int, *, link: bool = True) -> Change:
        """Record (or, with `link` False, remove) that a paragraph comes from a session."""
        def action(s: Session, d: OutcomeDocument | None) -> None:
            programme = s.get(ProgrammeSession, session_id)
            if programme is None:
                raise messages.gone(messages.SESSION_GONE)
            para = self._paragraph(s, d, uid)
            (ops.link_session if link else ops.unlink_session)(s, para, programme)
        return self._change(action, select=uid)

    def insert_paragraph(self, after_uid: str, *, in_section: bool = False) -> Change:
        """A new empty paragraph after paragraph `after_uid` (with `in_section`: at the end
        of section `after_uid`); `result` and `select` are its uid."""
        def action(s: Session, d: OutcomeDocument | None) -> str:
            if in_section:
                return ops.add_paragraph(s, section_by_uid(_need(d), after_uid), "").uid
            para = self._paragraph(s, d, after_uid)
            return ops.add_paragraph(s, para.section, "", position=para.position + 1,
                                     parent=para.parent).uid
        change = self._change(action)
        return Change(change.scope, change.before, change.after, change.result, change.result)

    def split(self, uid: str, offset: int) -> Change:
        """Cut a paragraph at `offset`; `result` is the new second part's uid."""
        return self._change(lambda s, d: ops.split_paragraph(
            s, self._paragraph(s, d, uid), offset).uid, select=uid)

    def merge(self, uid: str) -> Change:
        """Join the next paragraph onto paragraph `uid`."""
        return self._change(lambda s, d: ops.merge_with_next(
            s, self._paragraph(s, d, uid)).uid, select=uid)

    def indent(self, uid: str) -> Change:
        """Make a paragraph the last sub-paragraph of the one before it."""
        return self._change(lambda s, d: ops.indent(s, self._paragraph(s, d, uid)), select=uid)

    def outdent(self, uid: str) -> Change:
        """Make a sub-paragraph a numbered paragraph right after its parent."""
        return self._change(lambda s, d: ops.outdent(s, self._paragraph(s, d, uid)), select=uid)

    def move_by(self, uid: str, step: int) -> Change:
        """Move a paragraph `step` places among its siblings (-1: up); refused at the top
        or the end of its list."""
        def action(s: Session, d: OutcomeDocument | None) -> None:
            para = self._paragraph(s, d, uid)
            ops.move_paragraph_by(s, para, step)
        return self._change(action, select=uid)

    def drop_move(self, uid: str, section_uid: str, target_uid: str, after: bool) -> Change:
        """A drag and drop: put paragraph `uid` before or after `target_uid` (empty: at the
        end of section `section_uid`); see `operations.drop_paragraph`."""
        def action(s: Session, d: OutcomeDocument | None) -> None:
            para = self._paragraph(s, d, uid)
            target = self._paragraph(s, d, target_uid) if target_uid else None
            ops.drop_paragraph(s, para, section_by_uid(_need(d), section_uid), target,
                               after=after)
        return self._change(action, select=uid)

    def replace_one(self, uid: str, pattern: re.Pattern[str], replacement: str, *,
                    lead_in: bool = False) -> Change:
        """Replace the first match of `pattern` in a paragraph (or a lead-in)."""
        def action(s: Session, d: OutcomeDocument | None) -> None:
            if lead_in:
                section = section_by_uid(_need(d), uid)
                ops.edit_lead_in(s, section, pattern.sub(lambda _m: replacement,
                                                         section.lead_in, count=1))
            else:
                para = self._paragraph(s, d, uid)
                ops.edit_paragraph(s, para, pattern.sub(lambda _m: replacement, para.text,
                                                        count=1))
        return self._change(action, select=uid)

    def replace_all(self, find: str, replacement: str, *, match_case: bool = True,
                    whole_word: bool = False) -> Change:
        """Replace every occurrence in the document; `result` is how many."""
        return self._change(lambda s, d: ops.replace_in_document(
            s, _need(d), find, replacement, match_case=match_case, whole_word=whole_word))

    @staticmethod
    def _paragraph(s: Session, d: OutcomeDocument | None, uid: str) -> Paragraph:
        para = paragraph_by_uid(s, uid)
        if d is not None and para.section.document_id != d.id:
            raise ops.EditError(messages.PARAGRAPH_ELSEWHERE, code="conclusions.elsewhere")
        return para

    # -- rapporteur's items (undoable) ---------------------------------------------------
    def add_item(self, session_id: int, text: str, author: str = "",
                 when: datetime | None = None) -> Change:
        """A rapporteur's item for a session; an author named as one of its rapporteurs is
        linked to them. `result` and `select` are its id."""
        def action(s: Session, _d: OutcomeDocument | None) -> int:
            programme = s.get(ProgrammeSession, session_id)
            if programme is None:
                raise messages.gone(messages.SESSION_GONE)
            rapporteurs = [p for p in programme.people(RoleKind.RAPPORTEUR)
                           if p.display_name == author.strip()]
            rec = ops.add_recommendation(
                s, programme, text, author=rapporteurs[0] if rapporteurs else None,
                author_name="" if rapporteurs else author, recorded_at=when)
            rec.recorded_by = person_of(s)  # who noted it: the person working, never typed
            return rec.id
        change = self._change(action, session_id=session_id, document=False)
        return Change(change.scope, change.before, change.after, change.result,
                      str(change.result))

    def edit_item(self, item_id: int, text: str, author: str | None = None,
                  when: datetime | None = None, *, expected: str | None = None) -> Change:
        """Change an item; refused, quoting theirs, if its text is no longer `expected`."""
        return self._item_change(item_id, lambda s, rec: state.edit_item(
            s, rec, text, author_name=author, recorded_at=when, expected=expected))

    def delete_item(self, item_id: int) -> Change:
        """Remove an item; the paragraphs promoted from it stay, without the link."""
        return self._item_change(item_id, ops.delete_recommendation)

    def move_item(self, item_id: int, position: int) -> Change:
        """Move an item to `position` among its session's items."""
        return self._item_change(item_id, lambda s, rec: ops.move_recommendation(
            s, rec, position))

    def promote_item(self, item_id: int, section_uid: str) -> Change:
        """A new paragraph at the end of a section from an item, linked to it and its
        session; `result` is the paragraph's uid."""
        return self._item_change(item_id, lambda s, rec: ops.promote_recommendation(
            s, rec, section_by_uid(_need(self._doc(s)), section_uid)).uid, document=True)

    def _doc(self, s: Session) -> OutcomeDocument | None:
        return s.get(OutcomeDocument, self.document_id) if self.document_id else None

    def _item_change(self, item_id: int, change: Callable[[Session, Recommendation], object],
                     *, document: bool | None = None) -> Change:
        with self.database.sessions() as s:
            rec = s.get(Recommendation, item_id)
            session_id = rec.session_id if rec is not None else None
        if session_id is None:
            raise messages.gone(messages.ITEM_GONE)

        def action(s: Session, _d: OutcomeDocument | None) -> object:
            rec = s.get(Recommendation, item_id)
            if rec is None:
                raise messages.gone(messages.ITEM_GONE)
            return change(s, rec)
        return self._change(action, session_id=session_id,
                            document=self.document_id is not None if document is None
                            else document, select=str(item_id))

