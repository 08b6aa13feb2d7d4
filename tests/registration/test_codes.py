"""Participant codes: alphabet, uniqueness in bulk and against the database, typed input."""

from __future__ import annotations

import random

import pytest

from confdesk.db.database import Database
from confdesk.registration.codes import (
    ALPHABET,
    InvalidCodeError,
    generate_codes,
    is_code,
    new_code,
    normalise_code,
    unique_code,
)
from tests.factories import make_event, make_participant


def test_codes_use_no_look_alike_letters() -> None:
    codes = generate_codes(2000, rng=random.Random(3))
    assert all(is_code(c) for c in codes)
    assert not {"I", "L", "O", "U"} & set("".join(codes))
    assert set(ALPHABET) == set("".join(codes))  # every symbol is used


def test_bulk_codes_are_distinct_and_avoid_existing_ones() -> None:
    taken = set(generate_codes(500, rng=random.Random(1)))
    fresh = generate_codes(5000, existing=taken, rng=random.Random(1))
    assert len(set(fresh)) == 5000
    assert not taken & set(fresh)


def test_bulk_codes_are_those_drawn_one_after_the_other() -> None:
    """Drawn in bulk, the codes are those `new_code` draws one after the other with the same
    generator, a code already taken (or drawn twice) drawn again: an import's codes do not
    change with the way they are drawn."""
    taken = set(generate_codes(300, rng=random.Random(5)))  # the first 300 draws collide
    expected: list[str] = []
    seen, rng = set(taken), random.Random(5)
    while len(expected) < 1000:
        code = new_code(rng)
        if code not in seen:
            seen.add(code)
            expected.append(code)
    assert generate_codes(1000, existing=taken, rng=random.Random(5)) == expected
    short = generate_codes(1, length=1, existing=set(ALPHABET[:-1]), rng=random.Random(2))
    assert short == [ALPHABET[-1]]  # every draw but the last free symbol collides


def test_a_seeded_generator_repeats_itself() -> None:
    assert generate_codes(50, rng=random.Random(7)) == generate_codes(50, rng=random.Random(7))
    assert new_code(random.Random(7)) == generate_codes(1, rng=random.Random(7))[0]


def test_a_tiny_code_space_runs_out_with_a_clear_error() -> None:
    with pytest.raises(ValueError, match="not enough"):
        generate_codes(33, length=1)


def test_unique_code_skips_codes_in_the_database_and_in_the_session(database: Database) -> None:
    first = new_code(random.Random(5))
    second = generate_codes(2, rng=random.Random(5))[1]
    with database.sessions.begin() as s:
        event = make_event(s)
        make_participant(s, event, code=first)
        # The same seed draws `first` again, which is taken; then `second`.
        assert unique_code(s, rng=random.Random(5)) == second


@pytest.mark.parametrize(
    ("typed", "code"),
    [("ab12cd", "AB12CD"), (" O1-IL 9z ", "01119Z"), ("k7m-p2q", "K7MP2Q")],
)
def test_typed_codes_are_normalised(typed: str, code: str) -> None:
    assert normalise_code(typed) == code


@pytest.mark.parametrize("typed", ["", "   ", "AB/12", "ÜBER", "UUU"])
def test_text_that_cannot_be_a_code_is_refused(typed: str) -> None:
    with pytest.raises(InvalidCodeError):
        normalise_code(typed)
