"""The CSV list of participants is the same file, byte for byte, whichever way it is read
(issue 14): the CLI on a SQLite file reads it with Python's sqlite3, the service (the window,
a server) through its session; both match the files confdesk wrote before the plain reads
(tests/exports/golden/participants_*.csv, written by the earlier code from this data)."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from confdesk.cli import main
from confdesk.db.database import Database, open_database
from confdesk.exports.published_list import ListOptions
from confdesk.exports.registry import ParticipantsExport
from confdesk.registration.models import (
    DelegationRole,
    OrganisationKind,
    ParticipantCategory,
    Status,
)
from confdesk.registration.operations import state_organisation
from confdesk.registration.service import RegistrationService
from tests.factories import make_event, make_organisation, make_participant

GOLDEN = Path(__file__).parent / "golden"
#: Each golden file and the CLI's options that write it.
VARIANTS = {
    "participants_en.csv": [],
    "participants_fr.csv": ["--language", "fr"],
    "participants_published.csv": ["--published"],
    "participants_filtered.csv": ["--filter", "genocide", "--status", "cancelled"],
}


def fill(session: Session) -> int:
    """An event whose cells test the writer: formulas, commas, quotes, line breaks, control
    characters, scripts, times, flags; a category gone from the event; a second event."""
    event = make_event(session)
    other = make_event(session, title="Another conference")
    session.add(ParticipantCategory(event_id=event.id, code="rapporteur", name_en="Rapporteur",
                                    name_fr="Rapporteur·e", colour="#123456", position=-1,
                                    in_published_list=False))
    belgium = state_organisation(session, "BE")
    ngo = make_organisation(session, name_en="Genocide Watch, Inc.", name_fr="Veille génocide",
                            acronym="GW", kind=OrganisationKind.CIVIL_SOCIETY,
                            country_code="US")
    people = [
        dict(code="A1", honorific="H.E. Mr", given_name="Didier", family_name="Reynders",
             organisation_id=belgium.id, delegation_role=DelegationRole.HEAD,
             status=Status.CHECKED_IN, checked_in_at=datetime(2014, 3, 31, 8, 15, 42),
             badge_printed_at=datetime(2014, 3, 30, 17, 2), dietary_needs="Halal",
             function="Minister for Foreign Affairs, Belgium"),
        dict(code="A2", honorific="Ms", given_name="=HYPERLINK(\"http://x\")",
             family_name="O'Neill \"Jr\"", organisation_id=ngo.id, category="speaker",
             access_needs="Wheelchair\r\nramp", do_not_publish=True, phone="+41 22 917 00 00"),
        dict(code="A3", honorific="Dr", given_name="Gregory", family_name="Stanton",
             organisation_id=ngo.id, country_code="NO", category="rapporteur",
             status=Status.CANCELLED, notes="-1 vote\tthen @SUM(A1)"),
        dict(code="A4", given_name="明", family_name="王", family_name_first=True,
             category="gone_category", function="司长"),
        dict(code="A5", honorific="Mr", given_name="Élodie", family_name="Åberg\x1b[31m",
             phone="+32 2 501 11 11", status=Status.DECLINED),
        dict(code="A6", given_name="سارة", family_name="الهاشمي", category="press",
             organisation_id=belgium.id, delegation_role=DelegationRole.ADVISER),
    ]
    for number, person in enumerate(people, 1):
        make_participant(session, event, email=f"p{number}@example.org", **person)
    make_participant(session, other, code="B1", email="b1@example.org", given_name="Not",
                     family_name="Listed")
    session.commit()
    return event.id


@pytest.fixture
def sqlite_file(tmp_path: Path) -> Path:
    path = tmp_path / "golden.sqlite"
    db = open_database(path)
    try:
        with db.sessions() as s:
            fill(s)
    finally:
        db.close()
    return path


@pytest.mark.parametrize("name", VARIANTS)
def test_the_cli_writes_the_golden_csv_from_a_sqlite_file(name: str, sqlite_file: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / name
    assert main(["export", "participants", "--database", str(sqlite_file), "--event", "1",
                 "--format", "csv", "-o", str(out), *VARIANTS[name]]) == 0
    assert out.read_bytes() == (GOLDEN / name).read_bytes()


def test_the_service_writes_the_same_csv_on_either_engine(database: Database,
                                                          tmp_path: Path) -> None:
    from confdesk.exports.participants_listing import Selection
    from confdesk.registration.queries import ParticipantFilter

    with database.sessions() as s:
        event_id = fill(s)
    service = RegistrationService(database, event_id)
    kind = ParticipantsExport.LIST_CSV
    for name, options, selection in [
        ("participants_en.csv", ListOptions(published=False), Selection()),
        ("participants_fr.csv", ListOptions(language="fr", published=False), Selection()),
        ("participants_published.csv", ListOptions(), Selection()),
        ("participants_filtered.csv", ListOptions(published=False, include_inactive=True),
         Selection(only=ParticipantFilter(text="genocide",
                                          statuses=frozenset({Status.CANCELLED})))),
    ]:
        out = tmp_path / name
        done = service.export_list(kind, out, options, selection)
        assert out.read_bytes() == (GOLDEN / name).read_bytes(), name
        with out.open(encoding="utf-8-sig", newline="") as f:
            assert done.count == len(list(csv.reader(f))) - 1
