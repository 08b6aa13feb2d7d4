"""The demo's outcome document: the Brussels 2014 Chair's Conclusions with its drafts.

The final text is the published one (resources/demo/conclusions/final.txt, read by the same
importer users have); Draft 1 and Draft 2 and the rapporteurs' items are illustrative (see
SOURCES.md there). The drafts are taken in as successive imports, so paragraphs keep their
identities from draft to draft and the comparison shows moves and rewordings.
"""

from __future__ import annotations

import json
from datetime import datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.conclusions import operations as ops
from confdesk.conclusions.models import OutcomeDocument, Paragraph, ParagraphStatus
from confdesk.events.models import Event
from confdesk.imports.document_text import parse_text
from confdesk.paths import resource
from confdesk.programme.models import RoleKind, SessionKind
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.registration.names import fold

TITLE = "Chair's Conclusions"
DRAFT_1 = "Draft 1 — 31 March 2014 20:00"
DRAFT_2 = "Draft 2 — 1 April 2014 09:00"
FINAL = "Final"
#: Kinds of session whose rapporteurs report to the chair.
SUBSTANTIVE = (SessionKind.PANEL, SessionKind.KEYNOTE, SessionKind.PLENARY,
               SessionKind.HIGH_LEVEL)
#: Paragraphs still under negotiation in Draft 2 (illustrative), by their opening words.
BRACKETED_IN_DRAFT_2 = ("Exchange such information", "Regional Mechanisms")


def _text(name: str) -> str:
    return resource("demo", "conclusions", name).read_text(encoding="utf-8")


def _at(event: Event, day: int, hour: int) -> datetime:
    from datetime import timedelta

    return datetime.combine(event.start_date + timedelta(days=day), time(hour))


def _set_status(doc: OutcomeDocument, status: ParagraphStatus,
                prefixes: tuple[str, ...] | None = None) -> None:
    for section in doc.sections:
        for para in section.paragraphs:
            if prefixes is None or para.text.startswith(prefixes):
                para.status = status


def substantive_sessions(session: Session, event: Event) -> list[ProgrammeSession]:
    """The event's sessions with rapporteurs' reports, in time order."""
    return list(session.scalars(
        select(ProgrammeSession)
        .where(ProgrammeSession.event_id == event.id, ProgrammeSession.kind.in_(SUBSTANTIVE))
        .order_by(ProgrammeSession.day, ProgrammeSession.start_time, ProgrammeSession.id)
    ))


def _find_session(sessions: list[ProgrammeSession], keywords: list[str], index: int,
                  taken: set[int]) -> ProgrammeSession | None:
    for keyword in keywords:
        for item in sessions:
            if item.id not in taken and fold(keyword) in fold(item.title):
                return item
    spare = [s for s in sessions if s.id not in taken]
    return spare[min(index, len(spare) - 1)] if spare else None


def _paragraph_starting(doc: OutcomeDocument, prefix: str) -> Paragraph | None:
    for section in doc.sections:
        for para in section.paragraphs:
            if para.text.startswith(prefix):
                return para
    return None


def add_recommendations(session: Session, event: Event, doc: OutcomeDocument) -> int:
    """The illustrative rapporteurs' items, linked to the final paragraphs reflecting them."""
    data: dict[str, Any] = json.loads(_text("recommendations.json"))
    sessions = substantive_sessions(session, event)
    taken: set[int] = set()
    count = 0
    for index, group in enumerate(data["groups"]):
        item = _find_session(sessions, group["keywords"], index, taken)
        if item is None:
            break
        taken.add(item.id)
        rapporteurs = item.people(RoleKind.RAPPORTEUR)
        author = rapporteurs[0] if rapporteurs else None
        for entry in group["items"]:
            hour, minute = (int(x) for x in entry["time"].split(":"))
            rec = ops.add_recommendation(
                session, item, entry["text"], author=author,
                author_name="" if author else f"Rapporteur, {item.title.split(':')[0]}",
                recorded_at=datetime.combine(item.day, time(hour, minute)),
            )
            count += 1
            target = entry.get("reflected_in")
            para = _paragraph_starting(doc, target) if target else None
            if para is not None:
                ops.link_recommendation(session, para, rec)
                ops.link_session(session, para, item)
    return count


def add_demo_documents(session: Session, event: Event) -> OutcomeDocument:
    """Add the Chair's Conclusions with Draft 1, Draft 2 and Final snapshots to `event`."""
    doc = ops.create_document_from_text(session, event, parse_text(_text("draft-1.txt")),
                                        title=TITLE)
    ops.take_snapshot(session, doc, DRAFT_1, taken_at=_at(event, 0, 20),
                      note="Illustrative: built on the five points announced before the "
                           "conference.")
    ops.take_in_draft(session, doc, parse_text(_text("draft-2.txt")))
    _set_status(doc, ParagraphStatus.BRACKETED, BRACKETED_IN_DRAFT_2)
    session.flush()
    ops.take_snapshot(session, doc, DRAFT_2, taken_at=_at(event, 1, 9),
                      note="Illustrative: after the rapporteurs' reports of the first day.")
    ops.take_in_draft(session, doc, parse_text(_text("final.txt")))
    _set_status(doc, ParagraphStatus.AGREED)
    session.flush()
    ops.take_snapshot(session, doc, FINAL, taken_at=_at(event, 1, 17), final=True,
                      note="As published by the host country after the conference.")
    add_recommendations(session, event, doc)
    return doc
