"""The day grid: rooms as columns, time as rows, sessions as blocks that drag and stretch."""

from __future__ import annotations

import bisect
import math
from datetime import time

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from confdesk.programme.conflicts import Finding
from confdesk.programme.operations import SNAP_MINUTES
from confdesk.programme.queries import ProgrammeSnapshot, SessionInfo
from confdesk.programme.timetable import NO_ROOM, DayGrid
from confdesk.ui.programme import grid_access
from confdesk.ui.programme.blocks import FOCUS_COLOUR, SessionBlock
from confdesk.ui.programme.grid_keys import GridKeyboard
from confdesk.ui.programme.labels import KIND_COLOURS, NO_THEME_COLOUR, long_day

TIME_WIDTH = 56.0
HEADER_HEIGHT = 30.0
#: Scene y of the grid's first minute: below the header, with room for its time label.
GRID_TOP = HEADER_HEIGHT + 12.0
MIN_COLUMN_WIDTH = 118.0
#: The narrowest a session may be drawn when sessions clash in a room and share its column:
#: wide enough for its times and the start of its title.
MIN_LANE_WIDTH = 104.0
#: Pixels per minute: default and bounds of the zoom.
DEFAULT_SCALE, MIN_SCALE, MAX_SCALE = 1.5, 0.6, 5.0
ZOOM_STEP = 1.25
GRID_LINE = QColor("#c9d0d8")
TICK_LINE = QColor("#e7ebef")
HEADER_FILL = QColor("#eef1f5")


class DayGridView(QGraphicsView):
    """One day of the programme; signals ask the screen to change it, the view never does."""

    #: Emitted with a session id when a block is double-clicked or Enter is pressed on it.
    session_activated = Signal(int)
    #: Emitted with the selected session id (0: none).
    session_selected = Signal(int)
    #: Emitted with (room id or None, start time) on a double-click on an empty cell.
    create_requested = Signal(object, object)
    #: Emitted with (session id, room id or None, snapped start) when a block is dropped.
    move_requested = Signal(int, object, object)
    #: Emitted with (session id, end time) when a block's bottom edge is dropped.
    resize_requested = Signal(int, object)
    #: Emitted with the new pixels per minute when the zoom changes.
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setMouseTracking(True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setBackgroundBrush(QColor("white"))
        self.scale_factor = DEFAULT_SCALE
        self.colour_by_kind = False
        self.grid: DayGrid | None = None
        self.blocks: dict[int, SessionBlock] = {}
        self.findings: dict[int, list[Finding]] = {}
        self.column_width = MIN_COLUMN_WIDTH
        #: Each column's left edge and width in the scene: a column whose sessions clash is
        #: widened so each of them stays readable side by side.
        self.column_lefts: list[float] = [TIME_WIDTH]
        self.column_widths: list[float] = [MIN_COLUMN_WIDTH]
        self._drag: _Drag | None = None
        #: Blocks are chosen but not dragged nor stretched (the person may not edit sessions).
        self.read_only = False
        self._selected = 0
        #: Where a dragged block would land, shown beside it while dragging.
        self.drag_hint = ""
        self.keys = GridKeyboard(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timetable"))
        self.setWhatsThis(self.tr(
            "Arrow keys or Tab: choose a session. Alt+Up/Down: start it 5 minutes earlier or "
            "later. Alt+Left/Right: previous or next room. Alt+Shift+Up/Down: 5 minutes "
            "shorter or longer. Enter: edit. Del: delete. Ins or Ctrl+N: a new session after "
            "it. Ctrl+wheel, Ctrl++ and Ctrl+-: zoom."))
        self.scene().selectionChanged.connect(self._mark_focus)
        #: The block last announced to screen readers as focused.
        self._announced = 0
        grid_access.install()

    # -- building ------------------------------------------------------------------------
    def show_grid(self, grid: DayGrid | None, findings: dict[int, list[Finding]]) -> None:
        """Draw `grid` (None: nothing), marking the sessions that have findings."""
        self.grid, self.findings = grid, findings
        self.setAccessibleName(self.tr("Timetable of %s") % long_day(grid.day) if grid
                               else self.tr("Timetable"))
        self._rebuild()

    def _rebuild(self) -> None:
        scene = self.scene()
        self._drag = None
        self.blocks = {}  # first, so that selection signals during clear() see no old block
        scene.clear()
        grid = self.grid
        if grid is None:
            scene.setSceneRect(QRectF(0, 0, 1, 1))
            return
        self._measure_columns()
        height = GRID_TOP + (grid.end - grid.start) * self.scale_factor + 8
        scene.setSceneRect(QRectF(0, 0, self.column_lefts[-1] + self.column_widths[-1], height))
        for block in grid.blocks:
            lane_width = self.column_widths[block.column] / block.lanes
            rect = QRectF(
                self.column_lefts[block.column] + block.lane * lane_width + 3,
                GRID_TOP + block.top * self.scale_factor + 1,
                lane_width - 6, block.height * self.scale_factor - 2,
            )
            item = SessionBlock(block.session, block.column, rect, self.colour_of(block.session),
                                self.findings.get(block.session.id, []))
            scene.addItem(item)
            self.blocks[block.session.id] = item
        if self._selected in self.blocks:
            self.blocks[self._selected].setSelected(True)
        self._mark_focus()

    def colour_of(self, session: SessionInfo) -> QColor:
        """The block's colour: its theme's, or its kind's when colouring by kind."""
        if self.colour_by_kind or session.theme is None:
            if self.colour_by_kind:
                return QColor(KIND_COLOURS[session.kind])
            return QColor(NO_THEME_COLOUR if session.kind.value != "break"
                          else KIND_COLOURS[session.kind])
        return QColor(session.theme.colour)

    def set_colour_by_kind(self, by_kind: bool) -> None:
        self.colour_by_kind = by_kind
        self._rebuild()

    # -- zoom ----------------------------------------------------------------------------
    def set_scale(self, pixels_per_minute: float) -> None:
        """Zoom to `pixels_per_minute`, keeping the time at the top of the view in place."""
        value = min(max(pixels_per_minute, MIN_SCALE), MAX_SCALE)
        if math.isclose(value, self.scale_factor):
            return
        top_minute = self.mapToScene(0, 0).y() / self.scale_factor
        self.scale_factor = value
        self._rebuild()
        self.verticalScrollBar().setValue(int(top_minute * value))
        self.zoom_changed.emit(value)

    def zoom_in(self) -> None:
        self.set_scale(self.scale_factor * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_scale(self.scale_factor / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_scale(DEFAULT_SCALE)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def _column_sizes(self) -> list[float]:
        """Each column's width: the room's share of the view, at least MIN_COLUMN_WIDTH, and
        MIN_LANE_WIDTH per session side by side where sessions clash; spare room is shared
        out in proportion."""
        grid = self.grid
        columns = max(len(grid.columns), 1) if grid is not None else 1
        lanes = [1] * columns
        for block in grid.blocks if grid is not None else ():
            lanes[block.column] = max(lanes[block.column], block.lanes)
        needed = [max(MIN_COLUMN_WIDTH, count * MIN_LANE_WIDTH) for count in lanes]
        available = self.viewport().width() - TIME_WIDTH - 2
        if sum(needed) < available:
            spare = available - sum(needed)
            needed = [width + spare / columns for width in needed]
        return needed

    def _measure_columns(self) -> None:
        self.column_widths = self._column_sizes()
        self.column_lefts = []
        left = float(TIME_WIDTH)
        for width in self.column_widths:
            self.column_lefts.append(left)
            left += width
        self.column_width = min(self.column_widths)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.grid is not None:
            wanted = self._column_sizes()
            if len(wanted) != len(self.column_widths) or not all(
                    math.isclose(a, b, abs_tol=1.0)
                    for a, b in zip(wanted, self.column_widths, strict=True)):
                self._rebuild()

    # -- selection -----------------------------------------------------------------------
    def select_session(self, session_id: int) -> bool:
        """Select and show a session's block; False when it is not on this day."""
        self._selected = session_id
        self.scene().clearSelection()
        block = self.blocks.get(session_id)
        if block is None:
            return False
        block.setSelected(True)
        self.ensureVisible(block.sceneBoundingRect(), 40, 60)
        return True

    def selected_session(self) -> int:
        """The selected session's id, 0 when none."""
        items = [i for i in self.scene().selectedItems() if isinstance(i, SessionBlock)]
        return items[0].session.id if items else 0

    def choose(self, session_id: int) -> None:
        """Select a session as the user does (by keyboard): show it and tell the screen."""
        self._set_selected(session_id)
        self.select_session(session_id)

    def _mark_focus(self) -> None:
        """Ring the selected block while the grid has keyboard focus; tell screen readers
        what is selected."""
        focused = self.hasFocus()
        selected = None
        for block in self.blocks.values():
            block.set_focus_ring(focused and block.isSelected())
            selected = block if block.isSelected() else selected
        description = (selected.accessible_text() if selected is not None else
                       self.tr("No session selected. Arrow keys or Tab choose one."))
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
        if focused and selected is not None and selected.session.id != self._announced:
            grid_access.announce_focus(self, selected)
        self._announced = selected.session.id if focused and selected is not None else 0
        self.viewport().update()

    # -- moving and resizing (the API a drag ends in) -----------------------------------
    def column_at(self, x: float) -> int:
        """The column under scene x, kept within the grid."""
        count = len(self.grid.columns) if self.grid else 1
        index = bisect.bisect_right(self.column_lefts, x) - 1
        return min(max(index, 0), count - 1)

    def minutes_at(self, y: float) -> int:
        """Minutes below the grid's first hour at scene y."""
        return round((y - GRID_TOP) / self.scale_factor)

    def move_block(self, session_id: int, column: int, offset_minutes: int) -> None:
        """Ask to move a session to `column`, `offset_minutes` below the top (snapped)."""
        if self.grid is None:
            return
        room_id, start = self.grid.drop_target(column, offset_minutes)
        self.move_requested.emit(session_id, room_id, start)

    def resize_block(self, session_id: int, end_offset_minutes: int) -> None:
        """Ask to end a session `end_offset_minutes` below the top (the backend snaps it)."""
        if self.grid is None:
            return
        minutes = max(self.grid.start + end_offset_minutes, 0)
        minutes = min(minutes, 24 * 60 - 1)
        self.resize_requested.emit(session_id, time(minutes // 60, minutes % 60))

    def cell_at(self, scene_point: QPointF) -> tuple[int | None, time] | None:
        """(room id, snapped time) of the empty cell at a scene point, None outside."""
        if self.grid is None or not self.grid.columns:
            return None
        if scene_point.x() < TIME_WIDTH or scene_point.y() < GRID_TOP:
            return None
        return self.grid.drop_target(self.column_at(scene_point.x()),
                                     self.minutes_at(scene_point.y()))

    # -- mouse and keyboard --------------------------------------------------------------
    def _block_at(self, pos: QPointF) -> SessionBlock | None:
        for item in self.items(pos.toPoint()):
            if isinstance(item, SessionBlock):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        block = self._block_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and block is not None:
            self.scene().clearSelection()
            block.setSelected(True)
            self._set_selected(block.session.id)
            scene_point = self.mapToScene(event.position().toPoint())
            mode = "resize" if block.in_resize_band(scene_point) else "move"
            if not self.read_only:
                self._drag = _Drag(block, mode, scene_point, block.pos(), block.height())
            event.accept()
            return
        if block is None and event.button() == Qt.MouseButton.LeftButton:
            self.scene().clearSelection()
            self._set_selected(0)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        scene_point = self.mapToScene(event.position().toPoint())
        drag = self._drag
        if drag is None:
            block = self._block_at(event.position())
            resizing = block is not None and block.in_resize_band(scene_point)
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if resizing
                                      else Qt.CursorShape.ArrowCursor)
            super().mouseMoveEvent(event)
            return
        delta = scene_point - drag.origin
        if not drag.moved and delta.manhattanLength() < QApplication.startDragDistance():
            return
        drag.moved = True
        if drag.mode == "move":
            drag.block.setZValue(5)
            drag.block.setOpacity(0.85)
            drag.block.setPos(drag.start_pos + delta)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        else:
            drag.block.set_height(drag.start_height + delta.y())
        self.drag_hint = self._hint(drag)
        self.viewport().update()
        event.accept()

    def _hint(self, drag: _Drag) -> str:
        """Where the block would land: "Foyer · 17:05–18:20" (snapped as the drop will be)."""
        assert self.grid is not None
        block = drag.block
        s = block.session
        if drag.mode == "move":
            centre_x = block.pos().x() + block.width() / 2
            column = self.column_at(centre_x)
            _room, start = self.grid.drop_target(column, self.minutes_at(block.pos().y()))
            begin = start.hour * 60 + start.minute
            end = begin + max(s.duration_minutes, SNAP_MINUTES)
            name = self.grid.columns[column].name
            name = self.tr("No room") if name == NO_ROOM else name
            return f"{name} · {_clock(begin)}–{_clock(end)}"
        begin = s.start_time.hour * 60 + s.start_time.minute
        bottom = self.grid.start + self.minutes_at(block.pos().y() + block.height())
        end = max(round(bottom / SNAP_MINUTES) * SNAP_MINUTES, begin + SNAP_MINUTES)
        return f"{_clock(begin)}–{_clock(end)} ({end - begin} min)"

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        drag, self._drag = self._drag, None
        self.drag_hint = ""
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        event.accept()
        if not drag.moved:
            return
        block = drag.block
        session_id = block.session.id
        if drag.mode == "move":
            centre_x = block.pos().x() + block.width() / 2
            offset = self.minutes_at(block.pos().y())
            self.move_block(session_id, self.column_at(centre_x), offset)
        else:
            self.resize_block(session_id, self.minutes_at(block.pos().y() + block.height()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        block = self._block_at(event.position())
        if block is not None:
            self.session_activated.emit(block.session.id)
            return
        cell = self.cell_at(self.mapToScene(event.position().toPoint()))
        if cell is not None:
            self.create_requested.emit(*cell)

    def header_at(self, viewport_y: float, scene_x: float) -> str:
        """The room name in the pinned header at a viewport height and scene x ("": none)."""
        if self.grid is None or viewport_y > HEADER_HEIGHT or not self.grid.columns:
            return ""
        if scene_x < self.mapToScene(0, 0).x() + TIME_WIDTH:
            return ""
        name = self.grid.columns[self.column_at(scene_x)].name
        return self.tr("No room") if name == NO_ROOM else name

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """A room's whole name as the tooltip of its (possibly elided) column heading."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            x = self.mapToScene(event.pos()).x()
            name = self.header_at(event.pos().y(), x)
            if name:
                QToolTip.showText(event.globalPos(), name, self.viewport())
                return True
        return super().viewportEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tab and Shift+Tab go from block to block before leaving the grid."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            modifiers = event.modifiers()
            plain = not modifiers & (Qt.KeyboardModifier.ControlModifier
                                     | Qt.KeyboardModifier.AltModifier)
            if tab and plain:
                backwards = (event.key() == Qt.Key.Key_Backtab
                             or bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
                if self.keys.tab(not backwards):
                    event.accept()
                    return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_session():
            self.session_activated.emit(self.selected_session())
            return
        if self.keys.key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        if not self.selected_session() and event.reason() in (
            Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason
        ):
            self.keys.tab(event.reason() == Qt.FocusReason.TabFocusReason)
        self._mark_focus()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self._mark_focus()

    def _set_selected(self, session_id: int) -> None:
        if session_id != self._selected:
            self._selected = session_id
            self.session_selected.emit(session_id)

    # -- background and pinned headers --------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        super().drawBackground(painter, rect)
        grid = self.grid
        if grid is None:
            return
        lefts, widths = self.column_lefts, self.column_widths
        width = lefts[-1] + widths[-1]
        for index in range(min(len(grid.columns), len(lefts))):
            if index % 2:
                painter.fillRect(QRectF(lefts[index], HEADER_HEIGHT,
                                        widths[index], self.sceneRect().height()),
                                 QColor("#f7f9fb"))
        for minute in range(0, grid.end - grid.start + 1, 15):
            y = GRID_TOP + minute * self.scale_factor
            if y < rect.top() - 1 or y > rect.bottom() + 1:
                continue
            on_hour = (grid.start + minute) % 60 == 0
            painter.setPen(QPen(GRID_LINE if on_hour else TICK_LINE, 1))
            painter.drawLine(QPointF(TIME_WIDTH if on_hour else TIME_WIDTH + 0, y),
                             QPointF(width, y))
        painter.setPen(QPen(GRID_LINE, 1))
        for x in [*lefts, width]:
            painter.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, self.sceneRect().bottom()))

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        grid = self.grid
        if grid is None:
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        font = QFont(self.font())
        painter.setFont(font)
        # time labels, pinned to the left edge
        left = visible.left()
        painter.fillRect(QRectF(left, visible.top(), TIME_WIDTH, visible.height()), HEADER_FILL)
        painter.setPen(QColor("#4a5563"))
        step = 15 if self.scale_factor >= 3 else 30 if self.scale_factor >= 1.4 else 60
        for minute in range(0, grid.end - grid.start + 1, step):
            y = GRID_TOP + minute * self.scale_factor
            absolute = grid.start + minute
            label = f"{absolute // 60:02d}:{absolute % 60:02d}"
            bold = absolute % 60 == 0
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(QColor("#2f3a46") if bold else QColor("#7a8591"))
            painter.drawText(QRectF(left, y - 9, TIME_WIDTH - 8, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(GRID_LINE, 1))
        painter.drawLine(QPointF(left + TIME_WIDTH, visible.top()),
                         QPointF(left + TIME_WIDTH, visible.bottom()))
        # room names, pinned to the top edge
        top = visible.top()
        painter.fillRect(QRectF(visible.left(), top, visible.width(), HEADER_HEIGHT),
                         HEADER_FILL)
        font.setBold(True)
        painter.setFont(font)
        for index, column in enumerate(grid.columns[:len(self.column_lefts)]):
            x, column_width = self.column_lefts[index], self.column_widths[index]
            if x + column_width < left + TIME_WIDTH:
                continue
            name = self.tr("No room") if column.name == NO_ROOM else column.name
            painter.setPen(QColor("#1d2733"))
            cell = QRectF(max(x, left + TIME_WIDTH) + 4, top, column_width - 8,
                          HEADER_HEIGHT)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter,
                             painter.fontMetrics().elidedText(
                                 name, Qt.TextElideMode.ElideRight, int(cell.width())))
            painter.setPen(QPen(GRID_LINE, 1))
            painter.drawLine(QPointF(x, top), QPointF(x, top + HEADER_HEIGHT))
        painter.setPen(QPen(QColor("#aab4bf"), 1))
        painter.drawLine(QPointF(visible.left(), top + HEADER_HEIGHT),
                         QPointF(visible.right(), top + HEADER_HEIGHT))
        painter.fillRect(QRectF(left, top, TIME_WIDTH, HEADER_HEIGHT), HEADER_FILL)
        if self.drag_hint and self._drag is not None:
            self._paint_hint(painter, self._drag.block.sceneBoundingRect())
        if self.hasFocus() and not self.selected_session():
            # keyboard focus on the grid itself: a ring round what is shown
            painter.setPen(QPen(FOCUS_COLOUR, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(visible.adjusted(1, 1, -2, -2))

    def _paint_hint(self, painter: QPainter, box: QRectF) -> None:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(self.drag_hint) + 14
        label = QRectF(box.left(), max(box.top() - 24, HEADER_HEIGHT + 2), width, 20)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(22, 48, 107, 230))
        painter.drawRoundedRect(label, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, self.drag_hint)


def _clock(minutes: int) -> str:
    minutes = min(minutes, 24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class _Drag:
    """A block being dragged: how, from where."""

    def __init__(self, block: SessionBlock, mode: str, origin: QPointF, start_pos: QPointF,
                 start_height: float) -> None:
        self.block, self.mode, self.origin = block, mode, origin
        self.start_pos, self.start_height = QPointF(start_pos), start_height
        self.moved = False


def snapshot_day_index(snapshot: ProgrammeSnapshot, session_id: int) -> int:
    """Index in `snapshot.days` of a session's day (-1 when unknown)."""
    try:
        day = snapshot.session(session_id).day
    except KeyError:
        return -1
    days = snapshot.days
    return days.index(day) if day in days else -1
