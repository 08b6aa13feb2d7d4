"""The participants' rows are read once, in plain SQL: through a session on SQLite and
PostgreSQL, and through Python's own sqlite3 on a SQLite file, they are the same rows."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from confdesk.db.database import Database, open_database
from confdesk.db.reader import Reader, SessionReader, open_sqlite_reader
from confdesk.registration.models import (
    DelegationRole,
    OrganisationKind,
    ParticipantCategory,
    Status,
)
from confdesk.registration.operations import state_organisation
from confdesk.registration.queries import ParticipantRow, load_rows
from tests.factories import make_event, make_organisation, make_participant


def _fill(session: Session) -> int:
    """One event with the cases a row handles: a State's delegate (the State's country), a
    body's member with and without a country of their own, nobody's member, honorifics the
    French edition changes, times, flags, a category the event no longer has."""
    event = make_event(session)
    session.add(ParticipantCategory(event_id=event.id, code="rapporteur", name_en="Rapporteur",
                                    name_fr="Rapporteur·e", colour="#123456", position=-1,
                                    in_published_list=False))
    belgium = state_organisation(session, "BE")
    ngo = make_organisation(session, name_en="Genocide Watch", name_fr="Veille génocide",
                            acronym="GW", kind=OrganisationKind.CIVIL_SOCIETY,
                            country_code="US")
    make_participant(session, event, code="A1", email="a1@example.org",
                     honorific="H.E. Mr", given_name="Didier",
                     family_name="Reynders", organisation_id=belgium.id, country_code="FR",
                     delegation_role=DelegationRole.HEAD, status=Status.CHECKED_IN,
                     checked_in_at=datetime(2014, 3, 31, 8, 15),
                     badge_printed_at=datetime(2014, 3, 30, 17, 2, 5),
                     dietary_needs="Halal", function="Minister for Foreign Affairs")
    make_participant(session, event, code="A2", email="a2@example.org",
                     honorific="Ms", given_name="Maria",
                     family_name="Trovoada", organisation_id=ngo.id, category="speaker",
                     dietary_needs="Halal", access_needs="Wheelchair", do_not_publish=True)
    make_participant(session, event, code="A3", email="a3@example.org",
                     honorific="Dr", given_name="Gregory",
                     family_name="Stanton", organisation_id=ngo.id, country_code="NO",
                     category="rapporteur", status=Status.CANCELLED, notes="100% sure")
    make_participant(session, event, code="A4", email="a4@example.org",
                     given_name="明", family_name="王",
                     family_name_first=True, category="gone_category")
    make_participant(session, event, code="A5", honorific="Mr", given_name="Élodie",
                     family_name="Åberg", email="e@example.org", phone="+32 2 501 11 11")
    session.commit()
    return event.id


def _seen(rows: list[ParticipantRow]) -> list[tuple[Any, ...]]:
    """Everything a row shows, ids given as the person's code and the organisation's name
    (ids differ between files)."""
    def shown(row: ParticipantRow, name: str) -> Any:
        if name == "id":
            return row.code
        if name == "organisation_id":
            return row.organisation_name
        return getattr(row, name)

    return [tuple(shown(row, name) for name in row._fields)
            + (row.haystack, row.display_name, row.list_name) for row in rows]


def _read(reader: Reader, event_id: int, language: str, ids: list[int] | None = None
          ) -> list[ParticipantRow]:
    return load_rows(reader, event_id, language=language, ids=ids)


def test_rows_through_a_session_equal_those_through_sqlite3(
        database: Database, tmp_path: Path) -> None:
    with database.sessions() as s:
        event_id = _fill(s)
    path = tmp_path / "light.sqlite"
    other = open_database(path)
    try:
        with other.sessions() as s:
            file_event = _fill(s)
    finally:
        other.close()
    for language in ("en", "fr"):
        with database.sessions() as s:
            rows = _read(SessionReader(s), event_id, language)
            by_code = {r.code: r.id for r in rows}
            some = _read(SessionReader(s), event_id, language, [by_code["A3"], by_code["A1"]])
        light = open_sqlite_reader(path)
        assert light is not None
        with light:
            plain = _read(light, file_event, language)
            light_codes = {r.code: r.id for r in plain}
            plain_some = _read(light, file_event, language,
                               [light_codes["A3"], light_codes["A1"]])
            assert _read(light, file_event, language, []) == []
        assert _seen(rows) == _seen(plain)
        assert _seen(some) == _seen(plain_some)
        assert [r.code for r in some] == ["A1", "A3"]  # alphabetical, as every read

    # What the rows say, whichever way they were read.
    reynders, stanton, trovoada, wang, aberg = (
        {r.code: r for r in plain}[c] for c in ("A1", "A3", "A2", "A4", "A5"))
    assert [r.code for r in plain] == ["A5", "A1", "A3", "A2", "A4"]  # by sort key
    assert reynders.organisation_kind is OrganisationKind.STATE
    assert reynders.country_code == "BE" and reynders.country_name == "Belgique"
    assert reynders.shown_honorific == "S. E. M." and reynders.honorific == "H.E. Mr"
    assert reynders.status is Status.CHECKED_IN
    assert reynders.delegation_role is DelegationRole.HEAD
    assert reynders.checked_in_at == datetime(2014, 3, 31, 8, 15)
    assert reynders.badge_printed_at == datetime(2014, 3, 30, 17, 2, 5)
    assert reynders.dietary_needs is trovoada.dietary_needs  # one string for both
    assert trovoada.organisation_name == "Veille génocide" and trovoada.country_code == "US"
    assert trovoada.do_not_publish and trovoada.category_name == "Intervenant(e)"
    assert stanton.country_code == "NO" and stanton.notes == "100% sure"
    assert (stanton.category_name, stanton.category_rank, stanton.category_colour,
            stanton.category_published) == ("Rapporteur·e", 0, "#123456", False)
    assert wang.organisation_id is None and wang.family_name_first
    assert wang.list_name == wang.display_name == "王 明"
    assert (wang.category, wang.category_name) == ("gone_category", "gone_category")
    assert aberg.phone == "+32 2 501 11 11" and aberg.shown_honorific == "M."
    assert "aberg" in aberg.haystack and "norvege" in stanton.haystack
