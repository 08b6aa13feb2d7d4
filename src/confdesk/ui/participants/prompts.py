"""Questions the Participants screen asks, in one place so tests can answer them."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, *, action: str,
            destructive: bool = False) -> bool:
    """Ask yes/no; True when the user chose `action` (No is the default when destructive)."""
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
                      title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no if destructive else yes)
    box.exec()
    return box.clickedButton() is yes


def local_time(utc: datetime) -> datetime:
    """A stored (naive UTC) time in the computer's time zone, for display."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
