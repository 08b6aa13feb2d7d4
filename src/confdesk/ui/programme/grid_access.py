"""What screen readers see of the day grid: the grid as a list, each session block an item.

The blocks are painted on a `QGraphicsScene`, so Qt's own accessibility knows nothing of
them. A factory (installed once with `install()`) gives the grid an interface whose children
are the blocks in running order (the order Tab visits them), each with the session's title
as its name and its day, time, room, kind, people and conflicts as its description; the
selected block is the focused child, and the grid tells assistive technology when the
selection moves, as a list view does.

(PySide's stubs say these methods never return None; Qt's API returns a null interface
where there is none, hence the `type: ignore[override]` on them.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QAccessibleObject
from PySide6.QtWidgets import QAccessibleWidget

from confdesk.ui.programme import navigation
from confdesk.ui.programme.blocks import SessionBlock

if TYPE_CHECKING:
    from confdesk.ui.programme.grid import DayGridView

_installed = False


def install() -> None:
    """Register the factory (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    from confdesk.ui.programme.grid import DayGridView

    if isinstance(obj, SessionBlock):
        return BlockAccessible(obj)
    if isinstance(obj, DayGridView):
        return GridAccessible(obj)
    return None


def ordered_blocks(view: DayGridView) -> list[SessionBlock]:
    """The view's blocks in running order (by start, then room, then lane)."""
    if view.grid is None:
        return []
    return [view.blocks[i] for i in navigation.running_order(view.grid) if i in view.blocks]


def announce_focus(view: DayGridView, block: SessionBlock) -> None:
    """Tell assistive technology that `block` now has the keyboard focus."""
    if QAccessible.isActive() and view.hasFocus():
        QAccessible.updateAccessibility(QAccessibleEvent(block, QAccessible.Event.Focus))


class GridAccessible(QAccessibleWidget):
    """The day grid as a list of its sessions."""

    def __init__(self, view: DayGridView) -> None:
        super().__init__(view, QAccessible.Role.List)
        self.view = view

    def childCount(self) -> int:  # noqa: N802 (Qt's name)
        return len(ordered_blocks(self.view))

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        blocks = ordered_blocks(self.view)
        if 0 <= index < len(blocks):
            return QAccessible.queryAccessibleInterface(blocks[index])
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 (Qt's name)
        target = child.object() if child is not None else None
        for index, block in enumerate(ordered_blocks(self.view)):
            if block is target:
                return index
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802 (Qt's name)
        block = self.view.blocks.get(self.view.selected_session())
        if block is not None and self.view.hasFocus():
            return QAccessible.queryAccessibleInterface(block)
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        viewport = self.view.viewport()
        local = viewport.mapFromGlobal(QPoint(x, y))
        for item in self.view.items(local):
            if isinstance(item, SessionBlock):
                return QAccessible.queryAccessibleInterface(item)
        return None


class BlockAccessible(QAccessibleObject):
    """One session block: name, description, where it is on the screen, its state."""

    def __init__(self, block: SessionBlock) -> None:
        super().__init__(block)
        self.block = block

    def _view(self) -> DayGridView | None:
        from confdesk.ui.programme.grid import DayGridView

        scene = self.block.scene()
        views = scene.views() if scene is not None else []
        return next((v for v in views if isinstance(v, DayGridView)), None)

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.block.accessible_name()
        if kind == QAccessible.Text.Description:
            return self.block.accessible_description()
        if kind == QAccessible.Text.Help:
            view = self._view()
            return view.whatsThis() if view is not None else ""
        return ""

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        view = self._view()
        state.focusable = True
        state.selectable = True
        state.selected = self.block.isSelected()
        state.focused = bool(view is not None and view.hasFocus() and self.block.isSelected())
        if view is not None:
            visible = view.mapFromScene(self.block.sceneBoundingRect()).boundingRect()
            state.offscreen = not view.viewport().rect().intersects(visible)
        return state

    def rect(self) -> QRect:
        view = self._view()
        if view is None:
            return QRect()
        local = view.mapFromScene(self.block.sceneBoundingRect()).boundingRect()
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        view = self._view()
        return QAccessible.queryAccessibleInterface(view) if view is not None else None

    def childCount(self) -> int:  # noqa: N802 (Qt's name)
        return 0

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802 (Qt's name)
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None
