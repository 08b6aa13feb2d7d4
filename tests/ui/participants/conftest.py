"""A small event for the Participants screen, and the screen showing it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from confdesk.db.database import Database
from confdesk.registration.models import DelegationRole, OrganisationKind, Status
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.settings import Settings
from tests.factories import make_event, make_organisation, make_participant


@dataclass(frozen=True)
class People:
    """Ids of the event and of the organisations and people the tests name."""

    event: int
    norway: int
    belgium: int
    ngo: int
    jagland: int
    cancelled: int


@pytest.fixture
def people_database(database: Database) -> Iterator[tuple[Database, People]]:
    """Eight participants of Norway, Belgium and an NGO, one of them cancelled (SQLite, and
    PostgreSQL when a server is configured)."""
    db = database
    with db.sessions() as s:
        event = make_event(s)
        norway = make_organisation(s, name_en="Norway", name_fr="Norvège",
                                   kind=OrganisationKind.STATE, country_code="NO")
        belgium = make_organisation(s, name_en="Belgium", name_fr="Belgique",
                                    kind=OrganisationKind.STATE, country_code="BE")
        ngo = make_organisation(s, name_en="Aegis Trust", kind=OrganisationKind.CIVIL_SOCIETY,
                                country_code="GB")
        make_participant(s, event, given_name="Ingrid", family_name="Berg", organisation=norway,
                         delegation_role=DelegationRole.MEMBER, status=Status.CONFIRMED,
                         code="NRW002")
        jagland = make_participant(
            s, event, given_name="Thorbjørn", family_name="Jagland", honorific="H.E. Mr",
            organisation=norway, delegation_role=DelegationRole.HEAD, status=Status.CONFIRMED,
            function="Secretary General", email="tj@example.org", code="NRW001")
        make_participant(s, event, given_name="Didier", family_name="Reynders",
                         organisation=belgium, delegation_role=DelegationRole.HEAD,
                         status=Status.CONFIRMED, code="BEL001")
        make_participant(s, event, given_name="Anne", family_name="Dupont",
                         organisation=belgium, status=Status.REGISTERED, code="BEL002")
        make_participant(s, event, given_name="Zoé", family_name="Martin",
                         organisation=belgium, status=Status.INVITED, code="BEL003",
                         category="observer")
        cancelled = make_participant(
            s, event, given_name="Carl", family_name="Cancel", organisation=ngo,
            status=Status.CANCELLED, code="NGO001", category="observer")
        make_participant(s, event, given_name="James", family_name="Smith", organisation=ngo,
                         status=Status.CONFIRMED, category="speaker", code="NGO002")
        make_participant(s, event, given_name="Amina", family_name="Diallo",
                         status=Status.CONFIRMED, category="press", code="PRS001",
                         country_code="SN")
        s.commit()
        ids = People(event.id, norway.id, belgium.id, ngo.id, jagland.id, cancelled.id)
    yield db, ids


@pytest.fixture
def screen(qtbot: QtBot, people_database: tuple[Database, People],
           settings: Settings) -> ParticipantsScreen:
    """The screen showing the event, its list in alphabetical order."""
    db, ids = people_database
    widget = ParticipantsScreen(settings=settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show_event(db, ids.event)
    return widget


def shown_names(screen: ParticipantsScreen) -> list[str]:
    """The Name column as the table shows it, top to bottom."""
    model = screen.list_page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]
