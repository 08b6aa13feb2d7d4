"""Participant use cases: validation, duplicates, undo snapshots, check-in, stale edits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.consequences import delete_participants, restore_participants
from confdesk.db.database import Database
from confdesk.db.errors import ConcurrentEditError
from confdesk.programme.models import RoleKind, SessionRole
from confdesk.registration.models import OrganisationKind, Participant, Status
from confdesk.registration.operations import (
    CheckInRefusedError,
    ParticipantData,
    ParticipantInvalidError,
    check_in,
    checked_in_counts,
    create_participant,
    find_duplicates,
    find_for_check_in,
    find_or_create_organisation,
    mark_badges_printed,
    set_category,
    set_status,
    state_organisation,
    undo_check_in,
    update_participant,
)
from tests.factories import add_role, make_event, make_participant, make_session


def test_create_validates_name_and_email(session: Session) -> None:
    event = make_event(session)
    with pytest.raises(ParticipantInvalidError) as err:
        create_participant(session, event.id, ParticipantData(email="not-an-address"))
    assert set(err.value.problems) == {"family_name", "email"}
    assert "not a valid e-mail" in str(err.value)
    assert session.scalar(select(Participant.id)) is None
    person = create_participant(session, event.id, ParticipantData(
        given_name="  Adama ", family_name="Dieng", email="a.dieng@un.org"))
    assert person.plain_name == "Adama Dieng"
    assert len(person.code) == 6
    with pytest.raises(ParticipantInvalidError, match="already used"):
        create_participant(session, event.id, ParticipantData(family_name="X"),
                           code=person.code)
    with pytest.raises(ParticipantInvalidError, match="longer than 150"):
        create_participant(session, event.id, ParticipantData(family_name="x" * 151))


def test_duplicates_by_email_and_by_name_in_any_order(session: Session) -> None:
    event = make_event(session)
    org = find_or_create_organisation(session, "Genocide Watch")
    assert org.kind == OrganisationKind.CIVIL_SOCIETY
    make_participant(session, event, given_name="Ki-moon", family_name="Bän",
                     organisation_id=org.id, email="sg@un.org")
    same_name = ParticipantData(given_name="BAN", family_name="ki-moon", organisation_id=org.id)
    [match] = find_duplicates(session, event.id, same_name)
    assert match.reason == "same name in the same organisation"
    other_org = ParticipantData(given_name="Ban", family_name="Ki-moon")
    assert find_duplicates(session, event.id, other_org) == []
    [match] = find_duplicates(session, event.id, ParticipantData(family_name="X",
                                                                 email="SG@UN.org"))
    assert "same e-mail" in match.reason
    assert find_duplicates(session, event.id, same_name, exclude_id=match.participant_id) == []


def test_duplicate_email_outside_ascii_on_every_engine(session: Session) -> None:
    event = make_event(session)
    make_participant(session, event, family_name="Müller", email="JÜRGEN@Beispiel.de")
    [match] = find_duplicates(session, event.id, ParticipantData(family_name="Y",
                                                                 email="jürgen@beispiel.de"))
    assert "same e-mail" in match.reason
    assert find_duplicates(session, event.id, ParticipantData(
        family_name="Y", email="jurgen@beispiel.de")) == []


def test_update_and_undo(session: Session) -> None:
    event = make_event(session)
    person = make_participant(session, event, given_name="Jan", family_name="Eliasson")
    data = ParticipantData.of(person)
    data.function = "Deputy Secretary-General"
    before = update_participant(session, person.id, data, expected_version=person.version)
    assert person.function == "Deputy Secretary-General"
    restore_participants(session, [before])
    assert person.function == ""
    with pytest.raises(ConcurrentEditError):
        update_participant(session, person.id, data, expected_version=person.version - 1)


def test_delete_and_undo_brings_back_the_same_person(session: Session) -> None:
    event = make_event(session)
    person = make_participant(session, event, given_name="Zeid", family_name="Ra'ad")
    panel = make_session(session, event)
    add_role(session, panel, person, RoleKind.SPEAKER, position=2)
    pid, code = person.id, person.code
    snaps = delete_participants(session, [pid])
    session.commit()
    session.expire_all()
    assert session.get(Participant, pid) is None
    assert session.scalars(select(SessionRole)).all() == []
    restore_participants(session, snaps)
    session.commit()
    session.expire_all()
    again = session.get(Participant, pid)
    assert again is not None and again.code == code and again.plain_name == "Zeid Ra'ad"
    [role] = again.session_roles
    assert (role.session_id, role.role, role.position) == (panel.id, RoleKind.SPEAKER, 2)


def test_bulk_status_category_and_badges(session: Session) -> None:
    event = make_event(session)
    people = [make_participant(session, event) for _ in range(3)]
    ids = [p.id for p in people]
    snaps = set_status(session, ids, Status.CONFIRMED)
    set_category(session, ids[:1], "press")
    mark_badges_printed(session, ids[1:], datetime(2014, 3, 30, 18, 0))
    assert [p.status for p in people] == [Status.CONFIRMED] * 3
    assert people[0].category == "press"
    assert people[2].badge_printed_at == datetime(2014, 3, 30, 18, 0)
    restore_participants(session, snaps)
    assert [p.status for p in people] == [Status.REGISTERED] * 3
    assert people[2].badge_printed_at is None


def test_check_in_by_code_warns_refuses_and_undoes(session: Session) -> None:
    event = make_event(session)
    confirmed = make_participant(session, event, code="ABC123", status=Status.CONFIRMED)
    unconfirmed = make_participant(session, event, code="XYZ789")
    cancelled = make_participant(session, event, code="CAN000", status=Status.CANCELLED)
    at = datetime(2014, 3, 31, 8, 15)
    done = check_in(session, event.id, " abc123 ", now=at)
    assert (confirmed.status, confirmed.checked_in_at, done.warning) == \
        (Status.CHECKED_IN, at, "")
    again = check_in(session, event.id, "ABC123")
    local = at.replace(tzinfo=UTC).astimezone()  # said in the computer's time
    assert again.warning.startswith(f"Already checked in at {local:%H:%M}")
    undo_check_in(session, again)
    assert confirmed.checked_in_at == at
    undo_check_in(session, done)
    assert (confirmed.status, confirmed.checked_in_at) == (Status.CONFIRMED, None)
    assert "not confirmed" in check_in(session, event.id, unconfirmed.id).warning
    with pytest.raises(CheckInRefusedError, match="cancelled"):
        check_in(session, event.id, "CAN000")
    assert cancelled.status == Status.CANCELLED
    forced = check_in(session, event.id, "CAN000", force=True)
    assert forced.previous_status == Status.CANCELLED
    with pytest.raises(CheckInRefusedError, match="No participant"):
        check_in(session, event.id, "NOPE99")
    counts = checked_in_counts(session, event.id)
    assert counts["delegate"] == (2, 3)


def test_state_organisation_is_found_once(session: Session) -> None:
    first = state_organisation(session, "be")
    assert (first.name_en, first.name_fr, first.kind) == \
        ("Belgium", "Belgique", OrganisationKind.STATE)
    assert state_organisation(session, "BE").id == first.id
    assert find_or_create_organisation(session, "Belgique").id == first.id
    holy_see = state_organisation(session, "VA")
    assert holy_see.kind == OrganisationKind.OBSERVER_STATE


def test_stale_edit_from_another_session_is_refused(database: Database) -> None:
    with database.sessions() as s:
        event = make_event(s)
        pid = make_participant(s, event, given_name="Gareth", family_name="Evans").id
        s.commit()
    with database.sessions() as mine, database.sessions() as theirs:
        mine_loaded = mine.get(Participant, pid)  # held: loaded at version 1
        my_copy = ParticipantData.of(mine_loaded)
        their_copy = theirs.get(Participant, pid)
        their_copy.function = "Co-Chair"
        theirs.commit()
        my_copy.function = "Chancellor"
        with pytest.raises(ConcurrentEditError, match="Someone else changed"):
            update_participant(mine, pid, my_copy)
        mine.rollback()
        # a form that remembers the version it showed is refused without a round trip too
        with pytest.raises(ConcurrentEditError, match="changed by someone else"):
            update_participant(mine, pid, my_copy, expected_version=1)
    with database.sessions() as s:
        assert s.get(Participant, pid).function == "Co-Chair"


def test_undo_of_a_check_in_keeps_a_later_change_of_status(database: Database) -> None:
    """Undoing a check-in put the old status back even after the secretariat had cancelled
    the registration meanwhile: the cancellation was silently lost."""
    with database.sessions.begin() as s:
        event = make_event(s)
        make_participant(s, event, code="ABC123", status=Status.CONFIRMED)
        done = check_in(s, event.id, "ABC123", now=datetime(2014, 3, 31, 8, 15, 30, 123456))
        event_id = event.id
    with database.sessions.begin() as s:  # the secretariat, on another laptop
        person = find_for_check_in(s, event_id, "ABC123")
        person.status = Status.CANCELLED
    with database.sessions() as s, pytest.raises(ConcurrentEditError, match="now cancelled"):
        undo_check_in(s, done)
    with database.sessions.begin() as s:
        person = find_for_check_in(s, event_id, "ABC123")
        assert person.status == Status.CANCELLED
        person.status = Status.CHECKED_IN  # back as the check-in left it: undo goes through
    with database.sessions.begin() as s:
        undo_check_in(s, done)
    with database.sessions() as s:
        person = find_for_check_in(s, event_id, "ABC123")
        assert (person.status, person.checked_in_at) == (Status.CONFIRMED, None)


def test_a_typed_organisation_longer_than_its_column_is_refused(session: Session) -> None:
    """PostgreSQL raised DataError (shown as raw SQL in the dialog); SQLite kept the name."""
    from confdesk.db.errors import UserError

    with pytest.raises(UserError, match="at most 300"):
        find_or_create_organisation(session, "Association " + "x" * 300)


def test_undone_deletion_gives_the_rapporteurs_items_their_author_back(
        database: Database) -> None:
    """Deleting a participant set the author of their rapporteur's items to NULL (the foreign
    key's ON DELETE SET NULL) and undo did not put it back: the items lost their author."""
    from confdesk.conclusions import operations as conclusions
    from confdesk.conclusions.models import Recommendation

    with database.sessions.begin() as s:
        event = make_event(s)
        author = make_participant(s, event, given_name="Koen", family_name="Vermeulen")
        panel = make_session(s, event)
        item_id = conclusions.add_recommendation(s, panel, "Train officers.", author=author).id
        author_id = author.id
    with database.sessions.begin() as s:
        snaps = delete_participants(s, [author_id])
    with database.sessions.begin() as s:
        restore_participants(s, snaps)
    with database.sessions() as s:
        item = s.get(Recommendation, item_id)
        assert item is not None
        assert (item.author_id, item.author_label) == (author_id, "Koen Vermeulen")


def test_check_in_of_a_long_number_is_refused_not_a_database_error(database: Database) -> None:
    """A scanned number too big for an id raised DataError (PostgreSQL) or OverflowError
    (SQLite) instead of 'no participant has this code'."""
    with database.sessions() as s:
        event = make_event(s)
        for text in ("2147483648", "99999999999999999999"):
            with pytest.raises(CheckInRefusedError, match="No participant"):
                check_in(s, event.id, text)


def test_already_checked_in_is_said_in_local_time(session: Session,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The warning gave the stored UTC time (08:15 for a 10:15 arrival in Brussels) where the
    desk shows every other time in the computer's time zone."""
    import time as clock

    monkeypatch.setenv("TZ", "Europe/Brussels")
    clock.tzset()
    try:
        event = make_event(session)
        make_participant(session, event, code="ABC123", status=Status.CONFIRMED)
        check_in(session, event.id, "ABC123", now=datetime(2014, 3, 31, 8, 15))
        again = check_in(session, event.id, "ABC123")
        assert again.warning == "Already checked in at 10:15 on 31 Mar."
    finally:
        monkeypatch.undo()
        clock.tzset()
