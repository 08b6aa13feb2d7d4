"""The Conclusions screen (the event's figures until the outcome-document editor lands)."""

from __future__ import annotations

from confdesk.ui.screen import Screen


class ConclusionsScreen(Screen):
    """What was agreed: outcome documents, then who took part by kind and region."""

    icon_name = "conclusions.svg"
    first_sections = ("documents", "participants_by_kind", "participants_by_region")

    def title(self) -> str:
        """The screen's name."""
        return self.tr("Conclusions")
