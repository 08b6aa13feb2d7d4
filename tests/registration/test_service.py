"""The registration service without a window: one transaction per action, undo and redo that
refuse to overwrite a colleague's work, deletions that take their links along and back."""

from __future__ import annotations

from datetime import datetime

import pytest

from confdesk.conclusions import operations as conclusions
from confdesk.conclusions.models import Recommendation
from confdesk.db.database import Database
from confdesk.errors import ConcurrentEditError, UndoRefusedError
from confdesk.programme.models import RoleKind, SessionRole
from confdesk.registration.models import Organisation, Participant, Status
from confdesk.registration.operations import CheckInRefusedError, ParticipantData
from confdesk.registration.service import RegistrationService
from tests.factories import add_role, make_event, make_participant, make_session


def _service(database: Database) -> tuple[RegistrationService, dict[str, int]]:
    with database.sessions.begin() as s:
        event = make_event(s)
        anne = make_participant(s, event, given_name="Anne", family_name="Dupont",
                                code="AAA111", status=Status.CONFIRMED)
        koen = make_participant(s, event, given_name="Koen", family_name="Vermeulen",
                                code="KKK222", status=Status.CANCELLED)
        panel = make_session(s, event)
        add_role(s, panel, koen, RoleKind.SPEAKER)
        item = conclusions.add_recommendation(s, panel, "Train officers.", author=koen)
        s.flush()
        ids = {"event": event.id, "anne": anne.id, "koen": koen.id, "panel": panel.id,
               "item": item.id}
    return RegistrationService(database, ids["event"]), ids


def _person(database: Database, pid: int) -> Participant | None:
    with database.sessions() as s:
        person = s.get(Participant, pid)
        if person is not None:
            s.expunge(person)
        return person


def test_create_with_a_typed_organisation_and_undo_redo(database: Database) -> None:
    service, _ids = _service(database)
    change = service.create(ParticipantData(given_name="Zoé", family_name="Martin",
                                            category="delegate"), "Aegis Trust")
    [pid] = change.ids
    person = _person(database, pid)
    assert person is not None and person.plain_name == "Zoé Martin"
    with database.sessions() as s:
        org = s.get(Organisation, person.organisation_id)
        assert org is not None and org.name_en == "Aegis Trust"
    assert change.name == "Zoé Martin"
    service.replay(change, forward=False)  # undo: gone
    assert _person(database, pid) is None
    service.replay(change, forward=True)  # redo: back with the same id and code
    again = _person(database, pid)
    assert again is not None and again.code == person.code


def test_an_edit_over_a_colleagues_save_is_refused(database: Database) -> None:
    service, ids = _service(database)
    found = service.participant(ids["anne"])
    assert found is not None
    data, version = found
    with database.sessions.begin() as s:  # a colleague saves first
        other = s.get(Participant, ids["anne"])
        assert other is not None
        other.phone = "+32 2 501 81 11"
    data.function = "Rapporteur"
    with pytest.raises(ConcurrentEditError) as refused:
        service.update(ids["anne"], version, data)
    assert refused.value.code == "concurrent.changed"
    assert "Anne Dupont" in str(refused.value)
    person = _person(database, ids["anne"])
    assert person is not None and (person.function, person.phone) == ("", "+32 2 501 81 11")


def test_undo_of_a_bulk_change_refused_after_a_colleagues_change(database: Database) -> None:
    service, ids = _service(database)
    change = service.set_status([ids["anne"]], Status.CHECKED_IN)
    with database.sessions.begin() as s:
        other = s.get(Participant, ids["anne"])
        assert other is not None
        other.phone = "+32 2 501 81 11"
    with pytest.raises(UndoRefusedError) as refused:
        service.replay(change, forward=False)
    assert refused.value.code == "undo.overwrite"
    assert refused.value.params == {"record": "“Anne Dupont”"}
    person = _person(database, ids["anne"])
    assert person is not None and person.status == Status.CHECKED_IN


def test_deletion_takes_roles_and_authorship_along_and_undo_brings_them_back(
        database: Database) -> None:
    service, ids = _service(database)
    change = service.delete([ids["koen"]])
    [snap] = change.before
    assert [r["session_id"] for r in snap["session_roles"]] == [ids["panel"]]
    assert snap["authored"] == [ids["item"]]
    with database.sessions() as s:
        assert s.get(Participant, ids["koen"]) is None
        item = s.get(Recommendation, ids["item"])
        assert item is not None and item.author_id is None
    service.replay(change, forward=False)
    with database.sessions() as s:
        roles = list(s.query(SessionRole).filter_by(participant_id=ids["koen"]))
        assert [(r.session_id, r.role) for r in roles] == [(ids["panel"], RoleKind.SPEAKER)]
        item = s.get(Recommendation, ids["item"])
        assert item is not None and item.author_id == ids["koen"]
    service.replay(change, forward=True)  # redo deletes again
    assert _person(database, ids["koen"]) is None


def test_undo_of_a_deletion_refused_when_the_person_was_recreated_meanwhile(
        database: Database) -> None:
    service, ids = _service(database)
    change = service.delete([ids["anne"]])
    service.replay(change, forward=False)  # another laptop's undo of the same step
    with pytest.raises(UndoRefusedError):
        service.replay(change, forward=False)
    assert _person(database, ids["anne"]) is not None


def test_check_in_refusals_are_catalogued_and_undo_redo_refuse_over_a_change(
        database: Database) -> None:
    service, ids = _service(database)
    with pytest.raises(CheckInRefusedError) as refused:
        service.check_in("KKK222")
    assert refused.value.code == "check_in.inactive"
    assert refused.value.params["status"] == "cancelled"
    with pytest.raises(CheckInRefusedError) as unknown:
        service.check_in("ZZZ999")
    assert (unknown.value.code, unknown.value.params) == ("check_in.unknown",
                                                          {"text": "ZZZ999"})
    done = service.check_in("aaa111")
    assert done.notice is None
    again = service.check_in("AAA111")  # a second scan says when the first was
    assert again.notice is not None and again.notice.code == "check_in.again"
    assert again.warning == str(again.notice) and again.warning.startswith("Already checked")
    assert service.undo_check_in(again) == ids["anne"]
    assert service.undo_check_in(done) == ids["anne"]
    person = _person(database, ids["anne"])
    assert person is not None and (person.status, person.checked_in_at) == (
        Status.CONFIRMED, None)
    assert service.redo_check_in(done) == ids["anne"]
    with database.sessions.begin() as s:  # the secretariat cancels meanwhile
        other = s.get(Participant, ids["anne"])
        assert other is not None
        other.status = Status.CANCELLED
    with pytest.raises(UndoRefusedError, match="now cancelled") as undo:
        service.undo_check_in(done)
    assert undo.value.code == "undo.check_in"
    person = _person(database, ids["anne"])
    assert person is not None and person.status == Status.CANCELLED
    with database.sessions.begin() as s:
        gone = s.get(Participant, ids["anne"])
        s.delete(gone)
    with pytest.raises(UndoRefusedError) as deleted:
        service.redo_check_in(done)
    assert deleted.value.code == "undo.participant_gone"


def test_badges_marked_printed_and_categories_saved(database: Database) -> None:
    service, ids = _service(database)
    when = datetime(2014, 3, 30, 18, 0)
    change = service.mark_badges_printed([ids["anne"], ids["koen"]], when)
    assert [s["badge_printed_at"] for s in change.after] == [when, when]
    assert [s["badge_printed_at"] for s in change.before] == [None, None]
    service.replay(change, forward=False)
    person = _person(database, ids["anne"])
    assert person is not None and person.badge_printed_at is None
    assert service.checked_in_counts()
    assert sum(service.category_usage().values()) == 2


def test_refused_saves_carry_codes_and_params_for_translation(database: Database) -> None:
    from confdesk.registration.operations import ParticipantInvalidError

    service, _ids = _service(database)
    bad = ParticipantData(email="not-an-address", country_code="XYZ", category="nope")
    with pytest.raises(ParticipantInvalidError) as refused:
        service.create(bad)
    errors = refused.value.errors
    assert {k: e.code for k, e in errors.items()} == {
        "family_name": "participant.nameless", "email": "participant.email",
        "country_code": "participant.country", "category": "category.unknown"}
    assert errors["country_code"].params == {"country": "XYZ"}
    assert refused.value.problems["email"] == "“not-an-address” is not a valid e-mail address."
    with database.sessions() as s:
        assert s.query(Participant).count() == 2  # nothing was added
