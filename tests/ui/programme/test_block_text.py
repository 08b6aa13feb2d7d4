"""What a session block paints: every part wraps over the lines the block has, only the last
line of a part is elided, a long kind of session gets a line of its own, and the tooltip
holds the whole; room headings show their whole name as a tooltip."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from confdesk.programme.models import SessionKind
from confdesk.ui.programme.blocks import SessionBlock
from confdesk.ui.programme.grid import HEADER_HEIGHT
from confdesk.ui.programme.labels import kind_text
from confdesk.ui.programme.screen import ProgrammeScreen

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")


def block_of(screen: ProgrammeScreen, title_start: str, width: float, height: float,
             **changes: object) -> SessionBlock:
    original = next(b for b in screen.grid.blocks.values()
                    if b.session.title.startswith(title_start))
    session = replace(original.session, **changes)  # type: ignore[arg-type]
    return SessionBlock(session, 0, QRectF(0, 0, width, height), QColor("#3f9a8c"), [])


def parts(lines: list[tuple[str, str]], part: str) -> list[str]:
    return [text for kind, text in lines if kind == part]


def test_a_tall_block_shows_the_whole_title_and_chair_wrapped(screen: ProgrammeScreen) -> None:
    block = block_of(screen, "Session II:", 130, 400)
    lines = block.text_lines(screen.grid.font())
    assert " ".join(parts(lines, "title")) == block.session.title
    assert " ".join(parts(lines, "chair")) == block.chair_line()
    assert len(parts(lines, "title")) > 3
    assert not any(text.endswith("…") for _, text in lines)
    width = 130 - 1 - 9 - 4
    bold = QFont(screen.grid.font())
    bold.setBold(True)
    metrics = QFontMetricsF(bold)
    assert all(metrics.horizontalAdvance(t) <= width + 0.5 for t in parts(lines, "title"))


def test_a_short_block_elides_only_the_last_title_line_and_the_tooltip_has_it_all(
        screen: ProgrammeScreen) -> None:
    block = block_of(screen, "Session II:", 130, 70)
    lines = block.text_lines(screen.grid.font())
    title = parts(lines, "title")
    assert 1 <= len(title) <= 2
    assert title[-1].endswith("…") and not any(t.endswith("…") for t in title[:-1])
    assert block.session.title in block.toolTip()


def test_a_long_kind_gets_a_line_of_its_own_instead_of_being_cut(
        screen: ProgrammeScreen) -> None:
    block = block_of(screen, "Session II:", 120, 120, kind=SessionKind.HIGH_LEVEL)
    head = parts(block.text_lines(screen.grid.font()), "head")
    assert head == [f"{block.session.time_range} ·", kind_text(SessionKind.HIGH_LEVEL)]
    wide = block_of(screen, "Session II:", 400, 120, kind=SessionKind.HIGH_LEVEL)
    assert parts(wide.text_lines(screen.grid.font()), "head") == [
        f"{block.session.time_range} · {kind_text(SessionKind.HIGH_LEVEL)}"]


def test_a_room_heading_tells_its_whole_name(screen: ProgrammeScreen) -> None:
    grid = screen.grid
    last = len(grid.column_lefts) - 1
    x = grid.column_lefts[last] + grid.column_widths[last] / 2
    view_x = grid.mapFromScene(x, 0).x()
    assert grid.header_at(HEADER_HEIGHT / 2, grid.mapToScene(QPoint(view_x, 5)).x()) == \
        "Bilateral Meeting Room"
    assert grid.header_at(HEADER_HEIGHT + 20, x) == ""
