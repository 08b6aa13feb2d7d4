"""Icons: the SVGs drawn for confdesk and the platform style's standard ones."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from confdesk.paths import resource


def icon(name: str) -> QIcon:
    """An icon from resources/icons/ (e.g. 'participants.svg')."""
    return QIcon(str(resource("icons", name)))


def app_icon() -> QIcon:
    """The application's own icon."""
    return icon("confdesk.svg")


def standard_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    """One of the current style's standard icons (e.g. SP_DialogOpenButton)."""
    return QApplication.style().standardIcon(pixmap)
