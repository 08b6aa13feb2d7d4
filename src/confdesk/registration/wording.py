"""How a person's function and organisation, and an organisation's name, read in English print.

Registrations are typed by many hands: a function often already names the organisation
("Director-General, Royal Institute for International Relations" at "Royal Institute for
International Relations (Egmont)") or the country ("Minister of Foreign Affairs of Belgium"
for Belgium). `affiliation` joins the two without saying anything twice. `in_running_text`
gives a name the article English puts before it in a sentence ("convened by the Government
of Belgium", "with the African Union", but "with Belgium", "with Amnesty International").
"""

from __future__ import annotations

import re

from confdesk.registration import names

#: A trailing parenthesis: "(Egmont)", "(Plurinational State of)", "(Kingdom of the)".
_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")
#: Words that start the complement of a name's head ("Council | of Europe").
_COMPLEMENT = re.compile(r"\s+(?:of|for|on|against|in|to|at)\s+", re.IGNORECASE)

#: Nouns that, heading a name, make it a description that takes "the": "the African Union",
#: "the Government of Belgium", "the Great Lakes Peace Forum".
_DESCRIPTIVE_HEADS = frozenset({
    "academy", "agency", "alliance", "assembly", "association", "authority", "bank", "board",
    "campaign", "centre", "center", "chamber", "coalition", "commission", "committee",
    "community", "confederation", "conference", "council", "court", "delegation",
    "department", "directorate", "division", "duchy", "embassy", "emirates", "federation",
    "forum", "foundation", "fund", "government", "group", "initiative", "institute",
    "institution", "islands", "kingdom", "league", "mission", "ministry", "movement",
    "museum", "nations", "network", "observatory", "office", "organisation", "organization",
    "parliament", "party", "principality", "programme", "program", "project", "region",
    "republic", "secretariat", "section", "see", "senate", "service", "society", "state",
    "states", "sultanate", "tribunal", "union", "unit",
})
#: Heads that take "the" only when they open the name: "the University of the Lowlands", but
#: "Northgate University", "Pampas School of History".
_LEADING_HEADS = frozenset({"university", "college", "school", "faculty"})
#: States whose one-word names take "the" in English.
_STATES_WITH_ARTICLE = frozenset({"bahamas", "comoros", "gambia", "maldives", "netherlands",
                                  "philippines"})


def _bare(name: str) -> str:
    """The name without a trailing parenthesis: "Royal Institute … Relations"."""
    return _PARENTHESIS.sub("", name).strip()


def _mentions(folded_text: str, name: str) -> bool:
    """True when `name` (or the name without its parenthesis) occurs in the folded text as
    whole words."""
    for variant in {name, _bare(name)}:
        needle = names.fold(variant)
        if needle and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", folded_text):
            return True
    return False


def affiliation(function: str, organisation: str, acronym: str = "") -> str:
    """Function and organisation joined for print, each thing said once.

    The parts of the organisation's name (between commas) that the function already names,
    with or without their parenthesis, are left out; so is the whole organisation when the
    function gives its acronym ("Resident Representative, UNDP").
    """
    function, organisation = names.clean(function), names.clean(organisation)
    if not function or not organisation:
        return function or organisation
    acronym = names.clean(acronym)
    if acronym and re.search(rf"(?<!\w){re.escape(acronym)}(?!\w)", function):
        return function
    folded = names.fold(function)
    kept = [part for part in (p.strip() for p in organisation.split(","))
            if part and not _mentions(folded, part)]
    return ", ".join([function, *kept])


def takes_article(name: str) -> bool:
    """True when English puts "the" before the name in a sentence."""
    name = names.clean(name)
    if not name or name.lower().startswith("the "):
        return False
    head = _COMPLEMENT.split(_bare(name).split(",")[0], maxsplit=1)[0]
    words = head.split()
    if not words:
        return False
    if len(words) == 1:  # "Belgium", "Netherlands", "Government (of Belgium)"
        word = words[0]
        return not word.isupper() and word.lower() in (
            _STATES_WITH_ARTICLE | _DESCRIPTIVE_HEADS | _LEADING_HEADS)
    return words[-1].lower() in _DESCRIPTIVE_HEADS


def in_running_text(name: str) -> str:
    """The name as a sentence says it: "the Government of Belgium", "Belgium"."""
    name = names.clean(name)
    return f"the {name}" if takes_article(name) else name


def joined(items: list[str], conjunction: str = "and") -> str:
    """"A", "A and B", "A, B and C"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]
