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



def ask(parent: QWidget | None, number: str) -> Reopen:
    """Ask whether to reopen the agreed paragraph `number` ("7."; "" unnumbered)."""
    translate = QCoreApplication.translate
    text = (translate("Reopen", "Paragraph %1 is agreed.").replace("%1", number.rstrip("."))
            if number else translate("Reopen", "This paragraph is agreed."))
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("Reopen", "Change an agreed paragraph?"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("reopenQuestion")
    box.setInformativeText(translate(
        "Reopen", "Changing its wording reopens it for negotiation. Reopen it as proposed, "
                  "put it in brackets, or keep it marked agreed?"))
    accept = QMessageBox.ButtonRole.AcceptRole
    proposed = box.addButton(translate("Reopen", "Reopen as Proposed"), accept)
    bracketed = box.addButton(translate("Reopen", "Reopen in Brackets"), accept)
    keep = box.addButton(translate("Reopen", "Keep Agreed"),
                         QMessageBox.ButtonRole.DestructiveRole)
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
