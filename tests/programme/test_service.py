"""Undo and redo of sessions that a rapporteur's items and the outcome document refer to."""

from __future__ import annotations

from datetime import date, time

import pytest

from confdesk.conclusions import operations as conclusions
from confdesk.conclusions import queries as q
from confdesk.db.database import Database
from confdesk.errors import ConcurrentEditError
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.programme.operations import SessionData
from confdesk.programme.service import ProgrammeService, ThemeValues
from tests.factories import make_event


def _editor(database: Database) -> ProgrammeService:
    with database.sessions.begin() as s:
        event_id = make_event(s).id
    return ProgrammeService(database, event_id)


def _data() -> SessionData:
    return SessionData("Panel III", date(2014, 3, 31), time(14, 0), time(15, 30))


def test_undoing_a_creation_keeps_the_items_a_rapporteur_recorded_since(
        database: Database) -> None:
    """Undo of "New session" deleted the session and, with it, the rapporteur's items that
    had been recorded for it meanwhile."""
    editor = _editor(database)
    created = editor.create(_data())
    with database.sessions.begin() as s:
        item = s.get(ProgrammeSession, created.session_id)
        conclusions.add_recommendation(s, item, "Fund early warning.", author_name="R")
    with pytest.raises(ConcurrentEditError, match="rapporteur's items"):
        editor.replay(created, forward=False)
    with database.sessions() as s:
        assert [r.text for r in q.recommendations_of(s, created.session_id)] == [
            "Fund early warning."]


def test_a_deletion_undone_and_redone_takes_its_items_along_again(database: Database) -> None:
    editor = _editor(database)
    created = editor.create(_data())
    with database.sessions.begin() as s:
        item = s.get(ProgrammeSession, created.session_id)
        conclusions.add_recommendation(s, item, "Fund early warning.", author_name="R")
    deleted = editor.delete(created.session_id, None)
    new_id = editor.replay(deleted, forward=False)  # undo
    assert new_id is not None
    with database.sessions() as s:
        assert [r.text for r in q.recommendations_of(s, new_id)] == ["Fund early warning."]
    assert editor.replay(deleted, forward=True) is None  # redo
    with database.sessions() as s:
        assert s.get(ProgrammeSession, new_id) is None


def test_a_dialog_save_with_stale_people_is_refused(database: Database) -> None:
    """Changing only a session's people did not raise its version, so a dialog opened before
    saved its old list of people over a colleague's new speaker, silently."""
    from confdesk.programme.models import RoleKind
    from confdesk.programme.operations import RoleState
    from tests.factories import make_participant

    editor = _editor(database)
    with database.sessions.begin() as s:
        from confdesk.events.models import Event

        event = s.get(Event, editor.event_id)
        assert event is not None
        chair, speaker = make_participant(s, event).id, make_participant(s, event).id
    created = editor.create(_data(), [RoleState(chair, RoleKind.CHAIR, 0)])
    mine = editor.snapshot().session(created.session_id)  # my dialog opens
    editor.update(created.session_id, editor.snapshot().session(created.session_id).version,
                  _data(), [RoleState(chair, RoleKind.CHAIR, 0),
                            RoleState(speaker, RoleKind.SPEAKER, 0)])  # a colleague's dialog
    with pytest.raises(ConcurrentEditError, match="changed by someone else"):
        editor.update(created.session_id, mine.version,
                      SessionData("Panel III: renamed", date(2014, 3, 31), time(14, 0),
                                  time(15, 30)), [RoleState(chair, RoleKind.CHAIR, 0)])
    roles = {(r.person.id, r.role) for r in editor.snapshot().session(created.session_id).roles}
    assert roles == {(chair, RoleKind.CHAIR), (speaker, RoleKind.SPEAKER)}


def test_undoing_a_theme_refuses_to_overwrite_or_strip_a_colleagues_use_of_it(
        database: Database) -> None:
    """Undo of a new theme deleted it even when a colleague had given it to sessions since
    (they lost their theme); undo of a rename put the old name back over a later rename."""
    editor = _editor(database)
    theme_id = editor.create_theme("Early warning", "#AA3300")
    created = editor.create(_data())
    with database.sessions.begin() as s:  # a colleague gives the new theme to a session
        item = s.get(ProgrammeSession, created.session_id)
        assert item is not None
        item.theme_id = theme_id
    with pytest.raises(ConcurrentEditError, match="have this theme now"):
        editor.delete_theme(theme_id)
    assert editor.snapshot().session(created.session_id).theme is not None
    before = editor.update_theme(theme_id, ThemeValues("Prevention", "#AA3300"))
    editor.update_theme(theme_id, ThemeValues("Prevention ", "#aa3300"),
                        expected=ThemeValues("Prevention", "#AA3300"))  # as stored: goes
    editor.update_theme(theme_id, ThemeValues("Atrocity prevention", "#aa3300"))  # colleague
    with pytest.raises(ConcurrentEditError, match="changed “Atrocity prevention” since"):
        editor.update_theme(theme_id, before, expected=ThemeValues("Prevention", "#aa3300"))
    assert [t.name for t in editor.snapshot().themes] == ["Atrocity prevention"]
