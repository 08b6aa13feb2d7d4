"""Where the keyboard goes in the demo's day grids (Qt-free rules of navigation.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.db.reader import SessionReader
from confdesk.programme.queries import ProgrammeSnapshot, load_programme
from confdesk.programme.timetable import DayGrid, day_grid
from confdesk.ui.programme import navigation

FIRST_DAY, SECOND_DAY = date(2014, 3, 31), date(2014, 4, 1)


@pytest.fixture(scope="module")
def snapshot(demo_template: Path) -> ProgrammeSnapshot:
    db = open_database(demo_template)
    try:
        with db.sessions() as s:
            return load_programme(SessionReader(s))
    finally:
        db.close()


def _id(grid: DayGrid, title_start: str) -> int:
    return next(b.session.id for b in grid.blocks if b.session.title.startswith(title_start))


def _title(grid: DayGrid, session_id: int | None) -> str | None:
    return next((b.session.title for b in grid.blocks if b.session.id == session_id), None)


def test_tab_follows_the_running_order_and_stops_at_the_ends(
        snapshot: ProgrammeSnapshot) -> None:
    grid = day_grid(snapshot, FIRST_DAY)
    order = [_title(grid, i) for i in navigation.running_order(grid)]
    assert order[:4] == ["Registration and welcome coffee", "Opening session: welcome address",
                         "Session I: Status of academic research on genocide", "Coffee break"]
    assert len(order) == 9
    assert navigation.first(grid) == _id(grid, "Registration")
    assert navigation.step_in_order(grid, 0, 1) == _id(grid, "Registration")  # none selected
    assert _title(grid, navigation.step_in_order(grid, 0, -1)).startswith("Side event")
    last = navigation.running_order(grid)[-1]
    assert navigation.step_in_order(grid, last, 1) is None
    assert navigation.step_in_order(grid, navigation.first(grid), -1) is None


def test_up_and_down_stay_in_the_room(snapshot: ProgrammeSnapshot) -> None:
    grid = day_grid(snapshot, FIRST_DAY)
    session_one = _id(grid, "Session I:")
    assert _title(grid, navigation.step_in_column(grid, session_one, 1)).startswith("Session II")
    assert _title(grid, navigation.step_in_column(grid, session_one, -1)).startswith("Opening")
    assert navigation.step_in_column(grid, _id(grid, "Opening"), -1) is None
    lunch = _id(grid, "Lunch")
    assert _title(grid, navigation.step_in_column(grid, lunch, -1)) == "Coffee break"


def test_left_and_right_go_to_the_nearest_block_in_time_skipping_empty_rooms(
        snapshot: ProgrammeSnapshot) -> None:
    grid = day_grid(snapshot, SECOND_DAY)
    icglr = _id(grid, "Side event: The ICGLR")
    # 13:30–14:20: the High Level session (14:30) is 10 minutes away, Session VI ends 30 before
    assert _title(grid, navigation.beside(grid, icglr, -1)) == "High Level Political Session"
    assert _title(grid, navigation.beside(grid, icglr, 1)) == "Lunch"
    press = _id(grid, "Press briefing")
    assert _title(grid, navigation.beside(grid, press, -1)) == "Lunch"  # overlapping wins
    assert navigation.beside(grid, press, 1) is None  # the Bilateral Meeting Room is empty
    first_day = day_grid(snapshot, FIRST_DAY)
    # from the Foyer on day one, rightwards only empty rooms: nowhere to go
    assert navigation.beside(first_day, _id(first_day, "Lunch"), 1) is None
    assert navigation.beside(grid, 10**9, 1) is None
