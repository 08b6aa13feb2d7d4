"""Functions and organisations said once; names with the article English gives them."""

from __future__ import annotations

import pytest

from confdesk.registration.wording import affiliation, in_running_text, joined


@pytest.mark.parametrize("function, organisation, acronym, printed", [
    # the function already names the organisation, with or without its parenthesis
    ("Director-General, Royal Institute for International Relations",
     "Royal Institute for International Relations (Egmont)", "Egmont",
     "Director-General, Royal Institute for International Relations"),
    # ... or the country
    ("Deputy Prime Minister and Minister of Foreign Affairs of Belgium", "Belgium", "",
     "Deputy Prime Minister and Minister of Foreign Affairs of Belgium"),
    ("Ambassador of the Netherlands", "Netherlands (Kingdom of the)", "",
     "Ambassador of the Netherlands"),
    # ... or one part of the organisation's name
    ("Director, Centre for Genocide Studies",
     "University of the Lowlands, Centre for Genocide Studies", "",
     "Director, Centre for Genocide Studies, University of the Lowlands"),
    # ... or its acronym
    ("Resident Representative, UNDP", "United Nations Development Programme", "UNDP",
     "Resident Representative, UNDP"),
    # nothing repeated: both are printed
    ("Minister of Foreign Affairs", "Belgium", "", "Minister of Foreign Affairs, Belgium"),
    ("Ambassador of Nigeria", "Niger", "", "Ambassador of Nigeria, Niger"),
    ("Professor of Social Psychology", "Northgate University", "",
     "Professor of Social Psychology, Northgate University"),
    ("Head of UN Women liaison", "United Nations", "UN",
     "Head of UN Women liaison"),
    ("", "Belgium", "", "Belgium"),
    ("Chair", "", "", "Chair"),
    ("  Minister  of Justice of\nBELGIUM ", "Belgium", "", "Minister of Justice of BELGIUM"),
])
def test_affiliation_says_each_thing_once(function: str, organisation: str, acronym: str,
                                          printed: str) -> None:
    assert affiliation(function, organisation, acronym) == printed


@pytest.mark.parametrize("name, said", [
    ("Government of Belgium", "the Government of Belgium"),
    ("the Government of Belgium", "the Government of Belgium"),
    ("African Union", "the African Union"),
    ("United Nations", "the United Nations"),
    ("Council of Europe", "the Council of Europe"),
    ("International Criminal Court", "the International Criminal Court"),
    ("Office of the United Nations High Commissioner for Human Rights",
     "the Office of the United Nations High Commissioner for Human Rights"),
    ("University of the Lowlands", "the University of the Lowlands"),
    ("Royal Institute for International Relations (Egmont)",
     "the Royal Institute for International Relations (Egmont)"),
    ("United Kingdom of Great Britain and Northern Ireland",
     "the United Kingdom of Great Britain and Northern Ireland"),
    ("Republic of Korea", "the Republic of Korea"),
    ("Holy See", "the Holy See"),
    ("State of Palestine", "the State of Palestine"),
    ("Netherlands", "the Netherlands"),
    ("Philippines", "the Philippines"),
    ("Belgium", "Belgium"),
    ("Bolivia (Plurinational State of)", "Bolivia (Plurinational State of)"),
    ("Côte d’Ivoire", "Côte d’Ivoire"),
    ("Northgate University", "Northgate University"),
    ("Amnesty International", "Amnesty International"),
    ("Human Rights Watch", "Human Rights Watch"),
    ("UNESCO", "UNESCO"),
    ("The Elders", "The Elders"),
    ("", ""),
])
def test_names_take_the_article_of_running_text(name: str, said: str) -> None:
    assert in_running_text(name) == said


def test_joined() -> None:
    assert joined([]) == "" and joined(["A"]) == "A" and joined(["A", "B"]) == "A and B"
    assert joined(["A", "B", "C"]) == "A, B and C"
