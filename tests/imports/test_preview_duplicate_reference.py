"""The preview's duplicate search, kept in dictionaries for speed (`_SameName`), against a
plain reference: each row walks the list of everyone of its name in the order they came,
as the rule is written ("the same name and delegation, and no two different e-mails").

Random names in several scripts, with the variants users type (case, accents, word order,
spaces), random delegations (existing organisations, States, new ones, none) and e-mails
(none, shared, in capitals, already registered, invalid): the preview must find the same
duplicates and possible duplicates, with the same lines, people and words, as the
reference.
"""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.errors import Message
from confdesk.imports import messages as m
from confdesk.imports.mapping import detect
from confdesk.imports.participants import (
    Action,
    ImportPreview,
    OnDuplicate,
    _Known,
    _SameName,
    prepare,
)
from confdesk.imports.tables import Table
from confdesk.registration.models import (
    Organisation,
    OrganisationKind,
    Participant,
)
from confdesk.registration.names import fold
from confdesk.registration.operations import name_key
from tests.factories import make_event, make_participant

GIVEN = ["Ann", "Anne", "Zoë", "ZOE", "José", "Jose", "Ольга", "Олга", "محمد", "明",
         "\u2067أحمد\u2069", "Jean-Pierre", "Thorbjørn", "Ki-moon", ""]
FAMILY = ["Lee", "LEE", "Müller", "Muller", "Иванов", "العلي", "王", "Ban", "Nguyễn",
          "Nguyen", "O'Brien", "O\u2019Brien", ""]
PLACES = ["", "", "Belgium", "Belgique", "France", "UNESCO", "Unesco", "Red Cross",
          "New Body", "Nouvelle organisation", "Qatar"]
EMAILS = ["", "", "", "a@x.org", "A@X.org", "b@x.org", "c@y.org", "d@y.org", "e@z.org",
          "not-an-email"]


def _name(rnd: random.Random) -> tuple[str, str]:
    given, family = rnd.choice(GIVEN), rnd.choice(FAMILY)
    if rnd.random() < 0.1:
        given, family = family, given  # "Ban Ki-moon" and "Ki-moon Ban"
    if rnd.random() < 0.1:
        given = f"  {given} "
    return given, family


def _differs(org: object, email: str, other: _Known) -> Message:
    email_differs = bool(email and other.email and email != other.email)
    org_differs = org != other.org
    template = (m.DIFFERS_BOTH if email_differs and org_differs else m.DIFFERS_EMAIL
                if email_differs else m.DIFFERS_DELEGATION if org_differs
                else m.DIFFERS_DETAILS)
    return Message(template, code="import.differs")


def _reference(session: Session, preview: ImportPreview) -> list[tuple[object, ...]]:
    """What each row's duplicate check finds, walking lists as the rule reads."""
    def reference_key(given: object, family: object) -> str:
        return " ".join(sorted(f"{fold(str(given))} {fold(str(family))}".split()))

    def same(org: object, email: str, other: _Known) -> bool:
        return org == other.org and not (email and other.email and email != other.email)

    state_ids: dict[str, int] = {}
    for org_id, kind, code in session.execute(select(
            Organisation.id, Organisation.kind, Organisation.country_code)):
        if kind in (OrganisationKind.STATE, OrganisationKind.OBSERVER_STATE) and code:
            state_ids.setdefault(code, org_id)
    by_email: dict[str, int] = {}
    by_name: dict[str, list[_Known]] = {}
    for pid, email, given, family, org_id in session.execute(  # the preview's order
            select(Participant.id, Participant.email, Participant.given_name,
                   Participant.family_name, Participant.organisation_id)
            .where(Participant.event_id == preview.event_id)):
        email = email.casefold() if email else ""
        if email:
            by_email.setdefault(email, pid)
        by_name.setdefault(reference_key(given, family), []).append(_Known(pid, org_id, email))
    seen_email: dict[str, int] = {}
    seen_name: dict[str, list[_Known]] = {}
    found: list[tuple[object, ...]] = []
    for row in preview.rows:
        key = str(row.values["_org_key"])
        org_id = int(key[3:]) if key.startswith("id:") else \
            state_ids.get(key[6:]) if key.startswith("state:") else None
        reg_org: object = org_id if (key == "" or org_id is not None) else f"new:{key}"
        email = str(row.values["email"]).casefold()
        nkey = reference_key(row.values["given_name"], row.values["family_name"])
        registered = by_name.get(nkey, []) if nkey else []
        earlier = seen_name.get(nkey, []) if nkey else []
        dup_of = dup_line = possible_of = possible_line = None
        reason = possible = ""
        if email and email in by_email:
            dup_of = by_email[email]
            reason = Message(m.DUPLICATE_EMAIL, code="import.duplicate",
                             email=row.values["email"])
        elif hit := next((k for k in registered if same(reg_org, email, k)), None):
            dup_of, reason = hit.ref, Message(m.DUPLICATE_NAME, code="import.duplicate")
        elif email and email in seen_email:
            dup_line = seen_email[email]
            reason = Message(m.DUPLICATE_LINE_EMAIL, code="import.duplicate", line=dup_line)
        elif hit := next((k for k in earlier if same(key, email, k)), None):
            dup_line = hit.ref
            reason = Message(m.DUPLICATE_LINE_NAME, code="import.duplicate", line=hit.ref)
        elif registered:
            possible_of = registered[0].ref
            possible = Message(m.POSSIBLE_REGISTERED, code="import.possible_duplicate",
                               differs=_differs(reg_org, email, registered[0]))
        elif earlier:
            possible_line = earlier[0].ref
            possible = Message(m.POSSIBLE_LINE, code="import.possible_duplicate",
                               line=possible_line, differs=_differs(key, email, earlier[0]))
        if not row.errors:
            if email:
                seen_email.setdefault(email, row.line)
            if nkey and not reason:
                seen_name.setdefault(nkey, []).append(_Known(row.line, key, email))
        action = Action.INVALID if row.errors else {
            OnDuplicate.SKIP: Action.SKIP, OnDuplicate.ADD: Action.ADD,
            OnDuplicate.UPDATE: Action.UPDATE}[preview.on_duplicate] if reason else Action.ADD
        found.append((row.line, dup_of, dup_line, reason, possible_of, possible_line,
                      possible, action))
    return found


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_keyed_duplicate_search_finds_what_walking_the_lists_finds(
        session: Session, seed: int) -> None:
    rnd = random.Random(seed)
    event = make_event(session)
    orgs = [Organisation(name_en="UNESCO", name_fr="", acronym="", kind=OrganisationKind.UN_SYSTEM),
            Organisation(name_en="Red Cross", name_fr="Croix-Rouge", acronym="",
                         kind=OrganisationKind.CIVIL_SOCIETY),
            Organisation(name_en="Belgium", name_fr="Belgique", acronym="",
                         kind=OrganisationKind.STATE, country_code="BE")]
    session.add_all(orgs)
    session.flush()
    for n in range(120):
        given, family = _name(rnd)
        if not (given.strip() or family.strip()):
            family = "Lee"
        email = rnd.choice(EMAILS[:-1])
        make_participant(session, event, given_name=given.strip(), family_name=family.strip(),
                         email=f"{n}{email}" if email and rnd.random() < 0.7 else email,
                         organisation_id=rnd.choice([None, None, *[o.id for o in orgs]]))
    rows = [["Given name", "Family name", "Organisation", "E-mail"]]
    for _ in range(400):
        rows.append([*_name(rnd), rnd.choice(PLACES), rnd.choice(EMAILS)])
    rows += [list(r) for r in rnd.sample(rows[1:], 40)]  # lines repeated as they are
    table = Table(rows=rows, sheet="s", sheet_names=["s"])
    for on_duplicate in OnDuplicate:
        preview = prepare(session, event.id, table, detect(table.rows),
                          on_duplicate=on_duplicate)
        got = [(r.line, r.duplicate_of, r.duplicate_line, r.duplicate_reason, r.possible_of,
                r.possible_line, r.possible_duplicate, r.action) for r in preview.rows]
        assert got == _reference(session, preview)
        for r in preview.rows:  # the name key carried to the check under the lock
            given, family = str(r.values["given_name"]), str(r.values["family_name"])
            assert r.name_key == name_key(given, family)
        kinds = {(bool(r.duplicate_of), bool(r.duplicate_line), bool(r.possible_of),
                  bool(r.possible_line)) for r in preview.rows}
        # Every finding occurs, so that the comparison says something.
        assert {(True, False, False, False), (False, True, False, False),
                (False, False, True, False), (False, False, False, True),
                (False, False, False, False)} <= kinds


def test_same_name_answers_as_a_walk_over_each_name_in_order() -> None:
    rnd = random.Random(14)
    names = ["a", "b", "c"]
    orgs: list[object] = [None, 1, 2, "new:x", "state:BE", ""]
    emails = ["", "", "p", "q", "r"]
    for _ in range(200):
        index, walked = _SameName(), {}  # type: ignore[var-annotated]
        for ref in range(60):
            name, org, email = rnd.choice(names), rnd.choice(orgs), rnd.choice(emails)
            for ask_org in orgs:
                for ask_email in emails:
                    expected = next((k for k in walked.get(name, [])
                                     if k.org == ask_org and not (
                                         ask_email and k.email and ask_email != k.email)),
                                    None)
                    assert index.same(name, ask_org, ask_email) is expected
            assert index.first.get(name) is (walked.get(name) or [None])[0]
            known = _Known(ref, org, email)
            index.add(name, known)
            walked.setdefault(name, []).append(known)
