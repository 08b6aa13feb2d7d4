"""Comments and rapporteur's items are signed by the person working, not by a typed name."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from confdesk.conclusions.models import (
    OutcomeDocument,
    Paragraph,
    ParagraphComment,
    Recommendation,
    Section,
)
from confdesk.conclusions.service import ConclusionsService
from confdesk.db.database import Database
from tests.factories import make_event, make_session
from tests.team.conftest import Desk, open_as


def test_comment_and_item_signed_by_the_person_working(
        database: Database, desk_for: Callable[[str], Desk]) -> None:
    with database.sessions.begin() as s:
        event = make_event(s)
        panel = make_session(s, event, title="Early warning")
        doc = OutcomeDocument(event=event, title="Chair's Conclusions")
        para = Paragraph(section=Section(document=doc), text="Prevention starts early.")
        s.add_all([doc, para])
        s.flush()
        ids = (event.id, panel.id, para.uid)
    desk = open_as(desk_for("rui"))
    try:
        service = ConclusionsService.open(desk, event_id=ids[0])
        service.add_comment(ids[2], "Cite the 2014 report.")
        service.add_item(ids[1], "Fund early-warning units.", "Ms Speaker")
        rows, _lists = service.items(ids[1])
        service.replay(service.delete_item(rows[0].id), forward=False)  # undone: still noted
        again, _lists = service.items(ids[1])
        assert again[0].recorded_by == desk.person
    finally:
        desk.close()
    with database.sessions() as s:
        [stored] = s.scalars(select(ParagraphComment)).all()
        [item] = s.scalars(select(Recommendation)).all()
    assert stored.author == desk.person
    assert (item.author_name, item.recorded_by) == ("Ms Speaker", desk.person)
    assert [(r.author, r.recorded_by) for r in rows] == [("Ms Speaker", desk.person)]
