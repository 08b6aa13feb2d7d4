"""The desk's rules without a screen: AZERTY codes, the choice among matches, what to ask."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from confdesk.db.reader import SessionReader
from confdesk.registration import desk
from confdesk.registration.desk import Caution, caution, code_candidates, read_code
from confdesk.registration.models import Status
from confdesk.registration.operations import (
    CheckInRefusedError,
    check_in,
    find_for_check_in,
)
from confdesk.registration.queries import load_rows
from tests.factories import make_event, make_participant


@pytest.mark.parametrize("typed, code", [
    ("&é\"'(à", "123450"),
    ("&É\"'(À", "123450"),
    ("§è!çà&", "678901"),
    ("-è_çà&", "678901"),
    ("§È!ÇÀ&", "678901"),
])
def test_the_azerty_digit_row_reads_as_digits(typed: str, code: str) -> None:
    assert code in code_candidates(typed)
    assert read_code(typed, {code, "ABCDEF"}) == [code]


def test_plain_codes_and_separators_read_as_before() -> None:
    assert code_candidates("nrw-001") == ["NRW001"]
    assert code_candidates(" hea7m3 ") == ["HEA7M3"]
    assert code_candidates("Dupont") == []  # U is not in a code
    assert read_code("&é\"'(à", {"999999"}) == []


def test_a_us_scanner_on_azerty_swaps_letters_back() -> None:
    assert read_code('HEQè?"', {"HEA7M3"}) == ["HEA7M3"]
    assert read_code("WTAAç&", {"ZTQQ91"}) == ["ZTQQ91"]


def test_caution_by_status() -> None:
    assert caution(Status.CONFIRMED) is Caution.NONE
    assert caution(Status.CHECKED_IN) is Caution.NONE
    assert caution(Status.INVITED) is Caution.UNCONFIRMED
    assert caution(Status.REGISTERED) is Caution.UNCONFIRMED
    assert caution(Status.CANCELLED) is Caution.INACTIVE and Caution.INACTIVE.needs_force
    assert caution(Status.DECLINED) is Caution.INACTIVE


def test_search_designates_one_person_only_without_doubt(session: Session) -> None:
    event = make_event(session)
    for given, code in (("Catherine", "HEA7M3"), ("Graham", "YK7K6Y"), ("Sarah", "5P0F00")):
        make_participant(session, event, given_name=given, family_name="Ashworth", code=code)
    make_participant(session, event, given_name="Nadia", family_name="Lambert", code="123450")
    rows = load_rows(SessionReader(session), event.id)
    several = desk.search(rows, "ashworth")
    assert len(several.matches) == 3 and several.ambiguous and several.chosen is None
    one = desk.search(rows, "sarah ashworth")
    assert one.chosen is not None and one.chosen.code == "5P0F00"
    scanned = desk.search(rows, "&é\"'(à")
    assert scanned.by_code and scanned.chosen is not None and scanned.chosen.code == "123450"
    assert desk.search(rows, "").matches == ()
    cut = desk.search(rows, "ashworth", limit=2)
    assert len(cut.matches) == 2 and cut.total == 3


def test_check_in_reads_an_azerty_code_and_refuses_a_doubtful_one(session: Session) -> None:
    event = make_event(session)
    nadia = make_participant(session, event, code="123450", status=Status.CONFIRMED)
    done = check_in(session, event.id, "&é\"'(à")
    assert done.participant_id == nadia.id and nadia.status == Status.CHECKED_IN
    # "QZ1234" typed, and "AW1234" is what a US-layout scanner meant on AZERTY: both exist
    typed = make_participant(session, event, code="QZ1234", given_name="Typed")
    make_participant(session, event, code="AW1234", given_name="Scanned")
    assert find_for_check_in(session, event.id, "QZ1234").id == typed.id  # as typed wins
    with pytest.raises(CheckInRefusedError, match="could be the code of 2 people"):
        find_for_check_in(session, event.id, "QZ&é\"'")
