"""The shipped list of UN Member and observer States, in English and French."""

from __future__ import annotations

import pytest

from confdesk.registration.states import all_states, country_name, find_state, state


def test_193_members_and_2_observers() -> None:
    states = all_states()
    assert sum(s.status == "member" for s in states) == 193
    observers = {s.code for s in states if s.status == "observer"}
    assert observers == {"VA", "PS"}
    assert len({s.code for s in states}) == 195


def test_every_state_has_english_and_french_names_and_members_a_group() -> None:
    for s in all_states():
        assert len(s.code) == 2 and s.code.isupper(), s
        assert s.name_en and s.name_fr, s
        assert bool(s.regional_group) == (s.status == "member"), s


@pytest.mark.parametrize(
    ("code", "english", "french"),
    [
        ("CI", "Côte d’Ivoire", "Côte d’Ivoire"),
        ("DE", "Germany", "Allemagne"),
        ("BE", "Belgium", "Belgique"),
        ("US", "United States", "États-Unis"),
        ("VA", "Holy See", "Saint-Siège"),
        ("PS", "State of Palestine", "État de Palestine"),
    ],
)
def test_names_in_both_languages(code: str, english: str, french: str) -> None:
    found = state(code)
    assert found is not None
    assert (found.name("en"), found.name("fr")) == (english, french)


def test_states_are_in_english_alphabetical_order_ignoring_accents() -> None:
    names = [s.name_en for s in all_states()]
    assert names.index("Côte d’Ivoire") < names.index("Croatia")
    assert names[0] == "Afghanistan"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Germany", "DE"),
        ("allemagne", "DE"),
        ("ALLEMAGNE", "DE"),
        ("Côte d’Ivoire", "CI"),
        ("COTE D’IVOIRE", "CI"),
        ("etats-unis", "US"),
        ("Royaume-Uni", "GB"),
        ("turkiye", "TR"),
        ("Saint-Siege", "VA"),
        ("be", "BE"),
    ],
)
def test_find_state_by_english_or_french_name_ignoring_case_and_accents(
    typed: str, code: str
) -> None:
    found = find_state(typed)
    assert found is not None and found.code == code


def test_find_state_with_a_typed_ascii_apostrophe() -> None:
    found = find_state("Cote d'Ivoire")
    assert found is not None and found.code == "CI"


def test_find_state_refuses_unknown_names() -> None:
    assert find_state("Atlantis") is None
    assert find_state("") is None


def test_country_name_covers_territories_outside_the_un() -> None:
    assert country_name("DE", "fr") == "Allemagne"
    assert country_name("HK") == "Hong Kong SAR China"
    assert country_name(None) == ""
