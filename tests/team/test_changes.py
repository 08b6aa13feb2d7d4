"""A second desk sees a colleague's change within seconds (PostgreSQL LISTEN/NOTIFY, SQLite
PRAGMA data_version), and not its own."""

from __future__ import annotations

import time
from collections.abc import Callable

from confdesk.db.database import Database
from confdesk.registration.models import Status
from confdesk.registration.service import RegistrationService
from confdesk.team.changes import PARTICIPANT_KINDS, Change, ChangeFeed
from tests.factories import make_event, make_participant
from tests.team.conftest import Desk, open_as


def _wait(feed: ChangeFeed, seconds: float = 5.0) -> list[Change]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = feed.poll()
        if found:
            return found
        time.sleep(0.05)
    return []


def test_second_desk_sees_a_change_within_seconds(
        database: Database, desk_for: Callable[[str], Desk]) -> None:
    with database.sessions.begin() as s:
        event = make_event(s)
        anne = make_participant(s, event, given_name="Anne", family_name="Dupont")
        s.flush()
        event_id, anne_id = event.id, anne.id
    mine, theirs = open_as(desk_for("ana")), open_as(desk_for("rui"))
    feed = ChangeFeed(mine)
    try:
        assert feed.poll() == []
        RegistrationService(mine, event_id).set_status([anne_id], Status.CONFIRMED)
        assert _wait(feed, 0.5) == []  # one's own change is no news
        started = time.monotonic()
        RegistrationService(theirs, event_id).set_status([anne_id], Status.CHECKED_IN)
        [change] = _wait(feed)
        assert time.monotonic() - started < 3
        assert change.person == theirs.person
        assert change.action == "Registration: set status"
        assert change.ids("participant") == (anne_id,)
        assert change.touches(PARTICIPANT_KINDS) and change.events == (event_id,)
        assert feed.poll() == []  # told once
    finally:
        feed.close()
        mine.close()
        theirs.close()
