"""The import's commit on both engines: people updated in the order of the sheet (not of their
ids) are written by one flush whose trail lists them in the sheet's order with their changes;
undo puts them back and redo again; the people added carry the audit entries of the trail's
rule and their undo snapshots are what a read of them gives."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from confdesk.db.database import Database
from confdesk.imports.mapping import detect
from confdesk.imports.tables import read_table
from confdesk.registration.models import Participant, Status
from confdesk.registration.service import RegistrationService, snapshots_in_bulk
from confdesk.team.audit_models import AuditEntry
from tests.factories import make_event, make_participant

PEOPLE = [("Zoë", "Ångström", "zoe@example.org"), ("Kofi", "Mensah", "kofi@example.org"),
          ("محمد", "العلي", "m.ali@example.org"), ("Ольга", "Петрова", "olga@example.org")]


def _registered(database: Database) -> tuple[int, list[int]]:
    with database.sessions.begin() as s:
        event = make_event(s)
        people = [make_participant(s, event, given_name=g, family_name=f, email=e)
                  for g, f, e in PEOPLE]
        s.flush()
        return event.id, [p.id for p in people]


def _sheet(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom", "Courriel", "Fonction", "Statut"])
    # The registered people in another order than their ids, changed; two new people.
    sheet.append(["Ольга", "ПЕТРОВА", "olga@example.org", "Посол", "confirmed"])
    sheet.append(["Zoë", "Ångström", "zoe@example.org", "Ministre", ""])
    sheet.append(["Li", "Wei", "li@example.org", "Adviser", ""])
    sheet.append(["Kofi", "Mensah", "kofi@example.org", "", "confirmed"])
    sheet.append(["\u2068علي\u2069", "Hassan", "", "مستشار", ""])
    book.save(path)
    return path


def test_updates_in_the_sheets_order_one_flush_undo_and_redo(database: Database,
                                                            tmp_path: Path) -> None:
    event_id, ids = _registered(database)
    service = RegistrationService(database, event_id)
    table = read_table(_sheet(tmp_path / "inscriptions.xlsx"), None)
    preview = service.preview_import(table, detect(table.rows), on_duplicate="update")
    report, change = service.commit_import(preview, skip_invalid=False,
                                           source="inscriptions.xlsx")
    assert (report.added, report.updated) == (2, 3)
    olga, zoe, kofi = ids[3], ids[0], ids[1]
    assert [s["id"] for s in report.updated_before] == [olga, zoe, kofi]
    assert report.updated_before[0]["family_name"] == "Петрова"
    with database.sessions() as s:
        entries = s.scalars(select(AuditEntry).where(
            AuditEntry.operation == "update", AuditEntry.entity_kind == "participant")
            .order_by(AuditEntry.id)).all()
        assert [e.entity_id for e in entries] == [olga, zoe, kofi]  # the sheet's order
        assert json.loads(entries[0].changes) == {
            "family_name": ["Петрова", "ПЕТРОВА"], "function": ["", "Посол"],
            "status": ["registered", "confirmed"]}
        assert json.loads(entries[2].changes) == {"status": ["registered", "confirmed"]}
        added = s.scalars(select(AuditEntry).where(
            AuditEntry.operation == "insert", AuditEntry.entity_kind == "participant",
            AuditEntry.action == "Import of inscriptions.xlsx, 5 people")
            .order_by(AuditEntry.id)).all()
        new = {p.id: p for p in s.scalars(select(Participant).where(
            Participant.id.in_(report.added_ids)))}
        assert [e.entity_id for e in added] == sorted(new)
        li = new[added[0].entity_id]
        assert added[0].entity_label == f"Li Wei ({li.code})"
        assert json.loads(added[0].changes) == {
            "given_name": [None, "Li"], "family_name": [None, "Wei"],
            "function": [None, "Adviser"], "email": [None, "li@example.org"],
            "category": [None, li.category], "status": [None, "registered"],
            "delegation_role": [None, "member"], "code": [None, li.code],
            "event_id": [None, event_id]}
        assert added[1].entity_label == f"\u2068علي\u2069 Hassan ({new[added[1].entity_id].code})"
        # The snapshots of the people added are those a read of them gives.
        assert change.added == snapshots_in_bulk(s, report.added_ids)
        assert s.get(Participant, kofi).status is Status.CONFIRMED  # type: ignore[union-attr]
    service.replay_import(change, forward=False)
    with database.sessions() as s:
        assert s.get(Participant, olga).family_name == "Петрова"  # type: ignore[union-attr]
        assert s.get(Participant, kofi).status is Status.REGISTERED  # type: ignore[union-attr]
        assert s.scalars(select(Participant).where(
            Participant.id.in_(report.added_ids))).all() == []
    service.replay_import(change, forward=True)
    with database.sessions() as s:
        assert s.get(Participant, olga).family_name == "ПЕТРОВА"  # type: ignore[union-attr]
        assert len(s.scalars(select(Participant).where(
            Participant.id.in_(report.added_ids))).all()) == 2
