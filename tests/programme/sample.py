"""A small programme in several scripts, shared by the programme and export tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy.orm import Session

from confdesk.events.models import Event
from confdesk.programme.models import RoleKind, SessionKind
from confdesk.registration.models import OrganisationKind, Status
from tests.factories import (
    add_role,
    make_event,
    make_organisation,
    make_participant,
    make_room,
    make_session,
    make_theme,
)

ARABIC_NAME = ("محمد", "العربي")
CHINESE_NAME = ("伟", "王")


@dataclass
class Sample:
    event: Event
    session_ids: list[int]


def build_sample(session: Session) -> Sample:
    """Two days, two rooms, two themes; speakers in Latin, Arabic and Chinese script."""
    event = make_event(
        session, title="International Conference on Genocide Prevention",
        short_name="Brussels 2014", host="the Government of Belgium",
        co_organisers=["Switzerland", "Tanzania", "Argentina"],
    )
    plenary = make_room(session, event, name="Salle Europe", position=0)
    side = make_room(session, event, name="Room Mandela", position=1)
    prevention = make_theme(session, event, name="Early warning", colour="#aa3300", position=0)
    justice = make_theme(session, event, name="Accountability", colour="#336699", position=1)
    belgium = make_organisation(session, name_en="Belgium", kind=OrganisationKind.STATE,
                                country_code="BE")
    un = make_organisation(session, name_en="United Nations", kind=OrganisationKind.UN_SYSTEM)
    reynders = make_participant(session, event, honorific="H.E. Mr", given_name="Didier",
                                family_name="Reynders", function="Deputy Prime Minister",
                                organisation=belgium, status=Status.CONFIRMED)
    arabic = make_participant(session, event, honorific="Dr", given_name=ARABIC_NAME[0],
                              family_name=ARABIC_NAME[1], function="Professor of Law")
    chinese = make_participant(session, event, honorific="Ms", given_name=CHINESE_NAME[0],
                               family_name=CHINESE_NAME[1], family_name_first=True,
                               function="Special Adviser", organisation=un)
    rapporteur = make_participant(session, event, given_name="Amélie", family_name="Øster",
                                  function="=HYPERLINK(\"x\")")
    opening = make_session(session, event, title="Opening of the Conference",
                           kind=SessionKind.OPENING, room=plenary, start_time=time(9, 0),
                           end_time=time(9, 45), description="Welcome by the host.")
    add_role(session, opening, reynders, RoleKind.CHAIR)
    coffee = make_session(session, event, title="Coffee break", kind=SessionKind.BREAK,
                          start_time=time(9, 45), end_time=time(10, 15))
    panel = make_session(session, event, title="Panel I: Early warning and early action",
                         kind=SessionKind.PANEL, room=plenary, theme=prevention,
                         start_time=time(10, 15), end_time=time(12, 0),
                         description="How warning reaches those who can act.")
    add_role(session, panel, reynders, RoleKind.MODERATOR)
    add_role(session, panel, chinese, RoleKind.SPEAKER, 0)
    add_role(session, panel, arabic, RoleKind.SPEAKER, 1)
    add_role(session, panel, rapporteur, RoleKind.RAPPORTEUR)
    justice_panel = make_session(session, event, title="Panel II: Accountability",
                                 kind=SessionKind.PANEL, room=side, theme=justice,
                                 day=date(2014, 4, 1), start_time=time(9, 30),
                                 end_time=time(11, 0))
    add_role(session, justice_panel, arabic, RoleKind.CHAIR)
    add_role(session, justice_panel, rapporteur, RoleKind.RAPPORTEUR)
    closing = make_session(session, event, title="Closing", kind=SessionKind.CLOSING,
                           room=plenary, day=date(2014, 4, 1), start_time=time(16, 0),
                           end_time=time(17, 0))
    add_role(session, closing, reynders, RoleKind.KEYNOTE_SPEAKER)
    session.commit()
    return Sample(event, [opening.id, coffee.id, panel.id, justice_panel.id, closing.id])
