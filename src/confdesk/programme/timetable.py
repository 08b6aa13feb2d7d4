"""The day grid's geometry, computed without Qt: columns, blocks, lanes and drop targets.

The GUI draws a `DayGrid` as it is: rooms as columns, minutes from the top of the grid as
rows. Sessions that overlap in one room share the column side by side (lanes), so a clash is
visible instead of hidden under another block.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import date, time

from confdesk.programme.operations import SNAP_MINUTES, snap
from confdesk.programme.queries import ProgrammeSnapshot, SessionInfo

#: The grid shows at least this span, widened to whole hours around the sessions.
DEFAULT_START, DEFAULT_END = 8 * 60, 19 * 60
#: Shown in the grid for sessions that have no room yet.
NO_ROOM = "No room"


@dataclass(frozen=True, slots=True)
class Column:
    """A column of the grid: a room, or the sessions without one (room_id None)."""

    room_id: int | None
    name: str


@dataclass(frozen=True, slots=True)
class Block:
    """Where one session sits: its column, its lane among `lanes`, top and height in minutes
    from the grid's first minute."""

    session: SessionInfo
    column: int
    lane: int
    lanes: int
    top: int
    height: int


@dataclass(frozen=True, slots=True)
class DayGrid:
    """One day of the programme laid out for the grid view."""

    day: date
    #: First and last minute of the day shown (minutes since midnight, whole hours).
    start: int
    end: int
    columns: tuple[Column, ...]
    blocks: tuple[Block, ...]

    def time_at(self, offset: int) -> time:
        """The time `offset` minutes below the top of the grid, snapped to 5 minutes and kept
        within the grid."""
        minutes = max(self.start, min(self.start + offset, self.end - SNAP_MINUTES))
        return snap(time(minutes // 60, minutes % 60))

    def drop_target(self, column: int, offset: int) -> tuple[int | None, time]:
        """(room id, snapped start) for a block dropped at `offset` minutes in `column`:
        the arguments `operations.move_session` takes."""
        if not 0 <= column < len(self.columns):
            raise IndexError(f"no column {column}")
        return self.columns[column].room_id, self.time_at(offset)


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def _lanes(sessions: list[SessionInfo]) -> dict[int, tuple[int, int]]:
    """(lane, lane count) per session id: overlapping sessions get distinct lanes, and every
    session of a cluster of mutual overlaps gets the cluster's lane count."""
    ordered = sorted(sessions, key=lambda s: (s.start_time, s.end_time, s.id))
    result: dict[int, tuple[int, int]] = {}
    active: list[tuple[int, int]] = []  # (end minute, lane)
    free: list[int] = []
    cluster: list[int] = []
    cluster_width = 0

    def close_cluster() -> None:
        for session_id in cluster:
            result[session_id] = (result[session_id][0], cluster_width)

    for s in ordered:
        start = _minutes(s.start_time)
        while active and active[0][0] <= start:
            heapq.heappush(free, heapq.heappop(active)[1])
        if not active:
            close_cluster()
            cluster, cluster_width, free = [], 0, []
        lane = heapq.heappop(free) if free else len(active)
        heapq.heappush(active, (max(_minutes(s.end_time), start + 1), lane))
        result[s.id] = (lane, 0)
        cluster.append(s.id)
        cluster_width = max(cluster_width, lane + 1)
    close_cluster()
    return result


def day_grid(snapshot: ProgrammeSnapshot, day: date) -> DayGrid:
    """The grid of one day: a column per room (and one for roomless sessions if any)."""
    sessions = snapshot.sessions_on(day)
    columns = [Column(r.id, r.name) for r in snapshot.rooms]
    index = {r.id: i for i, r in enumerate(snapshot.rooms)}
    if any(s.room is None for s in sessions):
        columns.append(Column(None, NO_ROOM))
    first = min([DEFAULT_START] + [_minutes(s.start_time) for s in sessions])
    last = max([DEFAULT_END] + [_minutes(s.end_time) for s in sessions])
    start, end = first // 60 * 60, min(-(-last // 60) * 60, 24 * 60)
    by_column: dict[int, list[SessionInfo]] = {}
    for s in sessions:
        column = index[s.room.id] if s.room is not None else len(columns) - 1
        by_column.setdefault(column, []).append(s)
    blocks = []
    for column, held in by_column.items():
        lanes = _lanes(held)
        for s in held:
            lane, count = lanes[s.id]
            top = _minutes(s.start_time) - start
            # A session ending before it starts is still drawn, at the smallest height.
            height = max(_minutes(s.end_time) - _minutes(s.start_time), SNAP_MINUTES)
            blocks.append(Block(s, column, lane, count, top, height))
    blocks.sort(key=lambda b: (b.column, b.top, b.lane))
    return DayGrid(day, start, end, tuple(columns), tuple(blocks))
