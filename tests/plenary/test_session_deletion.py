"""Deleting a programme session takes its speakers' list along; undoing the deletion brings
it back whole (order, the chair's changes, the timer, the rapporteur's note)."""

from __future__ import annotations

import pytest

from confdesk.db.database import Database
from confdesk.errors import UserError
from confdesk.plenary.speakers_models import SpeakerLevel
from confdesk.plenary.speakers_service import FloorService, InscriptionData
from confdesk.programme.service import ProgrammeService
from tests.plenary.floor_helpers import delegations, plenary


def test_undone_deletion_brings_the_list_back(database: Database) -> None:
    p = plenary(database)
    p.service.swap(p.ids["Rwanda"], p.ids["Senegal"])
    p.service.withdraw(p.ids["China"])
    p.service.start(p.ids["Ghana"])
    p.service.stop(p.ids["Ghana"])
    p.service.link_note(p.ids["Rwanda"], p.note_id)
    before = p.service.snapshot(p.session_id)
    programme = ProgrammeService(database, p.service.event_id)

    deleted = programme.delete(p.session_id, None)
    with pytest.raises(UserError):
        p.service.snapshot(p.session_id)
    new_id = programme.replay(deleted, forward=False)
    assert new_id is not None
    after = FloorService(database, p.service.event_id).snapshot(new_id)
    assert [(r.delegation, r.number, r.status, r.moved) for r in after.rows] == [
        (r.delegation, r.number, r.status, r.moved) for r in before.rows]
    assert [(a.kind, a.delegation, a.other) for a in after.adjustments] == [
        (a.kind, a.delegation, a.other) for a in before.adjustments]
    ghana = next(r for r in after.rows if r.delegation == "Ghana")
    assert ghana.started_at is not None and ghana.ended_at is not None
    rwanda = next(r for r in after.rows if r.delegation == "Rwanda")
    assert rwanda.note_text == "Rwanda: national focal points by 2015."

    # a colleague inscribes someone: redoing the deletion would lose it, so it is refused
    p.service.inscribe(new_id, InscriptionData("Peru", SpeakerLevel.MINISTER))
    with pytest.raises(UserError):
        programme.replay(deleted, forward=True)
    assert "Peru" in delegations(p.service, new_id)
