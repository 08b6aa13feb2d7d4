"""Protocol order of delegations and of people within a delegation."""

from __future__ import annotations

from sqlalchemy.orm import Session

from confdesk.db.reader import SessionReader
from confdesk.registration.models import DelegationRole, OrganisationKind
from confdesk.registration.operations import state_organisation
from confdesk.registration.protocol import delegations
from confdesk.registration.queries import load_rows
from tests.factories import make_event, make_organisation, make_participant


def test_states_in_the_language_order_then_other_kinds(session: Session) -> None:
    event = make_event(session)
    orgs = [state_organisation(session, c) for c in ("DE", "AT", "EG", "VA")]
    orgs += [
        make_organisation(session, name_en="Genocide Watch", kind=OrganisationKind.CIVIL_SOCIETY),
        make_organisation(session, name_en="OHCHR", kind=OrganisationKind.UN_SYSTEM),
        make_organisation(session, name_en="African Union",
                          kind=OrganisationKind.REGIONAL_ORGANISATION),
        make_organisation(session, name_en="The Times", kind=OrganisationKind.MEDIA),
    ]
    for org in orgs:
        make_participant(session, event, organisation_id=org.id)
    make_participant(session, event, family_name="Alone")
    english = [d.name for d in delegations(load_rows(SessionReader(session), event.id))]
    assert english == ["Austria", "Egypt", "Germany", "Holy See", "African Union", "OHCHR",
                       "Genocide Watch", "The Times", "Individual participants"]
    french = [d.name for d in delegations(
        load_rows(SessionReader(session), event.id, language="fr"))][:4]
    assert french == ["Allemagne", "Autriche", "Égypte", "Saint-Siège"]


def test_head_first_then_role_then_name(session: Session) -> None:
    event = make_event(session)
    be = state_organisation(session, "BE")
    for family, role in (("Adviser", DelegationRole.ADVISER), ("Zed", DelegationRole.MEMBER),
                         ("Able", DelegationRole.MEMBER), ("Reynders", DelegationRole.HEAD),
                         ("Deputy", DelegationRole.DEPUTY_HEAD)):
        make_participant(session, event, family_name=family, organisation_id=be.id,
                         delegation_role=role)
    [belgium] = delegations(load_rows(SessionReader(session), event.id))
    assert [m.family_name for m in belgium.members] == \
        ["Reynders", "Deputy", "Able", "Zed", "Adviser"]
    assert belgium.head is not None and belgium.head.family_name == "Reynders"
    assert belgium.count == 5


def test_an_event_orders_the_groups_its_own_way(session: Session) -> None:
    event = make_event(session)
    for org in (state_organisation(session, "KR"), state_organisation(session, "VA"),
                make_organisation(session, name_en="OHCHR", kind=OrganisationKind.UN_SYSTEM)):
        make_participant(session, event, organisation_id=org.id)
    rows = load_rows(SessionReader(session), event.id)
    assert [d.name for d in delegations(rows)] == ["Republic of Korea", "Holy See", "OHCHR"]
    assert [d.name for d in delegations(rows, groups=["un_system", "nonsense"])] == [
        "OHCHR", "Republic of Korea", "Holy See"]
    assert [d.group.value for d in delegations(rows) if d.group] == [
        "member_states", "observer_states", "un_system"]
