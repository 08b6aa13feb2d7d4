"""The UN Member and observer States under the names the United Nations uses.

Names come from `resources/reference/un_states.csv` (UNTERM short and formal names in the
official languages, see SOURCES.md there): "Republic of Korea", "Bolivia (Plurinational State
of)", "Türkiye". Those are the names confdesk shows and prints. CLDR's everyday names ("South
Korea", "Bolivia", "Turkey", "Bosnia & Herzegovina") are still *recognised* on input, and
CLDR names the territories that are not UN States.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache

from confdesk.paths import resource
from confdesk.registration.names import fold

#: Languages of confdesk's editions (lists, badges, programmes).
LANGUAGES = ("en", "fr")
#: The six official languages of the United Nations, in the data file.
UN_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


@dataclass(frozen=True, slots=True)
class State:
    """A State as the UN names it."""

    code: str  #: ISO 3166-1 alpha-2
    status: str  #: "member" or "observer"
    regional_group: str
    name_en: str  #: UN short name in English ("Republic of Korea")
    name_fr: str  #: UN short name in French ("République de Corée")
    formal_en: str = ""  #: formal name ("the Republic of Korea")
    formal_fr: str = ""
    m49: str = ""  #: UN M49 numeric code
    #: Short names in the other official languages, by language code ("es", "ru", "ar", "zh").
    other_names: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    #: Formal names in the other official languages ("es", "ru").
    other_formal: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def name(self, language: str = "en") -> str:
        """The UN short name in a language; English where the file has none."""
        if language == "fr":
            return self.name_fr
        if language == "en":
            return self.name_en
        return self.other_names.get(language) or self.name_en

    def formal_name(self, language: str = "en") -> str:
        """The UN formal name ("the Plurinational State of Bolivia"); the short name if none."""
        found = {"en": self.formal_en, "fr": self.formal_fr}.get(language) \
            or self.other_formal.get(language, "")
        return found or self.name(language)

    def sort_key(self, language: str = "en") -> str:
        """Alphabetical place of the short name, ignoring case and accents."""
        return fold(self.name(language))

    @property
    def is_member(self) -> bool:
        return self.status == "member"


@cache
def all_states() -> tuple[State, ...]:
    """Every UN Member State and observer State, in English alphabetical order."""
    states = []
    with resource("reference", "un_states.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            states.append(State(
                code=row["code"], status=row["status"], regional_group=row["regional_group"],
                name_en=row["name_en"].strip(), name_fr=row["name_fr"].strip(),
                formal_en=row.get("formal_en", "").strip(),
                formal_fr=row.get("formal_fr", "").strip(), m49=row.get("m49", ""),
                other_names={lang: row[f"name_{lang}"].strip() for lang in UN_LANGUAGES[2:]
                             if row.get(f"name_{lang}", "").strip()},
                other_formal={lang: row[f"formal_{lang}"].strip() for lang in ("es", "ru")
                              if row.get(f"formal_{lang}", "").strip()},
            ))
    return tuple(sorted(states, key=lambda s: s.sort_key("en")))


@cache
def _by_code() -> dict[str, State]:
    return {s.code: s for s in all_states()}


@cache
def _by_folded_name() -> dict[str, State]:
    """Every spelling confdesk recognises: UN short and formal names (with and without the
    article) in every official language, CLDR's English and French names, and the code."""
    from babel import Locale  # only here: importing it slows every light command down

    table: dict[str, State] = {}
    en, fr = Locale("en").territories, Locale("fr").territories
    for s in all_states():
        spellings = [s.name_en, s.name_fr, *s.other_names.values(), s.formal_en, s.formal_fr,
                     *s.other_formal.values(), en.get(s.code, ""), fr.get(s.code, "")]
        for name in spellings:
            if not name:
                continue
            table.setdefault(fold(name), s)
            first, _, rest = name.partition(" ")
            if first.lower() in ("the", "le", "la", "les", "el", "los", "las") and rest:
                table.setdefault(fold(rest), s)
            elif name[:2].lower() == "l'" and len(name) > 2:
                table.setdefault(fold(name[2:]), s)
    for s in all_states():  # codes last: "be" is Belgium, never a name's shortening
        table.setdefault(fold(s.code), s)
    return table


def state(code: str | None) -> State | None:
    """The UN State with an ISO alpha-2 code, or None."""
    return _by_code().get(code.upper()) if code else None


def find_state(text: str) -> State | None:
    """The State a user means by a name (UN or everyday, in any UN language) or code,
    ignoring case and accents; also by the other names people type ("RDC", "Ivory Coast"):
    see `state_aliases`."""
    if not text:
        return None
    found = _by_folded_name().get(fold(text))
    if found is None:
        from confdesk.registration.state_aliases import alias_code

        code = alias_code(text)
        found = state(code) if code else None
    return found


def country_name(code: str | None, language: str = "en") -> str:
    """Name of any ISO country or territory: the UN short name of a State, else CLDR's."""
    if not code:
        return ""
    found = state(code)
    if found:
        return found.name(language)
    from babel import Locale

    try:
        territories = Locale(language).territories
    except (ValueError, LookupError):
        territories = Locale("en").territories
    return str(territories.get(code.upper(), code.upper()))
