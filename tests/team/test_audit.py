"""The audit trail on both engines: a registrar's import and a rapporteur's paragraph edit
appear in `confdesk audit --json` with their names, fields and values; on PostgreSQL each
desk logs in as its own role, and the table refuses UPDATE and DELETE."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from confdesk.conclusions.models import DocumentKind, OutcomeDocument, Paragraph, Section
from confdesk.conclusions.service import ConclusionsService
from confdesk.db.database import Database
from confdesk.registration.models import Participant, Status
from confdesk.registration.service import RegistrationService
from confdesk.team.audit_models import AuditEntry
from tests.factories import make_event, make_participant
from tests.team.conftest import Desk, open_as, run_as


def _registrations(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom", "E-mail", "Pays / Organisation"])
    sheet.append(["Zoë", "Ångström", "zoe@example.org", "Sweden"])
    sheet.append(["Kofi", "Mensah", "kofi@example.org", "Ghana"])
    sheet.append(["Li", "Wei", "", "Aegis Trust"])
    book.save(path)
    return path


def _event_with_paragraph(database: Database) -> tuple[int, str]:
    with database.sessions.begin() as s:
        event = make_event(s)
        doc = OutcomeDocument(event=event, title="Chair's Conclusions",
                              kind=DocumentKind.CHAIRS_CONCLUSIONS)
        section = Section(document=doc, lead_in="The participants note that:")
        para = Paragraph(section=section, text="Prevention starts early.")
        s.add_all([doc, section, para])
        s.flush()
        return event.id, para.uid


def test_import_and_paragraph_edit_in_audit_json(
        database: Database, desk_for: Callable[[str], Desk], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    event_id, uid = _event_with_paragraph(database)
    registrar, rapporteur = desk_for("ana"), desk_for("rui")
    sheet = _registrations(tmp_path / "registrations.xlsx")

    code, out, err = run_as(registrar, ["import", "participants", str(sheet),
                                        "--event", str(event_id)], capsys)
    assert code == 0, err
    rapporteur_db = open_as(rapporteur)
    try:
        ConclusionsService.open(rapporteur_db, event_id=event_id).edit_text(
            uid, "Prevention starts early, with education.")
    finally:
        rapporteur_db.close()

    code, out, err = run_as(registrar, ["audit", "--json"], capsys)
    assert code == 0, err
    trail = json.loads(out)
    imported = [e for e in trail if e["entity"] == "participant"]
    assert {e["label"].split(" (")[0] for e in imported} == {
        "Zoë Ångström", "Kofi Mensah", "Li Wei"}
    zoe = next(e for e in imported if e["label"].startswith("Zoë"))
    assert zoe["person"] == registrar[1]
    assert zoe["action"] == "Import of registrations.xlsx, 3 people"
    assert zoe["operation"] == "insert"
    assert zoe["changes"]["email"] == {"before": None, "after": "zoe@example.org"}
    assert zoe["changes"]["given_name"]["after"] == "Zoë"
    assert zoe["entity_id"] is not None and zoe["event_id"] == event_id

    [edit] = [e for e in trail if e["entity"] == "paragraph" and e["operation"] == "update"]
    assert edit["person"] == rapporteur[1]
    assert edit["action"] == "Conclusions: edit text"
    assert edit["changes"]["text"] == {"before": "Prevention starts early.",
                                       "after": "Prevention starts early, with education."}

    # Filters: by person, by kind, one record's history.
    code, out, _ = run_as(registrar, ["audit", "--json", "--who",
                        rapporteur[1].upper()], capsys)
    assert {e["person"] for e in json.loads(out)} == {rapporteur[1]}
    code, out, _ = run_as(registrar, ["audit", "--entity", "participant", "--id",
                        str(zoe["entity_id"])], capsys)
    assert "Import of registrations.xlsx, 3 people" in out and "zoe@example.org" in out
    code, _out, err = run_as(registrar, ["audit", "--entity", "nonsense"], capsys)
    assert code == 2 and "Unknown kind of record 'nonsense'" in err


def test_service_changes_record_fields_before_and_after(database: Database) -> None:
    with database.sessions.begin() as s:
        event = make_event(s)
        anne = make_participant(s, event, given_name="Anne", family_name="Dupont")
        s.flush()
        ids = (event.id, anne.id)
    service = RegistrationService(database, ids[0])
    service.set_status([ids[1]], Status.CONFIRMED)
    service.set_category([ids[1]], "observer")
    change = service.delete([ids[1]])
    service.replay(change, forward=False)
    with database.sessions() as s:
        rows = s.scalars(select(AuditEntry).where(
            AuditEntry.entity_kind == "participant", AuditEntry.entity_id == ids[1])
            .order_by(AuditEntry.id)).all()
    assert [(r.operation, r.action) for r in rows] == [
        ("insert", "Change"), ("update", "Registration: set status"),
        ("update", "Registration: set category"), ("delete", "Registration: delete"),
        ("insert", "Registration: replay")]
    assert rows[1].changed_fields() == {"status": ["registered", "confirmed"]}
    assert rows[2].changed_fields() == {"category": ["delegate", "observer"]}
    assert rows[3].changed_fields()["family_name"] == ["Dupont", None]


def test_trail_export_xlsx_and_csv(database: Database, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str],
                                   desk_for: Callable[[str], Desk]) -> None:
    desk = desk_for("ana")
    with database.sessions.begin() as s:
        event = make_event(s)
        make_participant(s, event, given_name="Anne", family_name="=Dupont")
    code, out, err = run_as(desk, ["audit", "--entity", "participant",
                          "-o", str(tmp_path / "trail.xlsx")], capsys)
    assert code == 0, err
    sheet = load_workbook(tmp_path / "trail.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("When (UTC)", "Who", "Action")
    family = next(r for r in rows if r[7] == "family_name")
    assert family[3] == "participant" and family[9] == "=Dupont"  # text, never a formula
    code, out, err = run_as(desk, ["audit", "-o", str(tmp_path / "trail.csv")], capsys)
    assert code == 0 and "'=Dupont" in (tmp_path / "trail.csv").read_text("utf-8-sig")
    code, out, err = run_as(desk, ["audit", "-o", str(tmp_path / "trail.pdf")], capsys)
    assert code == 2 and ".xlsx or .csv" in err


def test_postgresql_refuses_update_and_delete_of_the_trail(
        database: Database, desk_for: Callable[[str], Desk]) -> None:
    if database.engine.dialect.name != "postgresql":
        pytest.skip("the append-only trigger is PostgreSQL's")
    with database.sessions.begin() as s:
        make_participant(s, make_event(s), given_name="Anne", family_name="Dupont")
    desk = open_as(desk_for("ana"))  # an application role granted ALL on the table
    for db in (database, desk):  # the table's owner too
        for statement in ("UPDATE audit_entries SET person = 'someone else'",
                          "DELETE FROM audit_entries"):
            with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
                conn.execute(text(statement))
    # The erasure's setting opens the door for the owner's function only, not for a role
    # that sets it itself.
    with pytest.raises(DBAPIError, match="append-only"), desk.engine.begin() as conn:
        conn.execute(text("SELECT set_config('confdesk.audit_erase', 'on', true)"))
        conn.execute(text("UPDATE audit_entries SET person = 'x'"))
    desk.close()
    with database.sessions() as s:
        assert s.scalar(select(AuditEntry.person).limit(1)) != "someone else"
        assert s.scalars(select(Participant.family_name)).all() == ["Dupont"]


def test_bulk_update_and_delete_statements_are_recorded_row_by_row(database: Database
                                                                   ) -> None:
    from sqlalchemy import delete, update

    from confdesk.programme.models import RoleKind, SessionRole
    from confdesk.team import audit
    from tests.factories import add_role, make_session

    with database.sessions.begin() as s:
        event = make_event(s)
        anne = make_participant(s, event, given_name="Anne", family_name="Dupont")
        koen = make_participant(s, event, given_name="Koen", family_name="Peeters")
        panel = make_session(s, event, title="Early warning")
        add_role(s, panel, anne, RoleKind.SPEAKER)
        s.flush()
        ids = (anne.id, koen.id, panel.id)
    with database.sessions.begin() as s, audit.action(s, "Category moved"):
        s.execute(update(Participant).where(Participant.id.in_(ids[:2]))
                  .values(category="observer"))
        s.execute(delete(SessionRole).where(SessionRole.session_id == ids[2]))
    with database.sessions() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "Category moved")
                         .order_by(AuditEntry.id)).all()
    moved = {(r.entity_id, r.operation): r.changed_fields() for r in rows
             if r.entity_kind == "participant"}
    assert moved == {(ids[0], "update"): {"category": ["delegate", "observer"]},
                     (ids[1], "update"): {"category": ["delegate", "observer"]}}
    [role] = [r for r in rows if r.entity_kind == "session_role"]
    assert (role.operation, role.owner_kind, role.owner_id) == ("delete", "session", ids[2])
    assert role.changed_fields()["participant_id"] == [ids[0], None]


def test_a_participants_history_shows_their_programme_roles(database: Database) -> None:
    from confdesk.programme.models import RoleKind
    from confdesk.team.trail import history
    from tests.factories import add_role, make_session

    with database.sessions.begin() as s:
        event = make_event(s)
        anne = make_participant(s, event, given_name="Anne", family_name="Dupont")
        other = make_participant(s, event, given_name="Koen", family_name="Peeters")
        panel = make_session(s, event, title="Early warning")
        add_role(s, panel, anne, RoleKind.CHAIR)
        add_role(s, panel, other, RoleKind.SPEAKER)
        s.flush()
        ids = (anne.id, panel.id)
    with database.sessions() as s:
        mine = history(s, "participant", ids[0])
        theirs = history(s, "session", ids[1])
    assert [(e.entity_kind, e.operation) for e in mine] == [
        ("session_role", "insert"), ("participant", "insert")]
    assert mine[0].entity_label == "chair: Anne Dupont"
    assert sorted(e.entity_label for e in theirs if e.entity_kind == "session_role") == [
        "chair: Anne Dupont", "speaker: Koen Peeters"]


def test_a_new_events_default_categories_are_in_the_trail(database: Database) -> None:
    """The categories every new event starts with are written along with it, by the
    registration models' own hook; the trail records them after the event, as inserts of
    that event, with the person and the action of the event's creation."""
    from datetime import date

    from confdesk.events.operations import EventData
    from confdesk.events.service import EventService
    from confdesk.registration.models import DEFAULT_CATEGORIES, ParticipantCategory

    event_id = EventService(database).create(EventData(
        title="Regional Workshop on Early Warning", start_date=date(2015, 5, 4),
        end_date=date(2015, 5, 5)))
    with database.sessions() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.event_id == event_id)
                         .order_by(AuditEntry.id)).all()
        categories = {c.id: c.code for c in s.scalars(select(ParticipantCategory).where(
            ParticipantCategory.event_id == event_id))}
    assert [(r.entity_kind, r.operation) for r in rows] == [("event", "insert")] + [
        ("category", "insert")] * len(DEFAULT_CATEGORIES)
    assert {r.entity_id: r.changed_fields()["code"][1] for r in rows[1:]} == categories
    first = rows[1]
    assert first.entity_label == DEFAULT_CATEGORIES[0][1]
    assert first.changed_fields()["name_fr"] == [None, DEFAULT_CATEGORIES[0][2]]
    assert {(r.person, r.action, r.desk) for r in rows} == {
        (rows[0].person, rows[0].action, rows[0].desk)}
