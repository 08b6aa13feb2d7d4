"""The names people type for a State: abbreviations, old, common and French names."""

from __future__ import annotations

import pytest

from confdesk.registration.state_aliases import alias_code, alias_key, aliases
from confdesk.registration.states import all_states, find_state


@pytest.mark.parametrize(("text", "code"), [
    # The spellings of a real French registration workbook.
    ("Belgique", "BE"), ("RDC", "CD"), ("Ivory Coast", "CI"), ("Macedonia", "MK"),
    ("Bolivie", "BO"), ("Tanzanie", "TZ"), ("South Korea", "KR"),
    # Abbreviations, with or without dots.
    ("DRC", "CD"), ("UK", "GB"), ("U.K.", "GB"), ("USA", "US"), ("U.S.A.", "US"),
    ("UAE", "AE"), ("EAU", "AE"), ("DPRK", "KP"), ("RPDC", "KP"), ("RCA", "CF"),
    # Old names.
    ("Swaziland", "SZ"), ("Burma", "MM"), ("Birmanie", "MM"), ("Zaire", "CD"),
    ("Zaïre", "CD"), ("The former Yugoslav Republic of Macedonia", "MK"),
    ("Czech Republic", "CZ"), ("Turkey", "TR"), ("Cape Verde", "CV"),
    # UN short and formal names, English and French.
    ("Bolivia (Plurinational State of)", "BO"), ("Pays-Bas (Royaume des)", "NL"),
    ("United Republic of Tanzania", "TZ"), ("République-Unie de Tanzanie", "TZ"),
    ("Plurinational State of Bolivia", "BO"), ("Swiss Confederation", "CH"),
    ("Micronésie (États fédérés de)", "FM"), ("Eswatini", "SZ"), ("Türkiye", "TR"),
    # ISO codes, alpha-2 and alpha-3.
    ("BE", "BE"), ("bel", "BE"), ("COD", "CD"), ("civ", "CI"),
    # Case, accents and punctuation do not matter.
    ("COTE D’IVOIRE", "CI"), ("cote d ivoire", "CI"), ("Saint Vincent & the Grenadines", "VC"),
    ("St. Kitts and Nevis", "KN"), ("Guinee Bissau", "GW"), ("trinite et tobago", "TT"),
    ("  the  Netherlands ", "NL"), ("Iran (Islamic Rep. of)", "IR"),
])
def test_what_people_type_finds_the_state(text: str, code: str) -> None:
    assert alias_code(text) == code
    found = find_state(text)
    assert found is not None and found.code == code


@pytest.mark.parametrize("text", [
    "Council of Europe", "ONG", "Korea", "Congo (Dem. Rep.)", "Korea, Rep.", "Narnia", "",
    "EU", "United Nations", "Hong Kong",
])
def test_what_is_no_state_or_two_states_is_not_guessed(text: str) -> None:
    assert find_state(text) is None


def test_the_congos_are_told_apart() -> None:
    assert alias_code("Congo") == "CG"
    assert alias_code("Congo-Brazzaville") == "CG"
    assert alias_code("Congo-Kinshasa") == "CD"
    assert alias_code("République démocratique du Congo") == "CD"


def test_every_alias_names_one_state_and_every_state_has_its_alpha_3_code() -> None:
    table = aliases()
    codes = {s.code for s in all_states()}
    assert set(table.values()) == codes
    assert len(codes) == 195
    for state in all_states():
        assert table[alias_key(state.name_en)] == state.code
        assert table[alias_key(state.name_fr)] == state.code
    assert sum(1 for k in table if len(k) == 3 and k.isalpha() and k.isascii()) >= 195


def test_alias_key_folds_what_does_not_matter() -> None:
    assert alias_key("U.S.A.") == "usa"
    assert alias_key("Côte d’Ivoire") == "cote d ivoire"
    assert alias_key("St. Lucia") == "saint lucia"
    assert alias_key("Trinidad & Tobago") == "trinidad and tobago"
    assert alias_key("The Gambia") == "gambia"
