"""Undo and redo of Conclusions changes when someone else edits the same database meanwhile."""

from __future__ import annotations

from confdesk.conclusions import operations as ops
from confdesk.conclusions.models import OutcomeDocument, SectionKind
from confdesk.conclusions.queries import paragraph_by_uid
from confdesk.db.database import Database
from confdesk.ui.conclusions.commands import Change, Scope
from tests.factories import make_event


def test_undo_refuses_to_overwrite_a_colleagues_later_edit(database: Database) -> None:
    """Undo put the whole working text back as it was before the step, wiping what a colleague
    saved meanwhile in another paragraph (two laptops on one PostgreSQL database)."""
    with database.sessions.begin() as s:
        doc = ops.create_document(s, make_event(s), "Chair's Conclusions")
        section = ops.add_section(s, doc, SectionKind.NUMBERED_LIST, "They note that:")
        mine = ops.add_paragraph(s, section, "First.").uid
        theirs = ops.add_paragraph(s, section, "Second.").uid
        doc_id = doc.id
    failures: list[str] = []
    command = Change(database, Scope(doc_id), "Edit paragraph",
                     lambda s, _d: ops.edit_paragraph(s, paragraph_by_uid(s, mine), "Mine."),
                     lambda _c: None, failures.append)
    command.execute()
    command.redo()
    with database.sessions.begin() as s:
        ops.edit_paragraph(s, paragraph_by_uid(s, theirs), "Their agreed wording.")
    command.undo()
    assert failures and "Someone else changed this document" in failures[0]
    with database.sessions() as s:
        assert s.get(OutcomeDocument, doc_id) is not None
        assert (paragraph_by_uid(s, mine).text, paragraph_by_uid(s, theirs).text) == (
            "Mine.", "Their agreed wording.")


def test_undo_and_redo_go_through_when_nobody_else_wrote(database: Database) -> None:
    with database.sessions.begin() as s:
        doc = ops.create_document(s, make_event(s), "Chair's Conclusions")
        section = ops.add_section(s, doc, SectionKind.NUMBERED_LIST, "They note that:")
        para = ops.add_paragraph(s, section, "First.")
        ops.add_comment(s, para, "Check with the AU.", author="Chair's team")
        uid, doc_id = para.uid, doc.id
    failures: list[str] = []
    command = Change(database, Scope(doc_id), "Edit paragraph",
                     lambda s, _d: ops.edit_paragraph(s, paragraph_by_uid(s, uid), "Mine."),
                     lambda _c: None, failures.append)
    command.execute()
    command.redo()
    command.undo()
    with database.sessions() as s:
        assert paragraph_by_uid(s, uid).text == "First."
    command.redo()
    with database.sessions() as s:
        assert paragraph_by_uid(s, uid).text == "Mine."
    assert failures == []
