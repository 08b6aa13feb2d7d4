"""The question asked when an agreed paragraph's wording is about to change.

Agreed text is what delegations have accepted; changing it silently would let a paragraph
print as agreed with words nobody agreed to. The service takes the status the user chooses
with the new text (`ConclusionsService.edit_text(status=...)`); this asks which.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from confdesk.conclusions.models import ParagraphStatus


class Reopen(enum.Enum):
    """The answer: reopen (as proposed or bracketed), keep it agreed, or do not save."""

    PROPOSED = "proposed"
    BRACKETED = "bracketed"
    KEEP = "keep"
    CANCEL = "cancel"

    @property
    def status(self) -> ParagraphStatus | None:
        """The status to save with the text (None: leave it as it is)."""
        return {Reopen.PROPOSED: ParagraphStatus.PROPOSED,
                Reopen.BRACKETED: ParagraphStatus.BRACKETED}.get(self)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reopen", text)


def ask(parent: QWidget | None, number: str) -> Reopen:
    """Ask whether to reopen the agreed paragraph `number` ("7."; "" unnumbered)."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Change an agreed paragraph?"),
                      (_tr("Paragraph %1 is agreed.").replace("%1", number.rstrip("."))
                       if number else _tr("This paragraph is agreed.")),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("reopenQuestion")
    box.setInformativeText(_tr("Changing its wording reopens it for negotiation. Reopen it as "
                               "proposed, put it in brackets, or keep it marked agreed?"))
    proposed = box.addButton(_tr("Reopen as Proposed"), QMessageBox.ButtonRole.AcceptRole)
    bracketed = box.addButton(_tr("Reopen in Brackets"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(_tr("Keep Agreed"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(proposed)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is proposed:
        return Reopen.PROPOSED
    if clicked is bracketed:
        return Reopen.BRACKETED
    if clicked is keep:
        return Reopen.KEEP
    return Reopen.CANCEL
