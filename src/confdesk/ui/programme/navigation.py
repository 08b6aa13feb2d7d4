"""Which block the keyboard goes to next in a day grid: pure functions over `DayGrid`.

Qt-free, so the rules are tested without a window: Tab follows the day's running order,
Up/Down stay in the room's column, Left/Right go to the nearest block in the next room that
has one.
"""

from __future__ import annotations

from confdesk.programme.timetable import Block, DayGrid


def _block(grid: DayGrid, session_id: int) -> Block | None:
    return next((b for b in grid.blocks if b.session.id == session_id), None)


def _in_time(block: Block) -> tuple[int, int, int, int]:
    return block.top, block.column, block.lane, block.session.id


def running_order(grid: DayGrid) -> list[int]:
    """Session ids in the order Tab visits them: by start, then room column, then lane."""
    return [b.session.id for b in sorted(grid.blocks, key=_in_time)]


def first(grid: DayGrid) -> int:
    """The day's first session (0 when the day is empty)."""
    order = running_order(grid)
    return order[0] if order else 0


def step_in_order(grid: DayGrid, session_id: int, step: int) -> int | None:
    """The session `step` places after (negative: before) `session_id` in running order;
    None past either end. With nothing selected, the first (or last) session."""
    order = running_order(grid)
    if not order:
        return None
    if session_id not in order:
        return order[0] if step > 0 else order[-1]
    index = order.index(session_id) + step
    return order[index] if 0 <= index < len(order) else None


def step_in_column(grid: DayGrid, session_id: int, step: int) -> int | None:
    """The previous (step -1) or next (+1) session in the same room's column, by start."""
    block = _block(grid, session_id)
    if block is None:
        return None
    column = sorted((b for b in grid.blocks if b.column == block.column),
                    key=lambda b: (b.top, b.lane, b.session.id))
    index = column.index(block) + step
    return column[index].session.id if 0 <= index < len(column) else None


def _gap(a: Block, b: Block) -> int:
    """Minutes between two blocks' spans; negative: how long they overlap."""
    return max(a.top, b.top) - min(a.top + a.height, b.top + b.height)


def beside(grid: DayGrid, session_id: int, step: int) -> int | None:
    """The block nearest in time in the next column to the left (step -1) or right (+1) that
    has any; the one overlapping most wins, then the one starting closest."""
    block = _block(grid, session_id)
    if block is None:
        return None
    column = block.column + step
    while 0 <= column < len(grid.columns):
        candidates = [b for b in grid.blocks if b.column == column]
        if candidates:
            nearest = min(candidates, key=lambda b: (_gap(block, b), abs(b.top - block.top),
                                                     b.lane, b.session.id))
            return nearest.session.id
        column += step
    return None
