"""The speakers' list service on both engines: protocol order, the chair's changes kept,
the timer, statuses, rights of reply, notes, undo records."""

from __future__ import annotations

from datetime import datetime

import pytest

from confdesk.db.database import Database
from confdesk.errors import UserError
from confdesk.plenary.speakers_models import SpeakerLevel, SpeakerStatus
from confdesk.plenary.speakers_service import InscriptionData, Limits, guess_level
from confdesk.registration.models import OrganisationKind
from tests.plenary.floor_helpers import EXPECTED, delegations, plenary


@pytest.mark.parametrize("seed", [1, 7, 42])
def test_inscriptions_in_random_order_come_out_in_protocol_order(database: Database,
                                                                 seed: int) -> None:
    p = plenary(database, seed=seed)
    snapshot = p.service.snapshot(p.session_id)
    assert [r.delegation for r in snapshot.rows] == [e[0] for e in EXPECTED]
    assert [r.number for r in snapshot.rows] == list(range(1, len(EXPECTED) + 1))
    assert not any(r.moved for r in snapshot.rows)
    # rights of reply at the end; time limits per group
    assert [r.reply for r in snapshot.rows][-2:] == [True, True]
    by_name = {r.delegation: r for r in snapshot.rows}
    assert by_name["Rwanda"].limit_seconds == 300
    assert by_name["Holy See"].limit_seconds == 180
    assert by_name["Egypt"].limit_seconds == 180


def test_withdrawal_and_swap_are_kept_through_reordering(database: Database) -> None:
    p = plenary(database)
    service, ids = p.service, p.ids
    service.swap(ids["Rwanda"], ids["Senegal"])
    service.withdraw(ids["China"])
    service.move(ids["Early Warning Watch"], ids["Holy See"])
    expected = [e[0] for e in EXPECTED]
    expected[3], expected[5] = expected[5], expected[3]
    expected.remove("China")
    expected.remove("Early Warning Watch")
    expected.insert(expected.index("Holy See"), "Early Warning Watch")
    assert delegations(service, p.session_id) == expected

    # a late inscription of a head of State re-orders the list: the changes stay
    service.inscribe(p.session_id, InscriptionData(
        "Japan", SpeakerLevel.HEAD_OF_STATE, "H.E. Mr Kenji Sato, Prime Minister",
        inscribed_at=datetime(2014, 4, 1, 12, 0)))
    order = delegations(service, p.session_id)
    assert order[:3] == ["Ghana", "Türkiye", "Japan"]
    assert order[3:] == expected[2:]
    snapshot = service.snapshot(p.session_id)
    china = snapshot.rows[-1]
    assert (china.delegation, china.number, china.status) == (
        "China", None, SpeakerStatus.WITHDRAWN)
    assert {r.delegation for r in snapshot.rows if r.moved} >= {"Rwanda", "Senegal"}
    assert [(a.kind.value, a.delegation, a.other) for a in snapshot.adjustments] == [
        ("swap", "Rwanda", "Senegal"), ("withdraw", "China", ""),
        ("move", "Early Warning Watch", "Holy See")]
    assert all(a.made_by for a in snapshot.adjustments)

    # back to protocol: moves and swaps forgotten, the withdrawal kept
    moved = delegations(service, p.session_id)
    forgotten = service.discard_moves(p.session_id)
    assert len(forgotten) == 2
    assert "China" not in delegations(service, p.session_id)
    assert delegations(service, p.session_id)[4:7] == ["Rwanda", "Bosnia and Herzegovina",
                                                      "Senegal"]
    assert [a.kind.value for a in service.snapshot(p.session_id).adjustments] == ["withdraw"]
    service.restore_moves(p.session_id, forgotten)  # undo
    assert delegations(service, p.session_id) == moved
    assert [a.kind.value for a in service.snapshot(p.session_id).adjustments] == [
        "swap", "withdraw", "move"]


def test_undoing_a_withdrawal_reinstates_the_speaker(database: Database) -> None:
    p = plenary(database)
    adjustment = p.service.withdraw(p.ids["Denmark"])
    assert "Denmark" not in delegations(p.service, p.session_id)
    p.service.cancel_adjustment(adjustment)
    assert delegations(p.service, p.session_id) == [e[0] for e in EXPECTED]
    with pytest.raises(UserError, match="different"):
        p.service.swap(p.ids["Denmark"], p.ids["Denmark"])


def test_timer_status_and_next_speaker(database: Database) -> None:
    p = plenary(database)
    service, ids = p.service, p.ids
    snapshot = service.snapshot(p.session_id)
    assert snapshot.current is None and snapshot.next is not None
    assert snapshot.next.delegation == "Ghana"
    service.start(ids["Ghana"])
    snapshot = service.snapshot(p.session_id)
    assert snapshot.current is not None and snapshot.current.delegation == "Ghana"
    assert snapshot.next is not None and snapshot.next.delegation == "Türkiye"
    service.set_status(ids["Türkiye"], SpeakerStatus.DEFERRED)
    service.set_status(ids["Argentina"], SpeakerStatus.ABSENT)
    assert service.snapshot(p.session_id).next.delegation == "Rwanda"  # type: ignore[union-attr]
    # giving the floor to the next one stops the running timer: Ghana has spoken
    before = service.start(ids["Rwanda"])
    snapshot = service.snapshot(p.session_id)
    ghana = snapshot.row(ids["Ghana"])
    assert ghana is not None and ghana.status == SpeakerStatus.SPOKE
    assert ghana.started_at is not None and ghana.ended_at is not None
    assert ghana.elapsed() >= 0
    assert snapshot.current.delegation == "Rwanda"  # type: ignore[union-attr]
    with pytest.raises(UserError, match="has the floor"):
        service.set_status(ids["Rwanda"], SpeakerStatus.ABSENT)
    # undo of the start: both put back
    for inscription_id, state in before.items():
        service.set_state(inscription_id, state, service.state(inscription_id))
    snapshot = service.snapshot(p.session_id)
    assert snapshot.current.delegation == "Ghana"  # type: ignore[union-attr]
    service.stop(ids["Ghana"])
    assert service.snapshot(p.session_id).row(ids["Ghana"]).status == SpeakerStatus.SPOKE  # type: ignore[union-attr]


def test_undo_is_refused_over_a_colleagues_change(database: Database) -> None:
    p = plenary(database)
    before = p.service.set_status(p.ids["Denmark"], SpeakerStatus.ABSENT)
    after = p.service.state(p.ids["Denmark"])
    p.service.set_status(p.ids["Denmark"], SpeakerStatus.DEFERRED)  # a colleague
    with pytest.raises(UserError, match="Someone else changed Denmark"):
        p.service.set_state(p.ids["Denmark"], before, after)


def test_delete_and_restore_keep_the_recorded_changes(database: Database) -> None:
    p = plenary(database)
    p.service.swap(p.ids["Rwanda"], p.ids["Senegal"])
    order = delegations(p.service, p.session_id)
    record = p.service.delete(p.ids["Senegal"])
    assert "Senegal" not in delegations(p.service, p.session_id)
    p.service.restore(record)
    assert delegations(p.service, p.session_id) == order


def test_intervention_linked_to_the_rapporteurs_item(database: Database) -> None:
    p = plenary(database)
    notes = p.service.notes(p.session_id)
    assert [n.text for n in notes] == ["Rwanda: national focal points by 2015."]
    p.service.link_note(p.ids["Rwanda"], notes[0].id)
    row = p.service.snapshot(p.session_id).row(p.ids["Rwanda"])
    assert row is not None and row.note_text.startswith("Rwanda: national")
    with pytest.raises(UserError, match="another session"):
        p.service.link_note(p.ids["Rwanda"], notes[0].id + 1)


def test_bad_input_is_refused_and_changes_nothing(database: Database) -> None:
    p = plenary(database)
    with pytest.raises(UserError, match="Name the delegation"):
        p.service.inscribe(p.session_id, InscriptionData("  ", SpeakerLevel.MINISTER))
    with pytest.raises(UserError, match="no session 999"):
        p.service.inscribe(999, InscriptionData("Peru", SpeakerLevel.MINISTER))
    with pytest.raises(UserError, match="1 to 60"):
        p.service.set_limits(p.session_id, Limits(0, 3, 3))
    with pytest.raises(UserError, match="not on this speakers' list"):
        p.service.withdraw(123456)
    assert delegations(p.service, p.session_id) == [e[0] for e in EXPECTED]
    assert p.service.set_limits(p.session_id, Limits(4, 2, 2)) == Limits()
    assert p.service.snapshot(p.session_id).row(p.ids["Ghana"]).limit_seconds == 240  # type: ignore[union-attr]


@pytest.mark.parametrize(("function", "kind", "level"), [
    ("Deputy Prime Minister and Minister of Foreign Affairs", OrganisationKind.STATE,
     SpeakerLevel.VICE_PRESIDENT),
    ("President of the Republic", OrganisationKind.STATE, SpeakerLevel.HEAD_OF_STATE),
    ("Deputy Minister of Foreign Affairs", OrganisationKind.STATE, SpeakerLevel.VICE_MINISTER),
    ("Minister of Foreign Affairs", OrganisationKind.STATE, SpeakerLevel.MINISTER),
    ("Ambassador to the Kingdom of Belgium", OrganisationKind.STATE,
     SpeakerLevel.HEAD_OF_DELEGATION),
    ("Secretary-General", OrganisationKind.UN_SYSTEM, SpeakerLevel.UN_ENTITY),
    ("Secretary General", OrganisationKind.REGIONAL_ORGANISATION,
     SpeakerLevel.INTERGOVERNMENTAL),
    ("Director", OrganisationKind.CIVIL_SOCIETY, SpeakerLevel.CIVIL_SOCIETY),
])
def test_guessed_levels(function: str, kind: OrganisationKind, level: SpeakerLevel) -> None:
    assert guess_level(function, kind) == level
