"""Shared by the outcome-document tests: the reference text normalised, a demo-like event."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path

from sqlalchemy.orm import Session

from confdesk.events.models import Event
from confdesk.programme.models import SessionKind
from tests.factories import make_event, make_session

#: The substantive and other sessions of the Brussels programme, by title and kind.
BRUSSELS_SESSIONS = [
    ("Opening session: welcome address", SessionKind.OPENING),
    ("Session I: Status of academic research on genocide", SessionKind.PANEL),
    ("Coffee break", SessionKind.BREAK),
    ("Session II: The international legal framework – human rights law", SessionKind.PANEL),
    ("Session III: The role of civil society", SessionKind.PANEL),
    ("Session IV: Political actions – keynote addresses", SessionKind.KEYNOTE),
    ("Session V: panel of international political experts", SessionKind.PANEL),
    ("Session VI: Parliaments and national responses", SessionKind.PANEL),
    ("High Level Political Session", SessionKind.HIGH_LEVEL),
    ("Closing session: call for action by the chair", SessionKind.CLOSING),
]


def brussels_event(session: Session) -> Event:
    """An event with the Brussels programme's session titles and kinds."""
    event = make_event(session, title="International Conference on Genocide Prevention")
    for index, (title, kind) in enumerate(BRUSSELS_SESSIONS):
        day = event.start_date if index < 5 else event.end_date
        make_session(session, event, title=title, kind=kind, day=day,
                     start_time=time(8 + index), end_time=time(8 + index, 50))
    return event


def normalise(text: str) -> str:
    """Words only: list markers ("- 1.", "1.", "(a)") dropped, all whitespace one space."""
    text = re.sub(r"(?m)^\s*(?:-\s*)?(?:\d{1,2}\.|\([a-z]\))\s+", "", text)
    return " ".join(text.split())


def reference_text(shared_dir: Path) -> str:
    return (shared_dir / "reference" / "brussels-2014-chairs-conclusions.txt").read_text(
        encoding="utf-8")


def demo_texts(database) -> dict:  # type: ignore[no-untyped-def]
    """The demo document's trees (working, drafts) and event info, built on `database`."""
    from confdesk.conclusions import queries as q
    from confdesk.conclusions.demo import add_demo_documents

    with database.sessions.begin() as s:
        event = brussels_event(s)
        doc = add_demo_documents(s, event)
        return {
            "info": q.event_info(event),
            "working": q.working_text(doc),
            "draft1": q.text_of(doc, "Draft 1"),
            "draft2": q.text_of(doc, "Draft 2"),
            "final": q.text_of(doc, "Final"),
        }
