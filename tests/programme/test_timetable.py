"""Day grid geometry: columns, lanes for clashes, drop targets."""

from __future__ import annotations

from datetime import date, time

from confdesk.programme.models import SessionKind
from confdesk.programme.queries import EventInfo, ProgrammeSnapshot, RoomInfo, SessionInfo
from confdesk.programme.timetable import NO_ROOM, day_grid

DAY = date(2014, 3, 31)
EVENT = EventInfo(1, "Test", "T", DAY, DAY, "Europe/Brussels", "", "", None, "", (), ("en",), "")
ROOMS = (RoomInfo(10, "Salle Europe", None, 0), RoomInfo(11, "Room Mandela", None, 1))


def _s(sid: int, start: str, end: str, room: RoomInfo | None) -> SessionInfo:
    h1, m1 = map(int, start.split(":"))
    h2, m2 = map(int, end.split(":"))
    return SessionInfo(sid, 1, DAY, time(h1, m1), time(h2, m2), SessionKind.PANEL, f"S{sid}",
                       "", room, None)


def test_columns_lanes_and_span() -> None:
    sessions = (
        _s(1, "09:00", "10:30", ROOMS[0]),
        _s(2, "10:00", "11:00", ROOMS[0]),   # clashes with 1: second lane
        _s(3, "10:45", "11:30", ROOMS[0]),   # clashes with 2 only: back to lane 0
        _s(4, "12:00", "13:00", ROOMS[0]),   # alone again: one lane
        _s(5, "07:10", "07:40", ROOMS[1]),
        _s(6, "19:00", "20:15", None),
    )
    grid = day_grid(ProgrammeSnapshot(EVENT, ROOMS, (), sessions), DAY)
    assert [c.name for c in grid.columns] == ["Salle Europe", "Room Mandela", NO_ROOM]
    assert (grid.start, grid.end) == (7 * 60, 21 * 60)
    got = {b.session.id: (b.column, b.lane, b.lanes, b.top, b.height) for b in grid.blocks}
    assert got == {
        1: (0, 0, 2, 120, 90),
        2: (0, 1, 2, 180, 60),
        3: (0, 0, 2, 225, 45),
        4: (0, 0, 1, 300, 60),
        5: (1, 0, 1, 10, 30),
        6: (2, 0, 1, 720, 75),
    }


def test_back_to_back_sessions_share_a_lane() -> None:
    sessions = (_s(1, "09:00", "10:00", ROOMS[0]), _s(2, "10:00", "11:00", ROOMS[0]))
    grid = day_grid(ProgrammeSnapshot(EVENT, ROOMS, (), sessions), DAY)
    assert [(b.lane, b.lanes) for b in grid.blocks] == [(0, 1), (0, 1)]
    assert [c.name for c in grid.columns] == ["Salle Europe", "Room Mandela"]
    assert (grid.start, grid.end) == (8 * 60, 19 * 60)


def test_drop_target_snaps() -> None:
    grid = day_grid(ProgrammeSnapshot(EVENT, ROOMS, (), ()), DAY)
    assert grid.drop_target(1, 63) == (11, time(9, 5))
    assert grid.drop_target(0, -30) == (10, time(8, 0))
