"""Delegations' amendments: proposals against a paragraph, and what deciding them does.

An amendment replaces a paragraph's wording, inserts a new paragraph after it, deletes it or
moves it after another paragraph. Accepting one applies it to the working text through the
ordinary operations (so numbering, brackets and links follow) and records the decision on
the amendment: who, when, the wording applied (an acceptance "as modified" applies another
wording than proposed). Rejecting, withdrawing or merging records the decision only.
The service wraps each call in one undoable unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.conclusions import operations as ops
from confdesk.conclusions.models import (
    Amendment,
    AmendmentKind,
    AmendmentStatus,
    OutcomeDocument,
    Paragraph,
    ParagraphStatus,
    ProposerKind,
)
from confdesk.conclusions.queries import working_text
from confdesk.conclusions.tree import DocumentText
from confdesk.conclusions.views import places
from confdesk.db.base import utcnow
from confdesk.i18n import QT_TRANSLATE_NOOP

#: Refusals (context "UserError", translated by the window).
NO_PARAGRAPH = QT_TRANSLATE_NOOP(
    "UserError", "There is no paragraph {number} in this document.")
PARAGRAPH_GONE = QT_TRANSLATE_NOOP(
    "UserError", "The paragraph this amendment concerns is no longer in the working text.")
NEEDS_TEXT = QT_TRANSLATE_NOOP(
    "UserError", "An amendment that replaces or inserts text needs the proposed wording.")
NEEDS_TARGET = QT_TRANSLATE_NOOP(
    "UserError", "Say after which paragraph the moved paragraph should stand.")
NEEDS_PROPOSER = QT_TRANSLATE_NOOP(
    "UserError", "Say who proposes the amendment (a delegation or a person).")
ALREADY_DECIDED = QT_TRANSLATE_NOOP(
    "UserError", "Amendment {number} has already been decided ({status}); reopen it first.")
AMENDMENT_GONE = QT_TRANSLATE_NOOP("UserError", "That amendment no longer exists.")
NOT_REOPENED = QT_TRANSLATE_NOOP(
    "UserError", "An accepted amendment is taken back with Undo, or by amending the text "
                 "again; it cannot simply be reopened.")

DECIDED = (AmendmentStatus.ACCEPTED, AmendmentStatus.ACCEPTED_MODIFIED,
           AmendmentStatus.REJECTED, AmendmentStatus.WITHDRAWN, AmendmentStatus.MERGED)


@dataclass(frozen=True)
class AmendmentRow:
    """One amendment as listed and compiled."""

    id: int
    paragraph_uid: str
    #: The paragraph's number now ("7", "4(a)"), else as when proposed; "" unnumbered.
    number: str
    #: Where numbers repeat in several lists: the list's heading (or "list 2"); else "".
    list_name: str
    #: The paragraph's wording when the amendment was proposed.
    original_text: str
    #: Its number when the amendment was proposed.
    number_then: str
    kind: str
    text: str
    target_number: str
    proposer: str
    proposer_kind: str
    proposed_on: date
    rationale: str
    status: str
    decided_by: str
    decided_at: datetime | None
    decision_note: str
    applied_text: str
    recorded_by: str


def _number_places(tree: DocumentText) -> dict[str, str]:
    return {uid: place.number for uid, place in places(tree).items()}


AMBIGUOUS = QT_TRANSLATE_NOOP(
    "UserError", "There is a paragraph {number} in more than one list; say which list it is "
                 "in, as list:paragraph ({choices}).")


def _fold_number(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def numbered_lists(tree: DocumentText) -> dict[str, int]:
    """Each numbered section's place among the numbered sections (1, 2…), by uid."""
    return {s.uid: index for index, s in
            enumerate((s for s in tree.sections if s.numbered), start=1)}


def list_names(tree: DocumentText) -> dict[str, str]:
    """What a paragraph's list is called where numbers repeat: its section's heading, else
    "list N"; empty for every paragraph when the document has one numbered list."""
    lists = numbered_lists(tree)
    if len(lists) < 2:
        return {}
    names: dict[str, str] = {}
    for section, para, _depth in tree.paragraphs(include_deleted=True):
        if section.uid in lists:
            names[para.uid] = section.title or f"list {lists[section.uid]}"
    return names


def paragraph_by_number(doc: OutcomeDocument, number: str) -> Paragraph:
    """The working text's paragraph numbered `number` ("7", "7.", "4(a)", "4 (a)", "4a"),
    or "2:7" for paragraph 7 of the second numbered list when numbers repeat."""
    tree = working_text(doc)
    lists = numbered_lists(tree)
    wanted_list = 0
    if ":" in number:
        head, _, number = number.partition(":")
        wanted_list = int(head) if head.strip().isdigit() else -1
    wanted = _fold_number(number)
    section_of = {p.uid: s.uid for s, p, _d in tree.paragraphs()}
    found = [uid for uid, place in _number_places(tree).items()
             if place and _fold_number(place) == wanted
             and (not wanted_list or lists.get(section_of.get(uid, "")) == wanted_list)]
    if len(found) > 1:
        choices = ", ".join(f"{lists.get(section_of[uid], 0)}:{number.strip()}"
                            for uid in found)
        raise ops.EditError(AMBIGUOUS, code="conclusions.ambiguous_paragraph",
                            number=number.strip(), choices=choices)
    para = _paragraph(doc, found[0]) if found else None
    if para is None:
        raise ops.EditError(NO_PARAGRAPH, code="conclusions.no_paragraph",
                            number=number.strip())
    return para


def _paragraph(doc: OutcomeDocument, uid: str) -> Paragraph | None:
    for section in doc.sections:
        for para in section.paragraphs:
            if para.uid == uid:
                return para
    return None


def propose(session: Session, doc: OutcomeDocument, paragraph: Paragraph, kind: AmendmentKind,
            *, text: str = "", proposer: str, proposer_kind: ProposerKind = ProposerKind.DELEGATION,
            proposed_on: date | None = None, rationale: str = "", target: Paragraph | None = None,
            recorded_by: str = "") -> Amendment:
    """Record a proposal against `paragraph` (its number and wording kept as they are now)."""
    text = text.strip()
    if kind in (AmendmentKind.REPLACE, AmendmentKind.INSERT_AFTER) and not text:
        raise ops.EditError(NEEDS_TEXT, code="conclusions.amendment_text")
    if kind == AmendmentKind.MOVE and (target is None or target is paragraph):
        raise ops.EditError(NEEDS_TARGET, code="conclusions.amendment_target")
    if not proposer.strip():
        raise ops.EditError(NEEDS_PROPOSER, code="conclusions.amendment_proposer")
    numbers = _number_places(working_text(doc))
    amendment = Amendment(
        document=doc, paragraph_uid=paragraph.uid,
        paragraph_number=numbers.get(paragraph.uid, ""), original_text=paragraph.text,
        kind=kind, text=text if kind not in (AmendmentKind.DELETE, AmendmentKind.MOVE) else "",
        target_uid=target.uid if kind == AmendmentKind.MOVE and target is not None else "",
        proposer=ops.fits(proposer.strip(), Amendment.__table__.c.proposer, "A proposer"),
        proposer_kind=proposer_kind, proposed_on=proposed_on or utcnow().date(),
        rationale=rationale.strip(),
        recorded_by=ops.fits(recorded_by.strip(), Amendment.__table__.c.recorded_by, "A name"),
    )
    session.add(amendment)
    session.flush()
    return amendment


def get(session: Session, doc: OutcomeDocument, amendment_id: int) -> Amendment:
    amendment = session.get(Amendment, amendment_id)
    if amendment is None or amendment.document_id != doc.id:
        raise ops.EditError(AMENDMENT_GONE, code="conclusions.amendment_gone")
    return amendment


def _undecided(amendment: Amendment) -> None:
    if amendment.status != AmendmentStatus.SUBMITTED:
        raise ops.EditError(ALREADY_DECIDED, code="conclusions.amendment_decided",
                            number=amendment.id, status=amendment.status.value)


def accept(session: Session, doc: OutcomeDocument, amendment: Amendment, person: str, *,
           text: str | None = None, note: str = "") -> None:
    """Apply the amendment to the working text and record the decision. With `text` other
    than the proposal, the wording applied is `text` (accepted as modified)."""
    _undecided(amendment)
    para = _paragraph(doc, amendment.paragraph_uid)
    if para is None or para.status == ParagraphStatus.DELETED:
        raise ops.EditError(PARAGRAPH_GONE, code="conclusions.amendment_paragraph_gone")
    wording = (text if text is not None else amendment.text).strip()
    modified = text is not None and wording != amendment.text.strip()
    if amendment.kind == AmendmentKind.REPLACE:
        if not wording:
            raise ops.EditError(NEEDS_TEXT, code="conclusions.amendment_text")
        ops.edit_paragraph(session, para, wording)
    elif amendment.kind == AmendmentKind.INSERT_AFTER:
        if not wording:
            raise ops.EditError(NEEDS_TEXT, code="conclusions.amendment_text")
        new = ops.add_paragraph(session, para.section, wording, position=para.position + 1,
                                parent=para.parent)
        amendment.result_uid = new.uid
    elif amendment.kind == AmendmentKind.DELETE:
        ops.set_status(session, para, ParagraphStatus.DELETED)
        wording = ""
    else:
        target = _paragraph(doc, amendment.target_uid)
        if target is None or target.status == ParagraphStatus.DELETED:
            raise ops.EditError(PARAGRAPH_GONE, code="conclusions.amendment_paragraph_gone")
        ops.drop_paragraph(session, para, target.section, target, after=True)
        wording = ""
    amendment.status = (AmendmentStatus.ACCEPTED_MODIFIED if modified
                        else AmendmentStatus.ACCEPTED)
    amendment.applied_text = wording
    _record(amendment, person, note)
    session.flush()


def decide(session: Session, amendment: Amendment, status: AmendmentStatus, person: str, *,
           note: str = "") -> None:
    """Reject, withdraw or merge an amendment (the working text is not changed), or reopen a
    decision that changed nothing (`status` submitted)."""
    if status in (AmendmentStatus.ACCEPTED, AmendmentStatus.ACCEPTED_MODIFIED):
        raise ValueError("acceptance goes through accept()")
    if status == AmendmentStatus.SUBMITTED:
        if amendment.status in (AmendmentStatus.ACCEPTED, AmendmentStatus.ACCEPTED_MODIFIED):
            raise ops.EditError(NOT_REOPENED, code="conclusions.amendment_reopen")
        amendment.status = status
        amendment.decided_by, amendment.decided_at, amendment.decision_note = "", None, ""
        session.flush()
        return
    _undecided(amendment)
    amendment.status = status
    _record(amendment, person, note)
    session.flush()


def _record(amendment: Amendment, person: str, note: str) -> None:
    amendment.decided_by = ops.fits(person.strip(), Amendment.__table__.c.decided_by, "A name")
    amendment.decided_at = utcnow()
    amendment.decision_note = note.strip()


def rows(session: Session, doc: OutcomeDocument, *, tree: DocumentText | None = None,
         ) -> list[AmendmentRow]:
    """The document's amendments in the order of the paragraphs they concern (then by id);
    an amendment to a paragraph no longer there comes last, under its old number."""
    tree = tree or working_text(doc)
    numbers = _number_places(tree)
    names = list_names(tree)
    order = {uid: index for index, (_s, p, _d) in
             enumerate(tree.paragraphs(include_deleted=True)) for uid in [p.uid]}
    found = session.scalars(select(Amendment).where(Amendment.document_id == doc.id)
                            .order_by(Amendment.id))
    out = [AmendmentRow(
        a.id, a.paragraph_uid, numbers.get(a.paragraph_uid) or a.paragraph_number,
        names.get(a.paragraph_uid, ""),
        a.original_text, a.paragraph_number, a.kind.value, a.text,
        numbers.get(a.target_uid, "") if a.target_uid else "",
        a.proposer, a.proposer_kind.value, a.proposed_on, a.rationale, a.status.value,
        a.decided_by, a.decided_at, a.decision_note, a.applied_text, a.recorded_by)
        for a in found]
    out.sort(key=lambda r: (order.get(r.paragraph_uid, len(order)), r.id))
    return out


# -- undo ----------------------------------------------------------------------------------------

_SKIPPED = {"version", "updated_at", "document"}


@dataclass(frozen=True)
class AmendmentState:
    """Every column of an amendment (but its version), to restore it by undo or redo."""

    values: tuple[tuple[str, Any], ...]


def capture(session: Session, amendment_id: int) -> AmendmentState | None:
    amendment = session.get(Amendment, amendment_id)
    if amendment is None:
        return None
    columns = [c.key for c in Amendment.__mapper__.column_attrs if c.key not in _SKIPPED]
    return AmendmentState(tuple((key, getattr(amendment, key)) for key in columns))


def restore(session: Session, amendment_id: int, wanted: AmendmentState | None) -> None:
    amendment = session.get(Amendment, amendment_id)
    if wanted is None:
        if amendment is not None:
            session.delete(amendment)
            session.flush()
        return
    if amendment is None:
        amendment = Amendment(id=amendment_id)
        session.add(amendment)
    for key, value in wanted.values:
        setattr(amendment, key, value)
    session.flush()


__all__ = ["AmendmentRow", "AmendmentState", "accept", "capture", "decide",
           "paragraph_by_number", "propose", "restore", "rows"]
