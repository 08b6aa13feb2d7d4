"""The UN Member and observer States, with English and French names from CLDR."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from babel import Locale

from confdesk.paths import resource
from confdesk.registration.names import fold

LANGUAGES = ("en", "fr")


@dataclass(frozen=True, slots=True)
class State:
    code: str  #: ISO 3166-1 alpha-2
    status: str  #: "member" or "observer"
    regional_group: str
    name_en: str
    name_fr: str

    def name(self, language: str = "en") -> str:
        return self.name_fr if language == "fr" else self.name_en

    def sort_key(self, language: str = "en") -> str:
        return fold(self.name(language))


@cache
def all_states() -> tuple[State, ...]:
    """Every UN Member State and observer State, in English alphabetical order."""
    en, fr = Locale("en").territories, Locale("fr").territories
    states = []
    with resource("reference", "un_states.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code = row["code"]
            states.append(
                State(
                    code=code,
                    status=row["status"],
                    regional_group=row["regional_group"],
                    name_en=row["name_en"] or en[code],
                    name_fr=row["name_fr"] or fr[code],
                )
            )
    return tuple(sorted(states, key=lambda s: s.sort_key("en")))


@cache
def _by_code() -> dict[str, State]:
    return {s.code: s for s in all_states()}


@cache
def _by_folded_name() -> dict[str, State]:
    table: dict[str, State] = {}
    en, fr = Locale("en").territories, Locale("fr").territories
    for s in all_states():
        for name in (s.name_en, s.name_fr, en.get(s.code, ""), fr.get(s.code, ""), s.code):
            if name:
                table.setdefault(fold(name), s)
    return table


def state(code: str) -> State | None:
    return _by_code().get(code.upper()) if code else None


def find_state(text: str) -> State | None:
    """The State a user means by a name (English or French) or code, ignoring case and accents;
    also by the other names people type ("RDC", "Ivory Coast"): see `state_aliases`."""
    if not text:
        return None
    found = _by_folded_name().get(fold(text))
    if found is None:
        from confdesk.registration.state_aliases import alias_code

        code = alias_code(text)
        found = state(code) if code else None
    return found


def country_name(code: str | None, language: str = "en") -> str:
    """Name of any ISO country or territory: UN States first, then CLDR."""
    if not code:
        return ""
    found = state(code)
    if found:
        return found.name(language)
    return Locale(language).territories.get(code.upper(), code.upper())
