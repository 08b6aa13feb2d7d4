"""What the Conclusions screen shows, read into plain values (Qt-free, no open session).

The service's read methods return these; the window's pages only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from confdesk.conclusions.models import OutcomeDocument
from confdesk.conclusions.queries import sources_by_uid, working_text
from confdesk.conclusions.tree import DocumentText, EventInfo


def short_session_name(title: str) -> str:
    """"Session I: Status of…" → "Session I"; other titles as they are."""
    head = title.split(":", 1)[0].strip()
    return head if len(head) <= 40 else head[:39] + "…"


@dataclass
class Shown:
    """What the editor shows: the tree, sources and comments per paragraph uid."""

    tree: DocumentText
    sources: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    source_titles: dict[str, list[str]] = field(default_factory=dict)
    comments: dict[str, list[str]] = field(default_factory=dict)
    sessions: list[tuple[int, str]] = field(default_factory=list)
    #: Every session of the event, for linking; and each paragraph's direct links.
    all_sessions: list[tuple[int, str]] = field(default_factory=list)
    direct: dict[str, list[int]] = field(default_factory=dict)


def shown_working(doc: OutcomeDocument) -> Shown:
    """The working text of `doc` with its sources, comments and linkable sessions."""
    shown = Shown(working_text(doc))
    sessions: dict[int, str] = {}
    for uid, found in sources_by_uid(doc).items():
        shown.sources[uid] = [(s.id, short_session_name(s.title)) for s in found]
        shown.source_titles[uid] = [s.title for s in found]
        sessions.update((s.id, s.title) for s in found)
    for section in doc.sections:
        for para in section.paragraphs:
            shown.comments[para.uid] = [
                f"{c.author or '—'}: {c.text}" for c in para.comments]
            shown.direct[para.uid] = [s.id for s in para.sessions]
    shown.all_sessions = [(s.id, s.title) for s in sorted(
        doc.event.sessions, key=lambda s: (s.day, s.start_time, s.id))]
    shown.sessions = sorted(sessions.items(), key=lambda kv: kv[0])
    return shown


@dataclass(frozen=True)
class Place:
    """Where a reflecting paragraph stands: its number and the list it is in."""

    #: "16", "4(a)"; "" for a paragraph of a free-text part.
    number: str
    #: The list's lead-in in full ("" for a free-text part).
    lead_in: str


@dataclass(frozen=True)
class ItemRow:
    """One rapporteur's item as listed: text, author, time, the paragraphs reflecting it."""

    id: int
    text: str
    author: str
    recorded_at: datetime | None
    #: The reflecting paragraphs, in reading order.
    reflected_in: tuple[Place, ...]
    #: Who noted it in confdesk ("" for items from before team mode).
    recorded_by: str = ""


def places(tree: DocumentText) -> dict[str, Place]:
    """The place of every paragraph of `tree`, by uid."""
    found: dict[str, Place] = {}
    parent = ""
    for section, para, depth in tree.paragraphs():
        number = para.label.strip().rstrip(".") if section.numbered else ""
        if depth == 0:
            parent = number
        elif number:
            number = parent + number
        found[para.uid] = Place(number, section.lead_in if section.numbered else "")
    return found


@dataclass(frozen=True)
class DraftRow:
    """One draft of a document (id None: the working text)."""

    id: int | None
    name: str
    taken_at: datetime | None
    note: str
    final: bool = False


@dataclass(frozen=True)
class TextForExport:
    """A text (a draft or the working text) with what its exports need."""

    tree: DocumentText
    event: EventInfo
    country: str
    title: str


@dataclass(frozen=True)
class BracketRow:
    """One bracketed part of the text: where it is and what it says (index -1: the whole
    paragraph is bracketed by its status)."""

    uid: str
    number: str
    index: int
    text: str


@dataclass(frozen=True)
class AmendmentCompilation:
    """The compilation of a document's amendments, paragraph by paragraph."""

    title: str
    event: EventInfo
    rows: tuple[Any, ...]
    #: The document's language: the one the table's headings are printed in.
    language: str = "en"


@dataclass(frozen=True)
class CommentsReport:
    """A document's comment threads, for print."""

    title: str
    event: EventInfo
    threads: tuple[Any, ...]
    language: str = "en"
