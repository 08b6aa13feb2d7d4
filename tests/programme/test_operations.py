"""Programme operations: validation, move/resize snapping, roles and undo, on both engines."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.errors import ConcurrentEditError
from confdesk.db.reader import SessionReader
from confdesk.programme import operations as ops
from confdesk.programme.models import RoleKind, SessionKind
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.programme.queries import load_programme
from tests.factories import make_event, make_participant, make_room, make_session, make_theme


def _data(**kw: object) -> ops.SessionData:
    values: dict = {"title": "Panel I", "day": date(2014, 3, 31), "start_time": time(9, 0),
                    "end_time": time(10, 30), "kind": SessionKind.PANEL}
    values.update(kw)
    return ops.SessionData(**values)


def test_create_cleans_and_keeps_fields(session: Session) -> None:
    event = make_event(session)
    room, theme = make_room(session, event), make_theme(session, event)
    item = ops.create_session(session, event.id, _data(
        title="  Early   warning ", room_id=room.id, theme_id=theme.id, description=" Text "))
    session.commit()
    got = load_programme(SessionReader(session)).session(item.id)
    assert (got.title, got.room.name, got.theme.name, got.description) == (
        "Early warning", room.name, theme.name, "Text")


@pytest.mark.parametrize(("change", "words"), [
    ({"title": "   "}, "needs a title"),
    ({"day": date(2014, 4, 2)}, "outside the event"),
    ({"day": date(2014, 3, 30)}, "outside the event"),
    ({"end_time": time(9, 0)}, "must end after it starts"),
    ({"end_time": time(8, 0)}, "must end after it starts"),
])
def test_create_refuses_impossible_sessions(session: Session, change: dict, words: str) -> None:
    event = make_event(session)
    with pytest.raises(ops.ProgrammeError, match=words):
        ops.create_session(session, event.id, _data(**change))
    assert session.query(ProgrammeSession).count() == 0


def test_room_of_another_event_is_refused(session: Session) -> None:
    event, other = make_event(session), make_event(session, title="Other")
    foreign = make_room(session, other)
    with pytest.raises(ops.ProgrammeError, match="room does not belong"):
        ops.create_session(session, event.id, _data(room_id=foreign.id))


def test_move_snaps_keeps_length_and_undoes(session: Session) -> None:
    event = make_event(session)
    a, b = make_room(session, event), make_room(session, event)
    item = make_session(session, event, room=a, start_time=time(9, 0), end_time=time(10, 30))
    before = ops.move_session(session, item.id, day=date(2014, 4, 1), start_time=time(14, 2),
                              room_id=b.id)
    session.commit()
    moved = load_programme(SessionReader(session)).session(item.id)
    assert (moved.day, moved.start_time, moved.end_time, moved.room.id) == (
        date(2014, 4, 1), time(14, 0), time(15, 30), b.id)
    ops.move_session(session, item.id, start_time=time(14, 3))
    assert item.start_time == time(14, 5) and item.room_id == b.id
    ops.restore_session(session, before)
    session.commit()
    back = load_programme(SessionReader(session)).session(item.id)
    assert (back.day, back.start_time, back.end_time, back.room.id) == (
        date(2014, 3, 31), time(9, 0), time(10, 30), a.id)


def test_move_past_midnight_is_refused(session: Session) -> None:
    event = make_event(session)
    item = make_session(session, event, start_time=time(9, 0), end_time=time(11, 0))
    with pytest.raises(ops.ProgrammeError, match="past midnight"):
        ops.move_session(session, item.id, start_time=time(23, 0))


def test_resize_snaps_with_five_minute_minimum(session: Session) -> None:
    event = make_event(session)
    item = make_session(session, event, start_time=time(9, 0), end_time=time(10, 0))
    ops.resize_session(session, item.id, time(10, 48))
    assert item.end_time == time(10, 50)
    ops.resize_session(session, item.id, time(10, 47, 20))
    assert item.end_time == time(10, 45)
    ops.resize_session(session, item.id, time(8, 0))
    assert item.end_time == time(9, 5)


def test_snap_rounds_to_nearest_five_minutes() -> None:
    assert [ops.snap(time(9, m)) for m in (0, 2, 3, 7, 8, 58)] == [
        time(9, 0), time(9, 0), time(9, 5), time(9, 5), time(9, 10), time(10, 0)]
    assert ops.snap(time(23, 59)) == time(23, 55)


def test_roles_in_speaking_order(session: Session) -> None:
    event = make_event(session)
    item = make_session(session, event)
    a, b, c = (make_participant(session, event, given_name=n, family_name="X") for n in "ABC")
    ops.assign_role(session, item.id, a.id, RoleKind.SPEAKER)
    ops.assign_role(session, item.id, b.id, RoleKind.SPEAKER)
    ops.assign_role(session, item.id, c.id, RoleKind.SPEAKER, position=0)
    ops.assign_role(session, item.id, a.id, RoleKind.CHAIR)
    session.commit()

    def order() -> list[str]:
        got = load_programme(SessionReader(session)).session(item.id)
        return [p.given_name for p in got.people(RoleKind.SPEAKER)]

    assert order() == ["C", "A", "B"]
    with pytest.raises(ops.ProgrammeError, match="already speaker"):
        ops.assign_role(session, item.id, b.id, RoleKind.SPEAKER)
    link_b = next(r for r in item.roles if r.participant_id == b.id)
    ops.reorder_role(session, link_b.id, 0)
    session.commit()
    assert order() == ["B", "C", "A"]
    link_c = next(r for r in item.roles if r.participant_id == c.id)
    before = ops.remove_role(session, link_c.id)
    session.commit()
    assert order() == ["B", "A"]
    assert sorted(r.position for r in item.roles if r.role == RoleKind.SPEAKER) == [0, 1]
    ops.restore_session(session, before)
    session.commit()
    assert order() == ["B", "C", "A"]


def test_delete_and_restore_brings_roles_back(session: Session) -> None:
    event = make_event(session)
    item = make_session(session, event, title="Closing")
    person = make_participant(session, event)
    ops.assign_role(session, item.id, person.id, RoleKind.CHAIR)
    session.commit()
    state = ops.delete_session(session, item.id)
    session.commit()
    assert load_programme(SessionReader(session)).sessions == ()
    again = ops.restore_session(session, state)
    session.commit()
    assert again.id == item.id  # the same id: calendar UIDs and frab GUIDs survive an undo
    got = load_programme(SessionReader(session)).session(again.id)
    assert got.title == "Closing" and [p.id for p in got.people(RoleKind.CHAIR)] == [person.id]
    # New sessions after the restore still get fresh ids on both engines.
    later = ops.create_session(session, event.id, _data(title="Later"))
    session.commit()
    assert later.id != item.id


def test_duplicate_copies_roles(session: Session) -> None:
    event = make_event(session)
    item = make_session(session, event, title="Panel II", start_time=time(9, 0),
                        end_time=time(10, 0))
    ops.assign_role(session, item.id, make_participant(session, event).id, RoleKind.SPEAKER)
    copy = ops.duplicate_session(session, item.id)
    session.commit()
    got = load_programme(SessionReader(session)).session(copy.id)
    assert got.title == "Panel II (copy)" and len(got.roles) == 1
    assert (got.start_time, got.end_time) == (time(9, 0), time(10, 0))


def test_themes(session: Session) -> None:
    event = make_event(session)
    theme = ops.create_theme(session, event.id, "Prevention", "#AA3300")
    assert theme.colour == "#aa3300" and theme.position == 0
    assert ops.create_theme(session, event.id, "Justice", "#003366").position == 1
    with pytest.raises(ops.ProgrammeError, match="already a theme"):
        ops.create_theme(session, event.id, "prevention")
    with pytest.raises(ops.ProgrammeError, match="#RRGGBB"):
        ops.create_theme(session, event.id, "Other", "red")


def test_stale_version_is_a_concurrent_edit(database: Database) -> None:
    with database.sessions() as s:
        event = make_event(s)
        item = make_session(s, event)
        s.commit()
        item_id, version = item.id, item.version
    with database.sessions() as other:
        ops.move_session(other, item_id, start_time=time(11, 0))
        other.commit()
    with database.sessions() as s, pytest.raises(ConcurrentEditError):
        ops.update_session(s, item_id, _data(title="Mine"), expected_version=version)
    # A stale row loaded before the other user's commit fails at flush time too.
    with database.sessions() as s:
        mine = s.get(ProgrammeSession, item_id)
        assert mine is not None
        with database.sessions() as other:
            ops.resize_session(other, item_id, time(12, 0))
            other.commit()
        with pytest.raises(ConcurrentEditError):
            ops.update_session(s, item_id, _data(title="Mine"))


def test_restore_never_overwrites_a_session_that_took_the_old_id(session: Session) -> None:
    event = make_event(session)
    item = make_session(session, event, title="Deleted")
    state = ops.delete_session(session, item.id)
    session.commit()
    newer = ops.create_session(session, event.id, _data(title="Newer"))
    session.commit()
    back = ops.restore_session(session, state)
    session.commit()
    titles = {s.id: s.title for s in load_programme(SessionReader(session)).sessions}
    assert titles[newer.id] == "Newer" and titles[back.id] == "Deleted"
    assert len(titles) == 2


def test_undo_of_an_edit_to_a_deleted_session_is_refused(session: Session) -> None:
    event = make_event(session)
    item = make_session(session, event)
    before = ops.move_session(session, item.id, start_time=time(11, 0))
    ops.delete_session(session, item.id)
    with pytest.raises(ConcurrentEditError, match="no longer exists"):
        ops.restore_session(session, before)


def test_move_outside_the_event_and_foreign_people_are_refused(session: Session) -> None:
    event, other = make_event(session), make_event(session, title="Other")
    item = make_session(session, event)
    with pytest.raises(ops.ProgrammeError, match="outside the event"):
        ops.move_session(session, item.id, day=date(2014, 4, 5))
    stranger = make_participant(session, other)
    with pytest.raises(ops.ProgrammeError, match="not registered for this event"):
        ops.assign_role(session, item.id, stranger.id, RoleKind.SPEAKER)
    assert item.day == date(2014, 3, 31) and item.roles == []


def test_undone_deletion_brings_back_the_rapporteurs_items_and_paragraph_links(
        database: Database) -> None:
    """Deleting a session cascaded to its rapporteur's items and to the outcome document's
    links to it; undoing the deletion brought the session back without them."""
    from confdesk.conclusions import operations as conclusions
    from confdesk.conclusions import queries as q
    from confdesk.conclusions.models import SectionKind

    with database.sessions.begin() as s:
        event = make_event(s)
        author = make_participant(s, event)
        item = make_session(s, event, title="Panel II")
        doc = conclusions.create_document(s, event, "Chair's Conclusions")
        section = conclusions.add_section(s, doc, SectionKind.NUMBERED_LIST, "They note that:")
        first = conclusions.add_recommendation(s, item, "Train early-warning officers.",
                                               author=author)
        conclusions.add_recommendation(s, item, "Fund civil society.", author_name="R. Smith")
        para = conclusions.promote_recommendation(s, first, section)
        session_id, para_id, event_id = item.id, para.id, event.id
    from confdesk.programme.service import ProgrammeService

    service = ProgrammeService(database, event_id)
    deleted = service.delete(session_id, None)  # what it takes along: confdesk/consequences.py
    with database.sessions() as s:
        assert q.recommendations_of(s, session_id) == []
    assert service.replay(deleted, forward=False) == session_id
    with database.sessions() as s:
        items = q.recommendations_of(s, session_id)
        assert [(r.text, r.author_label) for r in items] == [
            ("Train early-warning officers.", author.display_name),
            ("Fund civil society.", "R. Smith")]
        assert [p.id for p in items[0].paragraphs] == [para_id]
        assert [x.id for x in s.get(type(para), para_id).sessions] == [session_id]


def test_theme_name_longer_than_its_column_is_refused(session: Session) -> None:
    """PostgreSQL raised DataError on a 201-character theme name; SQLite kept it."""
    event = make_event(session)
    with pytest.raises(ops.ProgrammeError, match="at most 200"):
        ops.create_theme(session, event.id, "T" * 201)
    theme = ops.create_theme(session, event.id, "T" * 200)
    with pytest.raises(ops.ProgrammeError, match="at most 200"):
        ops.update_theme(session, theme.id, name="U" * 201)
