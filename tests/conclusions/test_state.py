"""Undo states of a working text and of a session's items restore rows, links and comments."""

from __future__ import annotations

import pytest

from confdesk.conclusions import operations as ops
from confdesk.conclusions import queries as q
from confdesk.conclusions.models import SectionKind
from confdesk.conclusions.state import (
    capture_document,
    capture_items,
    edit_item,
    restore_document,
    restore_items,
)
from confdesk.db.database import Database
from tests.factories import make_event, make_session


def _labels(doc: object) -> list[tuple[str, str]]:
    tree = q.working_text(doc)  # type: ignore[arg-type]
    return [(p.label, p.text) for _s, p, _d in tree.paragraphs()]


def test_merge_undone_gives_back_the_paragraph_its_comment_and_links(database: Database,
                                                                     ) -> None:
    with database.sessions.begin() as s:
        event = make_event(s)
        panel = make_session(s, event, title="Session I")
        doc = ops.create_document(s, event, "Chair's Conclusions")
        section = ops.add_section(s, doc, SectionKind.NUMBERED_LIST, "They note that:")
        first = ops.add_paragraph(s, section, "First;")
        rec = ops.add_recommendation(s, panel, "Second point.", author_name="R")
        second = ops.promote_recommendation(s, rec, section, text="Second.")
        ops.add_comment(s, second, "Check the wording.", "Anna")
        doc_id, second_uid = doc.id, second.uid
        before = capture_document(doc)
        ops.merge_with_next(s, first)
        assert _labels(doc) == [("1.", "First; Second.")]
    with database.sessions.begin() as s:
        doc = q.get_document(s, doc_id)
        restore_document(s, doc, before)
    with database.sessions() as s:
        doc = q.get_document(s, doc_id)
        assert _labels(doc) == [("1.", "First;"), ("2.", "Second.")]
        second = q.paragraph_by_uid(s, second_uid)
        assert [c.text for c in second.comments] == ["Check the wording."]
        assert [r.text for r in second.recommendations] == ["Second point."]
        first = q.paragraph_by_uid(s, doc.sections[0].top_paragraphs[0].uid)
        assert first.comments == [] and first.recommendations == []
        assert [x.title for x in q.source_sessions(second)] == ["Session I"]


def test_items_deleted_and_edited_come_back_with_their_links(database: Database) -> None:
    with database.sessions.begin() as s:
        event = make_event(s)
        panel = make_session(s, event, title="Session II")
        doc = ops.create_document(s, event, "Chair's Conclusions")
        section = ops.add_section(s, doc, SectionKind.NUMBERED_LIST, "They note that:")
        one = ops.add_recommendation(s, panel, "One.", author_name="R")
        ops.add_recommendation(s, panel, "Two.", author_name="R")
        para = ops.promote_recommendation(s, one, section)
        panel_id, doc_id, one_id, uid = panel.id, doc.id, one.id, para.uid
        items = capture_items(s, panel_id)
        edit_item(s, one, "One, reworded.", author_name="Someone else")
        ops.move_recommendation(s, one, 1)
        ops.delete_recommendation(s, one)
        assert [r.text for r in q.recommendations_of(s, panel_id)] == ["Two."]
    with database.sessions.begin() as s:
        restore_items(s, panel_id, items)
    with database.sessions() as s:
        recs = q.recommendations_of(s, panel_id)
        assert [(r.id, r.text, r.author_label) for r in recs][0] == (one_id, "One.", "R")
        assert [r.text for r in recs] == ["One.", "Two."]
        doc = q.get_document(s, doc_id)
        assert [x.paragraph_uids for x in q.reflection(s, panel_id, doc)] == [(uid,), ()]


def test_an_item_edit_over_a_colleagues_later_change_is_refused(database: Database) -> None:
    """The item dialog's text was saved over whatever the item held by then."""
    from confdesk.db.errors import ConcurrentEditError

    with database.sessions.begin() as s:
        panel = make_session(s, make_event(s), title="Session II")
        item = ops.add_recommendation(s, panel, "One.", author_name="R")
        ops.edit_recommendation(s, item, "One, as the panel agreed.")  # a colleague, meanwhile
        with pytest.raises(ConcurrentEditError, match="now reads: “One, as the panel agreed.”"):
            edit_item(s, item, "One, mine.", expected="One.")
        assert item.text == "One, as the panel agreed."
        edit_item(s, item, "One, mine.", expected="One, as the panel agreed.")
        assert item.text == "One, mine."
