"""French and English editions: dates and honorifics as printed."""

from __future__ import annotations

from datetime import date

import pytest

from confdesk.editions import date_range, honorific, long_date, short_day


def test_french_dates_follow_french_rules() -> None:
    assert long_date(date(2014, 4, 1), "fr") == "1er avril 2014"
    assert long_date(date(2014, 3, 31), "fr", weekday=True) == "lundi 31 mars 2014"
    assert long_date(date(2014, 4, 1), "en", weekday=True) == "Tuesday 1 April 2014"
    assert date_range(date(2014, 3, 31), date(2014, 4, 1), "fr") == "31 mars – 1er avril 2014"
    assert date_range(date(2014, 3, 31), date(2014, 4, 1)) == "31 March – 1 April 2014"
    assert date_range(date(2014, 4, 1), date(2014, 4, 3), "fr") == "1er–3 avril 2014"
    assert date_range(date(2014, 12, 31), date(2015, 1, 1), "fr") == \
        "31 décembre 2014 – 1er janvier 2015"
    assert short_day(date(2014, 4, 1), "fr") == "mar. 1er avril"
    assert short_day(date(2014, 3, 31)) == "Mon 31 Mar"


@pytest.mark.parametrize(("english", "french"), [
    ("H.E. Mr", "S. E. M."), ("H.E. Ms", "S. E. Mme"), ("H.E.", "S. E."), ("Mr", "M."),
    ("Ms", "Mme"), ("Mrs", "Mme"), ("Dr", "Dr"), ("Prof.", "Pr"), ("Judge", "Juge"),
    ("Ambassador", "Ambassadeur"), ("Ambassador Ms", "Ambassadrice Mme"), ("Hon.", "L'hon."),
    ("H.E. Dr", "S. E. Dr"), ("M.", "M."), ("Mme", "Mme"), ("", ""),
])
def test_honorifics_have_french_forms(english: str, french: str) -> None:
    assert honorific(english, "fr") == french
    assert honorific(english, "en") == english


def test_ambassador_is_feminine_when_said_so() -> None:
    assert honorific("Ambassador", "fr", feminine=True) == "Ambassadrice"


def test_colon_takes_a_no_break_space_in_french() -> None:
    from confdesk.editions import colon

    assert colon("en") == ":" and colon("de") == ":"
    assert colon("fr") == "\u00a0:"
