"""The rows' search text is built on their first search, not when they are loaded (issue 14:
at 100,000 people the list is painted sooner); a search right after loading finds exactly
whom the folded names, e-mail, code, delegation, country (both languages) and function of
each person match, in every script and whatever the diacritics."""

from __future__ import annotations

from sqlalchemy.orm import Session

from confdesk.db.reader import SessionReader
from confdesk.registration import names
from confdesk.registration.models import OrganisationKind, Participant
from confdesk.registration.operations import state_organisation
from confdesk.registration.queries import (
    ParticipantFilter,
    ParticipantRow,
    ParticipantRowStore,
    load_rows,
    search,
)
from confdesk.registration.states import country_name
from tests.factories import make_event, make_organisation, make_participant

#: Words a secretariat types, as typed (no accents, other case, other scripts).
QUERIES = ("thorbjorn", "JAGLAND", "norvege", "norway", "dang thi", "thinh", "дмитрий",
           "МЕДВЕДЕВ", "近平", "محمد", "cote d'ivoire", "cote d’ivoire", "etrangeres",
           "ministre", "zoe", "genocide watch", "gw", "t0", "example.org", "sao tome",
           "a", "zzzz", "")


def _setup(session: Session) -> int:
    event = make_event(session)
    norway, viet_nam = state_organisation(session, "NO"), state_organisation(session, "VN")
    russia, china = state_organisation(session, "RU"), state_organisation(session, "CN")
    saudi, ivory = state_organisation(session, "SA"), state_organisation(session, "CI")
    ngo = make_organisation(session, name_en="Genocide Watch", name_fr="Veille génocide",
                            acronym="GW", kind=OrganisationKind.CIVIL_SOCIETY)
    people = [
        ("Thorbjørn", "Jagland", norway, "Secretary General", False),
        ("Đặng Thị Ngọc", "Thịnh", viet_nam, "Vice-President", False),
        ("Дмитрий", "Медведев", russia, "", False),
        ("近平", "习", china, "", True),
        ("محمد", "بن سلمان", saudi, "", False),
        ("Zoë", "Çağlar", ivory, "Ministre des Affaires étrangères", False),
        ("Gregory", "Stanton", ngo, "President", False),
        ("Élodie", "Åberg", None, "", False),
    ]
    for given, family, org, function, family_first in people:
        make_participant(session, event, given_name=given, family_name=family,
                         organisation_id=org.id if org is not None else None,
                         function=function, family_name_first=family_first)
    # A person of no State whose own country is São Tomé.
    make_participant(session, event, given_name="Maria", family_name="Trovoada",
                     country_code="ST", organisation_id=ngo.id)
    session.commit()
    return event.id


def _expected(session: Session, event_id: int, words: tuple[str, ...]) -> set[int]:
    """Who a search finds, worked out from the people themselves (not from the rows)."""
    found = set()
    for person in session.query(Participant).filter_by(event_id=event_id):
        org = person.organisation
        code = person.effective_country_code
        parts = [person.given_name, person.family_name, person.email, person.code,
                 person.function]
        if org is not None:
            parts += [org.name_en, org.name_fr or "", org.acronym or ""]
        if code:
            parts += [country_name(code, "en"), country_name(code, "fr")]
        text = " ".join(names.fold(p) for p in parts if p)
        if all(w in text for w in words):
            found.add(person.id)
    return found


def test_no_search_text_is_built_at_load(session: Session) -> None:
    event_id = _setup(session)
    store = ParticipantRowStore(event_id)
    store.load(session)
    assert store.total == 9
    assert all("haystack" not in row.__dict__ for row in store.visible)
    assert [r.family_name for r in store.set_filter(ParticipantFilter(text="jagland"))] \
        == ["Jagland"]
    # Built once by that search, then kept in each row.
    assert all("haystack" in row.__dict__ for row in store._sorted)
    assert all(row.haystack is row.haystack for row in store._sorted)


def test_a_search_right_after_loading_finds_the_same_people(session: Session) -> None:
    event_id = _setup(session)
    for query in QUERIES:
        store = ParticipantRowStore(event_id)
        store.load(session)  # a fresh load each time: this is the rows' first search
        flt = ParticipantFilter(text=query)
        found = {row.id for row in store.set_filter(flt)}
        assert found == _expected(session, event_id, flt.words), query
    # The expected people, spelled out for a few of them.
    store = ParticipantRowStore(event_id)
    store.load(session)
    for query, family in (("thorbjorn", ["Jagland"]), ("дмитрий", ["Медведев"]),
                          ("近平", ["习"]), ("thinh", ["Thịnh"]), ("محمد", ["بن سلمان"]),
                          ("cote d’ivoire", ["Çağlar"]), ("etrangeres", ["Çağlar"]),
                          ("veille genocide", ["Stanton", "Trovoada"]),
                          ("sao tome", ["Trovoada"]), ("norvege", ["Jagland"])):
        shown = store.set_filter(ParticipantFilter(text=query))
        assert sorted(r.family_name for r in shown) == sorted(family), query


def test_the_search_text_is_the_same_loaded_again_or_refreshed(session: Session) -> None:
    event_id = _setup(session)
    store = ParticipantRowStore(event_id, language="fr")
    store.set_filter(ParticipantFilter(text="norway"))
    store.load(session)  # a load with a search in force searches at once
    assert [r.family_name for r in store.visible] == ["Jagland"]
    jagland = store.visible[0]
    session.get(Participant, jagland.id).function = "Président du Comité"
    session.commit()
    store.refresh(session, [jagland.id])
    assert [r.family_name for r in store.set_filter(ParticipantFilter(text="comite"))] == \
        ["Jagland"]
    rows = load_rows(SessionReader(session), event_id, language="fr")
    assert {r.id: r.haystack for r in rows} == {r.id: r.haystack for r in store._sorted}


def test_rows_read_without_search_text_match_no_words(session: Session) -> None:
    event_id = _setup(session)
    rows = load_rows(SessionReader(session), event_id, searchable=False)
    assert {r.haystack for r in rows} == {""}
    assert search(rows, ParticipantFilter(text="jagland")) == []
    assert len(search(rows, ParticipantFilter())) == 9


def test_a_changed_copy_of_a_row_builds_its_own_names(session: Session) -> None:
    event_id = _setup(session)
    row = next(r for r in load_rows(SessionReader(session), event_id)
               if r.family_name == "Jagland")
    assert (row.display_name, row.list_name) == ("Thorbjørn Jagland", "JAGLAND, Thorbjørn")
    assert "thorbjorn" in row.haystack
    copy = row._replace(given_name="Kari", function="")
    assert isinstance(copy, ParticipantRow)
    assert (copy.display_name, copy.list_name) == ("Kari Jagland", "JAGLAND, Kari")
    assert row.haystack.endswith("secretary general")  # the original row is unchanged
    assert copy.haystack == f"{row.search_text} {row.place_text} "  # no function now


def test_rows_of_two_events_sharing_delegations(session: Session) -> None:
    """Each event's rows name the delegations of its own people (the organisations are read
    per event: an organisation whose people are all in another event is not read)."""
    first, second = make_event(session), make_event(session, short_name="Other 2015")
    norway = state_organisation(session, "NO")
    ngo = make_organisation(session, name_en="Genocide Watch", acronym="GW",
                            kind=OrganisationKind.CIVIL_SOCIETY)
    make_participant(session, first, family_name="Jagland", organisation_id=norway.id)
    for _ in range(3):
        make_participant(session, second, family_name="Stanton", organisation_id=ngo.id)
    make_participant(session, second, family_name="Solberg", organisation_id=norway.id)
    session.commit()
    reader = SessionReader(session)
    assert [(r.family_name, r.organisation_name, r.country_name)
            for r in load_rows(reader, first.id)] == [("Jagland", "Norway", "Norway")]
    assert [(r.family_name, r.organisation_name, r.organisation_acronym)
            for r in load_rows(reader, second.id)] == [
        ("Solberg", "Norway", ""), *[("Stanton", "Genocide Watch", "GW")] * 3]
    assert search(load_rows(reader, second.id), ParticipantFilter(text="gw norway")) == []
