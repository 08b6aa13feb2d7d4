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
        ("CI", "Côte d'Ivoire", "Côte d'Ivoire"),
        ("DE", "Germany", "Allemagne"),
        ("BE", "Belgium", "Belgique"),
        ("US", "United States of America", "États-Unis d'Amérique"),
        ("BO", "Bolivia (Plurinational State of)", "Bolivie (État plurinational de)"),
        ("KR", "Republic of Korea", "République de Corée"),
        ("TZ", "United Republic of Tanzania", "République-Unie de Tanzanie"),
        ("NL", "Netherlands (Kingdom of the)", "Pays-Bas (Royaume des)"),
        ("TR", "Türkiye", "Türkiye"),
        ("CD", "Democratic Republic of the Congo", "République démocratique du Congo"),
        ("CG", "Congo", "Congo"),
        ("IR", "Iran (Islamic Republic of)", "Iran (République islamique d')"),
        ("RU", "Russian Federation", "Fédération de Russie"),
        ("GB", "United Kingdom of Great Britain and Northern Ireland",
         "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"),
        ("VN", "Viet Nam", "Viet Nam"),
        ("CV", "Cabo Verde", "Cabo Verde"),
        ("MM", "Myanmar", "Myanmar"),
        ("BA", "Bosnia and Herzegovina", "Bosnie-Herzégovine"),
        ("CZ", "Czechia", "Tchéquie"),
        ("MK", "North Macedonia", "Macédoine du Nord"),
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
    assert names.index("Côte d'Ivoire") < names.index("Croatia")
    assert names.index("Republic of Korea") > names.index("Qatar")
    assert names.index("United Republic of Tanzania") > names.index("United Kingdom of Great "
                                                                   "Britain and Northern Ireland")
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
        ("South Korea", "KR"),
        ("Bosnia & Herzegovina", "BA"),
        ("Congo - Brazzaville", "CG"),
        ("Congo - Kinshasa", "CD"),
        ("Myanmar (Burma)", "MM"),
        ("Tanzania", "TZ"),
        ("Iran", "IR"),
        ("Bolivia", "BO"),
        ("Vietnam", "VN"),
        ("Cape Verde", "CV"),
        ("Russia", "RU"),
        ("United Kingdom", "GB"),
        ("the Plurinational State of Bolivia", "BO"),
        ("Plurinational State of Bolivia", "BO"),
        ("République de Corée", "KR"),
        ("Республика Корея", "KR"),
        ("大韩民国", "KR"),
    ],
)
def test_find_state_by_english_or_french_name_ignoring_case_and_accents(
    typed: str, code: str | None
) -> None:
    found = find_state(typed)
    if code is None:  # other spellings are the import's aliases (not this table's)
        return
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


def test_formal_names_and_other_official_languages() -> None:
    bolivia = state("BO")
    assert bolivia is not None
    assert bolivia.formal_name("en") == "the Plurinational State of Bolivia"
    assert bolivia.formal_name("fr") == "l'État plurinational de Bolivie"
    assert bolivia.name("es") == "Bolivia (Estado Plurinacional de)"
    assert state("NL") is not None and state("NL").formal_name() == (  # type: ignore[union-attr]
        "the Kingdom of the Netherlands")
    for s in all_states():
        for language in ("es", "ru", "ar", "zh"):
            assert s.name(language) and s.name(language) != "", (s.code, language)
        assert s.formal_name("en") and s.formal_name("fr"), s.code
        assert s.m49.isdigit(), s.code


def test_country_name_of_an_edition_language_outside_the_data_falls_back() -> None:
    assert country_name("KR", "de") == "Republic of Korea"
