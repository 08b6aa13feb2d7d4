"""Outcome-document services on SQLite and PostgreSQL: editing, numbering, drafts, links."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from confdesk.conclusions import operations as ops
from confdesk.conclusions import queries as q
from confdesk.conclusions.models import (
    OutcomeDocument,
    Paragraph,
    ParagraphStatus,
    SectionKind,
    Snapshot,
    SnapshotImmutableError,
)
from confdesk.db.database import Database
from confdesk.imports.document_text import parse_text, read_document
from tests.factories import make_event, make_participant, make_session


def _labels(doc: OutcomeDocument, index: int) -> list[tuple[str, str]]:
    section = q.working_text(doc).sections[index]
    return [(p.label, p.text) for p in section.paragraphs]


def _small(session) -> OutcomeDocument:
    event = make_event(session)
    doc = ops.create_document(session, event, "Chair's Summary")
    first = ops.add_section(session, doc, SectionKind.NUMBERED_LIST, "They note that:")
    second = ops.add_section(session, doc, SectionKind.NUMBERED_LIST, "They resolve to:")
    for text in ("A;", "B;", "C."):
        ops.add_paragraph(session, first, text)
    for text in ("D;", "E."):
        ops.add_paragraph(session, second, text)
    return doc


def test_numbers_restart_per_list_and_follow_moves(database: Database) -> None:
    with database.sessions.begin() as s:
        doc = _small(s)
        doc_id = doc.id
        assert _labels(doc, 0) == [("1.", "A;"), ("2.", "B;"), ("3.", "C.")]
        assert _labels(doc, 1) == [("1.", "D;"), ("2.", "E.")]
        c = doc.sections[0].top_paragraphs[2]
        c_uid = c.uid
        ops.move_paragraph(s, c, 0)
        assert _labels(doc, 0) == [("1.", "C."), ("2.", "A;"), ("3.", "B;")]
        ops.move_paragraph(s, c, 1, section=doc.sections[1])
    with database.sessions() as s:
        doc = s.get(OutcomeDocument, doc_id)
        assert _labels(doc, 0) == [("1.", "A;"), ("2.", "B;")]
        assert _labels(doc, 1) == [("1.", "D;"), ("2.", "C."), ("3.", "E.")]
        assert doc.sections[1].top_paragraphs[1].uid == c_uid


def test_deleted_paragraphs_lose_their_number_and_come_back(database: Database) -> None:
    with database.sessions.begin() as s:
        doc = _small(s)
        b = doc.sections[0].top_paragraphs[1]
        ops.delete_paragraph(s, b)
        tree = q.working_text(doc)
        assert [(p.label, p.status) for p in tree.sections[0].paragraphs] == [
            ("1.", "proposed"), ("", "deleted"), ("2.", "proposed")]
        assert q.paragraph_count(tree) == 4
        ops.set_status(s, b, ParagraphStatus.BRACKETED)
        assert _labels(doc, 0)[1] == ("2.", "B;")
        ops.delete_paragraph(s, b, purge=True)
        assert _labels(doc, 0) == [("1.", "A;"), ("2.", "C.")]


def test_split_merge_indent_outdent(database: Database) -> None:
    with database.sessions.begin() as s:
        doc = _small(s)
        section = doc.sections[0]
        a = section.top_paragraphs[0]
        ops.edit_paragraph(s, a, "First half. Second half;")
        tail = ops.split_paragraph(s, a, len("First half."))
        assert _labels(doc, 0)[:2] == [("1.", "First half."), ("2.", "Second half;")]
        ops.indent(s, tail)
        tree = q.working_text(doc)
        first = tree.sections[0].paragraphs[0]
        assert [(c.label, c.text) for c in first.children] == [("(a)", "Second half;")]
        assert [p.label for p in tree.sections[0].paragraphs] == ["1.", "2.", "3."]
        ops.outdent(s, tail)
        ops.merge_with_next(s, a)
        assert _labels(doc, 0) == [("1.", "First half. Second half;"), ("2.", "B;"),
                                   ("3.", "C.")]
        with pytest.raises(ops.EditError):
            ops.indent(s, section.top_paragraphs[0])
        with pytest.raises(ops.EditError):
            ops.merge_with_next(s, section.top_paragraphs[-1])
        with pytest.raises(ops.EditError):
            ops.split_paragraph(s, section.top_paragraphs[1], 0)


def test_snapshots_are_immutable_and_restorable(database: Database) -> None:
    with database.sessions.begin() as s:
        doc = _small(s)
        doc_id = doc.id
        ops.take_snapshot(s, doc, "Draft 1 — 31 March 20:00")
        with pytest.raises(ops.EditError, match="already"):
            ops.take_snapshot(s, doc, "Draft 1 — 31 March 20:00")
        first = doc.sections[0].top_paragraphs[0]
        ops.add_comment(s, first, "Keep this one.", author="Chair's team")
        ops.edit_paragraph(s, first, "A, amended;")
        ops.move_paragraph(s, doc.sections[0].top_paragraphs[2], 0)
        ops.add_paragraph(s, doc.sections[1], "F, new.")
    with database.sessions() as s:
        doc = s.get(OutcomeDocument, doc_id)
        snap = q.find_snapshot(doc, "draft 1")
        old = q.snapshot_text(snap)
        assert [p.text for p in old.sections[0].paragraphs] == ["A;", "B;", "C."]
        snap.name = "Renamed"
        with pytest.raises(SnapshotImmutableError):
            s.flush()
        s.rollback()
    with database.sessions.begin() as s:
        doc = s.get(OutcomeDocument, doc_id)
        snap = q.find_snapshot(doc, "Draft 1")
        ops.restore_snapshot(s, doc, snap)
    with database.sessions() as s:
        doc = s.get(OutcomeDocument, doc_id)
        assert _labels(doc, 0) == [("1.", "A;"), ("2.", "B;"), ("3.", "C.")]
        assert _labels(doc, 1) == [("1.", "D;"), ("2.", "E.")]
        assert q.working_content(doc) == q.find_snapshot(doc, "Draft 1").content
        first = doc.sections[0].top_paragraphs[0]
        assert [c.text for c in first.comments] == ["Keep this one."]
        assert s.scalars(select(Snapshot.name)).all() == ["Draft 1 — 31 March 20:00"]


def test_recommendations_promoted_and_traced(database: Database) -> None:
    with database.sessions.begin() as s:
        doc = _small(s)
        event = doc.event
        panel = make_session(s, event, title="Session I: research")
        rapporteur = make_participant(s, event, given_name="Ana", family_name="Lima")
        used = ops.add_recommendation(s, panel, "Fund research on prevention.",
                                      author=rapporteur)
        ops.add_recommendation(s, panel, "Hold a follow-up meeting.", author_name="R. Smith")
        para = ops.promote_recommendation(s, used, doc.sections[1], position=0)
        assert _labels(doc, 1)[0] == ("1.", "Fund research on prevention.")
        rows = q.reflection(s, panel.id, doc)
        assert [(r.recommendation.text, r.reflected) for r in rows] == [
            ("Fund research on prevention.", True), ("Hold a follow-up meeting.", False)]
        assert rows[0].paragraph_uids == (para.uid,)
        assert rows[0].recommendation.author_label == "Ana Lima"
        assert rows[1].recommendation.author_label == "R. Smith"
        assert [x.title for x in q.source_sessions(para)] == ["Session I: research"]
        assert list(q.sources_by_uid(doc)) == [para.uid]
        ops.delete_paragraph(s, para)
        assert not q.reflection(s, panel.id, doc)[0].reflected


def test_find_replace_and_counts(database: Database) -> None:
    with database.sessions.begin() as s:
        event = make_event(s)
        tree = parse_text("They note that:\n1. The State acts;\n2. States act too.\n")
        doc = ops.create_document_from_text(s, event, tree, title="Summary")
        assert len(ops.find_in_document(doc, "state")) == 2
        assert len(ops.find_in_document(doc, "state", whole_word=True)) == 1
        assert ops.replace_in_document(s, doc, "State", "Government", whole_word=True) == 1
        assert _labels(doc, 0)[0] == ("1.", "The Government acts;")
        tree = q.working_text(doc)
        assert (q.word_count(tree), q.paragraph_count(tree)) == (9, 2)
        summary = q.document_summaries(s, event.id)[0]
        assert (summary.title, summary.drafts, summary.paragraphs) == ("Summary", 0, 2)
        with pytest.raises(ops.EditError):
            ops.find_in_document(doc, "")


def test_a_new_draft_keeps_identities(database: Database, shared_dir: Path) -> None:
    reference = shared_dir / "reference" / "brussels-2014-chairs-conclusions.txt"
    with database.sessions.begin() as s:
        event = make_event(s)
        doc = ops.create_document_from_text(s, event, read_document(reference), title="CC")
        before = {p.text: p.uid for _, p, _ in q.working_text(doc).paragraphs()}
        first = s.scalars(select(Paragraph).where(Paragraph.uid == before[
            "Remain seized of the matter."])).one()
        ops.add_comment(s, first, "Standard closing.")
        text = reference.read_text(encoding="utf-8").replace(
            "in school curricula;", "in school and university curricula;")
        ops.take_in_draft(s, doc, parse_text(text))
        after = {p.text: p.uid for _, p, _ in q.working_text(doc).paragraphs()}
        assert after["Remain seized of the matter."] == before["Remain seized of the matter."]
        changed = "Encourage Governments to include atrocity prevention in school and " \
                  "university curricula;"
        old = "Encourage Governments to include atrocity prevention in school curricula;"
        assert after[changed] == before[old]
        assert len(after) == 23
        again = q.paragraph_by_uid(s, before["Remain seized of the matter."])
        assert [c.text for c in again.comments] == ["Standard closing."]


def test_recommendations_edited_moved_deleted_and_filtering(database: Database) -> None:
    with database.sessions.begin() as s:
        doc = _small(s)
        panel = make_session(s, doc.event, title="Session II")
        first = ops.add_recommendation(s, panel, "First.", author_name="R")
        second = ops.add_recommendation(s, panel, "Second.", author_name="R")
        para = ops.promote_recommendation(s, first, doc.sections[0])
        ops.move_recommendation(s, second, 0)
        ops.edit_recommendation(s, first, "First, reworded.")
        assert [r.text for r in q.recommendations_of(s, panel.id)] == [
            "Second.", "First, reworded."]
        assert q.filter_paragraphs(doc, session_id=panel.id) == [para.uid]
        ops.set_status(s, para, ParagraphStatus.BRACKETED)
        assert q.filter_paragraphs(doc, status=ParagraphStatus.BRACKETED) == [para.uid]
        ops.delete_recommendation(s, first)
        assert [r.text for r in q.recommendations_of(s, panel.id)] == ["Second."]
        # The paragraph stays; it still names the session it came from.
        assert q.filter_paragraphs(doc, session_id=panel.id) == [para.uid]
        with pytest.raises(ops.EditError):
            ops.edit_recommendation(s, second, "  ")


def test_text_longer_than_its_column_is_refused_on_every_engine(database: Database) -> None:
    """PostgreSQL raised DataError (a traceback from `import document --title`) where SQLite
    kept the text: the services now refuse it with a message on both."""
    from confdesk.conclusions import state

    with database.sessions.begin() as s:
        doc = _small(s)
        with pytest.raises(ops.EditError, match="at most 400"):
            ops.create_document(s, doc.event, "T" * 401)
        with pytest.raises(ops.EditError, match="at most 200"):
            ops.take_snapshot(s, doc, "D" * 201)
        para = doc.sections[0].top_paragraphs[0]
        with pytest.raises(ops.EditError, match="at most 200"):
            ops.add_comment(s, para, "Fine.", author="A" * 201)
        panel = make_session(s, doc.event)
        with pytest.raises(ops.EditError, match="at most 200"):
            ops.add_recommendation(s, panel, "Fine.", author_name="R" * 201)
        rec = ops.add_recommendation(s, panel, "Fine.", author_name="R")
        with pytest.raises(ops.EditError, match="at most 200"):
            state.edit_item(s, rec, "Fine.", author_name="R" * 201)
        assert ops.take_snapshot(s, doc, "D" * 200).name == "D" * 200


def test_a_text_save_over_a_colleagues_later_change_is_refused(database: Database) -> None:
    """The editor saved the typed text over whatever the paragraph held then: a colleague's
    wording, saved meanwhile from another laptop, was silently replaced."""
    from confdesk.db.errors import ConcurrentEditError

    with database.sessions.begin() as s:
        doc = _small(s)
        para, section = doc.sections[0].top_paragraphs[0], doc.sections[0]
        uid = para.uid
        ops.edit_paragraph(s, para, "Their wording;")  # saved since the editor showed "A;"
        with pytest.raises(ConcurrentEditError, match="now reads: “Their wording;”"):
            ops.edit_paragraph(s, para, "My wording;", expected="A;")
        with pytest.raises(ConcurrentEditError):
            ops.edit_lead_in(s, section, "They decide:", expected="They said:")
        ops.edit_paragraph(s, para, "My wording;", expected="Their wording; ")
        ops.edit_lead_in(s, section, "They decide:", expected="They note that:")
    with database.sessions() as s:
        assert q.paragraph_by_uid(s, uid).text == "My wording;"


@pytest.mark.parametrize("change", [
    lambda s, p: ops.edit_paragraph(s, p, "Mine."),
    lambda s, p: ops.split_paragraph(s, p, 1),
    lambda s, p: ops.delete_paragraph(s, p),
    lambda s, p: ops.move_paragraph(s, p, 2),
])
def test_a_colleagues_save_in_between_is_a_concurrent_edit(database: Database,
                                                             change: object) -> None:
    """Two secretariat members on the same paragraph: the later save is refused with the
    ConcurrentEditError every domain raises (it was SQLAlchemy's raw StaleDataError). The
    service's unit of work refuses it through the one helper, `db.concurrency.stale_guard`."""
    from confdesk.conclusions.service import PART
    from confdesk.db.concurrency import stale_guard
    from confdesk.db.errors import ConcurrentEditError

    with database.sessions.begin() as s:
        doc = _small(s)
        para_id = doc.sections[0].paragraphs[0].id
    with database.sessions() as mine:
        para = mine.get(Paragraph, para_id)
        assert para is not None and para.text == "A;"
        mine.commit()  # what the window does after reading: no transaction left open
        with database.sessions.begin() as theirs:
            other = theirs.get(Paragraph, para_id)
            assert other is not None
            ops.edit_paragraph(theirs, other, "Theirs;")
        with pytest.raises(ConcurrentEditError, match="changed by someone else"), \
                stale_guard(PART):
            change(mine, para)  # type: ignore[operator]
        mine.rollback()
    with database.sessions() as s:
        assert s.get(Paragraph, para_id).text == "Theirs;"  # type: ignore[union-attr]
