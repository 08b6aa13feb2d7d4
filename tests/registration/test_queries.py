"""Participant search, filters and sorting as the participants table uses them."""

from __future__ import annotations

from sqlalchemy.orm import Session

from confdesk.db.reader import SessionReader
from confdesk.registration.models import OrganisationKind, Status
from confdesk.registration.operations import state_organisation
from confdesk.registration.queries import (
    ParticipantFilter,
    ParticipantRowStore,
    load_rows,
    search,
    sort_rows,
)
from tests.factories import make_event, make_organisation, make_participant


def _setup(session: Session) -> int:
    event = make_event(session)
    st = state_organisation(session, "ST")
    no = state_organisation(session, "NO")
    ngo = make_organisation(session, name_en="Genocide Watch", kind=OrganisationKind.CIVIL_SOCIETY)
    make_participant(session, event, given_name="Thorbjørn", family_name="Jagland",
                     organisation_id=no.id, category="speaker", email="tj@coe.int")
    make_participant(session, event, given_name="Maria", family_name="Trovoada",
                     organisation_id=st.id, status=Status.CONFIRMED, function="Ambassador")
    make_participant(session, event, given_name="Gregory", family_name="Stanton",
                     organisation_id=ngo.id, status=Status.CANCELLED, email="gs@gw.org")
    make_participant(session, event, given_name="Élodie", family_name="Åberg")
    session.commit()
    return event.id


def _names(rows: list) -> list[str]:
    return [r.family_name for r in rows]


def test_search_ignores_case_and_accents_and_covers_org_and_country(session: Session) -> None:
    event_id = _setup(session)
    rows = load_rows(SessionReader(session), event_id)
    assert _names(search(rows, ParticipantFilter(text="thorbjorn"))) == ["Jagland"]
    assert _names(search(rows, ParticipantFilter(text="Sao Tome"))) == ["Trovoada"]
    # French country name and organisation name
    assert _names(search(rows, ParticipantFilter(text="norvege"))) == ["Jagland"]
    assert _names(search(rows, ParticipantFilter(text="genocide WATCH"))) == ["Stanton"]
    assert _names(search(rows, ParticipantFilter(text="gw.org"))) == ["Stanton"]
    assert _names(search(rows, ParticipantFilter(text="elodie aberg"))) == ["Åberg"]
    assert search(rows, ParticipantFilter(text="nobody")) == []
    st_row = next(r for r in rows if r.family_name == "Trovoada")
    assert st_row.country_name == "Sao Tome and Principe"  # the UN short name
    assert st_row.display_name == "Maria Trovoada"
    assert st_row.list_name == "TROVOADA, Maria"


def test_filters_combine(session: Session) -> None:
    event_id = _setup(session)
    rows = load_rows(SessionReader(session), event_id)
    assert _names(search(rows, ParticipantFilter(categories=frozenset({"speaker"})))) \
        == ["Jagland"]
    assert _names(search(rows, ParticipantFilter(statuses=frozenset({Status.CANCELLED})))) \
        == ["Stanton"]
    states = frozenset({OrganisationKind.STATE})
    assert _names(search(rows, ParticipantFilter(organisation_kinds=states))) \
        == ["Jagland", "Trovoada"]
    org_id = next(r.organisation_id for r in rows if r.family_name == "Stanton")
    assert _names(search(rows, ParticipantFilter(organisation_id=org_id))) == ["Stanton"]
    assert search(rows, ParticipantFilter(text="maria", statuses=states and frozenset(
        {Status.REGISTERED}))) == []


def test_sort_on_columns(session: Session) -> None:
    event_id = _setup(session)
    rows = load_rows(SessionReader(session), event_id)
    assert _names(sort_rows(rows, "name")) == ["Åberg", "Jagland", "Stanton", "Trovoada"]
    assert _names(sort_rows(rows, "name", descending=True)) == \
        ["Trovoada", "Stanton", "Jagland", "Åberg"]
    # Genocide Watch, Norway, São Tomé; no organisation last
    assert _names(sort_rows(rows, "organisation")) == ["Stanton", "Jagland", "Trovoada", "Åberg"]
    assert _names(sort_rows(rows, "status"))[-1] == "Stanton"
    assert _names(sort_rows(rows, "function"))[0] == "Trovoada"


def test_row_store_filters_sorts_and_refreshes(session: Session) -> None:
    event_id = _setup(session)
    store = ParticipantRowStore(event_id)
    store.load(session)
    assert store.total == 4
    store.set_sort("organisation")
    assert _names(store.set_filter(ParticipantFilter(text="a"))) == \
        ["Stanton", "Jagland", "Trovoada", "Åberg"]
    target = store.visible[1]
    from confdesk.registration.models import Participant

    session.get(Participant, target.id).family_name = "Jaglund"
    session.commit()
    positions = store.refresh(session, [target.id])
    assert positions == {target.id: 1}
    assert store.visible[1].family_name == "Jaglund"


def test_row_store_refresh_adds_and_drops_rows(session: Session) -> None:
    event_id = _setup(session)
    store = ParticipantRowStore(event_id)
    store.load(session)
    store.set_filter(ParticipantFilter(text="norway"))
    assert _names(store.visible) == ["Jagland"]
    from confdesk.registration.models import Participant

    jagland = store.visible[0]
    newcomer = make_participant(session, session.get(Participant, jagland.id).event,
                                given_name="Eva", family_name="Norway-Smith")
    outsider = make_participant(session, session.get(Participant, jagland.id).event,
                                given_name="Someone", family_name="Else")
    session.delete(session.get(Participant, jagland.id))
    session.commit()
    positions = store.refresh(session, [newcomer.id, outsider.id, jagland.id])
    assert positions == {newcomer.id: 0, outsider.id: -1, jagland.id: -1}
    assert _names(store.visible) == ["Norway-Smith"]
    assert store.total == 5 and store.get(jagland.id) is None
    assert _names(store.set_filter(ParticipantFilter())) == \
        ["Åberg", "Else", "Norway-Smith", "Stanton", "Trovoada"]


def test_a_new_row_takes_its_place_in_the_sort_order(session: Session) -> None:
    event_id = _setup(session)
    store = ParticipantRowStore(event_id)
    store.load(session)
    before = _names(store.visible)
    assert before == sorted(before, key=lambda n: n.replace("Å", "A"))  # sorted by name
    from confdesk.registration.models import Participant

    event = session.get(Participant, store.visible[0].id).event
    newcomer = make_participant(session, event, given_name="Karin", family_name="Lindqvist")
    last = make_participant(session, event, given_name="Zoe", family_name="Zwart")
    session.commit()
    positions = store.refresh(session, [newcomer.id, last.id])
    names = _names(store.visible)
    # in its place by name (between Jagland and Stanton), not at the bottom of the list
    assert names.index("Lindqvist") == names.index("Jagland") + 1
    assert names[-1] == "Zwart"
    assert positions == {newcomer.id: names.index("Lindqvist"), last.id: len(names) - 1}
