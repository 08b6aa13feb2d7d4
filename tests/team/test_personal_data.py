"""A person's data: exported whole, then erased everywhere. After the erasure no column of
any table (the audit trail's included) holds their name or e-mail, on either engine."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from confdesk.conclusions import operations as conclusions
from confdesk.conclusions.models import OutcomeDocument, Paragraph, Section
from confdesk.db.database import Database
from confdesk.programme.models import RoleKind, SessionRole
from confdesk.registration.models import Participant, Status
from confdesk.registration.operations import ParticipantData
from confdesk.registration.revisions import ListRevision
from confdesk.registration.service import RegistrationService
from confdesk.team.audit_models import AuditEntry
from tests.factories import add_role, make_event, make_participant, make_session
from tests.team.conftest import Desk, run_as

#: What must be gone: every way the person's name and address can be written.
TRACES = ("Zoë Ångström", "Ångström Zoë", "ÅNGSTRÖM, Zoë", "zoe angstrom", "angstrom zoe",
          "zoe.angstrom@example.org")


def _populate(database: Database) -> dict[str, int]:
    with database.sessions.begin() as s:
        first, second = make_event(s, short_name="One"), make_event(s, short_name="Two")
        zoe = make_participant(s, first, honorific="Dr", given_name="Zoë",
                               family_name="Ångström", email="zoe.angstrom@example.org",
                               phone="+46 70 123", notes="Vegan", function="Professor")
        again = make_participant(s, second, given_name="Zoe", family_name="Angstrom",
                                 email="ZOE.ANGSTROM@example.org")
        other = make_participant(s, first, given_name="Kofi", family_name="Mensah",
                                 notes="Travels with Zoë Ångström.")
        panel = make_session(s, first, title="Early warning")
        add_role(s, panel, zoe, RoleKind.SPEAKER)
        add_role(s, panel, other, RoleKind.CHAIR)
        conclusions.add_recommendation(s, panel, "Fund early-warning units.", author=zoe)
        conclusions.add_recommendation(s, panel, "Train officers.",
                                       author_name="Zoë Ångström")
        doc = OutcomeDocument(event=first, title="Chair's Conclusions")
        section = Section(document=doc, lead_in="The participants note that:")
        para = Paragraph(section=section, text="Prevention starts early.")
        s.add_all([doc, section, para])
        s.flush()
        conclusions.add_comment(s, para, "Cite the 2014 report.", "Zoë Ångström")
        s.add(ListRevision(event_id=first.id, number=0, issued_on=date(2014, 3, 31),
                           entries=[{"name": "Dr Zoë Ångström", "organisation": ""}]))
        s.flush()
        ids = {"event": first.id, "zoe": zoe.id, "again": again.id, "other": other.id,
               "panel": panel.id}
    service = RegistrationService(database, ids["event"])
    service.set_status([ids["zoe"]], Status.CONFIRMED)
    data, version = service.participant(ids["zoe"]) or (None, None)
    assert data is not None
    service.update(ids["zoe"], version, ParticipantData(**{
        **data.__dict__, "email": "zoe.angstrom@example.org", "phone": "+46 70 999"}))
    return ids


def _traces_left(database: Database) -> list[str]:
    """Every (table, column, value) that still holds a trace, in any case."""
    found = []
    with database.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')).mappings():
                for column, value in row.items():
                    shown = json.dumps(value, ensure_ascii=False, default=str) \
                        if not isinstance(value, str) else value
                    shown = shown.lower()
                    found += [f"{table}.{column}: {value!r}" for t in TRACES
                              if t.lower() in shown]
    return found


def test_export_then_erase_leaves_no_trace(database: Database, tmp_path: Path,
                                           desk_for: Callable[[str], Desk],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    ids = _populate(database)
    desk = desk_for("dpo")
    assert _traces_left(database)  # the scan sees them before

    out_file = tmp_path / "zoe.json"
    code, out, err = run_as(desk, ["person", "export", str(ids["zoe"]), "-o", str(out_file)],
                            capsys)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out_file.read_text("utf-8"))
    assert {r["id"] for r in data["registrations"]} == {ids["zoe"], ids["again"]}
    assert data["registrations"][0]["phone"] == "+46 70 999"
    assert [r["role"] for r in data["programme_roles"]] == ["speaker"]
    assert sorted(i["text"] for i in data["rapporteur_items"]) == [
        "Fund early-warning units.", "Train officers."]
    assert [c["text"] for c in data["comments_written"]] == ["Cite the 2014 report."]
    changes = [e["changes"] for e in data["audit_trail"]]
    assert {"before": "+46 70 123", "after": "+46 70 999"} in [c.get("phone") for c in changes]

    code, out, err = run_as(desk, ["person", "erase", str(ids["zoe"])], capsys)
    assert code == 1 and "--yes" in err and "Zoë Ångström (2 registration(s))" in err
    code, out, err = run_as(desk, ["person", "erase", str(ids["zoe"]), "--yes"], capsys)
    assert code == 0, err
    assert "2 registration(s), 1 programme role(s) removed" in out

    assert _traces_left(database) == []
    with database.sessions() as s:
        zoe = s.get(Participant, ids["zoe"])
        assert zoe is not None and zoe.family_name.startswith("Erased person ")
        pseudonym = zoe.family_name
        assert (zoe.email, zoe.phone, zoe.notes, zoe.do_not_publish) == ("", "", "", True)
        assert s.get(Participant, ids["other"]).notes == f"Travels with {pseudonym}."
        roles = s.scalars(select(SessionRole.participant_id)).all()
        assert roles == [ids["other"]]
        trail = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        labels = [e.entity_label for e in trail if e.entity_id == ids["zoe"]
                  and e.entity_kind == "participant"]
        assert labels and all(pseudonym in label for label in labels)
        assert [e.operation for e in trail][-1] == "erase"
        assert trail[-1].person == desk[1]
        exported = [e for e in trail if e.operation == "export"]
        assert len(exported) == 1 and pseudonym in exported[0].entity_label


def test_unknown_person_is_refused(database: Database, desk_for: Callable[[str], Desk],
                                   tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    with database.sessions.begin() as s:
        make_event(s)
    desk = desk_for("dpo")
    code, _out, err = run_as(desk, ["person", "export", "999", "-o",
                                    str(tmp_path / "x.json")], capsys)
    assert code == 2 and "No participant has the id 999" in err
    assert not (tmp_path / "x.json").exists()
