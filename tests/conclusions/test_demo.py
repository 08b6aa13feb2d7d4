"""The demo's outcome document: final text, earlier drafts, rapporteurs' items per session."""

from __future__ import annotations

from sqlalchemy import select

from confdesk.conclusions import queries as q
from confdesk.conclusions.demo import DRAFT_1, DRAFT_2, FINAL, add_demo_documents
from confdesk.conclusions.diff import compare
from confdesk.db.database import Database
from confdesk.programme.models import Session as ProgrammeSession
from tests.conclusions.helpers import brussels_event


def test_demo_document_drafts_and_recommendations(database: Database) -> None:
    with database.sessions.begin() as s:
        event = brussels_event(s)
        event_id = event.id
        add_demo_documents(s, event)
    with database.sessions() as s:
        doc = q.get_document(s, event_id=event_id)
        assert [x.name for x in doc.snapshots] == [DRAFT_1, DRAFT_2, FINAL]
        assert [x.final for x in doc.snapshots] == [False, False, True]
        working = q.working_text(doc)
        assert working.final
        assert [(x.kind, len(x.paragraphs)) for x in working.sections] == [
            ("free_text", 3), ("numbered_list", 5), ("numbered_list", 15)]
        first = q.text_of(doc, DRAFT_1)
        assert first.sections[-1].lead_in == "The participants call for:"
        assert len(first.sections[-1].paragraphs) == 5  # the five announced points
        # The drafts share identities with the final text, so that comparison means something.
        result = compare(first, working)
        assert result.uids("changed") and result.uids("added")
        kept = {p.uid for _, p, _ in first.paragraphs()} & {p.uid for _, p, _ in
                                                            working.paragraphs()}
        assert len(kept) >= 5
        bracketed = [p.text[:26] for _, p, _ in q.text_of(doc, DRAFT_2).paragraphs()
                     if p.status == "bracketed"]
        assert sorted(bracketed) == ["Exchange such information ", "Regional Mechanisms like A"]
        substantive = s.scalars(select(ProgrammeSession).where(
            ProgrammeSession.event_id == event_id,
            ProgrammeSession.kind.in_(["panel", "keynote", "high_level", "plenary"]))).all()
        assert len(substantive) == 7
        for item in substantive:
            rows = q.reflection(s, item.id, doc)
            assert rows, item.title
            assert any(r.reflected for r in rows), item.title
        unreflected = [r.recommendation.text for item in substantive
                       for r in q.reflection(s, item.id, doc) if not r.reflected]
        assert "Support ethically responsible media in awareness raising." in unreflected
        sources = q.sources_by_uid(doc)
        seized = next(p for _, p, _ in working.paragraphs() if p.text.startswith("Include the"))
        assert [x.title for x in sources[seized.uid]] == [
            "Session IV: Political actions – keynote addresses"]

