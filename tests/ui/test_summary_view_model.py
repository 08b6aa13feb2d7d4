"""The summary's figures and breakdowns, worked out without Qt, on each engine."""

from __future__ import annotations

from dataclasses import dataclass, replace

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.reports.stats import event_stats
from confdesk.ui.summary.view_model import DocumentLine, build_summary, load_summary
from tests.ui.conftest import fill_two_events


def test_summary_of_an_event(database: Database) -> None:
    events = fill_two_events(database)
    summary = load_summary(database.sessions, events.conference)
    assert summary.title == "Conference on Prevention"
    assert (summary.start.isoformat(), summary.end.isoformat()) == ("2014-03-31", "2014-04-01")
    figures = {figure.key: figure.value for figure in summary.figures}
    assert figures == {
        "participants": 12, "active_participants": 11, "states": 2,
        "other_organisations": 1, "sessions": 5, "rooms": 1,
    }
    sections = {section.key: section for section in summary.sections}
    status = {row.key: (row.count, round(row.share, 3)) for row in
              sections["participants_by_status"].rows}
    # fixed lists keep their empty rows, so a desk sees that nobody has checked in yet
    assert status["confirmed"] == (11, 0.917)
    assert status["declined"] == (1, 0.083)
    assert status["checked_in"] == (0, 0.0)
    days = [(row.key, row.count) for row in sections["sessions_per_day"].rows]
    assert days == [("2014-03-31", 3), ("2014-04-01", 2)]
    kinds = [row.key for row in sections["participants_by_kind"].rows]
    assert kinds == ["state", "civil_society"]  # kinds nobody comes from are left out


def test_summary_of_an_event_without_sessions(database: Database) -> None:
    events = fill_two_events(database)
    summary = load_summary(database.sessions, events.workshop)
    sections = {section.key: section for section in summary.sections}
    assert sections["sessions_per_day"].rows == ()
    assert sections["sessions_per_day"].total == 0


def test_outcome_documents_are_summarised_from_mappings_or_objects(database: Database) -> None:
    events = fill_two_events(database)
    with database.sessions() as session:
        stats = event_stats(SessionReader(session), events.conference)

    @dataclass
    class Listed:
        title: str
        drafts: int
        paragraphs: int

    stats = replace(stats, documents=[
        {"id": 1, "title": "Chair's conclusions", "drafts": 3, "paragraphs": 24},
        Listed("Press release", 1, 5),
    ])
    summary = build_summary(stats)
    assert summary.documents == (
        DocumentLine("Chair's conclusions", 3, 24), DocumentLine("Press release", 1, 5),
    )
