"""People and roles on a real PostgreSQL server, each person logged in as their own role:
the service refuses with a message naming the role, and the server refuses the same change
tried with raw SQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import InternalError, ProgrammingError

from confdesk.cli import main
from confdesk.conclusions.models import Paragraph
from confdesk.conclusions.service import ConclusionsService
from confdesk.errors import PermissionRefusedError, known_error
from confdesk.events.models import Event
from confdesk.programme.service import ProgrammeService
from confdesk.registration.models import Participant, Status
from confdesk.registration.service import RegistrationService
from tests.factories import make_event
from tests.team.conftest import Team


def _some_participant(team: Team) -> tuple[int, str]:
    owner = create_engine(team.url)
    with owner.connect() as conn:
        pid, code = conn.execute(text(
            "SELECT id, code FROM participant WHERE status = 'confirmed' ORDER BY id LIMIT 1"
        )).one()
    owner.dispose()
    return pid, code


def _paragraph_uid(db_url: object) -> str:
    engine = create_engine(db_url)  # type: ignore[call-overload]
    with engine.connect() as conn:
        uid = conn.execute(text("SELECT uid FROM paragraph ORDER BY id LIMIT 1")).scalar_one()
    engine.dispose()
    return str(uid)


def _raw(team: Team, key: str, statement: str) -> int:
    """Run `statement` as the person's login with no confdesk in between; rows changed."""
    engine = create_engine(team.url_of(key))
    try:
        with engine.begin() as conn:
            return conn.execute(text(statement)).rowcount
    finally:
        engine.dispose()


def test_desk_checks_in_but_the_service_refuses_the_rest(team: Team, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    desk = team.open_as("desk")
    assert desk.person == team.logins["desk"]
    pid, code = _some_participant(team)

    done = RegistrationService(desk, team.event_id).check_in(code)
    assert done.participant_id == pid
    with desk.sessions() as s:
        assert s.get(Participant, pid).status == Status.CHECKED_IN  # type: ignore[union-attr]

    # An import: refused by the service, before anything is read or written.
    sheet = tmp_path / "late.csv"
    sheet.write_text("Nom;Prénom;Pays\nKowalska;Anna;Pologne\n", encoding="utf-8")
    assert main(["import", "participants", str(sheet), "-d",
                 team.url_of("desk").render_as_string(hide_password=False)]) == 2
    err = capsys.readouterr().err
    assert "This needs the Registrar role; your roles here: Registration desk." in err
    with desk.sessions() as s:
        assert s.scalar(select(Participant.id).where(Participant.family_name == "Kowalska")) \
            is None

    # A paragraph of the chair's conclusions.
    conclusions = ConclusionsService.open(desk, event_id=team.event_id)
    uid = _paragraph_uid(team.url)
    with pytest.raises(PermissionRefusedError, match="needs the Rapporteur role"):
        conclusions.edit_text(uid, "The desk's wording.")

    # A programme session.
    programme = ProgrammeService(desk, team.event_id)
    first = programme.snapshot().sessions[0]
    with pytest.raises(PermissionRefusedError, match="needs the Programme role"):
        programme.delete(first.id, None)
    assert any(s.id == first.id for s in programme.snapshot().sessions)


def test_desk_is_refused_by_postgresql_itself(team: Team) -> None:
    pid, _code = _some_participant(team)
    for statement in (
        "UPDATE paragraph SET text = 'The desk''s wording'",
        "UPDATE session SET title = 'Renamed'",
        f"UPDATE participant SET given_name = 'Nobody' WHERE id = {pid}",
        "INSERT INTO organisation (name_en, name_fr, acronym, kind, version, created_at, "
        "updated_at) VALUES ('X', 'X', '', 'ngo', 1, now(), now())",
        f"DELETE FROM participant WHERE id = {pid}",
    ):
        with pytest.raises(ProgrammingError) as refused:
            _raw(team, "desk", statement)
        assert getattr(refused.value.orig, "sqlstate", None) == "42501", statement
        shown = known_error(refused.value)
        assert isinstance(shown, PermissionRefusedError)
        assert "your roles do not allow it" in str(shown)
    # The check-in columns are the desk's.
    assert _raw(team, "desk", "UPDATE participant SET status = 'checked_in', "
                f"checked_in_at = now(), version = version + 1 WHERE id = {pid}") == 1


def test_registrar_imports_and_rapporteur_edits(team: Team, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "late.csv"
    sheet.write_text("Nom;Prénom;Pays\nKowalska;Anna;Pologne\n", encoding="utf-8")
    assert main(["import", "participants", str(sheet), "-d",
                 team.url_of("registrar").render_as_string(hide_password=False)]) == 0
    capsys.readouterr()
    registrar = team.open_as("registrar")
    with registrar.sessions() as s:
        anna = s.scalars(select(Participant).where(Participant.family_name == "Kowalska")).one()
        assert anna.given_name == "Anna" and anna.event_id == team.event_id

    rapporteur = team.open_as("rapporteur")
    conclusions = ConclusionsService.open(rapporteur, event_id=team.event_id)
    uid = _paragraph_uid(team.url)
    conclusions.edit_text(uid, "The rapporteur's wording.")
    with rapporteur.sessions() as s:
        assert s.scalars(select(Paragraph.text).where(Paragraph.uid == uid)).one() == \
            "The rapporteur's wording."
    # The rapporteur is no registrar: the server refuses their edit of a participant.
    with pytest.raises(PermissionRefusedError, match="needs the Registrar role; your roles "
                       "here: Rapporteur"):
        RegistrationService(rapporteur, team.event_id).set_status([anna.id], Status.DECLINED)


def test_roles_for_one_event_stop_at_that_event(team: Team) -> None:
    """The registrar was given event 1 only: in another event of the same database the
    service refuses, and so does row-level security for raw SQL."""
    owner = create_engine(team.url)
    from sqlalchemy.orm import Session

    with Session(owner) as s, s.begin():
        other = make_event(s, title="Another conference")
        s.flush()
        s.add(Participant(event_id=other.id, given_name="Ana", family_name="Lopes",
                          code="OTHER1", sort_key="lopes ana", search_text="ana lopes"))
        other_id = other.id
    owner.dispose()

    registrar = team.open_as("registrar")
    with pytest.raises(PermissionRefusedError, match="you .* have no role here"):
        RegistrationService(registrar, other_id).set_status([1], Status.DECLINED)
    assert _raw(team, "registrar",
                f"UPDATE participant SET given_name = 'X' WHERE event_id = {other_id}") == 0
    assert _raw(team, "registrar",
                f"UPDATE participant SET given_name = given_name "
                f"WHERE event_id = {team.event_id}") > 0
    with pytest.raises(ProgrammingError):  # WITH CHECK: no moving a row into that event
        _raw(team, "registrar", f"INSERT INTO participant (event_id, given_name, family_name,"
             " code, sort_key, search_text, version, created_at, updated_at, status) VALUES "
             f"({other_id}, 'A', 'B', 'ZZZ999', 'b a', 'a b', 1, now(), now(), 'registered')")
    with create_engine(team.url).connect() as conn:
        assert conn.execute(select(Event.title).where(Event.id == other_id)).scalar_one() \
            == "Another conference"


def test_append_only_tables_take_inserts_but_no_updates_or_deletes(team: Team) -> None:
    """The audit trail's table (made by another module) joins the grants by its name: the
    application roles may add rows and read them, never change or delete one."""
    from confdesk.team.postgres import APPEND_ONLY_TABLES

    assert "audit_entries" in APPEND_ONLY_TABLES
    desk_who = team.logins["desk"]
    assert _raw(team, "desk", "INSERT INTO audit_entries (at, person, desk, entity_kind, "
                "entity_id, entity_label, owner_kind, operation, action, changes) VALUES "
                f"(now(), '{desk_who}', '', 'participant', 1, 'a test row', '', 'update', "
                "'check-in', '{}')") == 1
    for key in ("desk", "registrar", "rapporteur"):
        for statement in ("UPDATE audit_entries SET action = 'nothing'",
                          "DELETE FROM audit_entries"):
            with pytest.raises((ProgrammingError, InternalError)) as refused:
                _raw(team, key, statement)
            # refused by the grants (42501) or, for good measure, by the trigger
            assert getattr(refused.value.orig, "sqlstate", None) in ("42501", "P0001")
    engine = create_engine(team.url_of("registrar"))
    with engine.connect() as conn:
        assert desk_who in conn.execute(text("SELECT person FROM audit_entries")).scalars().all()
    engine.dispose()
