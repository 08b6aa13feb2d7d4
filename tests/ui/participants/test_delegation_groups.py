"""The Delegations tab follows the event's order of groups."""

from __future__ import annotations

from confdesk.db.database import Database
from confdesk.events.models import Event
from confdesk.ui.participants.screen import ParticipantsScreen
from tests.ui.participants.conftest import People


def _names(screen: ParticipantsScreen) -> list[str]:
    tree = screen.delegations_page.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_the_event_puts_civil_society_first(screen: ParticipantsScreen,
                                            people_database: tuple[Database, People]) -> None:
    db, ids = people_database
    screen.tabs.setCurrentWidget(screen.delegations_page)
    assert _names(screen)[:3] == ["Belgium", "Norway", "Aegis Trust"]  # UN order
    with db.sessions() as s, s.begin():
        event = s.get(Event, ids.event)
        assert event is not None
        event.protocol_groups = ["civil_society"]
    screen.reload()
    screen.tabs.setCurrentWidget(screen.list_page)
    screen.tabs.setCurrentWidget(screen.delegations_page)
    assert _names(screen)[:3] == ["Aegis Trust", "Belgium", "Norway"]
