"""The overlap sweep finds exactly the pairs a brute-force comparison finds."""

from __future__ import annotations

import itertools
import random
from datetime import date, time, timedelta

from confdesk.programme.conflicts import FindingKind, person_overlaps, room_overlaps
from confdesk.programme.models import RoleKind, SessionKind
from confdesk.programme.queries import (
    EventInfo,
    PersonInfo,
    ProgrammeSnapshot,
    RoleInfo,
    RoomInfo,
    SessionInfo,
)
from confdesk.registration.models import Status

EVENT = EventInfo(1, "Test", "T", date(2014, 3, 31), date(2014, 4, 1), "Europe/Brussels", "",
                  "", None, "", (), ("en",), "")


def _random_programme(rng: random.Random) -> ProgrammeSnapshot:
    rooms = [RoomInfo(i, f"Room {i}", None, i) for i in range(3)]
    people = [PersonInfo(i, "", f"G{i}", f"F{i}", False, "", "", Status.CONFIRMED, f"f{i}")
              for i in range(6)]
    sessions = []
    for sid in range(1, 61):
        start = rng.randrange(8 * 12, 18 * 12) * 5
        length = rng.choice((5, 15, 30, 60, 90))
        begins = time(start // 60, start % 60)
        ends = time((start + length) // 60, (start + length) % 60)
        roles = tuple(RoleInfo(sid * 10 + n, rng.choice(list(RoleKind)), n, p)
                      for n, p in enumerate(rng.sample(people, rng.randint(0, 2))))
        sessions.append(SessionInfo(
            sid, 1, EVENT.start_date + timedelta(days=rng.randint(0, 1)), begins, ends,
            SessionKind.BREAK, f"S{sid}", "", rng.choice(rooms), None, roles))
    return ProgrammeSnapshot(EVENT, tuple(rooms), (), tuple(sessions))


def _overlap(a: SessionInfo, b: SessionInfo) -> bool:
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def test_sweep_agrees_with_brute_force() -> None:
    rng = random.Random(4)
    for _ in range(20):
        snapshot = _random_programme(rng)
        pairs = list(itertools.combinations(snapshot.sessions, 2))
        want_rooms = {frozenset((a.id, b.id)) for a, b in pairs
                      if a.room == b.room and _overlap(a, b)}
        got_rooms = [frozenset(f.session_ids) for f in room_overlaps(snapshot)]
        assert sorted(map(sorted, got_rooms)) == sorted(map(sorted, want_rooms))
        want_people = {(p, frozenset((a.id, b.id))) for a, b in pairs if _overlap(a, b)
                       for p in {r.person.id for r in a.roles} & {r.person.id for r in b.roles}}
        found = person_overlaps(snapshot)
        assert all(f.kind == FindingKind.PERSON_OVERLAP for f in found)
        got_people = [(f.person_id, frozenset(f.session_ids)) for f in found]
        assert len(got_people) == len(set(got_people))
        assert set(got_people) == want_people
