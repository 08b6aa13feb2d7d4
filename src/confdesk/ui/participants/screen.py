"""The Participants screen (the event's figures about people until the list lands)."""

from __future__ import annotations

from confdesk.ui.screen import Screen


class ParticipantsScreen(Screen):
    """Who comes: registration and attendance figures first."""

    icon_name = "participants.svg"
    first_sections = (
        "participants_by_status", "participants_by_category",
        "participants_by_kind", "participants_by_region",
    )

    def title(self) -> str:
        """The screen's name."""
        return self.tr("Participants")
