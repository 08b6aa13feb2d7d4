"""The plan drawn in a QGraphicsScene: one item per place; dropping one on another swaps."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from confdesk.plenary.seating_service import PlaceInfo, SeatingPlan
from confdesk.registration.protocol import Group

PLACE_W, PLACE_H, GAP = 120.0, 70.0, 8.0
_FILLS = {
    Group.MEMBER_STATES: "#dce6f2", Group.OBSERVER_STATES: "#e3efd9",
    Group.INTERGOVERNMENTAL: "#fdf0d5", Group.UN_SYSTEM: "#d9f0f3",
}
ACCESSIBLE = QColor("#1565c0")


class PlaceItem(QGraphicsRectItem):
    """A place: the table with the delegation's name, its number, chairs behind."""

    def __init__(self, place: PlaceInfo, seats_behind: int, language: str) -> None:
        super().__init__(0, 0, PLACE_W, PLACE_H)
        self.place = place
        self.seats_behind = seats_behind
        self.language = language
        self.home = QPointF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, place.delegation is not None)
        self.setAcceptHoverEvents(True)
        d = place.delegation
        if d is not None:
            self.setToolTip(f"{place.number}: {d.name_en}\n{d.name_fr}")

    @property
    def number(self) -> int:
        return self.place.number

    @property
    def name(self) -> str:
        d = self.place.delegation
        return d.name(self.language) if d is not None else ""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        table = QRectF(2, 2, PLACE_W - 4, PLACE_H * 0.66)
        d = self.place.delegation
        fill = QColor(_FILLS.get(d.group, "#eeeeee") if d else "#ffffff")
        if self.isSelected():
            fill = fill.darker(125)
        painter.setBrush(QBrush(fill))
        pen = QPen(ACCESSIBLE if self.place.spot.accessible else QColor("#555555"),
                   2.4 if self.place.spot.accessible else 1.0)
        if self.place.moved:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(table)
        painter.setPen(QColor("#555555"))
        small = QFont(painter.font())
        small.setPointSizeF(6.5)
        painter.setFont(small)
        painter.drawText(QRectF(5, 3, 40, 12), Qt.AlignmentFlag.AlignLeft, str(self.number))
        if d is not None:
            painter.setPen(Qt.GlobalColor.black)
            font = QFont(painter.font())
            font.setBold(True)
            inner = table.adjusted(4, 10, -4, -2)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            size = 10.0
            while size > 5:  # shrink a long name until it fits: never cut
                font.setPointSizeF(size)
                needed = QFontMetricsF(font).boundingRect(inner, int(flags), self.name)
                if needed.width() <= inner.width() and needed.height() <= inner.height():
                    break
                size -= 0.5
            painter.setFont(font)
            painter.drawText(inner, int(flags), self.name)
        painter.setPen(QPen(QColor("#777777"), 0.8))
        painter.setBrush(Qt.GlobalColor.white)
        seats = self.seats_behind
        radius = min(PLACE_W / (2.8 * max(seats, 1)), PLACE_H * 0.12)
        for i in range(seats):
            centre = QPointF(PLACE_W * (i + 0.5) / seats, PLACE_H * 0.84)
            painter.drawEllipse(centre, radius, radius)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if self.pos() != self.home:
            scene = self.scene()
            target = scene.place_at(event.scenePos(), self) if isinstance(
                scene, SeatingScene) else None
            self.setPos(self.home)
            if target is not None and isinstance(scene, SeatingScene):
                scene.swap_requested.emit(self.number, target.number)


class SeatingScene(QGraphicsScene):
    """The podium and the rows of places of one plan."""

    #: Two place numbers whose delegations the user wants exchanged.
    swap_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items_by_number: dict[int, PlaceItem] = {}

    def show_plan(self, plan: SeatingPlan, language: str, podium: str, row_label: str) -> None:
        """Draw `plan`; `row_label` is a format with {n} ("Row {n}")."""
        self.clear()
        self.items_by_number = {}
        widest = max(plan.layout.row_sizes or (1,))
        total_w = widest * (PLACE_W + GAP)
        podium_item = self.addRect(QRectF(total_w * 0.3, 0, total_w * 0.4, 36),
                                   QPen(Qt.PenStyle.NoPen), QBrush(QColor("#444444")))
        label = QGraphicsSimpleTextItem(podium, podium_item)
        label.setBrush(Qt.GlobalColor.white)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(12)
        label.setFont(font)
        box = label.boundingRect()
        label.setPos(total_w / 2 - box.width() / 2, 18 - box.height() / 2)
        for place in plan.places:
            size = plan.layout.row_sizes[place.spot.row]
            left = (total_w - size * (PLACE_W + GAP)) / 2
            item = PlaceItem(place, plan.layout.seats_behind, language)
            item.home = QPointF(left + place.spot.column * (PLACE_W + GAP),
                                70 + place.spot.row * (PLACE_H + GAP * 2))
            item.setPos(item.home)
            self.addItem(item)
            self.items_by_number[place.number] = item
        for r in range(len(plan.layout.row_sizes)):
            text = self.addSimpleText(row_label.format(n=r + 1))
            text.setPos(-90, 70 + r * (PLACE_H + GAP * 2) + PLACE_H / 3)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def place_at(self, point: QPointF, moving: PlaceItem) -> PlaceItem | None:
        """The place under `point` other than the one being dragged."""
        for item in self.items(point):
            if isinstance(item, PlaceItem) and item is not moving:
                return item
        return None

    def selected_numbers(self) -> list[int]:
        return sorted(i.number for i in self.selectedItems() if isinstance(i, PlaceItem))
