"""Reading outcome documents: the working text and snapshots as trees, counts, traceability."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from confdesk.conclusions import messages as msg
from confdesk.conclusions import summaries
from confdesk.conclusions.brackets import normalise
from confdesk.conclusions.models import (
    OutcomeDocument,
    Paragraph,
    ParagraphStatus,
    Recommendation,
    Section,
    Snapshot,
)
from confdesk.conclusions.summaries import DocumentSummary as DocumentSummary
from confdesk.conclusions.summaries import paragraph_count as paragraph_count
from confdesk.conclusions.summaries import word_count as word_count
from confdesk.conclusions.tree import (
    DocumentText,
    EventInfo,
    paragraph_extras,
    section_extras,
    tree_from_content,
)
from confdesk.db.errors import UserError
from confdesk.db.reader import SessionReader
from confdesk.errors import Message
from confdesk.events.models import Event
from confdesk.events.queries import resolve_event
from confdesk.programme.models import Session as ProgrammeSession

WORKING = "working"


class DocumentNotFoundError(UserError):
    """No such document, snapshot or paragraph."""


def get_document(session: Session, document_id: int | None = None,
                 event_id: int | None = None) -> OutcomeDocument:
    """The document asked for, else the first outcome document of the event."""
    if document_id is not None:
        doc = session.get(OutcomeDocument, document_id)
        if doc is None:
            raise DocumentNotFoundError(msg.NO_DOCUMENT_WITH_ID, code="conclusions.no_document",
                                        id=document_id)
        return doc
    event = resolve_event(session, event_id)
    doc = session.scalars(
        select(OutcomeDocument).where(OutcomeDocument.event_id == event.id)
        .order_by(OutcomeDocument.position, OutcomeDocument.id).limit(1)
    ).first()
    if doc is None:
        raise DocumentNotFoundError(msg.EVENT_WITHOUT_DOCUMENT, code="conclusions.no_document",
                                    event=event.short_name or event.title)
    return doc


def documents_of_event(session: Session, event_id: int) -> list[OutcomeDocument]:
    return list(session.scalars(
        select(OutcomeDocument).where(OutcomeDocument.event_id == event_id)
        .order_by(OutcomeDocument.position, OutcomeDocument.id)
    ))


def _para_content(para: Paragraph) -> dict[str, Any]:
    return {
        "uid": para.uid, "text": para.text, "status": str(para.status),
        **paragraph_extras(normalise(para.brackets or (), len(para.text))),
        "children": [_para_content(c) for c in sorted(para.children, key=lambda c: c.position)],
    }


def working_content(doc: OutcomeDocument) -> dict[str, Any]:
    """The live rows of a document as snapshot content."""
    return {
        "title": doc.title, "kind": str(doc.kind), "language": doc.language,
        "sections": [
            {"uid": s.uid, "kind": str(s.kind), "lead_in": s.lead_in,
             **section_extras(s.title, s.numbering, s.first_number),
             "paragraphs": [_para_content(p) for p in s.top_paragraphs]}
            for s in doc.sections
        ],
    }


def working_text(doc: OutcomeDocument) -> DocumentText:
    """The working text as a tree; marked final when it equals the latest snapshot, a final one."""
    content = working_content(doc)
    latest = doc.snapshots[-1] if doc.snapshots else None
    if latest is not None and latest.final and latest.content == content:
        return tree_from_content(content, draft_name=latest.name, draft_date=latest.taken_at,
                                 final=True)
    return tree_from_content(content, draft_name="Working text")


def snapshot_text(snapshot: Snapshot) -> DocumentText:
    """A snapshot as a read-only tree."""
    return tree_from_content(snapshot.content, draft_name=snapshot.name,
                             draft_date=snapshot.taken_at, final=snapshot.final)


def find_snapshot(doc: OutcomeDocument, name: str) -> Snapshot:
    """A snapshot by exact name, else by a unique case-insensitive prefix ("draft 1")."""
    for snap in doc.snapshots:
        if snap.name == name:
            return snap
    folded = name.casefold().strip()
    matches = [s for s in doc.snapshots if s.name.casefold().startswith(folded)]
    if len(matches) == 1:
        return matches[0]
    names = ", ".join(f"“{s.name}”" for s in doc.snapshots) \
        or Message(msg.NO_DRAFTS, code="conclusions.no_drafts")
    raise DocumentNotFoundError(msg.NO_SINGLE_DRAFT, code="conclusions.no_draft", name=name,
                                drafts=names)


def text_of(doc: OutcomeDocument, draft: str | None = None) -> DocumentText:
    """The working text (draft None or "working") or the named snapshot."""
    if draft is None or draft.casefold() == WORKING:
        return working_text(doc)
    return snapshot_text(find_snapshot(doc, draft))


def event_info(event: Event) -> EventInfo:
    """Heading data of an event: title, place, dates ("31 March – 1 April 2014")."""
    start, end = event.start_date, event.end_date
    if start == end:
        dates = f"{start.day} {start:%B %Y}"
    elif (start.year, start.month) == (end.year, end.month):
        dates = f"{start.day}–{end.day} {end:%B %Y}"
    elif start.year == end.year:
        dates = f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    else:
        dates = f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"
    place = ", ".join(p for p in (event.venue, event.city) if p)
    return EventInfo(title=event.title, place=place, dates=dates)


def document_summaries(session: Session, event_id: int) -> list[DocumentSummary]:
    """Each outcome document of an event with its number of drafts, paragraphs and words
    (see `conclusions.summaries.document_summaries`)."""
    return summaries.document_summaries(SessionReader(session), event_id)


def paragraph_by_uid(session: Session, uid: str) -> Paragraph:
    para = session.scalars(select(Paragraph).where(Paragraph.uid == uid)).first()
    if para is None:
        raise DocumentNotFoundError(msg.NO_PARAGRAPH, code="conclusions.no_paragraph", uid=uid)
    return para


def recommendations_of(session: Session, session_id: int) -> list[Recommendation]:
    """A programme session's recommendations in order."""
    return list(session.scalars(
        select(Recommendation).where(Recommendation.session_id == session_id)
        .order_by(Recommendation.position, Recommendation.id)
    ))


@dataclass(frozen=True)
class Reflection:
    """Whether a recommendation is reflected in a document, and by which paragraphs."""

    recommendation: Recommendation
    paragraph_uids: tuple[str, ...]

    @property
    def reflected(self) -> bool:
        return bool(self.paragraph_uids)


def reflection(session: Session, session_id: int, doc: OutcomeDocument) -> list[Reflection]:
    """For each item of a session: the non-deleted paragraphs of `doc` that reflect it."""
    result = []
    for rec in recommendations_of(session, session_id):
        uids = tuple(
            p.uid for p in rec.paragraphs
            if p.section.document_id == doc.id and p.status != ParagraphStatus.DELETED
        )
        result.append(Reflection(rec, uids))
    return result


def source_sessions(para: Paragraph) -> list[ProgrammeSession]:
    """The sessions a paragraph comes from: linked directly or through its recommendations."""
    found = {s.id: s for s in para.sessions}
    for rec in para.recommendations:
        found.setdefault(rec.session.id, rec.session)
    return sorted(found.values(), key=lambda s: (s.day, s.start_time, s.id))


def sources_by_uid(doc: OutcomeDocument) -> dict[str, list[ProgrammeSession]]:
    """Per paragraph uid of the working text, its source sessions (only linked ones listed)."""
    result = {}
    for section in doc.sections:
        for para in section.paragraphs:
            sources = source_sessions(para)
            if sources:
                result[para.uid] = sources
    return result


def snapshot_count(session: Session, document_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(Snapshot).where(Snapshot.document_id == document_id)
    ) or 0


def section_by_uid(doc: OutcomeDocument, uid: str) -> Section:
    for section in doc.sections:
        if section.uid == uid:
            return section
    raise DocumentNotFoundError(msg.NO_SECTION, code="conclusions.no_section", uid=uid)



def filter_paragraphs(doc: OutcomeDocument, *, status: ParagraphStatus | None = None,
                      session_id: int | None = None) -> list[str]:
    """Uids of the working text's paragraphs with a status and/or from a source session."""
    found = []
    for section in doc.sections:
        for para in sorted(section.paragraphs, key=lambda p: (p.parent_id or 0, p.position)):
            if status is not None and para.status != status:
                continue
            if session_id is not None and session_id not in {
                    s.id for s in source_sessions(para)}:
                continue
            found.append(para.uid)
    return found
