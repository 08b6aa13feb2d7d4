"""A filter button whose menu ticks several values at once ("Confirmed, Checked in")."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class _StayOpenMenu(QMenu):
    """A menu that stays open while checkable entries are ticked, so several can be."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class MultiChoiceButton(QToolButton):
    """Offers values to tick; none ticked means "all". Presets tick a set in one click."""

    #: The ticked values changed.
    changed = Signal()

    def __init__(self, everything: str, items: Iterable[tuple[str, object]], several: str,
                 parent: QWidget | None = None) -> None:
        """`everything`: the text when nothing is ticked; `several`: the text for three
        ticked values or more, with "{n}" for their number."""
        super().__init__(parent)
        self.everything, self.several = everything, several
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = _StayOpenMenu(self)
        self.setMenu(self.menu_)
        self._all = self.menu_.addAction(everything)
        self._all.triggered.connect(lambda: self.set_values(()))
        self.menu_.addSeparator()
        self._actions: list[QAction] = []
        for text, value in items:
            action = self.menu_.addAction(text)
            action.setCheckable(True)
            action.setData(value)
            action.toggled.connect(self._toggled)
            self._actions.append(action)
        self._presets_separator: QAction | None = None
        self._update_text()

    def add_preset(self, text: str, values: Iterable[object]) -> QAction:
        """An entry that ticks exactly `values` (e.g. "Attending")."""
        if self._presets_separator is None:
            self._presets_separator = self.menu_.addSeparator()
        chosen = tuple(values)
        action = self.menu_.addAction(text)
        action.triggered.connect(lambda: self.set_values(chosen))
        return action

    def values(self) -> frozenset[object]:
        """The ticked values (empty: all)."""
        return frozenset(a.data() for a in self._actions if a.isChecked())

    def set_values(self, values: Iterable[object]) -> None:
        """Tick exactly `values` (empty: all), with one `changed` signal."""
        wanted = set(values)
        for action in self._actions:
            action.blockSignals(True)
            action.setChecked(action.data() in wanted)
            action.blockSignals(False)
        self._update_text()
        self.changed.emit()

    def _toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        ticked = [a.text().replace("&", "") for a in self._actions if a.isChecked()]
        if not ticked or len(ticked) == len(self._actions):
            text = self.everything
        elif len(ticked) <= 2:
            text = ", ".join(ticked)
        else:
            text = self.several.format(n=len(ticked))
        self.setText(text)
        self.setToolTip(", ".join(ticked) if ticked else self.everything)
