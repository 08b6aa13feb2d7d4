"""Telling the user about a problem: one place, so tests can intercept it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """A modal message for a problem the user can do something about (no traceback)."""
    QMessageBox.critical(parent, title, text)
