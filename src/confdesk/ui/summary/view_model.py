"""What the summary shows, worked out from EventStats without Qt: figures, tables, shares."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from confdesk.db.reader import SessionReader

if TYPE_CHECKING:  # (the statistics' queries load with the figures, after the first paint)
    from confdesk.db.database import Sessions
    from confdesk.reports.stats import EventStats


@dataclass(frozen=True)
class Figure:
    """One headline number, e.g. 480 participants."""

    key: str
    value: int


@dataclass(frozen=True)
class Row:
    """One line of a breakdown: what, how many, and its share of the section's total."""

    key: str
    count: int
    share: float
    #: The name to show when the key is data rather than a code the window knows (a
    #: category's name); empty otherwise.
    name: str = ""


@dataclass(frozen=True)
class Section:
    """One breakdown table, e.g. participants by status."""

    key: str
    rows: tuple[Row, ...]
    total: int


@dataclass(frozen=True)
class DocumentLine:
    """One outcome document: its title, drafts kept and paragraphs in the working text."""

    title: str
    drafts: int
    paragraphs: int


@dataclass(frozen=True)
class Summary:
    """Everything the summary widget draws for one event."""

    title: str
    short_name: str
    start: date
    end: date
    figures: tuple[Figure, ...]
    sections: tuple[Section, ...]
    documents: tuple[DocumentLine, ...] = ()

    def figure(self, key: str) -> int:
        """The headline number `key` (0 if absent)."""
        return next((f.value for f in self.figures if f.key == key), 0)


#: Breakdowns in the order they are shown; `keep_zero` keeps rows of a fixed list at 0.
SECTION_ORDER: tuple[tuple[str, bool], ...] = (
    ("participants_by_status", True),
    ("participants_by_category", True),
    ("participants_by_kind", False),
    ("participants_by_region", False),
    ("sessions_per_day", False),
)


def _section(key: str, counts: dict[str, int], keep_zero: bool,
             names: Mapping[str, str] | None = None) -> Section:
    total = sum(counts.values())
    rows = tuple(
        Row(name, count, count / total if total else 0.0, (names or {}).get(name, ""))
        for name, count in counts.items()
        if keep_zero or count
    )
    return Section(key, rows, total)


def _document(doc: Any) -> DocumentLine:
    # EventStats.documents holds mappings or the conclusions package's summaries.
    def get(name: str) -> Any:
        return doc.get(name) if isinstance(doc, Mapping) else getattr(doc, name, None)

    return DocumentLine(str(get("title") or ""), int(get("drafts") or 0),
                        int(get("paragraphs") or 0))


def build_summary(stats: EventStats) -> Summary:
    """The summary of one event's figures."""
    figures = (
        Figure("participants", stats.participants),
        Figure("active_participants", stats.active_participants),
        Figure("states", stats.states),
        # States are organisations too in the figures; the card counts the others, as the
        # summary line does ("… from 125 States and 46 organisations").
        Figure("other_organisations", stats.organisations - stats.states),
        Figure("sessions", stats.sessions),
        Figure("rooms", stats.rooms),
    )
    sections = tuple(
        _section(key, getattr(stats, key), keep_zero,
                 stats.category_names if key == "participants_by_category" else None)
        for key, keep_zero in SECTION_ORDER
    )
    return Summary(
        title=stats.event_title,
        short_name=stats.event_short_name,
        start=date.fromisoformat(stats.start_date),
        end=date.fromisoformat(stats.end_date),
        figures=figures,
        sections=sections,
        documents=tuple(_document(doc) for doc in stats.documents),
    )


def load_summary(sessions: Sessions, event_id: int) -> Summary:
    """Read an event's figures in one short unit of work."""
    from confdesk.reports.stats import event_stats

    with sessions() as session:
        return build_summary(event_stats(SessionReader(session), event_id))
