"""Changing outcome documents: structure, paragraphs, statuses, comments, links and drafts.

Every function takes the SQLAlchemy session, changes rows, flushes and returns; the caller owns
the transaction (and its undo). Positions among siblings are kept dense (0, 1, 2…) so that the
derived numbers (see `conclusions.tree`) follow them.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from confdesk.conclusions import messages
from confdesk.conclusions.brackets import normalise, remap
from confdesk.conclusions.models import (
    DocumentKind,
    OutcomeDocument,
    Paragraph,
    ParagraphComment,
    ParagraphStatus,
    Recommendation,
    Section,
    SectionKind,
    Snapshot,
    new_uid,
)
from confdesk.conclusions.queries import working_content
from confdesk.conclusions.tree import DECIMAL, DocumentText, content_of
from confdesk.db.base import utcnow
from confdesk.db.errors import UserError
from confdesk.events.models import Event
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration.models import Participant


class EditError(UserError):
    """An edit that cannot be made (nothing to merge with, a name already taken…)."""


def fits(value: str, column: Any, what: str) -> str:
    """`value` if it fits its column; PostgreSQL refuses longer text, SQLite would keep it."""
    limit = column.type.length
    if len(value) > limit:
        raise EditError(messages.TOO_LONG, code="conclusions.too_long", what=what, limit=limit,
                        length=len(value))
    return value


# -- documents and sections ---------------------------------------------------------------------


def create_document(session: Session, event: Event, title: str, *,
                    kind: DocumentKind = DocumentKind.CHAIRS_CONCLUSIONS,
                    language: str = "en") -> OutcomeDocument:
    """A new, empty outcome document, placed after the event's other documents."""
    if not title.strip():
        raise EditError(messages.DOCUMENT_UNTITLED, code="conclusions.untitled")
    fits(title.strip(), OutcomeDocument.__table__.c.title, messages.label(messages.DOCUMENT_TITLE))
    count = session.query(OutcomeDocument).filter_by(event_id=event.id).count()
    doc = OutcomeDocument(event=event, title=title.strip(), kind=kind, language=language,
                          position=count)
    session.add(doc)
    session.flush()
    return doc


def create_document_from_text(session: Session, event: Event, tree: DocumentText, *,
                              title: str = "") -> OutcomeDocument:
    """A new document whose working text is `tree` (an imported text)."""
    doc = create_document(session, event, title or tree.title or "Chair's Conclusions")
    content = content_of(tree)
    content["title"] = doc.title
    apply_content(session, doc, content)
    return doc


def add_section(session: Session, doc: OutcomeDocument, kind: SectionKind, lead_in: str = "",
                position: int | None = None) -> Section:
    """Insert a free-text part or a numbered list at `position` (default: at the end)."""
    section = Section(kind=kind, lead_in=lead_in.strip())
    sections = list(doc.sections)
    sections.insert(len(sections) if position is None else position, section)
    doc.sections = sections
    _renumber(sections)
    session.flush()
    return section


def _unchanged_since(current: str, expected: str | None) -> None:
    """Refuse a text save over a text that is no longer the one the user started from."""
    if expected is not None and current.strip() != expected.strip():
        raise messages.text_changed(current)


def edit_lead_in(session: Session, section: Section, lead_in: str, *,
                 expected: str | None = None) -> None:
    """Change a lead-in; with `expected`, only if it still reads so (see `edit_paragraph`)."""
    _unchanged_since(section.lead_in, expected)
    section.lead_in = lead_in.strip()
    session.flush()


# -- paragraphs -----------------------------------------------------------------------------------


def _siblings(section: Section, parent: Paragraph | None) -> list[Paragraph]:
    if parent is not None:
        return sorted(parent.children, key=lambda p: p.position)
    return section.top_paragraphs


def _renumber(items: list[Any]) -> None:
    for index, item in enumerate(items):
        if item.position != index:
            item.position = index


def _place(para: Paragraph, section: Section, parent: Paragraph | None, position: int | None,
           ) -> None:
    siblings = [p for p in _siblings(section, parent) if p is not para]
    siblings.insert(len(siblings) if position is None else max(0, position), para)
    para.section = section
    para.parent = parent
    _renumber(siblings)


def add_paragraph(session: Session, section: Section, text: str, *, position: int | None = None,
                  parent: Paragraph | None = None,
                  status: ParagraphStatus = ParagraphStatus.PROPOSED) -> Paragraph:
    """A new paragraph (or sub-paragraph of `parent`) at `position` among its siblings."""
    with session.no_autoflush:  # the siblings load before the new row may be written
        siblings = _siblings(section, parent)
        para = Paragraph(text=text.strip(), status=status, section=section, parent=parent,
                         brackets=[])
        session.add(para)
        siblings.insert(len(siblings) if position is None else max(0, position), para)
        _renumber(siblings)
    session.flush()
    return para


def edit_paragraph(session: Session, para: Paragraph, text: str, *,
                   expected: str | None = None) -> None:
    """Change a paragraph's text; with `expected` (the text the editor showed), refused when
    someone else changed it since, so that their words are not silently overwritten."""
    _unchanged_since(para.text, expected)
    new = text.strip()
    if para.brackets:
        para.brackets = [list(span) for span in remap(para.text, new, para.brackets)]
    para.text = new
    session.flush()


def set_brackets(session: Session, para: Paragraph, spans: list[tuple[int, int]]) -> None:
    """Put square brackets around exactly these spans of the paragraph's text."""
    para.brackets = [list(span) for span in normalise(spans, len(para.text))]
    session.flush()


def bracket(session: Session, para: Paragraph, start: int, end: int) -> None:
    """Put square brackets around `text[start:end]` (joined with brackets it touches)."""
    start, end = max(0, start), min(len(para.text), end)
    if end <= start:
        raise EditError(messages.BRACKET_EMPTY,
                        code="conclusions.bracket_empty")
    set_brackets(session, para, [*((a, b) for a, b in para.brackets or []), (start, end)])


def unbracket(session: Session, para: Paragraph, index: int) -> None:
    """Take away the paragraph's `index`-th pair of square brackets (the words stay)."""
    spans = list(normalise(para.brackets or [], len(para.text)))
    if not 0 <= index < len(spans):
        raise EditError(messages.BRACKET_GONE,
                        code="conclusions.bracket_gone")
    del spans[index]
    set_brackets(session, para, spans)


def move_paragraph(session: Session, para: Paragraph, position: int, *,
                   section: Section | None = None) -> None:
    """Move a paragraph (with its sub-paragraphs) to `position` in `section` (default: its own).

    A sub-paragraph moves among its siblings; moving it to another section makes it top-level.
    """
    target = section or para.section
    parent = para.parent if target is para.section else None
    old_place = (para.section, para.parent)
    old_siblings = [p for p in _siblings(para.section, para.parent) if p is not para]
    _place(para, target, parent, position)
    for child in para.children:
        child.section = target
    if old_place != (target, parent):
        _renumber(old_siblings)
    session.flush()


def move_paragraph_by(session: Session, para: Paragraph, step: int) -> None:
    """Move a paragraph `step` places among its siblings (-1: one up); refused when that
    would take it past the top or the end of its list."""
    target = para.position + step
    count = len(para.parent.children if para.parent else para.section.top_paragraphs)
    if not 0 <= target < count:
        raise EditError(messages.AT_TOP if step < 0 else messages.AT_END,
                        code="conclusions.move_bounds")
    move_paragraph(session, para, target)


def drop_paragraph(session: Session, para: Paragraph, section: Section,
                   target: Paragraph | None, *, after: bool) -> None:
    """Carry out a drag and drop: put `para` before or after `target`, or (no target) at the
    end of `section`. A sub-paragraph dropped among its own siblings stays one; dropped on
    another paragraph's sub-paragraph it comes right after that paragraph; anywhere else it
    becomes a numbered paragraph. Dropping a paragraph on itself changes nothing."""
    if target is para:
        return
    if target is None:
        if para.parent is not None:
            outdent(session, para)
        move_paragraph(session, para, len(section.top_paragraphs), section=section)
        return
    if target.parent is not None and target.parent is para.parent:
        siblings = sorted((p for p in target.parent.children if p is not para),
                          key=lambda p: p.position)
        move_paragraph(session, para, siblings.index(target) + int(after))
        return
    if target.parent is not None:
        target, after = target.parent, True
    if target is para:
        return
    if para.parent is not None:
        outdent(session, para)
    siblings = [p for p in target.section.top_paragraphs if p is not para]
    move_paragraph(session, para, siblings.index(target) + int(after), section=target.section)


def set_status(session: Session, para: Paragraph, status: ParagraphStatus, *,
               expected: ParagraphStatus | None = None) -> None:
    """Change a paragraph's status; "deleted" takes it out of the numbering and the exports.

    With `expected` (the status the editor showed), refused when someone else changed it since.
    """
    if expected is not None and para.status != expected and para.status != status:
        raise messages.status_changed(para.status.value)
    para.status = status
    session.flush()


def delete_paragraph(session: Session, para: Paragraph, *, purge: bool = False) -> None:
    """Mark a paragraph deleted (kept, unnumbered), or with `purge` remove it and its subs."""
    if not purge:
        set_status(session, para, ParagraphStatus.DELETED)
        return
    siblings = [p for p in _siblings(para.section, para.parent) if p is not para]
    with session.no_autoflush:
        for child in [*para.children, para]:
            session.delete(child)
            # Out of the in-memory collections too, so that later edits do not see it.
            if child.parent is not None and child in child.parent.children:
                child.parent.children.remove(child)
            if child in child.section.paragraphs:
                child.section.paragraphs.remove(child)
    _renumber(siblings)
    session.flush()


def split_paragraph(session: Session, para: Paragraph, offset: int) -> Paragraph:
    """Cut a paragraph at `offset`; the second part becomes a new paragraph right after it.

    The first part keeps the identity, links and comments; the new one gets the same sources.
    """
    head, tail = para.text[:offset].strip(), para.text[offset:].strip()
    if not head or not tail:
        raise EditError(messages.SPLIT_AT_EDGE, code="conclusions.split")
    spans = normalise(para.brackets or [], len(para.text))
    tail_start = para.text.index(tail, offset)
    head_start = len(para.text[:offset]) - len(para.text[:offset].lstrip())
    para.text = head
    para.brackets = [list(s) for s in normalise(
        [(a - head_start, min(b, offset) - head_start) for a, b in spans if a < offset],
        len(head))]
    new = add_paragraph(session, para.section, tail, position=para.position + 1,
                        parent=para.parent, status=para.status)
    new.brackets = [list(s) for s in normalise(
        [(max(a, tail_start) - tail_start, b - tail_start) for a, b in spans if b > offset],
        len(tail))]
    new.sessions = list(para.sessions)
    new.recommendations = list(para.recommendations)
    session.flush()
    return new


def merge_with_next(session: Session, para: Paragraph) -> Paragraph:
    """Join the next sibling onto `para`; its sub-paragraphs, links and comments come along."""
    siblings = _siblings(para.section, para.parent)
    index = siblings.index(para)
    if index + 1 >= len(siblings):
        raise EditError(messages.NOTHING_TO_MERGE, code="conclusions.merge")
    nxt = siblings[index + 1]
    shift = len(para.text) + 1 if para.text else 0
    para.brackets = [list(s) for s in normalise(
        [*(para.brackets or []), *((a + shift, b + shift) for a, b in nxt.brackets or [])],
        shift + len(nxt.text))]
    para.text = f"{para.text} {nxt.text}".strip()
    for child in sorted(nxt.children, key=lambda c: c.position):
        _place(child, para.section, para, None)
    para.sessions = list({s.id: s for s in [*para.sessions, *nxt.sessions]}.values())
    para.recommendations = list(
        {r.id: r for r in [*para.recommendations, *nxt.recommendations]}.values()
    )
    for comment in list(nxt.comments):
        comment.paragraph = para
    session.flush()
    delete_paragraph(session, nxt, purge=True)
    return para


def indent(session: Session, para: Paragraph) -> None:
    """Make a top-level paragraph the last sub-paragraph of the one before it."""
    if para.parent is not None:
        raise EditError(messages.ALREADY_SUB, code="conclusions.indent")
    siblings = _siblings(para.section, None)
    index = siblings.index(para)
    if index == 0:
        raise EditError(messages.FIRST_CANNOT_INDENT, code="conclusions.indent")
    parent = siblings[index - 1]
    _place(para, para.section, parent, None)
    for child in sorted(para.children, key=lambda c: c.position):
        _place(child, para.section, parent, None)
    _renumber([p for p in siblings if p is not para])
    session.flush()


def outdent(session: Session, para: Paragraph) -> None:
    """Make a sub-paragraph a top-level paragraph right after its parent."""
    parent = para.parent
    if parent is None:
        raise EditError(messages.NOT_SUB, code="conclusions.outdent")
    remaining = [p for p in _siblings(para.section, parent) if p is not para]
    _place(para, para.section, None, parent.position + 1)
    _renumber(remaining)
    session.flush()


def add_comment(session: Session, para: Paragraph, text: str, author: str = "",
                ) -> ParagraphComment:
    if not text.strip():
        raise EditError(messages.COMMENT_EMPTY, code="conclusions.comment_empty")
    fits(author.strip(), ParagraphComment.__table__.c.author,
         messages.label(messages.COMMENT_AUTHOR))
    comment = ParagraphComment(paragraph=para, text=text.strip(), author=author.strip())
    session.add(comment)
    session.flush()
    return comment


def link_session(session: Session, para: Paragraph, programme_session: ProgrammeSession) -> None:
    """Record that a paragraph comes from a programme session."""
    if programme_session not in para.sessions:
        para.sessions.append(programme_session)
    session.flush()


def unlink_session(session: Session, para: Paragraph, programme_session: ProgrammeSession,
                   ) -> None:
    if programme_session in para.sessions:
        para.sessions.remove(programme_session)
    session.flush()


# -- rapporteurs' recommendations ---------------------------------------------------------------


def add_recommendation(session: Session, programme_session: ProgrammeSession, text: str, *,
                       author: Participant | None = None, author_name: str = "",
                       recorded_at: datetime | None = None) -> Recommendation:
    """A rapporteur's item for a session, after the session's other items."""
    if not text.strip():
        raise EditError(messages.RECOMMENDATION_EMPTY, code="conclusions.item_empty")
    fits(author_name.strip(), Recommendation.__table__.c.author_name,
         messages.label(messages.AUTHOR_NAME))
    count = session.query(Recommendation).filter_by(session_id=programme_session.id).count()
    rec = Recommendation(session=programme_session, text=text.strip(), author=author,
                         author_name=author_name.strip(), recorded_at=recorded_at,
                         position=count)
    session.add(rec)
    session.flush()
    return rec


def edit_recommendation(session: Session, rec: Recommendation, text: str) -> None:
    if not text.strip():
        raise EditError(messages.RECOMMENDATION_EMPTY, code="conclusions.item_empty")
    rec.text = text.strip()
    session.flush()


def move_recommendation(session: Session, rec: Recommendation, position: int) -> None:
    """Move an item to `position` among its session's items."""
    from confdesk.conclusions.queries import recommendations_of

    items = [r for r in recommendations_of(session, rec.session_id) if r is not rec]
    items.insert(max(0, position), rec)
    _renumber(items)
    session.flush()


def delete_recommendation(session: Session, rec: Recommendation) -> None:
    """Remove an item; the paragraphs promoted from it stay, without the link."""
    from confdesk.conclusions.queries import recommendations_of

    rest = [r for r in recommendations_of(session, rec.session_id) if r is not rec]
    rec.paragraphs = []
    session.delete(rec)
    _renumber(rest)
    session.flush()


def link_recommendation(session: Session, para: Paragraph, rec: Recommendation) -> None:
    """Record that a paragraph reflects a recommendation."""
    if rec not in para.recommendations:
        para.recommendations.append(rec)
    session.flush()


def promote_recommendation(session: Session, rec: Recommendation, section: Section, *,
                           position: int | None = None, text: str | None = None) -> Paragraph:
    """A new paragraph in `section` from a recommendation, linked to it and to its session."""
    para = add_paragraph(session, section, text if text is not None else rec.text,
                         position=position)
    para.recommendations.append(rec)
    para.sessions.append(rec.session)
    session.flush()
    return para


# -- find and replace -----------------------------------------------------------------------------


def _pattern(find: str, *, match_case: bool, whole_word: bool) -> re.Pattern[str]:
    if not find:
        raise EditError(messages.FIND_EMPTY, code="conclusions.find_empty")
    body = re.escape(find)
    if whole_word:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if match_case else re.IGNORECASE)


def find_in_document(doc: OutcomeDocument, find: str, *, match_case: bool = False,
                     whole_word: bool = False) -> list[str]:
    """Uids of the paragraphs (and sections, for lead-ins) whose text contains `find`."""
    pattern = _pattern(find, match_case=match_case, whole_word=whole_word)
    found = []
    for section in doc.sections:
        if pattern.search(section.lead_in):
            found.append(section.uid)
        found += [p.uid for p in section.paragraphs if pattern.search(p.text)]
    return found


def replace_in_document(session: Session, doc: OutcomeDocument, find: str, replace: str, *,
                        match_case: bool = True, whole_word: bool = False) -> int:
    """Replace every occurrence in lead-ins and paragraphs; returns how many were replaced."""
    pattern = _pattern(find, match_case=match_case, whole_word=whole_word)
    total = 0
    for section in doc.sections:
        text, count = pattern.subn(lambda _m: replace, section.lead_in)
        if count:
            section.lead_in, total = text, total + count
        for para in section.paragraphs:
            text, count = pattern.subn(lambda _m: replace, para.text)
            if count:
                para.text, total = text, total + count
    session.flush()
    return total


# -- drafts ---------------------------------------------------------------------------------------


def take_snapshot(session: Session, doc: OutcomeDocument, name: str, *,
                  taken_at: datetime | None = None, note: str = "",
                  final: bool = False) -> Snapshot:
    """Record the working text as a named, dated, immutable draft."""
    name = name.strip()
    if not name:
        raise EditError(messages.DRAFT_UNNAMED, code="conclusions.draft_unnamed")
    fits(name, Snapshot.__table__.c.name, messages.label(messages.DRAFT_NAME))
    if any(s.name == name for s in doc.snapshots):
        raise EditError(messages.DRAFT_NAME_TAKEN, code="conclusions.draft_taken", name=name)
    snap = Snapshot(document=doc, name=name, taken_at=taken_at or utcnow(), note=note,
                    final=final, content=working_content(doc))
    session.add(snap)
    session.flush()
    return snap


def restore_snapshot(session: Session, doc: OutcomeDocument, snapshot: Snapshot) -> None:
    """Make a draft the working text again (the draft itself is left as it was)."""
    if snapshot.document_id != doc.id:
        raise EditError(messages.DRAFT_ELSEWHERE, code="conclusions.draft_elsewhere")
    apply_content(session, doc, snapshot.content)


def apply_content(session: Session, doc: OutcomeDocument, content: dict[str, Any]) -> None:
    """Make the working text equal `content`, reusing the rows of paragraphs with the same uid.

    Reused paragraphs keep their comments and links; paragraphs absent from `content` are
    removed. Used to restore a draft and to take in a new imported draft.
    """
    sections = {s.uid: s for s in doc.sections}
    paragraphs = {p.uid: p for s in doc.sections for p in s.paragraphs}
    ordered: list[Section] = []

    with session.no_autoflush:
        _apply_sections(session, doc, content, sections, paragraphs, ordered)
    session.flush()
    with session.no_autoflush:
        for para in paragraphs.values():
            # Out of the in-memory collection too, so that a later edit does not see it again.
            session.delete(para)
            if para in para.section.paragraphs:
                para.section.paragraphs.remove(para)
    session.flush()
    for section in sections.values():
        session.delete(section)
    doc.sections = ordered
    if content.get("title"):
        doc.title = content["title"]
    session.flush()
    session.expire(doc, ["sections", "snapshots"])
    for section in ordered:
        session.expire(section, ["paragraphs"])


def _apply_sections(session: Session, doc: OutcomeDocument, content: dict[str, Any],
                    sections: dict[str, Section], paragraphs: dict[str, Paragraph],
                    ordered: list[Section]) -> None:
    def place(data: dict[str, Any], section: Section, parent: Paragraph | None,
              position: int) -> None:
        para = paragraphs.pop(data["uid"], None)
        if para is None:
            para = Paragraph(uid=data["uid"])
            session.add(para)
        para.section, para.parent, para.position = section, parent, position
        para.text = data.get("text", "")
        para.status = ParagraphStatus(data.get("status", "proposed"))
        para.brackets = [list(span) for span in normalise(data.get("brackets", ()),
                                                           len(para.text))]
        for index, child in enumerate(data.get("children", [])):
            place(child, section, para, index)

    for position, data in enumerate(content.get("sections", [])):
        section = sections.pop(data.get("uid") or new_uid(), None)
        if section is None:
            section = Section(uid=data.get("uid") or new_uid(), document=doc)
            # Added now: with doc.sections loaded (an undo step's capture reads it) a flush
            # before the collection is replaced would otherwise skip it, with a warning.
            session.add(section)
        section.position = position
        section.kind = SectionKind(data.get("kind", SectionKind.NUMBERED_LIST))
        section.lead_in = data.get("lead_in", "")
        section.title = fits(data.get("title", ""), Section.__table__.c.title,
                             messages.label(messages.SECTION_TITLE))
        section.numbering = data.get("numbering", DECIMAL)
        section.first_number = int(data.get("first_number", 1))
        ordered.append(section)
        for index, para_data in enumerate(data.get("paragraphs", [])):
            place(para_data, section, None, index)


def keep_working_text(session: Session, doc: OutcomeDocument) -> Snapshot | None:
    """Save the working text as a draft when no draft holds it yet, before it is replaced.

    Returns the new draft, or None when the newest draft already has the same text.
    """
    content = working_content(doc)
    newest = max(doc.snapshots, key=lambda s: (s.taken_at, s.id), default=None)
    if newest is not None and newest.content == content:
        return None
    base = f"Working text before import, {utcnow():%Y-%m-%d %H:%M}"
    taken = {s.name for s in doc.snapshots}
    name, n = base, 2
    while name in taken:
        name, n = f"{base} ({n})", n + 1
    return take_snapshot(session, doc, name, note="Saved automatically before an import "
                         "replaced the working text.")


def take_in_draft(session: Session, doc: OutcomeDocument, tree: DocumentText) -> dict[str, str]:
    """Make an imported text the working text, its paragraphs keeping the identities (and the
    statuses, comments and links) of the paragraphs they continue (see `matching`).

    Unsaved edits of the working text are first kept as a draft (`keep_working_text`), so an
    import never loses them. Returns the uid each paragraph of `tree` now has.
    """
    from confdesk.conclusions.matching import adopt_identities
    from confdesk.conclusions.queries import working_text

    keep_working_text(session, doc)

    matched = adopt_identities(working_text(doc), tree)
    renamed = {new.uid: kept.uid for (_s, new, _d), (_t, kept, _e) in zip(
        tree.paragraphs(include_deleted=True), matched.paragraphs(include_deleted=True),
        strict=True)}
    adopted = content_of(matched)
    statuses = {p.uid: p.status for s in doc.sections for p in s.paragraphs
                if p.status != ParagraphStatus.DELETED}

    def keep(data: dict[str, Any]) -> None:
        if data["uid"] in statuses:
            data["status"] = str(statuses[data["uid"]])
        for child in data["children"]:
            keep(child)

    for section in adopted["sections"]:
        for para in section["paragraphs"]:
            keep(para)
    adopted["title"] = doc.title
    apply_content(session, doc, adopted)
    return renamed


def add_imported_remarks(session: Session, doc: OutcomeDocument,
                         remarks: dict[str, list[tuple[str, str]]]) -> int:
    """Attach the footnotes, endnotes and comments of an imported file to the paragraphs
    (by uid) they were anchored in, as comments; one already there is not added twice.
    Returns how many were added."""
    by_uid = {p.uid: p for s in doc.sections for p in s.paragraphs}
    added = 0
    limit: int = getattr(ParagraphComment.__table__.c.author.type, "length", 200)
    for uid, found in remarks.items():
        para = by_uid.get(uid)
        if para is None:
            continue
        for author, text in found:
            author = author.strip()[:limit]
            if any(c.author == author and c.text == text.strip() for c in para.comments):
                continue
            add_comment(session, para, text, author)
            added += 1
    return added
