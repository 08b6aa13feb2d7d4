"""Errors of the outcome-document importers, safe to show to a user."""

from __future__ import annotations

from confdesk.db.errors import UserError


class DocumentImportError(UserError):
    """The file cannot be read as an outcome document."""


class TrackedChangesError(DocumentImportError):
    """The Word file holds tracked changes and no choice was made to accept or reject them."""

    def __init__(self, message: str, count: int, summary: str = "") -> None:
        super().__init__(message)
        #: How many tracked changes the file holds.
        self.count = count
        #: "draft.docx holds 8 tracked changes (2 insertions, 5 deletions, 1 move)."
        self.summary = summary or message
