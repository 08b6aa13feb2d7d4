"""The Programme screen (the event's figures, sessions first, until the timetable lands)."""

from __future__ import annotations

from confdesk.ui.screen import Screen


class ProgrammeScreen(Screen):
    """What happens when: sessions per day first."""

    icon_name = "programme.svg"
    first_sections = ("sessions_per_day", "participants_by_category")

    def title(self) -> str:
        """The screen's name."""
        return self.tr("Programme")
