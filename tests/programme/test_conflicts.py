"""Conflict checks over programmes built in a real database."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy.orm import Session

from confdesk.db.reader import SessionReader
from confdesk.programme.conflicts import FindingKind, Severity, check_programme
from confdesk.programme.models import RoleKind, SessionKind
from confdesk.programme.queries import load_programme
from confdesk.registration.models import Status
from tests.factories import add_role, make_event, make_participant, make_room, make_session


def _kinds(session: Session) -> list[tuple[FindingKind, Severity, tuple[int, ...]]]:
    findings = check_programme(load_programme(SessionReader(session)))
    return [(f.kind, f.severity, f.session_ids) for f in findings]


def test_person_in_two_overlapping_sessions_whatever_the_roles(session: Session) -> None:
    event = make_event(session)
    person = make_participant(session, event, honorific="Dr", given_name="Adama",
                              family_name="Dieng")
    a = make_session(session, event, title="Early warning", kind=SessionKind.KEYNOTE,
                     start_time=time(9, 0), end_time=time(10, 0))
    b = make_session(session, event, title="Accountability", kind=SessionKind.SIDE_EVENT,
                     start_time=time(9, 30), end_time=time(11, 0))
    add_role(session, a, person, RoleKind.KEYNOTE_SPEAKER)
    add_role(session, b, person, RoleKind.RAPPORTEUR)
    findings = check_programme(load_programme(SessionReader(session)))
    assert [(f.kind, f.severity, f.session_ids) for f in findings] == [
        (FindingKind.PERSON_OVERLAP, Severity.ERROR, (a.id, b.id))
    ]
    message = findings[0].message
    assert "Dr Adama Dieng" in message
    assert "keynote speaker in “Early warning”" in message
    assert "rapporteur in “Accountability”" in message
    assert "09:00–10:00" in message and "09:30–11:00" in message


def test_back_to_back_sessions_do_not_conflict(session: Session) -> None:
    event = make_event(session)
    room = make_room(session, event)
    person = make_participant(session, event)
    first = make_session(session, event, room=room, kind=SessionKind.KEYNOTE,
                         start_time=time(9, 0), end_time=time(10, 30))
    second = make_session(session, event, room=room, kind=SessionKind.KEYNOTE,
                          start_time=time(10, 30), end_time=time(11, 0))
    other_day = make_session(session, event, room=room, kind=SessionKind.KEYNOTE,
                             day=event.end_date, start_time=time(9, 0), end_time=time(10, 30))
    for item in (first, second, other_day):
        add_role(session, item, person, RoleKind.KEYNOTE_SPEAKER)
    # The same person in two roles of one session is no clash either.
    add_role(session, first, person, RoleKind.CHAIR)
    assert _kinds(session) == []


def test_room_used_twice(session: Session) -> None:
    event = make_event(session)
    room = make_room(session, event, name="Salle Europe")
    a = make_session(session, event, room=room, kind=SessionKind.BREAK, title="Coffee",
                     start_time=time(10, 0), end_time=time(10, 30))
    b = make_session(session, event, room=room, kind=SessionKind.BREAK, title="Press",
                     start_time=time(10, 15), end_time=time(10, 45))
    # A third session inside the first overlaps both it and the second.
    c = make_session(session, event, room=room, kind=SessionKind.BREAK, title="Photo",
                     start_time=time(10, 20), end_time=time(10, 25))
    other_room = make_room(session, event)
    make_session(session, event, room=other_room, kind=SessionKind.BREAK,
                 start_time=time(10, 0), end_time=time(11, 0))
    findings = check_programme(load_programme(SessionReader(session)))
    pairs = sorted(f.session_ids for f in findings)
    assert pairs == sorted([(a.id, b.id), (a.id, c.id), (b.id, c.id)])
    assert all(f.kind == FindingKind.ROOM_OVERLAP for f in findings)
    assert "Salle Europe holds two sessions at once" in findings[0].message


def test_outside_dates_and_end_not_after_start(session: Session) -> None:
    event = make_event(session)
    late = make_session(session, event, kind=SessionKind.BREAK, title="Excursion",
                        day=date(2014, 4, 2))
    backwards = make_session(session, event, kind=SessionKind.BREAK, title="Backwards",
                             start_time=time(11, 0), end_time=time(10, 0))
    zero = make_session(session, event, kind=SessionKind.BREAK, title="Zero",
                        start_time=time(11, 0), end_time=time(11, 0))
    findings = check_programme(load_programme(SessionReader(session)))
    got = {(f.kind, f.session_ids) for f in findings}
    assert got == {
        (FindingKind.OUTSIDE_EVENT, (late.id,)),
        (FindingKind.END_NOT_AFTER_START, (backwards.id,)),
        (FindingKind.END_NOT_AFTER_START, (zero.id,)),
    }
    outside = next(f for f in findings if f.kind == FindingKind.OUTSIDE_EVENT)
    assert "2 April 2014" in outside.message and "31 March 2014" in outside.message


def test_role_holders_who_cancelled_or_declined(session: Session) -> None:
    event = make_event(session)
    item = make_session(session, event, kind=SessionKind.SIDE_EVENT, title="Youth")
    gone = make_participant(session, event, given_name="Zeid", family_name="Ra'ad",
                            status=Status.CANCELLED)
    declined = make_participant(session, event, status=Status.DECLINED)
    fine = make_participant(session, event, status=Status.CONFIRMED)
    invited = make_participant(session, event, status=Status.INVITED)
    add_role(session, item, gone, RoleKind.CHAIR)
    add_role(session, item, declined, RoleKind.SPEAKER)
    add_role(session, item, fine, RoleKind.SPEAKER, 1)
    add_role(session, item, invited, RoleKind.RAPPORTEUR)
    findings = check_programme(load_programme(SessionReader(session)))
    assert sorted(f.person_id for f in findings) == sorted([gone.id, declined.id])
    assert all(f.kind == FindingKind.INACTIVE_PERSON for f in findings)
    assert any("Zeid Ra'ad, chair in “Youth”" in f.message and "cancelled" in f.message
               for f in findings)


def test_missing_chair_and_rapporteur_are_warnings_by_kind(session: Session) -> None:
    event = make_event(session)
    panel = make_session(session, event, kind=SessionKind.PANEL, title="Panel I")
    moderated = make_session(session, event, kind=SessionKind.PLENARY, title="Plenary",
                             start_time=time(11, 0), end_time=time(12, 0))
    add_role(session, moderated, make_participant(session, event), RoleKind.MODERATOR)
    add_role(session, moderated, make_participant(session, event), RoleKind.RAPPORTEUR)
    for kind in (SessionKind.BREAK, SessionKind.SIDE_EVENT, SessionKind.KEYNOTE,
                 SessionKind.OPENING):
        make_session(session, event, kind=kind, start_time=time(14, 0), end_time=time(15, 0))
    assert _kinds(session) == [
        (FindingKind.NO_CHAIR, Severity.WARNING, (panel.id,)),
        (FindingKind.NO_RAPPORTEUR, Severity.WARNING, (panel.id,)),
    ]


def test_errors_come_before_warnings(session: Session) -> None:
    event = make_event(session)
    make_session(session, event, kind=SessionKind.PANEL, start_time=time(8, 0),
                 end_time=time(9, 0))
    make_session(session, event, kind=SessionKind.BREAK, start_time=time(12, 0),
                 end_time=time(11, 0))
    severities = [f.severity for f in check_programme(load_programme(SessionReader(session)))]
    assert severities == [Severity.ERROR, Severity.WARNING, Severity.WARNING]
